/**
 * Join codes are read aloud and typed on phones: 6 characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z), about 387 million codes.
 */
export const JOIN_CODE_ALPHABET = '346789ABCDEFGHJKMNPQRTUVWXY';
export const JOIN_CODE_LENGTH = 6;

/** Builds a code; the caller supplies an unbiased random integer source (crypto.randomInt on the server). */
export function generateJoinCode(randomInt: (maxExclusive: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Normalises what a person typed: case, spaces and dashes do not matter. */
export function normaliseJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
