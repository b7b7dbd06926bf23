/**
 * Groups in a live room: the plan of who sits where, round by round (tables, a World Café whose
 * hosts stay, or Appreciative Inquiry interviews in pairs), the round people are in now, and the
 * facilitator's hand edits. Plans are computed by the server with ../groups (formGroups,
 * planRotation, replanRotation), which needs the roster and its join answers; the plan then
 * travels in a `groups.planned` event, so replays and phones never search again. Rules:
 * packages/server/src/live/SPEC.md, "Groups" (GROUPS-LIVE-n). Browser-safe: no zod here.
 */
import { type EncounterLedger, mergeLedgers, recordRounds } from '../groups/ledger.ts';

export type GroupPlanKind = 'tables' | 'world-cafe' | 'interviews';

export interface GroupPlan {
  /** The event's reference: contributions made at a table name it. */
  id: string;
  kind: GroupPlanKind;
  title: string;
  /** round → table → participant ids; in a World Café the host comes first at their table. */
  rounds: string[][][];
  /** World Café: table → its host (null: the host left). Empty for other kinds. */
  hosts: (string | null)[];
  /** Participant id → nickname when the plan was made (phones show tablemates by name). */
  names: Record<string, string>;
  /** Repeated encounters the plan makes (earlier plans of the room counted), and the least possible. */
  repeats: number;
  lowerBound: number;
  seed: number;
  warnings: string[];
}

export interface GroupsState {
  /** Null once the facilitator clears it (the encounters it made are kept in `earlier`). */
  plan: GroupPlan | null;
  /** The round being played; -1 until the facilitator starts the first. */
  round: number;
  /** Interviews: who interviews whom (phase k: the k-th of each group interviews the next). */
  phase: number;
  /** Encounters of earlier plans of this room (the rounds they played). */
  earlier: EncounterLedger;
  /** Hand moves and swaps since the plan was made. */
  edits: number;
}

export type GroupsEventBody =
  /** `replanned`: newcomers or departures re-seated from the round being played; the day goes on. */
  | { type: 'groups.planned'; data: { plan: GroupPlan; replanned?: boolean } }
  | { type: 'groups.round.started'; data: { round: number } }
  | { type: 'groups.moved'; data: { round: number; participantId: string; table: number } }
  | { type: 'groups.swapped'; data: { round: number; a: string; b: string } }
  | { type: 'groups.phase.set'; data: { phase: number } }
  | { type: 'groups.cleared'; data: Record<string, never> };

export const isGroupsEvent = <E extends { type: string }>(event: E): event is E & GroupsEventBody =>
  event.type.startsWith('groups.');

/** Who met whom in the rounds played so far (earlier plans included): what the next plan avoids. */
export function playedLedger(groups: GroupsState | undefined): EncounterLedger {
  if (!groups?.plan) return groups?.earlier ?? {};
  const played = groups.plan.rounds.slice(0, groups.round + 1);
  return mergeLedgers(groups.earlier, recordRounds({}, played));
}

/** The table of a person in a round, or -1. */
export function tableOf(plan: GroupPlan, round: number, participantId: string): number {
  const tables = plan.rounds[round];
  return tables ? tables.findIndex((t) => t.includes(participantId)) : -1;
}

function mapRound(plan: GroupPlan, round: number, edit: (tables: string[][]) => string[][]): GroupPlan {
  const tables = plan.rounds[round];
  if (!tables) return plan;
  const rounds = plan.rounds.map((t, i) => (i === round ? edit(t.map((x) => [...x])) : t));
  return { ...plan, rounds };
}

/** Applies one groups event. Never changes its input. */
export function foldGroups(from: GroupsState | undefined, event: GroupsEventBody): GroupsState | undefined {
  if (event.type === 'groups.planned') {
    const { plan, replanned } = event.data;
    // A re-plan keeps the rounds played (as history in the new plan), so they are not counted twice.
    if (replanned && from?.plan) return { ...from, plan };
    return { plan, round: -1, phase: 0, earlier: playedLedger(from), edits: 0 };
  }
  if (!from?.plan) return from;
  const current = from.plan;
  switch (event.type) {
    case 'groups.round.started':
      return { ...from, round: event.data.round, phase: 0 };
    case 'groups.phase.set':
      return { ...from, phase: event.data.phase };
    case 'groups.moved': {
      const { round, participantId, table } = event.data;
      const plan = mapRound(current, round, (tables) => {
        for (const t of tables) {
          const i = t.indexOf(participantId);
          if (i >= 0) t.splice(i, 1);
        }
        tables[table]?.push(participantId);
        return tables;
      });
      return { ...from, plan, edits: from.edits + 1 };
    }
    case 'groups.swapped': {
      const { round, a, b } = event.data;
      const plan = mapRound(current, round, (tables) =>
        tables.map((t) => t.map((id) => (id === a ? b : id === b ? a : id))),
      );
      return { ...from, plan, edits: from.edits + 1 };
    }
    case 'groups.cleared':
      // The plan goes; what its played rounds taught about who met whom stays for the next one.
      return { plan: null, round: -1, phase: 0, earlier: playedLedger(from), edits: 0 };
  }
}

export interface SeatPlacement {
  round: number;
  roundCount: number;
  /** 0-based; screens say "table n + 1". */
  table: number;
  /** World Café: this person hosts the table (stays and welcomes the newcomers). */
  hosting: boolean;
  /** The table's host's name, when there is a host and it is someone else. */
  hostName: string | null;
  /** The others at the table, by name. */
  mates: { id: string; name: string }[];
  /** Interviews: whom this person interviews now and who interviews them (null: not in this phase). */
  interviews: { id: string; name: string } | null;
  interviewedBy: { id: string; name: string } | null;
}

const named = (plan: GroupPlan, id: string) => ({ id, name: plan.names[id] ?? '' });

/**
 * Where a person is in a round (default: the current one, or the first before the start), or
 * null if they are not in the plan (they arrived after it was made: the console offers a re-plan).
 */
export function placementOf(
  groups: GroupsState,
  participantId: string,
  round?: number,
): SeatPlacement | null {
  const { plan } = groups;
  if (!plan) return null;
  const r = round ?? Math.max(0, groups.round);
  const table = tableOf(plan, r, participantId);
  if (table < 0) return null;
  const people = plan.rounds[r]?.[table] ?? [];
  const host = plan.kind === 'world-cafe' ? (plan.hosts[table] ?? null) : null;
  let interviews: SeatPlacement['interviews'] = null;
  let interviewedBy: SeatPlacement['interviewedBy'] = null;
  if (plan.kind === 'interviews' && people.length > 1) {
    const n = people.length;
    const asker = people[groups.phase % n] as string;
    const answerer = people[(groups.phase + 1) % n] as string;
    if (asker === participantId) interviews = named(plan, answerer);
    if (answerer === participantId) interviewedBy = named(plan, asker);
  }
  return {
    round: r,
    roundCount: plan.rounds.length,
    table,
    hosting: host === participantId,
    hostName: host && host !== participantId ? (plan.names[host] ?? '') : null,
    mates: people.filter((id) => id !== participantId).map((id) => named(plan, id)),
    interviews,
    interviewedBy,
  };
}

/** People who change table between two consecutive rounds (what the wall announces). */
export function movers(plan: GroupPlan, round: number): string[] {
  if (round <= 0) return [];
  const out: string[] = [];
  for (const table of plan.rounds[round] ?? []) {
    for (const id of table) if (tableOf(plan, round - 1, id) !== tableOf(plan, round, id)) out.push(id);
  }
  return out;
}

/** Everyone in the plan, in order of first appearance. */
export function peopleOf(plan: GroupPlan): string[] {
  const seen = new Set<string>();
  for (const tables of plan.rounds) for (const t of tables) for (const id of t) seen.add(id);
  return [...seen];
}
