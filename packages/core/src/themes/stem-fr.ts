/**
 * French light stemmer (THEME-3), in the spirit of Savoy's light stemmer and the Snowball
 * suffix lists: plurals and feminines first, then one derivational suffix, so that
 * "végétalisation", "végétaliser" and "végétalisés" meet, and "jardins" meets "jardin".
 * Works on folded words (no accents). A stem keeps at least MIN_STEM letters.
 */
const MIN_STEM = 4;

// Longest first within each list: the first suffix that fits wins.
const PLURAL: readonly (readonly [string, string])[] = [
  ['eaux', 'eau'],
  ['aux', 'al'],
  ['s', ''],
  ['x', ''],
];

const DERIVATION = [
  'issements',
  'issement',
  'atrices',
  'ateurs',
  'ations',
  'ements',
  'ations',
  'ation',
  'atrice',
  'ateur',
  'ement',
  'ances',
  'ences',
  'ismes',
  'istes',
  'ables',
  'ibles',
  'ment',
  'ance',
  'ence',
  'isme',
  'iste',
  'able',
  'ible',
  'euse',
  'eurs',
  'ites',
  'ite',
  'eur',
  'ive',
  'ifs',
  'if',
  'ees',
  'ee',
  'es',
  'er',
  'ez',
  'e',
  'ir',
  'ique',
  'iques',
].sort((a, b) => b.length - a.length);

function stripOne(word: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      return word.slice(0, word.length - suffix.length);
    }
  }
  return word;
}

export function stemFrench(word: string): string {
  if (word.length <= MIN_STEM || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  // "campus", "bus", "plus" keep their s; "ateliers" does not.
  if (!/(?:us|ss|is)$/.test(w)) {
    for (const [suffix, replacement] of PLURAL) {
      if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM - 1) {
        w = w.slice(0, w.length - suffix.length) + replacement;
        break;
      }
    }
  }
  w = stripOne(w, DERIVATION);
  // "sportive" → "sport", "numerique" → "numer": a final vowel left behind goes too.
  if (w.length > MIN_STEM && /[aeiouy]$/.test(w)) w = w.slice(0, -1);
  // "jardinage" and "jardin", "ecologique" and "ecologie" meet.
  if (w.endsWith('ag') && w.length - 2 >= MIN_STEM) w = w.slice(0, -2);
  if (w.endsWith('iq') && w.length - 2 >= MIN_STEM) w = w.slice(0, -2);
  return w;
}
