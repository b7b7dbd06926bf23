/**
 * Makes a room's group plan from its roster (GROUPS-LIVE-1, GROUPS-LIVE-2): tables for one round
 * (formGroups, mixed by the join answers), rotations over several rounds (planRotation), a World
 * Café whose hosts stay, Appreciative Inquiry interview pairs (people who have not met and
 * differ most), foursomes of two interview pairs that have not met, and re-plans for newcomers
 * and departures (replanRotation). Pure: the server passes the roster, the room's groups state,
 * a seed and the new plan's id, and appends the result as a `groups.planned` event.
 */
import type { DiversityReport } from '../groups/diversity.ts';
import { formGroups } from '../groups/form-groups.ts';
import { type EncounterLedger, mergeLedgers, pairKey, timesMet } from '../groups/ledger.ts';
import { planRotation } from '../groups/plan-rotation.ts';
import { createRandom, shuffleInPlace } from '../groups/random.ts';
import { replanRotation } from '../groups/replan-rotation.ts';
import { type GroupingFailure, refuse } from '../groups/result.ts';
import { groupCountFor } from '../groups/sizing.ts';
import { type GroupPlan, type GroupsState, peopleOf, playedLedger } from './groups.ts';

export type GroupRequestKind = 'tables' | 'world-cafe' | 'interviews' | 'foursomes';

export interface GroupRequest {
  kind: GroupRequestKind;
  title: string;
  /** Tables of one round: how to mix (default: mixed when someone answered the join questions). */
  mode?: 'random' | 'mixed' | 'homogeneous';
  /** People per table (default 4). */
  size?: number;
  /** Default: 1 for tables, 3 for a World Café. */
  rounds?: number;
  /** World Café: the hosts of tables 1…n (default: drawn by the seed). */
  hosts?: readonly string[];
  /** Join-question keys to mix on (default: every key someone answered). */
  attributes?: readonly string[];
  /** One round of tables: people who must not share a table, or must (FORM-6). */
  apart?: readonly (readonly string[])[];
  together?: readonly (readonly string[])[];
  seed: number;
}

export interface RosterPerson {
  id: string;
  nickname: string;
  attributes: Record<string, string>;
}

export type PlanMade = { ok: true; plan: GroupPlan; diversity: DiversityReport | null };

const namesOf = (people: readonly RosterPerson[]) =>
  Object.fromEntries(people.map((p) => [p.id, p.nickname]));

/** The same person in two sessions of a mission: by nickname, ignoring case, accents and spaces. */
const personKey = (nickname: string) =>
  nickname.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * GROUPS-LIVE-8, the mission's ledger: who met whom in the mission's other live sessions,
 * carried over to this session's participant ids. Phones join each session afresh, so people
 * are matched by nickname; a nickname used twice on either side is ambiguous and carries nothing.
 */
export function carryLedger(
  others: readonly { ledger: EncounterLedger; names: Readonly<Record<string, string>> }[],
  roster: readonly RosterPerson[],
): EncounterLedger {
  const here = uniqueKeys(roster.map((p) => [p.id, p.nickname] as const));
  const carried: EncounterLedger[] = [];
  for (const other of others) {
    const there = uniqueKeys(Object.entries(other.names));
    const idByKey = new Map<string, string>();
    for (const [key, id] of here) idByKey.set(key, id);
    const translate = new Map<string, string>();
    for (const [key, id] of there) {
      const mine = idByKey.get(key);
      if (mine) translate.set(id, mine);
    }
    const ledger: EncounterLedger = {};
    for (const [pair, count] of Object.entries(other.ledger)) {
      const [a, b] = pair.split('|');
      const x = a ? translate.get(a) : undefined;
      const y = b ? translate.get(b) : undefined;
      if (x && y && x !== y) ledger[pairKey(x, y)] = (ledger[pairKey(x, y)] ?? 0) + count;
    }
    carried.push(ledger);
  }
  return mergeLedgers(...carried);
}

/** key → id for the keys only one person has. */
function uniqueKeys(people: readonly (readonly [string, string])[]): Map<string, string> {
  const byKey = new Map<string, string | null>();
  for (const [id, nickname] of people) {
    const key = personKey(nickname);
    if (key === '') continue;
    byKey.set(key, byKey.has(key) ? null : id);
  }
  return new Map([...byKey].filter((e): e is [string, string] => e[1] !== null));
}

/** Messages name people by their ids; facilitators know them by their nicknames. */
function readable(people: readonly RosterPerson[], text: string): string {
  let out = text;
  for (const p of people) if (p.id.length >= 8) out = out.split(p.id).join(p.nickname || p.id);
  return out;
}

/** Makes a new plan for `people` (GROUPS-LIVE-1). Messages and warnings name people by nickname. */
export function makeGroupPlan(
  request: GroupRequest,
  people: readonly RosterPerson[],
  groups: GroupsState | undefined,
  planId: string,
  /** Encounters from the mission's other sessions (carryLedger). */
  missionLedger: EncounterLedger = {},
): PlanMade | GroupingFailure {
  const made = planFor(request, people, groups, planId, missionLedger);
  if (!made.ok) return { ...made, message: readable(people, made.message) };
  const warnings = made.plan.warnings.map((w) => readable(people, w));
  return { ...made, plan: { ...made.plan, warnings } };
}

function planFor(
  request: GroupRequest,
  people: readonly RosterPerson[],
  groups: GroupsState | undefined,
  planId: string,
  missionLedger: EncounterLedger,
): PlanMade | GroupingFailure {
  const ledger = mergeLedgers(playedLedger(groups), missionLedger);
  const base = { id: planId, title: request.title, names: namesOf(people), seed: request.seed };
  const size = request.size ?? 4;
  const persons = people.map(({ id, attributes }) => ({ id, attributes }));
  const answered = people.some((p) => Object.keys(p.attributes).length > 0);
  switch (request.kind) {
    case 'tables':
    case 'interviews': {
      const rounds = request.kind === 'interviews' ? 1 : (request.rounds ?? 1);
      if (rounds > 1) return rotation(request, people, ledger, base, rounds, []);
      const formed = formGroups({
        people: persons,
        mode:
          request.kind === 'interviews'
            ? 'unlikely-pairs'
            : (request.mode ?? (answered ? 'mixed' : 'random')),
        sizing: { size },
        ...(request.attributes ? { attributes: request.attributes } : {}),
        ...(request.apart || request.together
          ? { constraints: { apart: request.apart ?? [], together: request.together ?? [] } }
          : {}),
        ledger,
        seed: request.seed,
      });
      // FORM-7: contradictory constraints still give the best plan that breaks the fewest,
      // published with the reason and what it could not keep; a facilitator mid-session needs tables.
      const kept = formed.ok ? formed : formed.relaxed;
      if (!kept) return formed as GroupingFailure;
      const why = formed.ok ? [] : [formed.message, ...kept.unkept.map((u) => u.reason)];
      const plan: GroupPlan = {
        ...base,
        kind: request.kind,
        rounds: [kept.groups],
        hosts: [],
        repeats: kept.repeats,
        lowerBound: 0,
        warnings: [...why, ...kept.warnings],
      };
      return { ok: true, plan, diversity: kept.diversity };
    }
    case 'world-cafe': {
      const sized = groupCountFor(people.length, { size });
      if (!sized.ok) return sized;
      let hosts = [...(request.hosts ?? [])];
      if (hosts.length === 0) {
        hosts = shuffleInPlace(
          people.map((p) => p.id),
          createRandom(request.seed),
        ).slice(0, sized.groupCount);
      }
      return rotation(request, people, ledger, base, request.rounds ?? 3, hosts);
    }
    case 'foursomes':
      return foursomes(people, groups, ledger, base);
  }
}

function rotation(
  request: GroupRequest,
  people: readonly RosterPerson[],
  ledger: EncounterLedger,
  base: Pick<GroupPlan, 'id' | 'title' | 'names' | 'seed'>,
  rounds: number,
  hosts: string[],
): PlanMade | GroupingFailure {
  const planned = planRotation({
    people: people.map((p) => p.id),
    sizing: { size: request.size ?? 4 },
    rounds,
    hosts,
    ledger,
    seed: request.seed,
  });
  if (!planned.ok) return planned;
  const tableCount = planned.rounds[0]?.length ?? 0;
  const plan: GroupPlan = {
    ...base,
    kind: hosts.length > 0 ? 'world-cafe' : 'tables',
    rounds: planned.rounds,
    hosts: Array.from({ length: hosts.length > 0 ? tableCount : 0 }, (_, t) => hosts[t] ?? null),
    repeats: planned.repeats,
    lowerBound: planned.lowerBound,
    warnings: planned.warnings,
  };
  return { ok: true, plan, diversity: null };
}

/**
 * Foursomes (Appreciative Inquiry, second step): each interview pair (or trio) stays together
 * and joins a pair none of whose members met theirs before. The pairs are paired like people,
 * with a ledger between pairs that sums their members' earlier meetings.
 */
function foursomes(
  people: readonly RosterPerson[],
  groups: GroupsState | undefined,
  ledger: EncounterLedger,
  base: Pick<GroupPlan, 'id' | 'title' | 'names' | 'seed'>,
): PlanMade | GroupingFailure {
  const interviews = groups?.plan?.kind === 'interviews' ? groups.plan : null;
  if (!interviews)
    return refuse(
      'VALIDATION_FAILED',
      'GROUPS-LIVE-2',
      'Foursomes start from interview pairs: plan the interviews first.',
    );
  const present = new Set(people.map((p) => p.id));
  const units = (interviews.rounds[0] ?? [])
    .map((t) => t.filter((id) => present.has(id)))
    .filter((t) => t.length > 0);
  if (units.length < 2)
    return refuse('GROUPS_INFEASIBLE', 'GROUPS-LIVE-2', 'Foursomes need at least two interview pairs.');
  // An odd number of units: the interview trio (if any) makes a table of three on its own,
  // rather than a table of seven; otherwise one table takes three pairs.
  const trio = units.length % 2 === 1 ? units.findIndex((u) => u.length >= 3) : -1;
  const alone = trio >= 0 ? units.splice(trio, 1) : [];
  const unitLedger: EncounterLedger = {};
  units.forEach((u, i) => {
    units.forEach((v, j) => {
      if (j <= i) return;
      let met = 0;
      for (const a of u) for (const b of v) met += timesMet(ledger, a, b);
      if (met > 0) unitLedger[pairKey(`u${i}`, `u${j}`)] = met;
    });
  });
  const formed = formGroups({
    people: units.map((_, i) => `u${i}`),
    mode: 'pairs',
    ledger: unitLedger,
    seed: base.seed,
  });
  if (!formed.ok) return formed;
  const tables = [...formed.groups.map((g) => g.flatMap((u) => units[Number(u.slice(1))] ?? [])), ...alone];
  const plan: GroupPlan = {
    ...base,
    names: { ...interviews.names, ...base.names },
    kind: 'tables',
    rounds: [tables],
    hosts: [],
    repeats: formed.repeats,
    lowerBound: 0,
    warnings: formed.warnings,
  };
  return { ok: true, plan, diversity: null };
}

/**
 * The engine pins hosts by table index. A table whose host left earlier has none: the hosts
 * after it cannot be pinned by index, so they are left to the search, which starts from the
 * current plan and minimises moves (they stay unless seating the newcomers needs it).
 */
function pinnedHosts(hosts: readonly (string | null)[]): string[] {
  const gap = hosts.indexOf(null);
  return (gap < 0 ? hosts : hosts.slice(0, gap)) as string[];
}

export interface ReplanRequest {
  arrivals: readonly string[];
  departures: readonly string[];
  seed: number;
}

export type Replanned = { ok: true; plan: GroupPlan; moved: number };

/**
 * GROUPS-LIVE-2: newcomers and departures re-seated from the round being played (or the first,
 * before the start), moving as few of the people already told where to go as possible.
 */
export function replanGroupPlan(
  groups: GroupsState | undefined,
  people: readonly RosterPerson[],
  request: ReplanRequest,
  planId: string,
  missionLedger: EncounterLedger = {},
): Replanned | GroupingFailure {
  const plan = groups?.plan;
  if (!groups || !plan) return refuse('VALIDATION_FAILED', 'GROUPS-LIVE-2', 'No groups are planned.');
  const inPlan = new Set(peopleOf(plan));
  const arrivals = request.arrivals.filter((id) => !inPlan.has(id));
  const departures = request.departures.filter((id) => inPlan.has(id));
  if (arrivals.length === 0 && departures.length === 0)
    return refuse('VALIDATION_FAILED', 'GROUPS-LIVE-2', 'Nobody to seat or to take off the plan.');
  const hosts = plan.hosts.map((h) => (h && !departures.includes(h) ? h : null));
  const replanned = replanRotation({
    rounds: plan.rounds,
    currentRound: Math.max(0, groups.round),
    arrivals,
    departures,
    ...(plan.kind === 'world-cafe' ? { hosts: pinnedHosts(plan.hosts) } : {}),
    ledger: mergeLedgers(groups.earlier, missionLedger),
    seed: request.seed,
  });
  if (!replanned.ok) return replanned;
  return {
    ok: true,
    moved: replanned.moved,
    plan: {
      ...plan,
      id: planId,
      names: { ...plan.names, ...namesOf(people.filter((p) => arrivals.includes(p.id))) },
      rounds: replanned.rounds,
      hosts,
      repeats: replanned.repeats,
      lowerBound: replanned.lowerBound,
      warnings: replanned.warnings,
    },
  };
}
