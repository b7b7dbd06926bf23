import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affineLines, findConstruction, kirkman15, type RoundsLayout, roundRobin } from './constructions.ts';
import { galoisField } from './galois.ts';
import {
  countRepeats,
  type EncounterLedger,
  mergeLedgers,
  pairKey,
  recordRounds,
  timesMet,
} from './ledger.ts';
import { planRotation } from './plan-rotation.ts';
import { balancedSizes, groupCountFor } from './sizing.ts';

const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
const numericRepeats = (s: RoundsLayout) => countRepeats(s.map((r) => r.map((g) => g.map(String))));

describe('sizing', () => {
  it('GROUP-1: 23 people at 5 tables sit 5,5,5,4,4', () => {
    expect(balancedSizes(23, 5)).toEqual([5, 5, 5, 4, 4]);
  });
  it('GROUP-2: size is a maximum; min–max takes the fewest tables that fit or says why not', () => {
    expect(groupCountFor(23, { size: 5 })).toEqual({ ok: true, groupCount: 5 });
    expect(groupCountFor(23, { minSize: 4, maxSize: 5 })).toEqual({ ok: true, groupCount: 5 });
    const no = groupCountFor(7, { minSize: 4, maxSize: 5 });
    expect(no.ok).toBe(false);
    if (!no.ok) expect(no.message).toContain('4, 3 people');
  });
  it('GROUP-3: more tables than people, or tables of one, are refused', () => {
    expect(groupCountFor(3, { groupCount: 4 })).toMatchObject({
      ok: false,
      code: 'GROUPS_INFEASIBLE',
      rule: 'GROUP-3',
    });
    expect(groupCountFor(5, { groupCount: 3 })).toMatchObject({ ok: false, rule: 'GROUP-3' });
    expect(groupCountFor(5, { size: 1 })).toMatchObject({ ok: false, rule: 'GROUP-3' });
  });
});

describe('ledger', () => {
  it('LEDGER-1/2: sorted keys, zero for strangers and for oneself', () => {
    expect(pairKey('b', 'a')).toBe('a|b');
    expect(timesMet({ 'a|b': 2 }, 'b', 'a')).toBe(2);
    expect(timesMet({ 'a|b': 2 }, 'a', 'c')).toBe(0);
    expect(timesMet({ 'a|a': 2 }, 'a', 'a')).toBe(0);
  });
  it('LEDGER-3/4: recording is immutable and merging sums', () => {
    const before: EncounterLedger = { 'a|b': 1 };
    const after = recordRounds(before, [
      [['a', 'b', 'c']],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ]);
    expect(before).toEqual({ 'a|b': 1 });
    expect(after).toEqual({ 'a|b': 3, 'a|c': 1, 'b|c': 1, 'c|d': 1 });
    expect(mergeLedgers(after, { 'a|b': 1, 'x|y': 1 })).toMatchObject({ 'a|b': 4, 'x|y': 1 });
  });
  it('LEDGER-5: repeats count meetings beyond the first, the ledger included', () => {
    expect(countRepeats([[['a', 'b']], [['a', 'b']], [['a', 'b']]])).toBe(2);
    expect(countRepeats([[['a', 'b']]], { 'a|b': 1 })).toBe(1);
    expect(countRepeats([[['a', 'c']]], { 'a|b': 1 })).toBe(0);
  });
});

describe('constructions', () => {
  it('ROT-7: every GF(q) built has inverses (it is a field)', () => {
    for (const q of [2, 3, 4, 5, 7, 8, 9, 16, 27]) {
      const f = galoisField(q);
      expect(f).not.toBeNull();
      for (let a = 1; a < q; a++)
        expect(Array.from({ length: q }, (_, b) => f?.mul(a, b)).includes(1)).toBe(true);
    }
    expect(galoisField(6)).toBeNull();
  });
  it('ROT-7: round robin, Kirkman 15 and affine lines never repeat an encounter', () => {
    expect(numericRepeats(roundRobin(12))).toBe(0);
    expect(numericRepeats(kirkman15())).toBe(0);
    for (const [q, d, rounds] of [
      [3, 2, 4],
      [4, 2, 5],
      [5, 2, 6],
      [8, 2, 9],
      [9, 2, 10],
      [3, 3, 13],
    ] as const) {
      const s = affineLines(q, d);
      expect(s?.length).toBe(rounds);
      expect(numericRepeats(s ?? [])).toBe(0);
    }
    expect(findConstruction(6, 3, 8)).toBeNull();
  });
});

describe('planRotation', () => {
  it('ROT-1: too many rounds are refused with the maximum', () => {
    const r = planRotation({ people: people(12), sizing: { size: 4 }, rounds: 500, seed: 1 });
    expect(r).toMatchObject({ ok: false, code: 'GROUPS_INFEASIBLE', rule: 'ROT-1' });
    if (!r.ok) expect(r.message).toContain('50');
  });
  it('GROUP-4: duplicate or unknown ids are refused', () => {
    expect(planRotation({ people: ['a', 'a', 'b', 'c'], sizing: { size: 2 }, rounds: 1, seed: 1 }).ok).toBe(
      false,
    );
    expect(planRotation({ people: ['a|b', 'c'], sizing: { size: 2 }, rounds: 1, seed: 1 }).ok).toBe(false);
    expect(
      planRotation({ people: people(8), sizing: { size: 4 }, rounds: 1, hosts: ['zz'], seed: 1 }),
    ).toMatchObject({ ok: false, rule: 'GROUP-4' });
  });

  it('ROT-2/3/4/8: everyone once per round, balanced, hosts stay, zero repeats when the bound allows, same seed → same plan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 60 }),
        fc.integer({ min: 3, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer(),
        (n, size, rounds, hostCount, seed) => {
          const ids = people(n);
          const sizing = { size };
          const g = Math.ceil(n / size);
          if (Math.floor(n / g) < 2) return;
          const hosts = ids.slice(0, Math.min(hostCount, g));
          const plan = planRotation({ people: ids, sizing, rounds, hosts, seed });
          expect(plan.ok).toBe(true);
          if (!plan.ok) return;
          expect(plan.rounds).toHaveLength(rounds);
          for (const round of plan.rounds) {
            expect(round.flat().sort()).toEqual([...ids].sort());
            const sizes = round.map((t) => t.length);
            expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
            hosts.forEach((h, t) => {
              expect(round[t]).toContain(h);
            });
          }
          expect(countRepeats(plan.rounds)).toBe(plan.repeats);
          expect(plan.repeats).toBeGreaterThanOrEqual(plan.lowerBound);
          if (n >= 12 && rounds <= 3 && hosts.length === 0) expect(plan.repeats).toBe(0);
          expect(planRotation({ people: ids, sizing, rounds, hosts, seed })).toEqual(plan);
        },
      ),
      { seed: 42, numRuns: 30 },
    );
  });

  it('ROT-5: a ledger is avoided: a second workshop repeats nobody from the first', () => {
    const ids = people(24);
    const first = planRotation({ people: ids, sizing: { size: 4 }, rounds: 2, seed: 7 });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const ledger = recordRounds({}, first.rounds);
    const second = planRotation({ people: ids, sizing: { size: 4 }, rounds: 2, ledger, seed: 8 });
    expect(second.ok).toBe(true);
    if (second.ok) {
      expect(second.repeats).toBe(0);
      expect(countRepeats(second.rounds, ledger)).toBe(0);
    }
  });

  it('ROT-6: where no perfect plan exists the bound says so (12 people in tables of 6, 4 rounds)', () => {
    const plan = planRotation({ people: people(12), sizing: { size: 6 }, rounds: 4, seed: 3 });
    expect(plan.ok).toBe(true);
    if (plan.ok) {
      expect(plan.lowerBound).toBeGreaterThan(0);
      expect(plan.repeats).toBeGreaterThanOrEqual(plan.lowerBound);
      expect(plan.warnings.join(' ')).toContain('could not be avoided');
    }
  });

  it('ROT-7: an affine plane is used for 25 people in 5 tables of 5 over 6 rounds', () => {
    const plan = planRotation({ people: people(25), sizing: { groupCount: 5 }, rounds: 6, seed: 1 });
    expect(plan).toMatchObject({ ok: true, method: 'construction', repeats: 0 });
    if (plan.ok) expect(countRepeats(plan.rounds)).toBe(0);
  });
});
