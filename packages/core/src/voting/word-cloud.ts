/**
 * Word cloud from short texts: stop words out, accent- and case-insensitive grouping, a light
 * stemmer for plurals and inflections; each group shows its most frequent surface form.
 */
import { stem, type WordCloudLanguage } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';

export type { WordCloudLanguage } from './stem.ts';

export interface WordCloudOptions {
  /** Stop words of these languages are dropped and their stemmers tried (default both). */
  languages?: readonly WordCloudLanguage[];
  /** Keep the N most frequent groups (default 50). */
  top?: number;
  /** Ignore words shorter than this after normalisation (default 2). */
  minLength?: number;
}

export interface WordCount {
  /** Grouping key (accent-free stem). */
  key: string;
  /** The most frequent surface form (lower case, accents kept); ties → first seen. */
  word: string;
  count: number;
  /** Distinct surface forms grouped here, most frequent first. */
  forms: string[];
}

/** WORD-2: lower case, accents removed (é → e, œ → oe), for comparison only. */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** WORD-1: letters, digits and inner apostrophes/hyphens; French elisions (l', d', qu') dropped. */
export function tokenize(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/[’`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  return words.map((w) => w.replace(/^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'/u, ''));
}

/**
 * WORD-3: the grouping key. With several languages the shortest stem wins, so "meetings" and
 * "meeting" meet whichever language the text is in.
 */
export function wordKey(word: string, languages: readonly WordCloudLanguage[]): string {
  const folded = foldWord(word);
  let best = folded;
  for (const language of languages) {
    const s = stem(folded, language);
    if (s.length < best.length) best = s;
  }
  return best;
}

export function wordCloud(texts: readonly string[], options: WordCloudOptions = {}): WordCount[] {
  const languages = options.languages ?? ['fr', 'en'];
  const minLength = options.minLength ?? 2;
  const groups = new Map<string, { count: number; forms: Map<string, number>; first: number }>();
  let order = 0;
  for (const text of texts) {
    for (const word of tokenize(text)) {
      const folded = foldWord(word);
      if (folded.length < minLength || /^\d+$/.test(folded)) continue;
      if (languages.some((l) => STOP_WORDS[l].has(folded))) continue;
      const key = wordKey(word, languages);
      const group = groups.get(key) ?? { count: 0, forms: new Map<string, number>(), first: order++ };
      group.count += 1;
      group.forms.set(word, (group.forms.get(word) ?? 0) + 1);
      groups.set(key, group);
    }
  }
  // WORD-4: most frequent first; equal counts keep first-seen order (deterministic).
  return [...groups.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .slice(0, options.top ?? 50)
    .map(([key, g]) => {
      const forms = [...g.forms.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);
      return { key, word: forms[0] ?? key, count: g.count, forms };
    });
}
