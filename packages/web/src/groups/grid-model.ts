/**
 * The console's and the wall's view of a group plan: a table-by-round grid with names, who hosts,
 * who moves, the people of the roster the plan does not seat, and what a round's tables wrote.
 * Pure: everything comes from the room state (and the roster for newcomers).
 */
import {
  type Contribution,
  type GroupPlan,
  type GroupsState,
  movers,
  peopleOf,
  recordRounds,
  tableOf,
} from '@cercle/core';

export interface GridPerson {
  id: string;
  name: string;
  /** World Café: the table's host (stays there every round). */
  host: boolean;
  /** Changes table since the round before. */
  moved: boolean;
}

export interface GridRound {
  round: number;
  /** table → people, host first. */
  tables: GridPerson[][];
}

export interface PlanGrid {
  rounds: GridRound[];
  tableCount: number;
  /** The round being played (-1 before the first). */
  current: number;
}

const nameOf = (plan: GroupPlan, id: string): string => plan.names[id] || id;

export function planGrid(groups: GroupsState): PlanGrid | null {
  const { plan } = groups;
  if (!plan) return null;
  const rounds = plan.rounds.map((tables, round) => {
    const moving = new Set(movers(plan, round));
    return {
      round,
      tables: tables.map((ids, table) =>
        ids.map((id) => ({
          id,
          name: nameOf(plan, id),
          host: plan.kind === 'world-cafe' && plan.hosts[table] === id,
          moved: moving.has(id),
        })),
      ),
    };
  });
  const tableCount = Math.max(0, ...plan.rounds.map((t) => t.length));
  return { rounds, tableCount, current: groups.round };
}

/** The round screens show: the one being played, or the first before the start. */
export const shownRound = (groups: GroupsState): number => Math.max(0, groups.round);

/** People on the roster the plan does not seat (they came after it was made). */
export function newcomersOf(
  plan: GroupPlan,
  roster: readonly { id: string; nickname: string }[],
): { id: string; name: string }[] {
  const seated = new Set(peopleOf(plan));
  return roster.filter((p) => !seated.has(p.id)).map((p) => ({ id: p.id, name: p.nickname }));
}

/** Repeated encounters over the whole plan (the ledger's definition: a pair meeting k times counts k − 1). */
export function repeatsIn(rounds: readonly (readonly (readonly string[])[])[]): number {
  let repeats = 0;
  for (const count of Object.values(recordRounds({}, rounds))) repeats += Math.max(0, count - 1);
  return repeats;
}

/** Interviews: each group's pairs for a phase, "asker → answerer", and the trio's witness. */
export function interviewPairs(
  plan: GroupPlan,
  phase: number,
): { asker: string; answerer: string; witness: string | null; table: number }[] {
  return (plan.rounds[0] ?? [])
    .map((ids, table) => {
      const n = ids.length;
      if (n < 2) return null;
      const asker = ids[phase % n] as string;
      const answerer = ids[(phase + 1) % n] as string;
      const witness = n > 2 ? (ids[(phase + 2) % n] as string) : null;
      return {
        asker: nameOf(plan, asker),
        answerer: nameOf(plan, answerer),
        witness: witness ? nameOf(plan, witness) : null,
        table,
      };
    })
    .filter((p) => p !== null);
}

/** Contributions written at each table in a round of this plan (GROUPS-LIVE-7), oldest first. */
export function notesByTable(
  contributions: readonly Contribution[],
  plan: GroupPlan,
  round: number,
): Map<number, Contribution[]> {
  const out = new Map<number, Contribution[]>();
  for (const c of contributions) {
    if (c.hidden || c.place?.planId !== plan.id || c.place.round !== round) continue;
    const list = out.get(c.place.table) ?? [];
    list.push(c);
    out.set(c.place.table, list);
  }
  return out;
}

/** Table (0-based) of a person in a round, for labels; -1 when not seated. */
export const seatOf = (plan: GroupPlan, round: number, id: string): number => tableOf(plan, round, id);
