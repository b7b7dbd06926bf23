/**
 * Text normalisation for themes (THEME-1): lower case, accents folded, apostrophes unified,
 * French elisions and English possessives dropped, punctuation and bare numbers removed.
 * Sticky notes are short and messy; the point is that "L'Écoute" and "ecoute" compare equal.
 */

/** Longest text looked at, in characters (THEME-1): a pasted essay must not stall the clustering. */
export const MAX_TEXT_LENGTH = 2_000;

/** Lower case, accents removed (é → e, œ → oe, ß → ss), for comparison only. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

// l'école, d'un, qu'il, jusqu'à, aujourd'hui stays whole (no split: "aujourd" is not an elision).
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'/u;
// Letters or digits, joined by inner apostrophes or dots ("asp.net", "node.js"); a trailing
// "+" or "#" is kept because "c++" and "c#" are words in technical notes.
const WORD = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*(?:\+\+|#)?/gu;

export interface Token {
  /** As written, lower case, accents kept (what a label shows). */
  surface: string;
  /** Folded form (no accents), before stemming. */
  folded: string;
}

/**
 * Splits a text into words (THEME-1). Hyphenated words become their parts ("peut-être" →
 * "peut", "être"; "visual-studio" → "visual", "studio") so they meet the unhyphenated spelling.
 * Bare numbers go (a year or a count rarely names a theme); "64bit" or "utf8" stay.
 */
export function tokenize(text: string): Token[] {
  const clipped = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const lower = clipped.toLowerCase().replace(/[’‘`´ʼ]/g, "'");
  const out: Token[] = [];
  for (const match of lower.matchAll(WORD)) {
    let word = match[0].replace(ELISION, '').replace(/'s$/u, '');
    if (word.includes("'")) word = word.replace(/'/g, '');
    if (word.endsWith('.')) word = word.slice(0, -1);
    if (/^\p{N}+(?:\.\p{N}+)*$/u.test(word)) continue;
    out.push({ surface: word, folded: fold(word) });
  }
  return out;
}
