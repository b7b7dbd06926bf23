import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAgenda } from './check-agenda.ts';
import { grid, type Instance, randomInstance } from './fixtures.ts';
import { countConflicts, countOverflow, indexInterests } from './interests.ts';
import { type ScheduleSuccess, scheduleOpenSpace } from './schedule.ts';
import type { OpenSpaceAgenda, OpenSpaceSession, Placement } from './types.ts';

function scheduled(input: Parameters<typeof scheduleOpenSpace>[0]): ScheduleSuccess {
  const result = scheduleOpenSpace(input);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const session = (id: string, convenerId: string): OpenSpaceSession => ({ id, title: id, convenerId });

/** Convener and cell clashes in an agenda, counted directly from the placements. */
function clashes(instance: Instance, agenda: OpenSpaceAgenda) {
  const convener = new Map(instance.sessions.map((s) => [s.id, s.convenerId]));
  const cells = new Set(agenda.map((p) => `${p.slotId}/${p.spaceId}`));
  const busy = new Set(agenda.map((p) => `${p.slotId}/${convener.get(p.sessionId)}`));
  const sessions = new Set(agenda.map((p) => p.sessionId));
  return {
    cells: agenda.length - cells.size,
    conveners: agenda.length - busy.size,
    twice: agenda.length - sessions.size,
  };
}

/** An instance for fast-check: up to 9 sessions, a few conveners, slots and spaces, some pins. */
const instanceArb = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    sessions: fc.integer({ min: 1, max: 9 }),
    conveners: fc.integer({ min: 1, max: 5 }),
    slots: fc.integer({ min: 1, max: 3 }),
    capacities: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 3 }),
    pins: fc.integer({ min: 0, max: 3 }),
  })
  .map((o) => {
    const instance = randomInstance({ ...o, participants: 12, perPerson: 3 });
    // Pin the first sessions into distinct cells, skipping any pin that would break a hard rule.
    const pinned: Placement[] = [];
    const busy = new Set<string>();
    for (const [n, s] of instance.sessions.slice(0, o.pins).entries()) {
      const slot = instance.slots[n % instance.slots.length];
      const space = instance.spaces[Math.floor(n / instance.slots.length)];
      if (!slot || !space || busy.has(`${slot.id}/${s.convenerId}`)) continue;
      busy.add(`${slot.id}/${s.convenerId}`);
      pinned.push({ sessionId: s.id, slotId: slot.id, spaceId: space.id });
    }
    return { instance, pinned, seed: o.seed };
  });

/**
 * The most sessions placeable, then the fewest conflicts, by brute force over slot choices
 * (spaces only count per slot). `only`: the sessions allowed on the wall (default all).
 */
function bestByBruteForce(instance: Instance, only?: ReadonlySet<string>) {
  const { sessions, slots, spaces } = instance;
  const index = indexInterests(sessions, instance.interests);
  let best = { placed: -1, conflicts: Number.POSITIVE_INFINITY };
  const choice: number[] = [];
  const visit = (i: number) => {
    if (i === sessions.length) {
      const agenda: Placement[] = [];
      const used = new Map<number, number>();
      for (const [j, t] of choice.entries()) {
        if (t === -1) continue;
        const k = used.get(t) ?? 0;
        used.set(t, k + 1);
        agenda.push({
          sessionId: sessions[j]?.id ?? '',
          slotId: slots[t]?.id ?? '',
          spaceId: spaces[k]?.id ?? '',
        });
      }
      if (clashes(instance, agenda).conveners > 0 || [...used.values()].some((n) => n > spaces.length))
        return;
      const conflicts = countConflicts(agenda, index);
      if (agenda.length > best.placed || (agenda.length === best.placed && conflicts < best.conflicts)) {
        best = { placed: agenda.length, conflicts };
      }
      return;
    }
    const allowed = only === undefined || only.has(sessions[i]?.id ?? '');
    for (let t = -1; t < (allowed ? slots.length : 0); t++) {
      choice[i] = t;
      visit(i + 1);
    }
  };
  visit(0);
  return best;
}

describe('Open Space scheduler', () => {
  it('OS-1: refuses input no agenda could honour, naming the problem', () => {
    const base = {
      sessions: [session('a', 'x'), session('b', 'x')],
      ...grid(2, [10]),
      interests: {},
      seed: 1,
    };
    const rule = (input: Partial<Parameters<typeof scheduleOpenSpace>[0]>) => {
      const r = scheduleOpenSpace({ ...base, ...input });
      return r.ok ? 'ok' : `${r.rule} ${r.code}`;
    };
    expect(rule({})).toBe('ok');
    expect(rule({ sessions: [session('a', 'x'), session('a', 'y')] })).toBe('OS-1 VALIDATION_FAILED');
    expect(rule({ spaces: [{ id: 'k', name: 'K', capacity: -1 }] })).toBe('OS-1 VALIDATION_FAILED');
    expect(rule({ maxIterations: 1.5 })).toBe('OS-1 VALIDATION_FAILED');
    expect(rule({ pinned: [{ sessionId: 'zz', slotId: 't0', spaceId: 'k0' }] })).toBe(
      'OS-1 VALIDATION_FAILED',
    );
    const sameConvenerSameSlot = [
      { sessionId: 'a', slotId: 't0', spaceId: 'k0' },
      { sessionId: 'b', slotId: 't0', spaceId: 'k1' },
    ];
    expect(rule({ ...grid(2, [10, 10]), pinned: sameConvenerSameSlot })).toBe('OS-1 VALIDATION_FAILED');
    const r = scheduleOpenSpace({
      ...base,
      pinned: [
        base.sessions[0] && { sessionId: 'a', slotId: 't0', spaceId: 'k0' },
        { sessionId: 'a', slotId: 't1', spaceId: 'k0' },
      ] as Placement[],
    });
    expect(r.ok ? '' : r.message).toMatch(/pinned twice/);
  });

  it('OS-2: interests count once per person; unknown sessions are ignored with a warning', () => {
    const r = scheduled({
      sessions: [session('a', 'x')],
      ...grid(1, [1]),
      interests: { p: ['a', 'a', 'gone'], q: ['a'] },
      seed: 1,
    });
    expect(r.overflow).toBe(1);
    expect(r.warnings.map((w) => w.rule).sort()).toEqual(['OS-2', 'OS-24']);
  });

  it('OS-3 and OS-4: reported conflicts and overflow are those of the agenda', () => {
    const instance = randomInstance({
      seed: 5,
      sessions: 20,
      conveners: 12,
      participants: 60,
      perPerson: 5,
      slots: 3,
      capacities: [30, 10, 5, 5, 3, 3, 3],
    });
    const r = scheduled({ ...instance, seed: 9 });
    const index = indexInterests(instance.sessions, instance.interests);
    expect(r.conflicts).toBe(countConflicts(r.agenda, index));
    expect(r.overflow).toBe(countOverflow(r.agenda, instance.spaces, index));
  });

  it('OS-8: a greedy trap: placing everyone comes before avoiding a conflict', () => {
    // e is pinned in slot 2. Fans of e also want c, d and f, so a conflict-only greedy puts
    // those three in slot 1, filling it; x's two topics then need both slots and one is left out.
    const r = scheduled({
      sessions: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => session(id, id === 'a' || id === 'b' ? 'x' : id)),
      ...grid(2, [10, 10, 10]),
      interests: { p1: ['c', 'e'], p2: ['d', 'e'], p3: ['f', 'e'], p4: ['c', 'd', 'f'] },
      pinned: [{ sessionId: 'e', slotId: 't1', spaceId: 'k0' }],
      seed: 3,
    });
    expect(r.unplaced).toEqual([]);
    expect(r.agenda).toHaveLength(6);
    // The price: one of c, d, f joins e (1 conflict) and p4 still has two wanted in slot 1.
    expect(r.conflicts).toBe(2);
  });

  it('OS-8: says which sessions cannot be placed and why, dropping the least demanded', () => {
    const r = scheduled({
      sessions: [
        session('a', 'x'),
        session('b', 'x'),
        session('c', 'x'),
        session('d', 'y'),
        session('e', 'z'),
      ],
      ...grid(2, [10]),
      interests: { p1: ['a', 'b'], p2: ['a', 'd'], p3: ['e'] },
      seed: 3,
    });
    expect(r.agenda.map((p) => p.sessionId).sort()).toEqual(['a', 'b']);
    expect(r.unplaced.map((u) => [u.sessionId, u.reason])).toEqual([
      ['d', 'no-free-space'],
      ['e', 'no-free-space'],
      ['c', 'convener-busy'],
    ]);
    expect(r.unplaced[2]?.message).toMatch(/each of the 2 slots/);
  });

  it('OS-9: the most demanded session of a slot gets the biggest free space', () => {
    const r = scheduled({
      sessions: [session('small', 'x'), session('big', 'y')],
      ...grid(1, [8, 40]),
      interests: Object.fromEntries(
        Array.from({ length: 30 }, (_, p) => [`p${p}`, p < 5 ? ['small'] : ['big']]),
      ),
      seed: 1,
    });
    expect(r.agenda).toEqual([
      { sessionId: 'small', slotId: 't0', spaceId: 'k0' },
      { sessionId: 'big', slotId: 't0', spaceId: 'k1' },
    ]);
    expect(r.overflow).toBe(0);
  });

  it('OS-10: deterministic for a seed', () => {
    const instance = randomInstance({
      seed: 8,
      sessions: 30,
      conveners: 20,
      participants: 80,
      perPerson: 4,
      slots: 4,
      capacities: [20, 15, 10, 8, 8, 5, 5, 5],
    });
    expect(scheduled({ ...instance, seed: 4 })).toEqual(scheduled({ ...instance, seed: 4 }));
  });

  it('OS-5, OS-6, OS-7, OS-8, OS-10 (property): hard rules, pins, maximum placement, never worse than greedy', () => {
    fc.assert(
      fc.property(instanceArb, ({ instance, pinned, seed }) => {
        const r = scheduled({ ...instance, pinned, seed, maxIterations: 2_000 });
        const c = clashes(instance, r.agenda);
        expect(c).toEqual({ cells: 0, conveners: 0, twice: 0 });
        for (const p of pinned) expect(r.agenda).toContainEqual(p);
        expect(r.agenda.length + r.unplaced.length).toBe(instance.sessions.length);
        expect(checkAgenda({ ...instance, agenda: r.agenda }).filter((f) => f.severity === 'error')).toEqual(
          [],
        );
        const weight = 1_000_000;
        expect(r.conflicts * weight + r.overflow).toBeLessThanOrEqual(
          r.greedy.conflicts * weight + r.greedy.overflow,
        );
        if (pinned.length === 0) expect(r.agenda.length).toBe(bestByBruteForce(instance).placed);
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it('OS-10 (brute force): on tiny walls the scheduler finds the fewest conflicts', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          sessions: fc.integer({ min: 3, max: 7 }),
          conveners: fc.integer({ min: 2, max: 6 }),
        }),
        (o) => {
          const instance = randomInstance({
            ...o,
            participants: 10,
            perPerson: 3,
            slots: 3,
            capacities: [6, 6],
          });
          const r = scheduled({ ...instance, seed: o.seed, maxIterations: 3_000 });
          // When not everything fits, which sessions go up is decided by demand (OS-8), so the
          // fewest conflicts are sought among agendas of those same sessions.
          const best = bestByBruteForce(instance, new Set(r.agenda.map((p) => p.sessionId)));
          expect(r.agenda.length).toBe(best.placed);
          expect(r.conflicts).toBe(best.conflicts);
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it('OS-10: a realistic wall of 18 people, 9 topics, 3 slots × 3 spaces has no conflict', () => {
    // A zero-conflict wall exists: row t of `hidden` can share a slot. Each person wants one
    // topic of each row; the scheduler is given the topics in another order and must find it.
    const hidden = [
      ['governance', 'budget', 'onboarding'],
      ['tools', 'meetings', 'remote-work'],
      ['wellbeing', 'training', 'partnerships'],
    ];
    const convener: Record<string, string> = {
      governance: 'ana',
      tools: 'ana',
      budget: 'ben',
      training: 'ben',
    };
    const sessions = [
      'partnerships',
      'tools',
      'budget',
      'wellbeing',
      'governance',
      'meetings',
      'training',
      'onboarding',
      'remote-work',
    ].map((id) => session(id, convener[id] ?? `host-${id}`));
    const interests: Record<string, string[]> = {};
    for (let p = 0; p < 18; p++) {
      interests[`person${p}`] = [
        hidden[0]?.[p % 3],
        hidden[1]?.[Math.floor(p / 3) % 3],
        hidden[2]?.[(p + Math.floor(p / 6)) % 3],
      ].filter((x) => x !== undefined);
    }
    const instance = { sessions, interests, ...grid(3, [12, 8, 6]) };
    const layout = hidden.flatMap((row, t) =>
      row.map((sessionId, k) => ({ sessionId, slotId: `t${t}`, spaceId: `k${k}` })),
    );
    expect(countConflicts(layout, indexInterests(sessions, interests))).toBe(0);
    const r = scheduled({ ...instance, seed: 2026 });
    expect(r.conflicts).toBe(0);
    expect(r.agenda).toHaveLength(9);
    expect(r.greedy.conflicts).toBeGreaterThanOrEqual(r.conflicts);
  });

  // Its speed is measured in bench/openspace.ts (npm run bench:openspace), never asserted here.
  it('OS-10: 60 sessions × 200 people × 6 slots × 10 spaces: all placed, fewer conflicts than greedy', () => {
    const instance = randomInstance({
      seed: 1,
      sessions: 60,
      conveners: 45,
      participants: 200,
      perPerson: 6,
      slots: 6,
      capacities: [60, 40, 30, 25, 20, 15, 12, 10, 8, 8],
    });
    const r = scheduled({ ...instance, seed: 1 });
    expect(r.agenda).toHaveLength(60);
    expect(r.conflicts).toBeLessThan(r.greedy.conflicts);
  });
});
