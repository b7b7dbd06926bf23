import { describe, expect, it } from 'vitest';
import type { Cast, VoteOption } from './ballots.ts';
import {
  compareGauges,
  compareMajorityValues,
  type MajorityBallot,
  MJ_GRADES,
  majorityFromHistograms,
  majorityGrade,
  majorityValue,
  meritProfile,
  tallyMajority,
  validateMajorityBallot,
} from './majority-judgment.ts';

const rule = (ballot: unknown, gradeCount = 7) => {
  const v = validateMajorityBallot({ gradeCount }, [{ id: 'x', label: 'X' }], ballot as MajorityBallot);
  return v.ok ? 'ok' : v.rule;
};

/**
 * Published example: Wikipedia, "Majority judgment", section "Example" (the Tennessee capital
 * election, also on electowiki.org/wiki/Majority_Judgment). 100 voters in four blocs (42 % near
 * Memphis, 26 % Nashville, 15 % Chattanooga, 17 % Knoxville) grade the four cities Excellent /
 * Good / Fair / Poor, best-liked city Excellent, then Good, Fair, Poor by distance. Merit profiles:
 *   Memphis     Excellent 42, Poor 58                  → majority grade Poor
 *   Nashville   Excellent 26, Good 42, Fair 32         → Good
 *   Chattanooga Excellent 15, Good 43, Fair 42         → Good
 *   Knoxville   Excellent 17, Good 15, Fair 26, Poor 42 → Fair
 * Nashville and Chattanooga tie on "Good"; the tie-break elects Nashville.
 */
// Grades best first, as everywhere in Cercle.
const EXCELLENT = 0;
const GOOD = 1;
const FAIR = 2;
const POOR = 3;
const cities: VoteOption[] = ['memphis', 'nashville', 'chattanooga', 'knoxville'].map((id) => ({
  id,
  label: id,
}));
const BLOCS: [number, Record<string, number>][] = [
  [42, { memphis: EXCELLENT, nashville: GOOD, chattanooga: FAIR, knoxville: POOR }],
  [26, { memphis: POOR, nashville: EXCELLENT, chattanooga: GOOD, knoxville: FAIR }],
  [15, { memphis: POOR, nashville: FAIR, chattanooga: EXCELLENT, knoxville: GOOD }],
  [17, { memphis: POOR, nashville: FAIR, chattanooga: GOOD, knoxville: EXCELLENT }],
];
const tennessee: Cast<MajorityBallot>[] = BLOCS.flatMap(([n, grades]) =>
  Array.from({ length: n }, () => grades),
).map((grades, i) => ({ participantId: `v${i}`, seq: i + 1, ballot: { grades } }));

describe('majority judgment', () => {
  it('MJ-1: a judgment is an object of grades', () => {
    expect(rule(null)).toBe('MJ-1');
    expect(rule({ grades: [1] })).toBe('MJ-1');
  });

  it('MJ-2: unknown options and grades outside the scale are refused', () => {
    expect(rule({ grades: { y: 1 } })).toBe('MJ-2');
    expect(rule({ grades: { x: 7 } })).toBe('MJ-2');
    expect(rule({ grades: { x: -1 } })).toBe('MJ-2');
    expect(rule({ grades: { x: 2.5 } })).toBe('MJ-2');
    expect(rule({ grades: { x: 6 } })).toBe('ok');
    expect(MJ_GRADES.fr[0]).toBe('Excellent');
    expect(MJ_GRADES.fr[6]).toBe('À rejeter');
    expect(MJ_GRADES.en).toHaveLength(7);
  });

  it('MJ-3: an ungraded option counts as the worst grade', () => {
    const options = [
      { id: 'x', label: 'X' },
      { id: 'y', label: 'Y' },
    ];
    const result = tallyMajority({ gradeCount: 7 }, options, [
      { participantId: 'p1', seq: 1, ballot: { grades: { x: 0 } } },
    ]);
    expect(result.profiles[1]?.counts).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(result.winners).toEqual(['x']);
  });

  it('MJ-4: merit profiles and majority grades of the published Tennessee example', () => {
    const result = tallyMajority({ gradeCount: 4 }, cities, tennessee);
    expect(result.voters).toBe(100);
    expect(result.profiles.map((p) => [p.optionId, p.counts, p.majorityGrade])).toEqual([
      ['memphis', [42, 0, 0, 58], POOR],
      ['nashville', [26, 42, 32, 0], GOOD],
      ['chattanooga', [15, 43, 42, 0], GOOD],
      ['knoxville', [17, 15, 26, 42], FAIR],
    ]);
    expect(result.profiles[1]?.shares).toEqual([0.26, 0.42, 0.32, 0]);
  });

  it('MJ-4: the majority grade is the lower median', () => {
    // One "Excellent" and one "Bad" (3 grades): the lower of the two middle grades is "Bad".
    expect(majorityGrade([1, 0, 1])).toBe(2);
    expect(majorityGrade([1, 1, 1])).toBe(1);
    expect(majorityGrade([0, 0, 0])).toBeNull();
  });

  it('MJ-5: the tie-break ranks Nashville above Chattanooga (published example)', () => {
    const result = tallyMajority({ gradeCount: 4 }, cities, tennessee);
    expect(result.ranking).toEqual([
      { optionId: 'nashville', rank: 1 },
      { optionId: 'chattanooga', rank: 2 },
      { optionId: 'knoxville', rank: 3 },
      { optionId: 'memphis', rank: 4 },
    ]);
    expect(result.winners).toEqual(['nashville']);
  });

  it('MJ-5: removing majority grades one at a time decides where the first medians tie', () => {
    // Grades 0 (best) … 3 (worst). A = {0, 1, 1, 3}, B = {1, 1, 1, 2}: both "1", then both "1",
    // then A falls to 3 and B only to 2.
    expect(majorityValue([1, 2, 0, 1])).toEqual([1, 1, 3, 0]);
    expect(majorityValue([0, 3, 1, 0])).toEqual([1, 1, 2, 1]);
    expect(compareMajorityValues([1, 1, 3, 0], [1, 1, 2, 1])).toBeLessThan(0);
    const result = majorityFromHistograms(
      [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      [
        [1, 2, 0, 1],
        [0, 3, 1, 0],
      ],
    );
    expect(result.winners).toEqual(['b']);
  });

  it('MJ-5: identical profiles tie and share the rank', () => {
    const result = majorityFromHistograms(
      [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      [
        [1, 2, 3],
        [1, 2, 3],
      ],
    );
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('MJ-6: the majority gauge of the published example agrees with the tie-break', () => {
    const result = tallyMajority({ gradeCount: 4 }, cities, tennessee);
    const [, nashville, chattanooga] = result.profiles;
    expect(nashville?.gauge).toEqual({ p: 0.26, q: 0.32, sign: '-' });
    expect(chattanooga?.gauge).toEqual({ p: 0.15, q: 0.42, sign: '-' });
    // Both "Good −": the smaller share below wins, as with the iterative tie-break.
    expect(compareGauges(nashville!, chattanooga!)).toBeGreaterThan(0);
  });

  it('MJ-6: the gauge cannot separate {0,1,1,3} from {1,1,1,2}; the iterative rule can', () => {
    const a = meritProfile('a', [1, 2, 0, 1]);
    const b = meritProfile('b', [0, 3, 1, 0]);
    expect(compareGauges(a, b)).toBe(0);
    expect(compareMajorityValues(majorityValue(a.counts), majorityValue(b.counts))).toBeLessThan(0);
  });
});
