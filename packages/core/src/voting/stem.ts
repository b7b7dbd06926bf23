/**
 * A light suffix-stripping stemmer, French and English (WORD-3): it groups plural and singular
 * and a few common inflections. It is deliberately cautious — it has to put "réunion" with
 * "réunions", not to find linguistic roots — and works on accent-free, lower-case words.
 * Two steps: drop the plural, then one inflection.
 */
export type WordCloudLanguage = 'fr' | 'en';

type Rules = readonly (readonly [suffix: string, replacement: string])[];

const PLURAL: Record<WordCloudLanguage, Rules> = {
  fr: [
    ['eaux', 'eau'],
    ['aux', 'al'],
    ['s', ''],
    ['x', ''],
  ],
  en: [
    ['ies', 'y'],
    ['sses', 'ss'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['xes', 'x'],
    ["'s", ''],
    ['s', ''],
  ],
};

const INFLECTION: Record<WordCloudLanguage, Rules> = {
  // Feminine forms and past participles: engagée → engage, créative → creatif, animatrice → animateur.
  fr: [
    ['euse', 'eur'],
    ['trice', 'teur'],
    ['ive', 'if'],
    ['ee', 'e'],
  ],
  en: [
    ['ing', ''],
    ['ed', ''],
  ],
};

/** Words ending like this keep their final s (process, campus, analysis, famous). */
const KEEP_S = ['ss', 'us', 'is', 'ous'];
const MIN_STEM = 3;

function strip(word: string, rules: Rules): { word: string; suffix: string | null } {
  for (const [suffix, replacement] of rules) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, word.length - suffix.length);
    if (base.length < MIN_STEM) return { word, suffix: null };
    return { word: base + replacement, suffix };
  }
  return { word, suffix: null };
}

export function stem(word: string, language: WordCloudLanguage): string {
  if (word.length <= MIN_STEM) return word;
  let w = KEEP_S.some((end) => word.endsWith(end)) ? word : strip(word, PLURAL[language]).word;
  const inflected = strip(w, INFLECTION[language]);
  w = inflected.word;
  // "planning" → "plann" → "plan".
  if (language === 'en' && inflected.suffix && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  // A final mute e goes in both languages, as in Savoy's light stemmers: "share", "shared" and
  // "sharing" all become "shar"; "écoute" and "écoutes" become "ecout". Keys are never shown.
  if (w.length > 4 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}
