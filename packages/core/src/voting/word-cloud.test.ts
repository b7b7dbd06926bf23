import { describe, expect, it } from 'vitest';
import { stem } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';
import { foldWord, tokenize, wordCloud, wordKey } from './word-cloud.ts';

describe('word cloud', () => {
  it('WORD-1: words, inner apostrophes and hyphens; French elisions dropped', () => {
    expect(tokenize("L'écoute, c'est l’essentiel : peut-être demain! 2024")).toEqual([
      'écoute',
      'est',
      'essentiel',
      'peut-être',
      'demain',
      '2024',
    ]);
  });

  it('WORD-2: comparison ignores case and accents', () => {
    expect(foldWord('Réunion')).toBe('reunion');
    expect(foldWord('ŒUVRE')).toBe('oeuvre');
    expect(wordCloud(['Écoute écoute ECOUTE'])).toMatchObject([{ word: 'écoute', count: 3 }]);
  });

  it('WORD-2: French and English stop words are dropped', () => {
    expect(STOP_WORDS.fr.size).toBeGreaterThan(120);
    expect(STOP_WORDS.en.size).toBeGreaterThan(120);
    expect(wordCloud(['le la les de des et the and of to a is', 'être était'])).toEqual([]);
  });

  it('WORD-3: plurals and common inflections share a key', () => {
    expect(wordKey('participations', ['fr', 'en'])).toBe(wordKey('participation', ['fr', 'en']));
    expect(wordKey('réunions', ['fr'])).toBe(wordKey('Réunion', ['fr']));
    expect(wordKey('meetings', ['en'])).toBe(wordKey('meeting', ['en']));
    expect(stem('engagees', 'fr')).toBe(stem('engage', 'fr'));
    expect(stem('creatives', 'fr')).toBe('creatif');
    expect(stem('journaux', 'fr')).toBe('journal');
    expect(stem('planning', 'en')).toBe('plan');
    expect(stem('shared', 'en')).toBe(stem('share', 'en'));
    expect(stem('activities', 'en')).toBe('activity');
    // Words that only look plural keep their s.
    expect(stem('process', 'en')).toBe('process');
    expect(stem('campus', 'fr')).toBe('campus');
  });

  it('WORD-4: counts, most frequent surface form, order by count then first seen, top N', () => {
    const cloud = wordCloud(
      ['Plus de réunions !', 'Une réunion courte', 'des réunions, de la confiance', 'Confiance et écoute'],
      { top: 2 },
    );
    expect(cloud).toEqual([
      { key: 'reunion', word: 'réunions', count: 3, forms: ['réunions', 'réunion'] },
      { key: 'confianc', word: 'confiance', count: 2, forms: ['confiance'] },
    ]);
  });

  it('WORD-4: English text groups meetings with meeting', () => {
    const cloud = wordCloud(['Fewer meetings', 'one meeting a week', 'short meetings'], {
      languages: ['en'],
    });
    expect(cloud[0]).toEqual({ key: 'meet', word: 'meetings', count: 3, forms: ['meetings', 'meeting'] });
  });
});
