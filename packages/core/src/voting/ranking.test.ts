import { describe, expect, it } from 'vitest';
import type { VoteOption } from './ballots.ts';
import { tallyBorda } from './borda.ts';
import { condorcetWinner, pairwiseMatrix, type RankingBallot, validateRankingBallot } from './ranking.ts';

const options: VoteOption[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id }));
const rule = (ballot: unknown, config = {}) => {
  const v = validateRankingBallot(config, options, ballot as RankingBallot);
  return v.ok ? 'ok' : v.rule;
};
const casts = (rankings: string[][]) =>
  rankings.map((ranking, i) => ({ participantId: `p${i}`, seq: i + 1, ballot: { order: ranking } }));

describe('ranked ballots', () => {
  it('RANK-1: a ranking is a list', () => {
    expect(rule({ order: 'abc' })).toBe('RANK-1');
    expect(rule(null)).toBe('RANK-1');
  });

  it('RANK-2: unknown option ids are refused', () => {
    expect(rule({ order: ['a', 'z'] })).toBe('RANK-2');
  });

  it('RANK-3: an option cannot appear twice', () => {
    expect(rule({ order: ['a', 'b', 'a'] })).toBe('RANK-3');
  });

  it('RANK-4: partial rankings are allowed unless the activity asks for complete ones', () => {
    expect(rule({ order: [] })).toBe('RANK-4');
    expect(rule({ order: ['b'] })).toBe('ok');
    expect(rule({ order: ['b', 'a'] }, { complete: true })).toBe('RANK-4');
    expect(rule({ order: ['b', 'a', 'd', 'c'] }, { complete: true })).toBe('ok');
    expect(rule({ order: ['b'] }, { minRanked: 2 })).toBe('RANK-4');
  });

  it('RANK-5: Borda gives n − 1 − k points to the k-th listed option', () => {
    const result = tallyBorda(
      {},
      options,
      casts([
        ['a', 'b', 'c', 'd'],
        ['b', 'a', 'c', 'd'],
        ['b', 'c', 'a', 'd'],
      ]),
    );
    expect(result.points).toEqual([
      { optionId: 'a', points: 3 + 2 + 1 },
      { optionId: 'b', points: 2 + 3 + 3 },
      { optionId: 'c', points: 1 + 1 + 2 },
      { optionId: 'd', points: 0 },
    ]);
    expect(result.winners).toEqual(['b']);
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it('RANK-6: unlisted options share the remaining points equally', () => {
    // 4 options, ['c'] listed: c gets 3; a, b, d share 2 + 1 + 0 = 3, i.e. 1 each.
    const result = tallyBorda({}, options, casts([['c'], ['a', 'b']]));
    // ['a','b']: a 3, b 2; c and d share 1 + 0 = 1, i.e. 0.5 each.
    expect(result.points).toEqual([
      { optionId: 'a', points: 1 + 3 },
      { optionId: 'b', points: 1 + 2 },
      { optionId: 'c', points: 3 + 0.5 },
      { optionId: 'd', points: 1 + 0.5 },
    ]);
    expect(result.points.reduce((s, p) => s + p.points, 0)).toBe(2 * 6);
  });

  it('RANK-7: listed beats unlisted; two unlisted options are tied on that ballot', () => {
    const d = pairwiseMatrix(options, [{ order: ['b', 'a'] }]);
    expect(d).toEqual([
      [0, 0, 1, 1],
      [1, 0, 1, 1],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('RANK-10: the Condorcet winner beats every other option head to head', () => {
    const ballots = [{ order: ['a', 'b', 'c'] }, { order: ['b', 'a', 'c'] }, { order: ['a', 'c', 'b'] }];
    expect(condorcetWinner(options, pairwiseMatrix(options, ballots))).toBe('a');
    const cycle = [{ order: ['a', 'b', 'c'] }, { order: ['b', 'c', 'a'] }, { order: ['c', 'a', 'b'] }];
    expect(condorcetWinner(options, pairwiseMatrix(options, cycle))).toBeNull();
  });
});
