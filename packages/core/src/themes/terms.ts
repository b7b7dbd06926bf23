/**
 * From notes to terms (THEME-2, THEME-3): tokens, stop words out, stemmed keys, and a
 * vocabulary with each key's most frequent surface form for labels.
 */
import { detectCollectionLanguage, detectLanguage } from './language.ts';
import { tokenize } from './normalize.ts';
import { stemEnglish } from './stem-en.ts';
import { stemFrench } from './stem-fr.ts';
import { THEME_STOP_WORDS, type ThemeLanguage } from './stop-words.ts';

export type LanguageOption = ThemeLanguage | 'auto';

export function stem(folded: string, language: ThemeLanguage): string {
  return language === 'fr' ? stemFrench(folded) : stemEnglish(folded);
}

/**
 * The term keys of one note, in order, repeats kept. Stop words of both languages go when
 * the language is detected (notes mix "meeting" and "réunion"); one-letter words go.
 */
export function termsOf(text: string, language: ThemeLanguage, bothStopLists = false): string[] {
  const out: string[] = [];
  for (const { folded } of tokenize(text)) {
    if (folded.length < 2) continue;
    if (THEME_STOP_WORDS[language].has(folded)) continue;
    if (bothStopLists && THEME_STOP_WORDS[language === 'fr' ? 'en' : 'fr'].has(folded)) continue;
    out.push(stem(folded, language));
  }
  return out;
}

export interface Corpus {
  /** Per note, term ids (repeats kept). */
  docs: Int32Array[];
  /** Term id → key (stem). */
  keys: string[];
  /** Term id → most frequent surface form (accents kept), for labels. */
  surfaces: string[];
  /** Term id → number of notes containing it. */
  df: Int32Array;
  languages: ThemeLanguage[];
}

/** Builds the vocabulary; `minDf` drops terms seen in fewer notes (typos, names). */
export function buildCorpus(texts: readonly string[], language: LanguageOption, minDf = 1): Corpus {
  const collection = language === 'auto' ? detectCollectionLanguage(texts) : language;
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const forms: Map<string, number>[] = [];
  const dfList: number[] = [];
  const raw: number[][] = [];
  const languages: ThemeLanguage[] = [];
  const stems = new Map<string, string>();
  for (const text of texts) {
    const lang = language === 'auto' ? detectLanguage(text, collection) : language;
    languages.push(lang);
    const doc: number[] = [];
    const seen = new Set<number>();
    for (const { surface, folded } of tokenize(text)) {
      if (folded.length < 2) continue;
      if (THEME_STOP_WORDS[lang].has(folded)) continue;
      if (language === 'auto' && THEME_STOP_WORDS[lang === 'fr' ? 'en' : 'fr'].has(folded)) continue;
      // The same word comes back in many notes: stem it once per language.
      const cacheKey = lang === 'fr' ? `f${folded}` : `e${folded}`;
      let key = stems.get(cacheKey);
      if (key === undefined) {
        key = stem(folded, lang);
        stems.set(cacheKey, key);
      }
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.length;
        ids.set(key, id);
        keys.push(key);
        forms.push(new Map());
        dfList.push(0);
      }
      const f = forms[id]!;
      f.set(surface, (f.get(surface) ?? 0) + 1);
      if (!seen.has(id)) {
        seen.add(id);
        dfList[id]!++;
      }
      doc.push(id);
    }
    raw.push(doc);
  }
  // Renumber the kept terms so ids are dense.
  const remap = new Int32Array(keys.length).fill(-1);
  const keptKeys: string[] = [];
  const surfaces: string[] = [];
  const df: number[] = [];
  for (let id = 0; id < keys.length; id++) {
    if (dfList[id]! < minDf) continue;
    remap[id] = keptKeys.length;
    keptKeys.push(keys[id]!);
    surfaces.push(mostFrequent(forms[id]!));
    df.push(dfList[id]!);
  }
  const docs = raw.map((doc) => Int32Array.from(doc.map((id) => remap[id]!).filter((id) => id >= 0)));
  return { docs, keys: keptKeys, surfaces, df: Int32Array.from(df), languages };
}

/** Most frequent form; ties → first seen (Map keeps insertion order). */
function mostFrequent(forms: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [form, n] of forms) {
    if (n > count) {
      best = form;
      count = n;
    }
  }
  return best;
}
