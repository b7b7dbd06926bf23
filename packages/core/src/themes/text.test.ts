import { describe, expect, it } from 'vitest';
import { detectCollectionLanguage, detectLanguage } from './language.ts';
import { fold, MAX_TEXT_LENGTH, tokenize } from './normalize.ts';
import { stemEnglish } from './stem-en.ts';
import { stemFrench } from './stem-fr.ts';
import { isStopWord } from './stop-words.ts';
import { termsOf } from './terms.ts';

const surfaces = (text: string) => tokenize(text).map((t) => t.surface);

describe('themes: text processing', () => {
  it('THEME-1: lower case, accents folded, elisions and possessives dropped, numbers out', () => {
    expect(fold('Écoute ŒUVRE')).toBe('ecoute oeuvre');
    expect(surfaces("L'Écoute, c'est l’essentiel : peut-être en 2024 ! John's")).toEqual([
      'écoute',
      'est',
      'essentiel',
      'peut',
      'être',
      'en',
      'john',
    ]);
    expect(surfaces('jusqu’à qu’il d’un asp.net C# c++ 64bit')).toEqual([
      'à',
      'il',
      'un',
      'asp.net',
      'c#',
      'c++',
      '64bit',
    ]);
  });

  it('THEME-1: very long texts are clipped, not refused', () => {
    const long = 'jardin '.repeat(20_000);
    expect(long.length).toBeGreaterThan(MAX_TEXT_LENGTH);
    expect(tokenize(long).length).toBeLessThanOrEqual(MAX_TEXT_LENGTH / 2);
  });

  it('THEME-2: French and English stop words, compared folded', () => {
    for (const w of ['le', 'des', 'etre', 'tres', 'pour']) expect(isStopWord(w, 'fr')).toBe(true);
    for (const w of ['the', 'how', 'using', 'doesnt']) expect(isStopWord(w, 'en')).toBe(true);
    expect(isStopWord('jardin', 'fr')).toBe(false);
    expect(isStopWord('query', 'en')).toBe(false);
    expect(termsOf('Des jardins pour les écoles', 'fr')).toEqual(['jardin', 'ecol']);
  });

  it('THEME-3: English plurals and inflections share a stem (Porter)', () => {
    expect(stemEnglish('queries')).toBe(stemEnglish('query'));
    expect(stemEnglish('configuring')).toBe(stemEnglish('configuration'));
    expect(stemEnglish('windows')).toBe('window');
    expect(stemEnglish('hopping')).toBe('hop');
    expect(stemEnglish('caresses')).toBe('caress');
    expect(stemEnglish('c#')).toBe('c#');
  });

  it('THEME-3: French plurals, feminines and derivations share a stem', () => {
    expect(stemFrench('jardins')).toBe(stemFrench('jardin'));
    expect(stemFrench('jardinage')).toBe(stemFrench('jardin'));
    expect(stemFrench('vegetaux')).toBe('vegetal');
    expect(stemFrench('sportive')).toBe(stemFrench('sportif'));
    expect(stemFrench('renovation')).toBe(stemFrench('renover'));
    expect(stemFrench('ecologique')).toBe(stemFrench('ecologie'));
    expect(stemFrench('campus')).toBe('campus');
  });

  it('THEME-4: language from stop-word hits, accents and elisions; ties take the fallback', () => {
    expect(detectLanguage("Plus d'arbres dans la rue")).toBe('fr');
    expect(detectLanguage('How do I merge a branch in the repository?')).toBe('en');
    expect(detectLanguage('SharePoint 2010', 'en')).toBe('en');
    expect(detectLanguage('SharePoint 2010', 'fr')).toBe('fr');
    expect(detectCollectionLanguage(['What is the best way to do this', 'Végétaliser'])).toBe('en');
  });
});
