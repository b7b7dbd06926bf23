import { describe, expect, it } from 'vitest';
import { countedBallots, invalid, latestBallots, rankOptions, VALID, winnersOf } from './ballots.ts';

const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase() }));

describe('ballots', () => {
  it('BALLOT-1: the ballot with the highest seq wins, wherever it sits in the array', () => {
    const latest = latestBallots([
      { participantId: 'p1', seq: 5, ballot: 'late' },
      { participantId: 'p1', seq: 2, ballot: 'early' },
    ]);
    expect(latest.map((c) => c.ballot)).toEqual(['late']);
  });

  it('BALLOT-1: equal seq (never in a real log) keeps the later array entry', () => {
    const latest = latestBallots([
      { participantId: 'p1', seq: 3, ballot: 'first' },
      { participantId: 'p1', seq: 3, ballot: 'second' },
    ]);
    expect(latest.map((c) => c.ballot)).toEqual(['second']);
  });

  it('BALLOT-2: one ballot per participant', () => {
    const latest = latestBallots([
      { participantId: 'p1', seq: 1, ballot: 1 },
      { participantId: 'p2', seq: 2, ballot: 2 },
      { participantId: 'p1', seq: 3, ballot: 3 },
    ]);
    expect(latest.map((c) => [c.participantId, c.ballot])).toEqual([
      ['p2', 2],
      ['p1', 3],
    ]);
  });

  it('BALLOT-3: an invalid latest ballot is counted as invalid and does not revive an earlier one', () => {
    const result = countedBallots(
      [
        { participantId: 'p1', seq: 1, ballot: 1 },
        { participantId: 'p1', seq: 2, ballot: -1 },
        { participantId: 'p2', seq: 3, ballot: 4 },
      ],
      (n) => (n >= 0 ? VALID : invalid('DOT-3', 'negative')),
    );
    expect(result).toEqual({ counted: [4], invalid: 1 });
  });

  it('BALLOT-4: ties share a rank, keep option order, and the next rank skips', () => {
    const score: Record<string, number> = { a: 1, b: 3, c: 3, d: 0 };
    const ranking = rankOptions(options, (x, y) => (score[y] ?? 0) - (score[x] ?? 0));
    expect(ranking).toEqual([
      { optionId: 'b', rank: 1 },
      { optionId: 'c', rank: 1 },
      { optionId: 'a', rank: 3 },
      { optionId: 'd', rank: 4 },
    ]);
    expect(winnersOf(ranking)).toEqual(['b', 'c']);
  });

  it('BALLOT-4: validation failures carry the catalogue code and the rule', () => {
    expect(invalid('DOT-5', 'Too many dots.')).toEqual({
      ok: false,
      code: 'VALIDATION_FAILED',
      rule: 'DOT-5',
      message: 'Too many dots.',
    });
  });
});
