import { describe, expect, it } from 'vitest';
import type { VoteOption } from './ballots.ts';
import type { RankingBallot } from './ranking.ts';
import { schulzeFromBallots, strongestPaths, tallySchulze } from './schulze.ts';

const options: VoteOption[] = ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, label: id }));

/**
 * Published example: M. Schulze, "A new monotonic, clone-independent, reversal symmetric, and
 * Condorcet-consistent single-winner election method", Social Choice and Welfare 36 (2011),
 * example 1 (§3.1); also Wikipedia, "Schulze method", section "Example". 45 voters, 5 candidates.
 */
const GROUPS: [number, string][] = [
  [5, 'ACBED'],
  [5, 'ADECB'],
  [8, 'BEDAC'],
  [3, 'CABED'],
  [7, 'CAEBD'],
  [2, 'CBADE'],
  [7, 'DCEBA'],
  [8, 'EBADC'],
];
const ballots: RankingBallot[] = GROUPS.flatMap(([n, order]) =>
  Array.from({ length: n }, () => ({ order: [...order] })),
);

// d[X][Y]: voters preferring X to Y (rows and columns A, B, C, D, E).
const D = [
  [0, 20, 26, 30, 22],
  [25, 0, 16, 33, 18],
  [19, 29, 0, 17, 24],
  [15, 12, 28, 0, 14],
  [23, 27, 21, 31, 0],
];
// p[X][Y]: strength of the strongest path from X to Y.
const P = [
  [0, 28, 28, 30, 24],
  [25, 0, 28, 33, 24],
  [25, 29, 0, 29, 24],
  [25, 28, 28, 0, 24],
  [25, 28, 28, 31, 0],
];

describe('Schulze', () => {
  it('RANK-7: pairwise matrix of the published 45-voter example', () => {
    expect(ballots).toHaveLength(45);
    expect(schulzeFromBallots(options, ballots).d).toEqual(D);
  });

  it('RANK-8: strongest paths of the published example', () => {
    expect(strongestPaths(D)).toEqual(P);
  });

  it('RANK-9: the published example ranks E > A > C > B > D, with no Condorcet winner', () => {
    const result = schulzeFromBallots(options, ballots);
    expect(result.condorcetWinner).toBeNull();
    expect(result.winners).toEqual(['E']);
    expect(result.ranking).toEqual([
      { optionId: 'E', rank: 1 },
      { optionId: 'A', rank: 2 },
      { optionId: 'C', rank: 3 },
      { optionId: 'B', rank: 4 },
      { optionId: 'D', rank: 5 },
    ]);
  });

  it('RANK-9: a perfect cycle is a three-way tie, listed in option order', () => {
    const cycle = [{ order: ['A', 'B', 'C'] }, { order: ['B', 'C', 'A'] }, { order: ['C', 'A', 'B'] }];
    const three = options.slice(0, 3);
    const result = schulzeFromBallots(three, cycle);
    expect(result.winners).toEqual(['A', 'B', 'C']);
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 1, 1]);
  });

  it('RANK-10: a Condorcet winner is the sole Schulze winner', () => {
    const result = schulzeFromBallots(options, [
      { order: ['B', 'A'] },
      { order: ['B', 'C'] },
      { order: ['A', 'B'] },
    ]);
    expect(result.condorcetWinner).toBe('B');
    expect(result.winners).toEqual(['B']);
  });

  it('BALLOT-3: tallySchulze counts only valid latest ballots', () => {
    const result = tallySchulze({}, options, [
      { participantId: 'p1', seq: 1, ballot: { order: ['A'] } },
      { participantId: 'p2', seq: 2, ballot: { order: ['A', 'A'] } },
    ]);
    expect(result).toMatchObject({ voters: 1, invalid: 1, winners: ['A'] });
  });
});
