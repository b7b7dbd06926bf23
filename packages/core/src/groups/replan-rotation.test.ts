import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countRepeats, mergeLedgers, recordRounds } from './ledger.ts';
import { planRotation } from './plan-rotation.ts';
import { type ReplanRotationInput, replanRotation } from './replan-rotation.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

function plan(n: number, groupCount: number, rounds: number, seed: number, hosts: string[] = []) {
  const p = planRotation({
    people: ids(n),
    sizing: { groupCount },
    rounds,
    hosts,
    seed,
    maxIterations: 3_000,
  });
  if (!p.ok) throw new Error(p.message);
  return p.rounds;
}

/** Seats that differ from the plan, recounted by hand. */
function movedSeats(before: string[][][], after: string[][][], from: number): number {
  let moved = 0;
  for (let r = from; r < after.length; r++) {
    after[r]?.forEach((table, t) => {
      for (const id of table) {
        const planned = before[r]?.findIndex((x) => x.includes(id)) ?? -1;
        if (planned >= 0 && planned !== t) moved++;
      }
    });
  }
  return moved;
}

describe('replanRotation', () => {
  it('REPLAN-1: a round outside the plan, unknown departures and arrivals already planned are refused', () => {
    const rounds = plan(12, 3, 3, 1);
    expect(replanRotation({ rounds, currentRound: 3, seed: 1 })).toMatchObject({
      ok: false,
      rule: 'REPLAN-1',
    });
    expect(replanRotation({ rounds, currentRound: -1, seed: 1 })).toMatchObject({
      ok: false,
      rule: 'REPLAN-1',
    });
    const gone = replanRotation({ rounds, currentRound: 1, departures: ['zz'], seed: 1 });
    expect(gone).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', rule: 'REPLAN-1' });
    if (!gone.ok) expect(gone.message).toContain('"zz"');
    const twice = replanRotation({ rounds, currentRound: 1, arrivals: ['p3'], seed: 1 });
    expect(twice).toMatchObject({ ok: false, rule: 'REPLAN-1' });
    if (!twice.ok) expect(twice.message).toContain('p3 arrives but is already in the plan');
  });

  it('REPLAN-2: too many departures for the tables is refused saying why', () => {
    const rounds = plan(8, 4, 2, 1);
    const r = replanRotation({ rounds, currentRound: 1, departures: ['p0', 'p1'], seed: 1 });
    expect(r).toMatchObject({ ok: false, code: 'GROUPS_INFEASIBLE', rule: 'GROUP-3' });
    if (!r.ok) expect(r.message).toContain('a group needs at least 2');
  });

  it('REPLAN-3: with nobody arriving or leaving, the plan comes back unchanged', () => {
    const rounds = plan(25, 5, 6, 2);
    const r = replanRotation({ rounds, currentRound: 2, seed: 1 });
    expect(r).toMatchObject({ ok: true, rounds, moved: 0, minMoved: 0, movedPeople: [], repeats: 0 });
  });

  it('REPLAN-3: 40 people, 8 tables, 4 rounds, 3 arrive and 2 leave after round 1: no repeats, few people moved', () => {
    const rounds = plan(40, 8, 4, 1);
    const r = replanRotation({
      rounds,
      currentRound: 1,
      arrivals: ['n1', 'n2', 'n3'],
      departures: ['p4', 'p17'],
      seed: 1,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.repeats).toBe(0);
    expect(r.moved).toBe(movedSeats(rounds, r.rounds, 1));
    expect(r.moved).toBeLessThanOrEqual(6);
    expect(r.rounds[0]).toEqual(rounds[0]);
  });

  it('REPLAN-4: hosts stay at their table; a departing host leaves it without one', () => {
    const hosts = ['p0', 'p1', 'p2', 'p3'];
    const rounds = plan(20, 4, 4, 3, hosts);
    const r = replanRotation({
      rounds,
      currentRound: 1,
      hosts,
      departures: ['p2'],
      arrivals: ['n1'],
      seed: 2,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const round of r.rounds.slice(1)) {
      expect(round[0]).toContain('p0');
      expect(round[1]).toContain('p1');
      expect(round[3]).toContain('p3');
      expect(round.flat()).not.toContain('p2');
    }
  });

  it('REPLAN-2/3/5: any plan and changes: history kept, everyone present seated once, balanced, counts exact, same seed → same plan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 40 }),
        fc.integer({ min: 3, max: 5 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer(),
        (n, size, roundCount, arriving, leaving, hostCount, seed) => {
          const g = Math.ceil(n / size);
          if (Math.floor((n - leaving) / g) < 2) return;
          const hosts = ids(hostCount);
          const rounds = plan(n, g, roundCount, 1, hosts);
          const currentRound = Math.abs(seed) % roundCount;
          const departures = ids(n).slice(n - leaving);
          const arrivals = Array.from({ length: arriving }, (_, i) => `new${i}`);
          const ledger = { 'p0|p5': 1 };
          const input: ReplanRotationInput = {
            rounds,
            currentRound,
            arrivals,
            departures,
            hosts,
            ledger,
            seed,
          };
          const r = replanRotation(input);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.rounds).toHaveLength(roundCount);
          expect(r.rounds.slice(0, currentRound)).toEqual(rounds.slice(0, currentRound));
          const present = [...ids(n).slice(0, n - leaving), ...arrivals].sort();
          for (const round of r.rounds.slice(currentRound)) {
            expect(round).toHaveLength(g);
            expect(round.flat().sort()).toEqual(present);
            const sizes = round.map((t) => t.length);
            expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
            hosts.forEach((h, t) => {
              expect(round[t]).toContain(h);
            });
          }
          const before = mergeLedgers(ledger, recordRounds({}, rounds.slice(0, currentRound)));
          expect(r.repeats).toBe(countRepeats(r.rounds.slice(currentRound), before));
          expect(r.repeats).toBeGreaterThanOrEqual(r.lowerBound);
          expect(r.moved).toBe(movedSeats(rounds, r.rounds, currentRound));
          expect(r.moved).toBeGreaterThanOrEqual(r.minMoved);
          expect(replanRotation(input)).toEqual(r);
        },
      ),
      { seed: 7, numRuns: 40 },
    );
  });
});
