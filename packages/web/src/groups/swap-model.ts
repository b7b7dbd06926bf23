/**
 * Seating by hand from the keyboard: the facilitator picks a person, then another person (swap)
 * or a table (move), for the round being played or one to come. This model lists the choices
 * and turns a pick into the socket action and the sentence announced once the server agrees.
 * The server decides (GROUPS-LIVE-4/5); these checks only keep impossible picks out of the lists.
 */
import type { Action, GroupPlan } from '@cercle/core';
import { tableOf } from '@cercle/core';

export interface Choice {
  id: string;
  name: string;
  /** 0-based. */
  table: number;
  host: boolean;
}

/** A target as the select's value: `p:<id>` (swap with a person) or `t:<n>` (move to a table). */
export type TargetValue = `p:${string}` | `t:${number}`;

export interface Phrase {
  key: string;
  params: Record<string, string | number>;
}

const isHost = (plan: GroupPlan, id: string) => plan.kind === 'world-cafe' && plan.hosts.includes(id);

/** Rounds that may still change: the current one and those to come (all of them before the start). */
export function editableRounds(plan: GroupPlan, current: number): number[] {
  return plan.rounds.map((_, r) => r).filter((r) => r >= Math.max(0, current));
}

/** Everyone seated in a round, by table then name. */
export function peopleInRound(plan: GroupPlan, round: number): Choice[] {
  const out: Choice[] = [];
  (plan.rounds[round] ?? []).forEach((ids, table) => {
    for (const id of ids) out.push({ id, name: plan.names[id] || id, table, host: isHost(plan, id) });
  });
  return out.sort((a, b) => a.table - b.table || a.name.localeCompare(b.name));
}

/** What the picked person can be swapped with or moved to; hosts stay, so they have none. */
export function targetsFor(
  plan: GroupPlan,
  round: number,
  picked: string,
): { people: Choice[]; tables: number[] } {
  const from = tableOf(plan, round, picked);
  if (from < 0 || isHost(plan, picked)) return { people: [], tables: [] };
  const people = peopleInRound(plan, round).filter((c) => c.table !== from && !c.host);
  const tables = (plan.rounds[round] ?? []).map((_, t) => t).filter((t) => t !== from);
  return { people, tables };
}

export type PickResult = { ok: true; action: Action; done: Phrase } | { ok: false; problem: Phrase };

/** The action for a pick, and what to announce once it is done ("Alice now sits at table 3…"). */
export function pickAction(plan: GroupPlan, round: number, picked: string, target: string): PickResult {
  const name = (id: string) => plan.names[id] || id;
  const from = tableOf(plan, round, picked);
  if (from < 0) return { ok: false, problem: { key: 'groups.swap.notSeated', params: {} } };
  if (isHost(plan, picked))
    return { ok: false, problem: { key: 'groups.swap.hostStays', params: { name: name(picked) } } };
  if (target.startsWith('t:')) {
    const table = Number(target.slice(2));
    if (!Number.isInteger(table) || table < 0 || table >= (plan.rounds[round]?.length ?? 0) || table === from)
      return { ok: false, problem: { key: 'groups.swap.chooseTarget', params: {} } };
    return {
      ok: true,
      action: { kind: 'groups.move', round, participantId: picked, table },
      done: { key: 'groups.swap.moved', params: { name: name(picked), table: table + 1, round: round + 1 } },
    };
  }
  if (target.startsWith('p:')) {
    const other = target.slice(2);
    const to = tableOf(plan, round, other);
    if (to < 0 || to === from || other === picked)
      return { ok: false, problem: { key: 'groups.swap.chooseTarget', params: {} } };
    if (isHost(plan, other))
      return { ok: false, problem: { key: 'groups.swap.hostStays', params: { name: name(other) } } };
    return {
      ok: true,
      action: { kind: 'groups.swap', round, a: picked, b: other },
      done: {
        key: 'groups.swap.swapped',
        params: { a: name(picked), b: name(other), tableA: to + 1, tableB: from + 1, round: round + 1 },
      },
    };
  }
  return { ok: false, problem: { key: 'groups.swap.chooseTarget', params: {} } };
}
