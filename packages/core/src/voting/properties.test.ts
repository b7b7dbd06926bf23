/** Seeded property tests across the tallies (a failing seed becomes a pinned test). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cast, VoteOption } from './ballots.ts';
import { bordaPointsPerBallot, tallyBorda } from './borda.ts';
import { type ConsentBallot, tallyConsent } from './consent.ts';
import { type DotBallot, tallyDots } from './dots.ts';
import {
  compareGauges,
  compareMajorityValues,
  type MajorityBallot,
  majorityValue,
  meritProfile,
  tallyMajority,
} from './majority-judgment.ts';
import { type PollBallot, tallyPoll } from './poll.ts';
import { type QaBallot, tallyQuestions } from './qna.ts';
import type { RankingBallot } from './ranking.ts';
import { schulzeFromBallots, tallySchulze } from './schulze.ts';
import { type GridBallot, tallyGrid } from './scoring-grid.ts';

const SEED = { seed: 20_240_601 };
const ids = ['o0', 'o1', 'o2', 'o3'];
const options: VoteOption[] = ids.map((id) => ({ id, label: id }));

/** Casts in log order (seq 1, 2, …) from up to 6 participants, plus the same casts shuffled. */
function castsArb<B>(ballot: fc.Arbitrary<B>) {
  return fc
    .array(fc.record({ who: fc.integer({ min: 0, max: 5 }), ballot, key: fc.integer() }), { maxLength: 24 })
    .map((rows) => {
      const casts: Cast<B>[] = rows.map((r, i) => ({
        participantId: `p${r.who}`,
        seq: i + 1,
        ballot: r.ballot,
      }));
      const shuffled = casts
        .map((c, i) => ({ c, key: rows[i]?.key ?? 0 }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.c);
      return { casts, shuffled };
    });
}

const sub = (min: number) => fc.shuffledSubarray(ids, { minLength: min });
const grade = (max: number) => fc.integer({ min: 0, max });
const record = <T>(value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> =>
  fc.dictionary(fc.constantFrom(...ids), value, { maxKeys: ids.length });

const consentArb: fc.Arbitrary<ConsentBallot> = fc.oneof(
  fc.constant({ answer: 'consent' as const }),
  fc.record({ answer: fc.constant('concern' as const), reason: fc.string({ maxLength: 5 }) }),
  fc.record({ answer: fc.constant('objection' as const), reason: fc.string({ maxLength: 5 }) }),
);

// Each entry: a ballot generator and a tally. Invalid ballots are generated on purpose.
const TALLIES: [string, fc.Arbitrary<unknown>, (casts: Cast<never>[]) => unknown][] = [
  [
    'poll',
    sub(0).map((choices): PollBallot => ({ choices })),
    (c) => tallyPoll({ kind: 'multiple', min: 1, max: 2 }, options, c),
  ],
  [
    'scale',
    fc.integer({ min: 0, max: 6 }).map((value): PollBallot => ({ value })),
    (c) => tallyPoll({ kind: 'scale', min: 1, max: 5 }, options, c),
  ],
  [
    'dots',
    record(fc.integer({ min: 0, max: 4 })).map((dots): DotBallot => ({ dots })),
    (c) => tallyDots({ tokens: 5, allowStacking: true, capPerOption: 3 }, options, c),
  ],
  ['borda', sub(0).map((ranking): RankingBallot => ({ order: ranking })), (c) => tallyBorda({}, options, c)],
  [
    'schulze',
    sub(0).map((ranking): RankingBallot => ({ order: ranking })),
    (c) => tallySchulze({}, options, c),
  ],
  [
    'majority',
    record(grade(7)).map((grades): MajorityBallot => ({ grades })),
    (c) => tallyMajority({ gradeCount: 7 }, options, c),
  ],
  ['consent', consentArb, (c) => tallyConsent(c)],
  [
    'grid',
    record(fc.record({ x: grade(6), y: grade(6) })).map((scores): GridBallot => ({ scores })),
    (c) => tallyGrid({}, options, c),
  ],
  [
    'qa',
    sub(0).map((upvotes): QaBallot => ({ upvotes })),
    (c) =>
      tallyQuestions(
        ids.map((id, i) => ({ id, text: id, askedAt: i, hidden: false, answered: false })),
        c,
      ),
  ],
];

describe('properties', () => {
  for (const [name, ballotArb, tally] of TALLIES) {
    it(`BALLOT-1: ${name}: appending an earlier duplicate of a participant's ballot changes nothing`, () => {
      fc.assert(
        fc.property(castsArb(ballotArb), ballotArb, fc.nat(), ({ casts }, other, pick) => {
          fc.pre(casts.length > 0);
          const who = casts[pick % casts.length]!.participantId;
          const stale = { participantId: who, seq: 0, ballot: other };
          expect(tally([...casts, stale] as Cast<never>[])).toEqual(tally(casts as Cast<never>[]));
        }),
        SEED,
      );
    });

    it(`BALLOT-5: ${name}: the tally does not depend on the order of the ballots`, () => {
      fc.assert(
        fc.property(castsArb(ballotArb), ({ casts, shuffled }) => {
          expect(tally(shuffled as Cast<never>[])).toEqual(tally(casts as Cast<never>[]));
        }),
        SEED,
      );
    });
  }

  it('DOT-6: totals sum to the tokens spent by counted ballots', () => {
    const config = { tokens: 5, allowStacking: true, capPerOption: 3 };
    fc.assert(
      fc.property(
        castsArb(record(fc.integer({ min: 0, max: 3 })).map((dots): DotBallot => ({ dots }))),
        ({ casts }) => {
          const result = tallyDots(config, options, casts);
          expect(result.totals.reduce((s, t) => s + t.dots, 0)).toBe(result.tokensSpent);
          expect(result.tokensSpent).toBeLessThanOrEqual(config.tokens * result.voters);
        },
      ),
      SEED,
    );
  });

  it('RANK-6: Borda hands out voters × n(n − 1)/2 points (complete and partial ballots)', () => {
    fc.assert(
      fc.property(fc.boolean(), castsArb(sub(1)), (complete, { casts }) => {
        const ballots = complete
          ? casts.map((c) => ({
              ...c,
              ballot: { order: [...c.ballot].concat(ids.filter((id) => !c.ballot.includes(id))) },
            }))
          : casts.map((c) => ({ ...c, ballot: { order: c.ballot } }));
        const result = tallyBorda({ complete }, options, ballots);
        const total = result.points.reduce((s, p) => s + p.points, 0);
        expect(total).toBe(result.voters * bordaPointsPerBallot(ids.length));
      }),
      SEED,
    );
  });

  it('RANK-10: the Schulze winner is the Condorcet winner whenever one exists', () => {
    const arb = fc.integer({ min: 2, max: 6 }).chain((n) => {
      const opts = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, label: `C${i}` }));
      const ranking = fc.shuffledSubarray(
        opts.map((o) => o.id),
        { minLength: 1 },
      );
      return fc.tuple(
        fc.constant(opts),
        fc.array(
          ranking.map((r) => ({ order: r })),
          { maxLength: 15 },
        ),
      );
    });
    let decided = 0;
    fc.assert(
      fc.property(arb, ([opts, ballots]) => {
        const result = schulzeFromBallots(opts, ballots);
        if (result.condorcetWinner !== null) {
          decided += 1;
          expect(result.winners).toEqual([result.condorcetWinner]);
        }
      }),
      { ...SEED, numRuns: 300 },
    );
    expect(decided).toBeGreaterThan(50);
  });

  it('MJ-7: raising one voter’s grade never lowers the majority grade', () => {
    fc.assert(
      fc.property(
        fc.array(grade(6), { minLength: 1, maxLength: 15 }),
        fc.nat(),
        grade(6),
        (grades, pick, up) => {
          const i = pick % grades.length;
          // Grades are 0 = best: raising means a smaller index.
          const raised = grades.map((g, j) => (j === i ? Math.min(g, up) : g));
          const histogram = (gs: number[]) =>
            [0, 1, 2, 3, 4, 5, 6].map((g) => gs.filter((x) => x === g).length);
          const before = meritProfile('x', histogram(grades)).majorityGrade!;
          const after = meritProfile('x', histogram(raised)).majorityGrade!;
          expect(after).toBeLessThanOrEqual(before);
        },
      ),
      SEED,
    );
  });

  it('MJ-6: whenever the majority gauge separates two options, the iterative tie-break agrees', () => {
    const profile = (n: number) => fc.array(grade(4), { minLength: n, maxLength: n });
    const histogram = (gs: number[]) => [0, 1, 2, 3, 4].map((g) => gs.filter((x) => x === g).length);
    let decided = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(profile(n), profile(n))),
        ([a, b]) => {
          const gauge = compareGauges(meritProfile('a', histogram(a)), meritProfile('b', histogram(b)));
          const iterative = compareMajorityValues(majorityValue(histogram(a)), majorityValue(histogram(b)));
          if (gauge !== 0) {
            decided += 1;
            expect(Math.sign(iterative)).toBe(Math.sign(gauge));
          }
        },
      ),
      { ...SEED, numRuns: 1000 },
    );
    expect(decided).toBeGreaterThan(500);
  });

  it('CONSENT-3: a round with answers is adopted iff nobody objects', () => {
    fc.assert(
      fc.property(castsArb(consentArb), ({ casts }) => {
        const result = tallyConsent(casts);
        fc.pre(result.answered > 0);
        expect(result.adopted).toBe(result.objections.length === 0);
      }),
      SEED,
    );
  });
});
