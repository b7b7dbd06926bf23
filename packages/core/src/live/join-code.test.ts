import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from './join-code.ts';

describe('join codes', () => {
  it('are 6 characters of an alphabet without look-alikes', () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL5S2Z]/);
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: JOIN_CODE_LENGTH, maxLength: JOIN_CODE_LENGTH }),
        (picks) => {
          let i = 0;
          const code = generateJoinCode((max) => (picks[i++] as number) % max);
          expect(code).toHaveLength(JOIN_CODE_LENGTH);
          expect(normaliseJoinCode(code)).toBe(code);
        },
      ),
    );
  });

  it('accept what people type: lower case, spaces and dashes', () => {
    expect(normaliseJoinCode('abc-def')).toBe('ABCDEF');
    expect(normaliseJoinCode(' ab cd ef ')).toBe('ABCDEF');
    expect(normaliseJoinCode('ABCDE')).toBeNull();
    expect(normaliseJoinCode('ABCDE0')).toBeNull();
  });
});
