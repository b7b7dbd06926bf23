import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureDiversity } from './diversity.ts';
import type { GroupConstraints } from './form-constraints.ts';
import { type FormedGroups, type FormGroupsInput, formGroups, type GroupingMode } from './form-groups.ts';
import { countRepeats, pairKey } from './ledger.ts';
import type { Person } from './people.ts';
import { createRandom } from './random.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
const sizesOf = (groups: string[][]) => groups.map((g) => g.length);
const groupOf = (groups: string[][], id: string) => groups.findIndex((g) => g.includes(id));

/** 12 people, 4 departments × 3 each, 3 roles × 4 each. */
const staff: Person[] = ids(12).map((id, i) => ({
  id,
  attributes: { dept: `d${i % 4}`, role: `r${i % 3}` },
}));

function randomPeople(n: number, seed: number): Person[] {
  const random = createRandom(seed);
  return ids(n).map((id) => ({
    id,
    attributes: {
      dept: `d${Math.floor(random() * 5)}`,
      gender: random() < 0.5 ? 'f' : 'm',
      age: `a${Math.floor(random() * 4)}`,
    },
  }));
}

/** Checks FORM-9 on any plan, relaxed or not, and that `unkept` lists exactly what is broken. */
function expectValid(plan: FormedGroups, input: FormGroupsInput, unkept: FormedGroups['unkept']) {
  const everyone = input.people.map((p) => (typeof p === 'string' ? p : p.id));
  expect(plan.groups.flat().sort()).toEqual([...everyone].sort());
  const sizes = sizesOf(plan.groups);
  expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2);
  const c = input.constraints ?? {};
  const broken = (kind: string, index: number) =>
    unkept.some((u) => u.kind === kind && 'index' in u && u.index === index);
  for (const [id, group] of Object.entries(c.fixed ?? {})) {
    const kept = groupOf(plan.groups, id) === group;
    expect(kept).toBe(!unkept.some((u) => u.kind === 'fixed' && u.id === id));
  }
  (c.together ?? []).forEach((set, i) => {
    const kept = new Set(set.map((id) => groupOf(plan.groups, id))).size === 1;
    expect(kept).toBe(!broken('together', i));
  });
  (c.apart ?? []).forEach((set, i) => {
    const kept = new Set(set.map((id) => groupOf(plan.groups, id))).size === set.length;
    expect(kept).toBe(!broken('apart', i));
  });
}

describe('formGroups', () => {
  it('FORM-1: 23 people in tables of 4–5 sit 5,5,5,4,4; pairs leave exactly one trio when the count is odd', () => {
    const tables = formGroups({
      people: ids(23),
      mode: 'random',
      sizing: { minSize: 4, maxSize: 5 },
      seed: 1,
    });
    expect(tables.ok && sizesOf(tables.groups).sort()).toEqual([4, 4, 5, 5, 5]);
    const odd = formGroups({ people: ids(11), mode: 'pairs', seed: 1 });
    expect(odd.ok && sizesOf(odd.groups).sort()).toEqual([2, 2, 2, 2, 3]);
    const even = formGroups({ people: ids(10), mode: 'pairs', seed: 1 });
    expect(even.ok && sizesOf(even.groups)).toEqual([2, 2, 2, 2, 2]);
  });

  it('FORM-1: malformed or impossible input is refused without a plan', () => {
    expect(formGroups({ people: ids(1), mode: 'pairs', seed: 1 })).toMatchObject({
      ok: false,
      rule: 'GROUP-3',
    });
    expect(formGroups({ people: ids(3), mode: 'random', sizing: { groupCount: 4 }, seed: 1 })).toMatchObject({
      ok: false,
      code: 'GROUPS_INFEASIBLE',
      rule: 'GROUP-3',
    });
    expect(formGroups({ people: ids(6), mode: 'random', sizing: { size: 1 }, seed: 1 })).toMatchObject({
      ok: false,
      rule: 'GROUP-3',
    });
    const noMode = formGroups({
      people: ids(6),
      mode: 'teams' as GroupingMode,
      sizing: { size: 2 },
      seed: 1,
    });
    expect(noMode).toMatchObject({ ok: false, rule: 'FORM-1' });
    expect(formGroups({ people: ids(6), mode: 'mixed', sizing: { size: 2 }, seed: 1 })).toMatchObject({
      ok: false,
      rule: 'FORM-3',
    });
    const unknown = formGroups({
      people: ids(6),
      mode: 'random',
      sizing: { size: 3 },
      constraints: { apart: [['p0', 'zz']] },
      seed: 1,
    });
    expect(unknown).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', rule: 'FORM-6' });
    if (!unknown.ok) expect(unknown.message).toContain('"zz"');
  });

  it('FORM-3: mixed puts one of each department in every table when the counts allow', () => {
    const plan = formGroups({
      people: staff,
      mode: 'mixed',
      attributes: ['dept'],
      sizing: { groupCount: 3 },
      seed: 4,
    });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    for (const group of plan.groups) {
      expect(new Set(group.map((id) => staff.find((p) => p.id === id)?.attributes?.dept)).size).toBe(4);
    }
    expect(plan.diversity).toMatchObject({ score: 1, sharedPairs: 0 });
    expect(plan.diversity?.attributes[0]).toMatchObject({ key: 'dept', values: 4, coverage: 1, spread: 0 });
  });

  it('FORM-3: mixed is more diverse than a random draw (60 people, 3 attributes, tables of 5–6)', () => {
    const people = randomPeople(60, 5);
    const sizing = { minSize: 5, maxSize: 6 };
    const mixed = formGroups({ people, mode: 'mixed', sizing, seed: 1 });
    const random = formGroups({ people, mode: 'random', sizing, seed: 1 });
    expect(mixed.ok && random.ok).toBe(true);
    if (!mixed.ok || !random.ok) return;
    expect(mixed.attributes).toEqual(['age', 'dept', 'gender']);
    const m = mixed.diversity;
    const r = measureDiversity(random.groups, people, mixed.attributes);
    expect(m?.sharedPairs).toBeLessThan(r.sharedPairs);
    expect(m?.score).toBeGreaterThan(r.score);
    for (const a of m?.attributes ?? []) expect(a.spread).toBeLessThanOrEqual(1);
  });

  it('FORM-4: homogeneous puts each department together when sizes allow', () => {
    const plan = formGroups({
      people: staff,
      mode: 'homogeneous',
      attributes: ['role'],
      sizing: { groupCount: 3 },
      seed: 2,
    });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    for (const group of plan.groups) {
      expect(new Set(group.map((id) => staff.find((p) => p.id === id)?.attributes?.role)).size).toBe(1);
    }
  });

  it('FORM-5: unlikely pairs are people who never met, then who differ most', () => {
    const people: Person[] = [
      { id: 'a', attributes: { role: 'x' } },
      { id: 'b', attributes: { role: 'y' } },
      { id: 'c', attributes: { role: 'x' } },
      { id: 'd', attributes: { role: 'y' } },
    ];
    const ledger = { 'a|b': 1, 'c|d': 2 };
    for (const seed of [1, 2, 3]) {
      const plan = formGroups({ people, mode: 'unlikely-pairs', ledger, seed });
      expect(plan.ok).toBe(true);
      if (!plan.ok) return;
      expect(plan.groups.map((g) => [...g].sort().join('')).sort()).toEqual(['ad', 'bc']);
      expect(plan.repeats).toBe(0);
    }
    // With a ledger of a whole earlier round, 20 people pair up without meeting again.
    const earlier = formGroups({ people: ids(20), mode: 'pairs', seed: 9 });
    if (!earlier.ok) throw new Error(earlier.message);
    const again = formGroups({
      people: ids(20),
      mode: 'unlikely-pairs',
      ledger: Object.fromEntries(earlier.groups.map(([a, b]) => [[a, b].sort().join('|'), 1])),
      seed: 9,
    });
    expect(again.ok && again.repeats).toBe(0);
    if (again.ok) expect(countRepeats([earlier.groups, again.groups])).toBe(0);
  });

  it('FORM-6: fixed people stay in their group, together sets share one, apart sets never do', () => {
    const constraints: GroupConstraints = {
      fixed: { p0: 2, p1: 2 },
      together: [
        ['p2', 'p3'],
        ['p3', 'p5'],
      ],
      apart: [
        ['p6', 'p7', 'p8'],
        ['p0', 'p9'],
      ],
    };
    for (const mode of ['random', 'mixed', 'homogeneous'] as const) {
      const input = { people: staff, mode, sizing: { size: 4 }, constraints, seed: 3 };
      const plan = formGroups(input);
      expect(plan.ok).toBe(true);
      if (!plan.ok) return;
      expectValid(plan, input, []);
      expect(groupOf(plan.groups, 'p0')).toBe(2);
      expect(groupOf(plan.groups, 'p5')).toBe(groupOf(plan.groups, 'p2'));
    }
  });

  it('FORM-7: together and apart at once is refused with why, and a relaxed plan keeping apart', () => {
    const input = {
      people: ids(12),
      mode: 'random' as const,
      sizing: { size: 4 },
      constraints: { together: [['p1', 'p2', 'p3']], apart: [['p3', 'p1']] },
      seed: 1,
    };
    const r = formGroups(input);
    expect(r).toMatchObject({ ok: false, code: 'CONSTRAINTS_CONTRADICTORY', rule: 'FORM-7' });
    if (r.ok) return;
    expect(r.message).toContain('p3 and p1 must be both apart and together');
    expect(r.relaxed?.unkept).toEqual([
      {
        kind: 'together',
        index: 0,
        ids: ['p1', 'p2', 'p3'],
        reason: 'p3 and p1 must be both apart and together.',
      },
    ]);
    if (r.relaxed) expectValid(r.relaxed, input, r.relaxed.unkept);
  });

  it('FORM-7: impossible sizes are refused with why, and relaxed plans list what they break', () => {
    const cases: [GroupConstraints, string, string][] = [
      [
        { fixed: { p0: 0, p1: 0, p2: 0, p3: 0, p4: 0 } },
        'GROUPS_INFEASIBLE',
        '5 people are fixed to group 0, which holds 4: p4',
      ],
      [{ together: [['p0', 'p1', 'p2', 'p3', 'p4']] }, 'GROUPS_INFEASIBLE', 'the largest group holds 4'],
      [{ apart: [['p0', 'p1', 'p2', 'p3']] }, 'GROUPS_INFEASIBLE', 'there are only 3 groups'],
      [{ fixed: { p0: 5 } }, 'GROUPS_INFEASIBLE', 'there are 3 groups (0–2)'],
      [
        { fixed: { p0: 0, p1: 1 }, together: [['p0', 'p1']] },
        'CONSTRAINTS_CONTRADICTORY',
        'fixed to different groups',
      ],
      [
        { fixed: { p0: 1, p1: 1 }, apart: [['p0', 'p1']] },
        'CONSTRAINTS_CONTRADICTORY',
        'both fixed to group 1',
      ],
    ];
    for (const [constraints, code, message] of cases) {
      const input = { people: ids(12), mode: 'random' as const, sizing: { size: 4 }, constraints, seed: 1 };
      const r = formGroups(input);
      expect(r).toMatchObject({ ok: false, code, rule: 'FORM-7' });
      if (r.ok) continue;
      expect(r.message).toContain(message);
      expect(r.relaxed?.unkept.length).toBeGreaterThan(0);
      if (r.relaxed) expectValid(r.relaxed, input, r.relaxed.unkept);
    }
  });

  it('FORM-8/9: any mode, sizes and constraints: everyone once, balanced, constraints kept or listed, same seed → same plan', () => {
    const modes: GroupingMode[] = ['random', 'mixed', 'homogeneous', 'pairs', 'unlikely-pairs'];
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 40 }),
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom(...modes),
        fc.integer(),
        fc.array(fc.nat(), { minLength: 0, maxLength: 8 }),
        (n, size, mode, seed, picks) => {
          const people = randomPeople(n, seed);
          const g = Math.ceil(n / size);
          if (Math.floor(n / g) < 2) return;
          const pick = (k: number) => `p${(picks[k] ?? k) % n}`;
          const uniq = (xs: string[]) => [...new Set(xs)];
          const together = uniq([pick(0), pick(1), pick(2)]);
          const apart = uniq([pick(3), pick(4)]);
          const constraints: GroupConstraints = {
            fixed: picks.length > 5 ? { [pick(5)]: (picks[6] ?? 0) % g } : {},
            together: together.length > 1 ? [together] : [],
            apart: apart.length > 1 ? [apart] : [],
          };
          const ledger = pick(6) === pick(7) ? {} : { [pairKey(pick(6), pick(7))]: 1 };
          const input: FormGroupsInput = {
            people,
            mode,
            sizing: { size },
            constraints,
            ledger,
            seed,
            maxEvaluations: 20_000,
          };
          const r = formGroups(input);
          if (r.ok) expectValid(r, input, []);
          else {
            expect(r.rule).toBe('FORM-7');
            expect(r.relaxed).toBeDefined();
            if (r.relaxed) expectValid(r.relaxed, input, r.relaxed.unkept);
          }
          expect(formGroups(input)).toEqual(r);
        },
      ),
      { seed: 42, numRuns: 150 },
    );
  });
});

describe('measureDiversity', () => {
  it('FORM-3: coverage, spread and shared pairs of a hand-made grouping', () => {
    const people: Person[] = [
      { id: 'a', attributes: { dept: 'x' } },
      { id: 'b', attributes: { dept: 'x' } },
      { id: 'c', attributes: { dept: 'y' } },
      { id: 'd', attributes: { dept: 'y' } },
      { id: 'e' },
    ];
    const report = measureDiversity(
      [
        ['a', 'b', 'e'],
        ['c', 'd'],
      ],
      people,
      ['dept'],
    );
    expect(report).toEqual({
      score: 0.5,
      sharedPairs: 2,
      attributes: [{ key: 'dept', values: 2, coverage: 0.5, spread: 2, sharedPairs: 2 }],
    });
  });
});
