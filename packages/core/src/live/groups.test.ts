/**
 * Groups in a live room (GROUPS-LIVE-n, packages/server/src/live/SPEC.md): plans made from a
 * roster are always valid, the day's moves fold as decided, phones learn where to go, and
 * contributions remember the table they came from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countRepeats, pairKey, recordRounds } from '../groups/ledger.ts';
import { type Actor, decide } from './decide.ts';
import { type GroupPlan, movers, placementOf, playedLedger } from './groups.ts';
import { carryLedger, makeGroupPlan, type RosterPerson, replanGroupPlan } from './plan-groups.ts';
import type { Action } from './protocol.ts';
import { EMPTY_ROOM, foldEvents, type LiveEventBody, type RoomState } from './room-state.ts';

const roster = (n: number, depts = 3): RosterPerson[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    nickname: `Person ${i}`,
    attributes: { department: `D${i % depts}` },
  }));

const facilitator: Actor = { role: 'facilitator', participantId: null, nickname: 'Fac' };
const participant = (id: string): Actor => ({ role: 'participant', participantId: id, nickname: id });

/** Appends events as the hub would: sequence numbers in order. */
function apply(state: RoomState, ...bodies: LiveEventBody[]): RoomState {
  return foldEvents(
    bodies.map((b, i) => ({ ...b, seq: state.seq + i + 1, at: 1000 + state.seq + i }) as never),
    state,
  );
}

function planned(plan: GroupPlan, from: RoomState = EMPTY_ROOM): RoomState {
  return apply(from, { type: 'groups.planned', data: { plan } });
}

function mustPlan(...args: Parameters<typeof makeGroupPlan>): GroupPlan {
  const made = makeGroupPlan(...args);
  if (!made.ok) throw new Error(made.message);
  return made.plan;
}

function act(state: RoomState, action: Action, actor: Actor = facilitator): RoomState {
  const d = decide(action, actor, state, 5_000, `e${state.seq}`);
  if (!d.ok) throw new Error(`${d.code}: ${d.message}`);
  return apply(state, d.event);
}

function refusal(state: RoomState, action: Action, actor: Actor = facilitator) {
  const d = decide(action, actor, state, 5_000, 'x');
  if (d.ok) throw new Error(`accepted ${action.kind}`);
  return d;
}

/** Every round seats each person once, and table sizes differ by at most one. */
function expectValid(plan: GroupPlan, people: readonly string[]) {
  for (const tables of plan.rounds) {
    expect(tables.flat().sort()).toEqual([...people].sort());
    const sizes = tables.map((t) => t.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  }
  plan.hosts.forEach((h, t) => {
    if (h) for (const tables of plan.rounds) expect(tables[t]?.[0]).toBe(h);
  });
}

describe('GROUPS-LIVE-1 plans from the roster', () => {
  it('a World Café of 12 in tables of 4 over 3 rounds: hosts stay, the fewest repeats possible', () => {
    const plan = mustPlan({ kind: 'world-cafe', title: 'Café', seed: 7 }, roster(12), undefined, 'plan-1');
    expect(plan.kind).toBe('world-cafe');
    expect(plan.rounds).toHaveLength(3);
    expect(plan.hosts).toHaveLength(3);
    expectValid(
      plan,
      roster(12).map((p) => p.id),
    );
    // From round 2, each table's 3 travellers come from 3 tables, one of them this one: one
    // repeat per table and round is forced (ROT-6), and the plan reaches that bound.
    expect(plan.lowerBound).toBe(6);
    expect(plan.repeats).toBe(6);
    expect(countRepeats(plan.rounds)).toBe(6);
    expect(movers(plan, 1)).toHaveLength(9);
  });

  it('property: any head count, table size and rounds give a valid plan with the repeats it reports', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 40 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('tables', 'world-cafe', 'interviews') as fc.Arbitrary<
          'tables' | 'world-cafe' | 'interviews'
        >,
        fc.integer({ min: 0, max: 1_000 }),
        (n, size, rounds, kind, seed) => {
          const people = roster(n);
          const made = makeGroupPlan({ kind, title: 'T', size, rounds, seed }, people, undefined, 'p');
          if (!made.ok) return; // e.g. tables of 6 for 4 people is refused with a reason
          expectValid(
            made.plan,
            people.map((p) => p.id),
          );
          expect(countRepeats(made.plan.rounds)).toBe(made.plan.repeats);
          expect(made.plan.repeats).toBeGreaterThanOrEqual(made.plan.lowerBound);
          if (kind === 'interviews')
            for (const t of made.plan.rounds[0] ?? []) expect(t.length).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('mixes tables by the join answers', () => {
    const made = makeGroupPlan({ kind: 'tables', title: 'T', size: 3, seed: 1 }, roster(9), undefined, 'p');
    if (!made.ok) throw new Error(made.message);
    for (const table of made.plan.rounds[0] ?? []) {
      const depts = new Set(table.map((id) => `D${Number(id.slice(1)) % 3}`));
      expect(depts.size).toBe(3);
    }
    expect(made.diversity).not.toBeNull();
  });

  it('bad input is refused with the reason', () => {
    const tooMany = makeGroupPlan(
      { kind: 'tables', title: 'T', size: 2, rounds: 500, seed: 1 },
      roster(6),
      undefined,
      'p',
    );
    expect(tooMany.ok).toBe(false);
    const unknownHost = makeGroupPlan(
      { kind: 'world-cafe', title: 'T', hosts: ['nobody'], seed: 1 },
      roster(8),
      undefined,
      'p',
    );
    expect(unknownHost.ok).toBe(false);
    if (!unknownHost.ok) expect(unknownHost.message).toMatch(/nobody|host/i);
    const noPairs = makeGroupPlan({ kind: 'foursomes', title: 'F', seed: 1 }, roster(8), undefined, 'p');
    expect(noPairs.ok).toBe(false);
    if (!noPairs.ok) expect(noPairs.message).toMatch(/interview/);
  });

  it('a later plan avoids the pairs that met in the rounds played', () => {
    const people = roster(16);
    let state = planned(mustPlan({ kind: 'tables', title: 'A', seed: 3 }, people, undefined, 'a'));
    state = act(state, { kind: 'groups.round', round: 0 });
    const met = playedLedger(state.groups);
    expect(Object.keys(met)).toHaveLength(4 * 6);
    const next = mustPlan({ kind: 'tables', title: 'B', seed: 4 }, people, state.groups, 'b');
    expect(countRepeats(next.rounds, met)).toBe(0);
    state = planned(next, state);
    expect(state.groups?.earlier).toEqual(met);
  });
});

describe('GROUPS-LIVE-3…6 the day', () => {
  const people = roster(12);
  const cafe = mustPlan({ kind: 'world-cafe', title: 'Café', seed: 7 }, people, undefined, 'cafe');

  it('phones learn where to go and who hosts, round by round', () => {
    let state = planned(cafe);
    const host = cafe.hosts[1] as string;
    const traveller = cafe.rounds[0]?.[2]?.[1] as string;
    state = act(state, { kind: 'groups.round', round: 1 });
    const groups = state.groups as NonNullable<RoomState['groups']>;
    expect(placementOf(groups, host)).toMatchObject({ round: 1, table: 1, hosting: true, hostName: null });
    const at = placementOf(groups, traveller);
    expect(at?.hosting).toBe(false);
    expect(at?.hostName).toBe(cafe.names[cafe.hosts[at?.table ?? 0] as string]);
    expect(at?.mates).toHaveLength(3);
    expect(placementOf(groups, 'newcomer')).toBeNull();
  });

  it('hand swaps and moves apply to one round, never to rounds played or to hosts', () => {
    let state = act(planned(cafe), { kind: 'groups.round', round: 1 });
    const [a, b] = [cafe.rounds[2]?.[0]?.[1] as string, cafe.rounds[2]?.[1]?.[1] as string];
    state = act(state, { kind: 'groups.swap', round: 2, a, b });
    expect(state.groups?.plan?.rounds[2]?.[0]).toContain(b);
    expect(state.groups?.plan?.rounds[2]?.[1]).toContain(a);
    expect(state.groups?.plan?.rounds[1]).toEqual(cafe.rounds[1]);
    expect(refusal(state, { kind: 'groups.swap', round: 0, a, b }).message).toMatch(/round 1 is over/);
    expect(
      refusal(state, { kind: 'groups.move', round: 2, participantId: cafe.hosts[0] as string, table: 1 })
        .message,
    ).toMatch(/hosts table 1/);
    expect(refusal(state, { kind: 'groups.move', round: 2, participantId: a, table: 9 }).message).toMatch(
      /no table 10/,
    );
    expect(refusal(state, { kind: 'groups.round', round: 3 }).message).toMatch(/no round 4/);
    expect(refusal(state, { kind: 'groups.round', round: 2 }, participant('p1')).code).toBe('FORBIDDEN');
    state = act(state, { kind: 'groups.move', round: 2, participantId: a, table: 2 });
    expect(state.groups?.plan?.rounds[2]?.[2]).toContain(a);
    expect(state.groups?.edits).toBe(2);
  });

  it('GROUPS-LIVE-7: a note posted at a table carries its table and round', () => {
    let state = act(planned(cafe), { kind: 'groups.round', round: 2 });
    const id = cafe.rounds[2]?.[1]?.[2] as string;
    state = act(state, { kind: 'contribution.post', text: 'Une idée' }, participant(id));
    expect(state.contributions[0]?.place).toEqual({ planId: 'cafe', title: 'Café', round: 2, table: 1 });
    const before = act(planned(cafe), { kind: 'contribution.post', text: 'Avant' }, participant(id));
    expect(before.contributions[0]?.place).toBeUndefined();
  });

  it('interviews: roles swap with the phase, then foursomes keep pairs and join pairs that never met', () => {
    const five = roster(5);
    const interviews = mustPlan({ kind: 'interviews', title: 'AI', seed: 2 }, five, undefined, 'ai');
    const pairs = interviews.rounds[0] ?? [];
    expect(pairs.map((p) => p.length).sort()).toEqual([2, 3]);
    let state = act(planned(interviews), { kind: 'groups.round', round: 0 });
    const pair = pairs.find((p) => p.length === 2) as string[];
    const [x, y] = pair as [string, string];
    const g = () => state.groups as NonNullable<RoomState['groups']>;
    expect(placementOf(g(), x)?.interviews?.id).toBe(y);
    expect(placementOf(g(), y)?.interviewedBy?.id).toBe(x);
    state = act(state, { kind: 'groups.phase', phase: 1 });
    expect(placementOf(g(), y)?.interviews?.id).toBe(x);
    expect(placementOf(g(), x)?.interviewedBy?.id).toBe(y);
    const four = mustPlan({ kind: 'foursomes', title: 'Quatre', seed: 3 }, five, state.groups, 'four');
    expect(four.rounds[0]).toHaveLength(1);
    for (const p of pairs) expect(four.rounds[0]?.some((t) => p.every((id) => t.includes(id)))).toBe(true);
    expect(refusal(planned(four, state), { kind: 'groups.phase', phase: 1 }).message).toMatch(
      /only interviews/,
    );
  });

  it('foursomes join pairs whose members have not met before', () => {
    const eight = roster(8);
    // Earlier today: p0..p3 sat together, p4..p7 too.
    let state = planned({
      id: 'before',
      kind: 'tables',
      title: 'Before',
      rounds: [
        [
          ['p0', 'p1', 'p2', 'p3'],
          ['p4', 'p5', 'p6', 'p7'],
        ],
      ],
      hosts: [],
      names: {},
      repeats: 0,
      lowerBound: 0,
      seed: 0,
      warnings: [],
    });
    state = act(state, { kind: 'groups.round', round: 0 });
    const interviews: GroupPlan = {
      ...(state.groups?.plan as GroupPlan),
      id: 'ai',
      kind: 'interviews',
      rounds: [
        [
          ['p0', 'p4'],
          ['p1', 'p5'],
          ['p2', 'p3'],
          ['p6', 'p7'],
        ],
      ],
    };
    state = act(planned(interviews, state), { kind: 'groups.round', round: 0 });
    const four = mustPlan({ kind: 'foursomes', title: 'F', seed: 1 }, eight, state.groups, 'f');
    const met = recordRounds({}, [
      [
        ['p0', 'p1', 'p2', 'p3'],
        ['p4', 'p5', 'p6', 'p7'],
      ],
    ]);
    // Pairing the pairs costs the earlier meetings across them: (p0,p4)+(p1,p5) and (p2,p3)+(p6,p7)
    // cost 2, the two other matchings 4. The plan must find the cheapest of the three.
    const cost = (tables: string[][]) =>
      tables.reduce(
        (s, t) => s + t.reduce((u, a) => u + t.filter((b) => b > a && met[pairKey(a, b)]).length, 0),
        0,
      );
    const units = [
      ['p0', 'p4'],
      ['p1', 'p5'],
      ['p2', 'p3'],
      ['p6', 'p7'],
    ];
    const matchings = [
      [
        [0, 1],
        [2, 3],
      ],
      [
        [0, 2],
        [1, 3],
      ],
      [
        [0, 3],
        [1, 2],
      ],
    ].map((m) => cost(m.map(([i, j]) => [...(units[i as number] ?? []), ...(units[j as number] ?? [])])));
    expect(cost(four.rounds[0] ?? [])).toBe(Math.min(...matchings));
  });

  it('GROUPS-LIVE-2: a newcomer is seated from the round being played, the rounds played stay', () => {
    let state = act(planned(cafe), { kind: 'groups.round', round: 1 });
    const withNewcomer = [...people, { id: 'late', nickname: 'Late', attributes: {} }];
    const re = replanGroupPlan(
      state.groups,
      withNewcomer,
      { arrivals: ['late'], departures: [], seed: 1 },
      'cafe-2',
    );
    if (!re.ok) throw new Error(re.message);
    expect(re.plan.rounds[0]).toEqual(cafe.rounds[0]);
    for (const tables of re.plan.rounds.slice(1)) expect(tables.flat()).toContain('late');
    expect(re.plan.names.late).toBe('Late');
    expect(re.moved).toBeLessThanOrEqual(2);
    state = apply(state, { type: 'groups.planned', data: { plan: re.plan, replanned: true } });
    expect(state.groups?.round).toBe(1);
    expect(placementOf(state.groups as NonNullable<RoomState['groups']>, 'late')?.round).toBe(1);
    const nobody = replanGroupPlan(
      state.groups,
      withNewcomer,
      { arrivals: [], departures: [], seed: 1 },
      'x',
    );
    expect(nobody.ok).toBe(false);
  });

  it('clearing keeps what the rounds played taught', () => {
    let state = act(planned(cafe), { kind: 'groups.round', round: 0 });
    state = act(state, { kind: 'groups.clear' });
    expect(state.groups?.plan).toBeNull();
    expect(Object.keys(state.groups?.earlier ?? {})).toHaveLength(3 * 6);
    expect(refusal(state, { kind: 'groups.round', round: 0 }).code).toBe('NOT_FOUND');
  });
});

describe('GROUPS-LIVE-1 constraints', () => {
  it('contradictory constraints still give the best plan, with the reason in words people know', () => {
    const people = roster(8).map((p) => ({ ...p, id: `participant-${p.id}` }));
    const [a, b, c] = people.map((p) => p.id) as [string, string, string];
    const made = makeGroupPlan(
      {
        kind: 'tables',
        title: 'T',
        size: 4,
        seed: 1,
        together: [[a, b]],
        apart: [
          [a, b],
          [a, c],
        ],
      },
      people,
      undefined,
      'p',
    );
    if (!made.ok) throw new Error(made.message);
    expect(made.plan.warnings.join(' ')).toMatch(/Person 0/);
    expect(made.plan.warnings.join(' ')).not.toContain('participant-p0');
    const t = (id: string) => made.plan.rounds[0]?.findIndex((x) => x.includes(id));
    // a and c are apart: nothing contradicts that one.
    expect(t(a)).not.toBe(t(c));
    expectValid(
      made.plan,
      people.map((p) => p.id),
    );
  });
});

describe('GROUPS-LIVE-8 the mission ledger', () => {
  it('carries encounters of other sessions over by nickname, ignoring ambiguous names', () => {
    const roster: RosterPerson[] = [
      { id: 'n1', nickname: 'Élise ', attributes: {} },
      { id: 'n2', nickname: 'marc', attributes: {} },
      { id: 'n3', nickname: 'Ana', attributes: {} },
      { id: 'n4', nickname: 'Ana', attributes: {} },
    ];
    const carried = carryLedger(
      [
        {
          ledger: { [pairKey('o1', 'o2')]: 1, [pairKey('o1', 'o3')]: 2, [pairKey('o2', 'o9')]: 1 },
          names: { o1: 'elise', o2: 'Marc', o3: 'Ana', o9: 'Zoé' },
        },
        { ledger: { [pairKey('x1', 'x2')]: 1 }, names: { x1: 'ELISE', x2: 'MARC' } },
      ],
      roster,
    );
    // Élise and Marc met in both sessions; Ana is two people here, so nothing of hers is carried.
    expect(carried).toEqual({ [pairKey('n1', 'n2')]: 2 });
  });

  it('a new plan avoids the pairs carried from the mission', () => {
    const people = roster(8);
    const earlier = { [pairKey('p0', 'p1')]: 1, [pairKey('p2', 'p3')]: 1, [pairKey('p0', 'p2')]: 1 };
    for (const seed of [1, 2, 3]) {
      const plan = mustPlan({ kind: 'tables', title: 'T', size: 2, seed }, people, undefined, 'x', earlier);
      expect(countRepeats(plan.rounds, earlier)).toBe(0);
    }
  });
});
