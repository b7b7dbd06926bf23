/**
 * Language of a note (THEME-4): French or English, from stop-word hits. Accented letters
 * count for French. A note without evidence takes the collection's language (`fallback`).
 */
import { tokenize } from './normalize.ts';
import { THEME_STOP_WORDS, type ThemeLanguage } from './stop-words.ts';

// Short, very frequent words that are function words in one language only.
const FR_ONLY = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'et',
  'pour',
  'dans',
  'une',
  'est',
  'sur',
  'avec',
  'aux',
]);
const EN_ONLY = new Set(['the', 'and', 'of', 'to', 'is', 'for', 'with', 'in', 'how', 'what', 'why', 'from']);

export function languageScores(text: string): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  for (const { surface, folded } of tokenize(text)) {
    if (FR_ONLY.has(folded)) fr += 2;
    else if (THEME_STOP_WORDS.fr.has(folded)) fr += 1;
    if (EN_ONLY.has(folded)) en += 2;
    else if (THEME_STOP_WORDS.en.has(folded)) en += 1;
    if (surface !== folded) fr += 1;
  }
  // Elisions are stripped by tokenize; their apostrophe is still French evidence.
  if (/\b(?:l|d|qu|j|n|s|c)['’]\p{L}/iu.test(text)) fr += 2;
  return { fr, en };
}

export function detectLanguage(text: string, fallback: ThemeLanguage = 'fr'): ThemeLanguage {
  const { fr, en } = languageScores(text);
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}

/** The language of a whole collection: the sum of the notes' evidence (THEME-4). */
export function detectCollectionLanguage(texts: readonly string[]): ThemeLanguage {
  let fr = 0;
  let en = 0;
  for (const text of texts) {
    const s = languageScores(text);
    fr += s.fr;
    en += s.en;
  }
  return en > fr ? 'en' : 'fr';
}
