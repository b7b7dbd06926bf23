/**
 * Flags contributions that may need a facilitator's look before they reach a
 * wall: a short list of common French and English insults and slurs,
 * matched on whole words after folding case and accents (and the usual
 * letter-for-symbol tricks). It only *flags*: nothing is dropped or hidden
 * automatically, because a filter that silently eats "assassin" in a text
 * about a film, or a participant's real surname, does more harm than good.
 */
const WORDS = [
  // French
  'connard',
  'connards',
  'connasse',
  'connasses',
  'con',
  'cons',
  'conne',
  'connes',
  'salaud',
  'salauds',
  'salope',
  'salopes',
  'encule',
  'encules',
  'enculee',
  'enculer',
  'pute',
  'putes',
  'putain',
  'merde',
  'merdique',
  'batard',
  'batards',
  'nique',
  'niquer',
  'ntm',
  'fdp',
  'pd',
  'tapette',
  'gouine',
  'bougnoule',
  'negre',
  'youpin',
  'bite',
  'couille',
  'couilles',
  'chier',
  'abruti',
  'abrutis',
  'debile',
  'debiles',
  'cretin',
  'cretins',
  'pouffiasse',
  'grognasse',
  'enfoire',
  'enfoires',
  'trouduc',
  // English
  'fuck',
  'fucking',
  'fucked',
  'fucker',
  'motherfucker',
  'shit',
  'shitty',
  'bullshit',
  'bitch',
  'bitches',
  'bastard',
  'bastards',
  'asshole',
  'assholes',
  'dick',
  'dickhead',
  'cunt',
  'cunts',
  'whore',
  'slut',
  'retard',
  'retarded',
  'faggot',
  'fag',
  'nigger',
  'nigga',
  'wanker',
  'twat',
  'prick',
  'moron',
  'idiot',
];
const LIST = new Set(WORDS);

/** Undoes the usual disguises: case, accents, 0→o, 1→i, 3→e, 4→a, 5→s, @→a, $→s, repeated letters. */
export function foldForFilter(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(
      /[0134@$5]/g,
      (c) => ({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '@': 'a', $: 's', '5': 's' })[c] ?? c,
    )
    .replace(/(\p{L})\1{2,}/gu, '$1');
}

/** The flagged words found in a text (folded), in order of appearance, each once. */
export function flaggedWords(text: string): string[] {
  const found: string[] = [];
  for (const word of foldForFilter(text).split(/[^\p{L}]+/u)) {
    if (LIST.has(word) && !found.includes(word)) found.push(word);
  }
  return found;
}
