import { describe, expect, it } from 'vitest';
import { anchorOf, highlightPieces, locatePassage } from './reading-model.ts';

const TEXT = 'Article 1. Chacun parle à son tour.\n\nArticle 2. Les décisions se prennent par consentement.';

describe('anchorOf (ACT-12)', () => {
  it('trims the whitespace around a selection and quotes what is inside', () => {
    const start = TEXT.indexOf('Chacun') - 1;
    const end = TEXT.indexOf('tour.') + 'tour.'.length + 2;
    expect(anchorOf(TEXT, start, end)).toEqual({
      start: start + 1,
      end: end - 2,
      quote: 'Chacun parle à son tour.',
    });
  });

  it('accepts a selection made backwards and refuses one of whitespace only', () => {
    expect(anchorOf(TEXT, 10, 0)).toEqual({ start: 0, end: 10, quote: 'Article 1.' });
    expect(anchorOf(TEXT, 35, 37)).toBeNull();
  });

  it('keeps the offsets within the text', () => {
    expect(anchorOf(TEXT, TEXT.length - 12, TEXT.length + 50)?.end).toBe(TEXT.length);
  });
});

describe('locatePassage', () => {
  it('finds a typed passage, even across a line break', () => {
    const found = locatePassage(TEXT, 'tour. Article 2.');
    expect(found?.quote).toBe('tour.\n\nArticle 2.');
    expect(TEXT.slice(found!.start, found!.end)).toBe(found!.quote);
  });

  it('prefers the occurrence nearest to the last selection', () => {
    const second = TEXT.lastIndexOf('Article');
    expect(locatePassage(TEXT, 'Article', second + 3)?.start).toBe(second);
    expect(locatePassage(TEXT, 'Article')?.start).toBe(0);
  });

  it('treats the passage as text, not as a pattern, and says when it is not there', () => {
    expect(locatePassage(TEXT, 'Article 1.')?.end).toBe(10);
    expect(locatePassage('a+b (c)', 'b (c)')).toEqual({ start: 2, end: 7, quote: 'b (c)' });
    expect(locatePassage(TEXT, 'Article 3')).toBeNull();
    expect(locatePassage(TEXT, '  ')).toBeNull();
  });
});

describe('highlightPieces', () => {
  it('cuts the text around merged passages without changing a character', () => {
    const pieces = highlightPieces('abcdefghij', [
      { start: 6, end: 8 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
    ]);
    expect(pieces).toEqual([
      { text: 'a', marked: false, start: 0 },
      { text: 'bcd', marked: true, start: 1 },
      { text: 'ef', marked: false, start: 4 },
      { text: 'gh', marked: true, start: 6 },
      { text: 'ij', marked: false, start: 8 },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('abcdefghij');
    expect(highlightPieces('abc', [])).toEqual([{ text: 'abc', marked: false, start: 0 }]);
  });
});
