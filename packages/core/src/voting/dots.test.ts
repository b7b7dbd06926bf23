import { describe, expect, it } from 'vitest';
import type { VoteOption } from './ballots.ts';
import { type DotBallot, type DotConfig, dotCap, tallyDots, validateDotBallot } from './dots.ts';

const options: VoteOption[] = ['a', 'b', 'c'].map((id) => ({ id, label: id }));
const stacking: DotConfig = { tokens: 5, allowStacking: true, capPerOption: 3 };
const oneEach: DotConfig = { tokens: 2, allowStacking: false };
const rule = (config: DotConfig, ballot: unknown) => {
  const v = validateDotBallot(config, options, ballot as DotBallot);
  return v.ok ? 'ok' : v.rule;
};

describe('dot voting', () => {
  it('DOT-1: a ballot is an object of counts', () => {
    expect(rule(stacking, null)).toBe('DOT-1');
    expect(rule(stacking, ['a'])).toBe('DOT-1');
  });

  it('DOT-2: unknown options are refused, inherited keys are not options', () => {
    expect(rule(stacking, { dots: { z: 1 } })).toBe('DOT-2');
    expect(rule(stacking, { dots: JSON.parse('{"__proto__": 1}') })).toBe('DOT-2');
    expect(rule(stacking, { dots: { constructor: 1 } })).toBe('DOT-2');
  });

  it('DOT-3: negative, fractional and non-numeric counts are refused', () => {
    expect(rule(stacking, { dots: { a: -1 } })).toBe('DOT-3');
    expect(rule(stacking, { dots: { a: 1.5 } })).toBe('DOT-3');
    expect(rule(stacking, { dots: { a: '2' } })).toBe('DOT-3');
    expect(rule(stacking, { dots: { a: Number.NaN } })).toBe('DOT-3');
  });

  it('DOT-4: the cap per option, and one dot per option without stacking', () => {
    expect(dotCap(stacking)).toBe(3);
    expect(dotCap({ tokens: 2, allowStacking: true, capPerOption: 9 })).toBe(2);
    expect(dotCap(oneEach)).toBe(1);
    expect(rule(stacking, { dots: { a: 4 } })).toBe('DOT-4');
    expect(rule(stacking, { dots: { a: 3, b: 2 } })).toBe('ok');
    expect(rule(oneEach, { dots: { a: 2 } })).toBe('DOT-4');
    expect(rule(oneEach, { dots: { a: 1, b: 1 } })).toBe('ok');
  });

  it('DOT-5: the budget may not be exceeded, but need not be spent', () => {
    expect(rule(stacking, { dots: { a: 3, b: 3 } })).toBe('DOT-5');
    expect(rule({ tokens: 2, allowStacking: false }, { dots: { a: 1, b: 1, c: 1 } })).toBe('DOT-5');
    expect(rule(stacking, { dots: { a: 1 } })).toBe('ok');
    expect(rule(stacking, { dots: {} })).toBe('ok');
  });

  it('DOT-6: totals, backers, voters, tokens spent and ranking with shared ranks', () => {
    const result = tallyDots(stacking, options, [
      { participantId: 'p1', seq: 1, ballot: { dots: { a: 3, b: 2 } } },
      { participantId: 'p2', seq: 2, ballot: { dots: { b: 3, c: 2 } } },
      { participantId: 'p3', seq: 3, ballot: { dots: { a: 2 } } },
      { participantId: 'p4', seq: 4, ballot: { dots: { a: 0 } } },
      { participantId: 'p5', seq: 5, ballot: { dots: { a: 9 } } },
    ]);
    expect(result).toEqual({
      voters: 3,
      invalid: 1,
      tokensSpent: 12,
      totals: [
        { optionId: 'a', dots: 5, voters: 2 },
        { optionId: 'b', dots: 5, voters: 2 },
        { optionId: 'c', dots: 2, voters: 1 },
      ],
      ranking: [
        { optionId: 'a', rank: 1 },
        { optionId: 'b', rank: 1 },
        { optionId: 'c', rank: 3 },
      ],
      winners: ['a', 'b'],
    });
  });
});
