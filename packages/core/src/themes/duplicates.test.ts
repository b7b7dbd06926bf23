import { describe, expect, it } from 'vitest';
import { findNearDuplicates } from './duplicates.ts';

describe('themes: near-duplicates', () => {
  it('THEME-5: same terms after normalisation are duplicates, whatever the case, accents and plurals', () => {
    const groups = findNearDuplicates([
      'Plus de jardins partagés',
      'Un café le matin',
      'plus de JARDIN partagé !',
      'Des jardins partagés',
    ]);
    expect(groups).toEqual([[0, 2, 3]]);
  });

  it('THEME-5: Jaccard threshold on stemmed term sets', () => {
    const texts = ['svn merge branch trunk conflict', 'svn merge branch trunk error', 'haskell monad'];
    expect(findNearDuplicates(texts, 0.6)).toEqual([[0, 1]]);
    expect(findNearDuplicates(texts, 0.8)).toEqual([]);
  });

  it('THEME-5: notes without terms are duplicates only when their folded text is equal', () => {
    expect(findNearDuplicates(['???', '???', 'the', '', ''])).toEqual([[0, 1]]);
  });

  it('THEME-5: empty input gives no groups', () => {
    expect(findNearDuplicates([])).toEqual([]);
  });
});
