/**
 * The Open Space scheduler: places sessions on the wall so that few people want two sessions at
 * once, no convener is in two places, and busy sessions get big rooms. Rules in SPEC.md (OS-1…).
 *
 * 1. Choose which sessions fit (OS-8): most demanded first, each accepted only if every session
 *    accepted so far can still be placed (an exact convener × slot matching, see slot-plan.ts).
 * 2. Greedy start: most demanded first, into the slot adding the fewest conflicts, then the
 *    least overflow, then the emptiest slot — among slots that keep step 1's promise.
 * 3. Local search (moves and swaps, seeded) on the slots; spaces follow demand (OS-9).
 */
import { checkAgenda } from './check-agenda.ts';
import { improve } from './local-search.ts';
import { seededRandom } from './prng.ts';
import { buildProblem, type OpenSpaceFailure, type Problem, type ScheduleInput } from './problem.ts';
import {
  conflictsIfAdded,
  newSearchState,
  overflowWith,
  place,
  type SearchState,
  totalOverflow,
} from './search-state.ts';
import { emptySlotPlan, fixInSlot, planOneMore, type SlotPlan } from './slot-plan.ts';
import type { AgendaFlag, Placement } from './types.ts';

export type { OpenSpaceFailure, ScheduleInput } from './problem.ts';

export type UnplacedReason = 'convener-busy' | 'no-free-space';

export interface UnplacedSession {
  sessionId: string;
  reason: UnplacedReason;
  message: string;
}

export interface ScheduleSuccess {
  ok: true;
  /** Pinned and scheduled placements, by slot then space order (OS-11). */
  agenda: Placement[];
  /** OS-3: sessions people will miss because another wanted one runs at the same time. */
  conflicts: number;
  /** OS-4: people beyond the capacity of their space, summed over sessions. */
  overflow: number;
  /** Conflicts and overflow of the greedy start, before the local search (for measurements). */
  greedy: { conflicts: number; overflow: number };
  unplaced: UnplacedSession[];
  /** The agenda's own warnings (capacity, conflicts) and interests naming unknown sessions. */
  warnings: AgendaFlag[];
}

export type ScheduleResult = ScheduleSuccess | OpenSpaceFailure;

const DEFAULT_BUDGET = 40_000;

export function scheduleOpenSpace(input: ScheduleInput): ScheduleResult {
  const problem = buildProblem(input);
  if ('ok' in problem) return problem;
  const state = newSearchState(problem);
  const order = byDemand(problem);
  const plan = initialPlan(problem, state);
  const unplaced: UnplacedSession[] = [];
  const accepted = order.filter((i) => {
    const c = problem.convener[i] ?? 0;
    if (planOneMore(plan, c)) return true;
    unplaced.push(whyNot(problem, plan, i));
    return false;
  });
  for (const i of accepted) placeGreedily(state, plan, i);
  const greedy = { conflicts: state.conflicts, overflow: totalOverflow(state) };
  improve(state, seededRandom(input.seed), input.maxIterations ?? DEFAULT_BUDGET);
  const agenda = toAgenda(state);
  const warnings = [
    ...checkAgenda({
      sessions: problem.sessions,
      slots: problem.slots,
      spaces: problem.spaces,
      interests: input.interests ?? {},
      agenda,
    }).filter((f) => f.rule !== 'OS-26'),
    ...problem.index.unknown.map(
      (u): AgendaFlag => ({
        rule: 'OS-2',
        severity: 'warning',
        sessionIds: [u.sessionId],
        message: `An interest names an unknown session (${u.sessionId}); it is ignored.`,
      }),
    ),
  ];
  return {
    ok: true,
    agenda,
    conflicts: state.conflicts,
    overflow: totalOverflow(state),
    greedy,
    unplaced,
    warnings,
  };
}

/** Movable sessions, most demanded first; ties keep the input order. */
function byDemand(problem: Problem): number[] {
  const ids = [...problem.sessions.keys()].filter((i) => problem.pinnedSlot[i] === -1);
  return ids.sort((a, b) => (problem.demand[b] ?? 0) - (problem.demand[a] ?? 0) || a - b);
}

function initialPlan(problem: Problem, state: SearchState): SlotPlan {
  const T = state.slots;
  const room = Int32Array.from({ length: T }, (_, t) => state.spaces - (state.used[t] ?? 0));
  const blocked = new Uint8Array(problem.conveners * T);
  for (const [i, t] of problem.pinnedSlot.entries()) {
    if (t !== -1) blocked[(problem.convener[i] ?? 0) * T + t] = 1;
  }
  return emptySlotPlan(T, problem.conveners, room, blocked);
}

function whyNot(problem: Problem, plan: SlotPlan, i: number): UnplacedSession {
  const session = problem.sessions[i];
  const c = problem.convener[i] ?? 0;
  const T = plan.slots;
  let taken = 0;
  for (let t = 0; t < T; t++) if (plan.blocked[c * T + t] || plan.uses[c * T + t]) taken += 1;
  const sessionId = session?.id ?? '';
  if (taken >= T) {
    return {
      sessionId,
      reason: 'convener-busy',
      message: `«${session?.title}» cannot be placed: its convener already leads a session in each of the ${T} slots.`,
    };
  }
  return {
    sessionId,
    reason: 'no-free-space',
    message: `«${session?.title}» cannot be placed: no space is left in a slot where its convener is free.`,
  };
}

/** OS-10 step 2: the cheapest slot that keeps every other accepted session placeable. */
function placeGreedily(state: SearchState, plan: SlotPlan, i: number): void {
  const c = state.problem.convener[i] ?? 0;
  const candidates: { t: number; conflicts: number; overflow: number }[] = [];
  for (let t = 0; t < state.slots; t++) {
    if (plan.blocked[c * state.slots + t] || (plan.room[t] ?? 0) < 1) continue;
    const overflow = overflowWith(state, t, -1, i) - (state.slotOverflow[t] ?? 0);
    candidates.push({ t, conflicts: conflictsIfAdded(state, i, t), overflow });
  }
  candidates.sort(
    (a, b) =>
      a.conflicts - b.conflicts ||
      a.overflow - b.overflow ||
      (state.used[a.t] ?? 0) - (state.used[b.t] ?? 0) ||
      a.t - b.t,
  );
  for (const { t } of candidates) {
    if (fixInSlot(plan, c, t)) {
      place(state, i, t);
      return;
    }
  }
  // Unreachable: step 1 accepted the session, so some slot keeps the plan whole.
  throw new Error(`openspace: no slot for accepted session ${i}`);
}

/** OS-9 and OS-11: spaces by demand within each slot, placements by slot then space order. */
function toAgenda(state: SearchState): Placement[] {
  const { problem, slots: T, spaces: S } = state;
  const cells: (number | undefined)[] = new Array(T * S);
  for (const [i, t] of problem.pinnedSlot.entries()) {
    if (t !== -1) cells[t * S + (problem.pinnedSpace[i] ?? 0)] = i;
  }
  for (let t = 0; t < T; t++) {
    const free = [...Array(S).keys()]
      .filter((k) => cells[t * S + k] === undefined)
      .sort((a, b) => (problem.capacity[b] ?? 0) - (problem.capacity[a] ?? 0) || a - b);
    const sessions = [...(state.members[t] ?? [])].sort(
      (a, b) => (problem.demand[b] ?? 0) - (problem.demand[a] ?? 0) || a - b,
    );
    for (const [rank, i] of sessions.entries()) cells[t * S + (free[rank] ?? 0)] = i;
  }
  const agenda: Placement[] = [];
  for (const [cell, i] of cells.entries()) {
    if (i === undefined) continue;
    agenda.push({
      sessionId: problem.sessions[i]?.id ?? '',
      slotId: problem.slots[Math.floor(cell / S)]?.id ?? '',
      spaceId: problem.spaces[cell % S]?.id ?? '',
    });
  }
  return agenda;
}
