/**
 * The scheduler's working state: which slot each session is in, with running counts so a move
 * or a swap is priced in time proportional to the people interested in the sessions it moves.
 * Spaces are not part of the state: within a slot they are always given by demand (OS-9), so a
 * slot's overflow depends only on which sessions it holds.
 */
import type { Problem } from './problem.ts';

export interface SearchState {
  problem: Problem;
  slots: number;
  spaces: number;
  /** Slot of each session, -1 when unplaced. */
  slotOf: Int32Array;
  /** Sessions the search may move: placed and not pinned. */
  movable: Uint8Array;
  /** participants × slots: wanted sessions placed in that slot. */
  wanted: Int32Array;
  /** conveners × slots: sessions of that convener in that slot. */
  busy: Int32Array;
  /** Sessions per slot, pinned included. */
  used: Int32Array;
  /** Movable sessions per slot. */
  members: number[][];
  /** Per slot, capacities of the spaces not pinned, largest first. */
  freeCapacities: number[][];
  /** Overflow of the movable sessions of each slot. */
  slotOverflow: Int32Array;
  conflicts: number;
  /** Overflow of pinned sessions, which no move changes. */
  pinnedOverflow: number;
  /** Stamps for swap pricing (who wants both sessions). */
  mark: Int32Array;
  stamp: number;
  scratch: Int32Array;
}

export function newSearchState(problem: Problem): SearchState {
  const T = problem.slots.length;
  const S = problem.spaces.length;
  const n = problem.sessions.length;
  const state: SearchState = {
    problem,
    slots: T,
    spaces: S,
    slotOf: new Int32Array(n).fill(-1),
    movable: new Uint8Array(n),
    wanted: new Int32Array(problem.participants * T),
    busy: new Int32Array(problem.conveners * T),
    used: new Int32Array(T),
    members: Array.from({ length: T }, () => []),
    freeCapacities: [],
    slotOverflow: new Int32Array(T),
    conflicts: 0,
    pinnedOverflow: 0,
    mark: new Int32Array(problem.participants),
    stamp: 0,
    scratch: new Int32Array(S + 1),
  };
  const pinnedCell = new Set<number>();
  for (let i = 0; i < n; i++) {
    const t = problem.pinnedSlot[i] ?? -1;
    if (t === -1) continue;
    const k = problem.pinnedSpace[i] ?? 0;
    pinnedCell.add(t * S + k);
    addToSlot(state, i, t);
    state.pinnedOverflow += Math.max(0, (problem.demand[i] ?? 0) - (problem.capacity[k] ?? 0));
  }
  for (let t = 0; t < T; t++) {
    const caps: number[] = [];
    for (let k = 0; k < S; k++) if (!pinnedCell.has(t * S + k)) caps.push(problem.capacity[k] ?? 0);
    state.freeCapacities.push(caps.sort((a, b) => b - a));
  }
  return state;
}

/** Counts session `i` in slot `t` (conflicts, convener, seats) without touching members. */
function addToSlot(state: SearchState, i: number, t: number): void {
  const { problem, slots: T } = state;
  for (const p of problem.people[i] ?? []) {
    const cell = p * T + t;
    if ((state.wanted[cell] ?? 0) >= 1) state.conflicts += 1;
    state.wanted[cell] = (state.wanted[cell] ?? 0) + 1;
  }
  const c = (problem.convener[i] ?? 0) * T + t;
  state.busy[c] = (state.busy[c] ?? 0) + 1;
  state.used[t] = (state.used[t] ?? 0) + 1;
  state.slotOf[i] = t;
}

function removeFromSlot(state: SearchState, i: number, t: number): void {
  const { problem, slots: T } = state;
  for (const p of problem.people[i] ?? []) {
    const cell = p * T + t;
    state.wanted[cell] = (state.wanted[cell] ?? 0) - 1;
    if ((state.wanted[cell] ?? 0) >= 1) state.conflicts -= 1;
  }
  const c = (problem.convener[i] ?? 0) * T + t;
  state.busy[c] = (state.busy[c] ?? 0) - 1;
  state.used[t] = (state.used[t] ?? 0) - 1;
  state.slotOf[i] = -1;
}

/** Places a movable session in slot `t` (which must have a free space and a free convener). */
export function place(state: SearchState, i: number, t: number): void {
  addToSlot(state, i, t);
  state.movable[i] = 1;
  state.members[t]?.push(i);
  state.slotOverflow[t] = overflowWith(state, t, -1, -1);
}

export function unplace(state: SearchState, i: number): void {
  const t = state.slotOf[i] ?? -1;
  if (t === -1) return;
  removeFromSlot(state, i, t);
  state.movable[i] = 0;
  const list = state.members[t] ?? [];
  const at = list.indexOf(i);
  list[at] = list[list.length - 1] ?? i;
  list.pop();
  state.slotOverflow[t] = overflowWith(state, t, -1, -1);
}

/**
 * OS-9: overflow of slot `t`'s movable sessions, minus `without` and plus `plus` (-1 for none),
 * when the most demanded take the largest free spaces.
 */
export function overflowWith(state: SearchState, t: number, without: number, plus: number): number {
  const demands = state.scratch;
  const demand = state.problem.demand;
  let n = 0;
  const insert = (d: number) => {
    let j = n++;
    while (j > 0 && (demands[j - 1] ?? 0) < d) {
      demands[j] = demands[j - 1] ?? 0;
      j--;
    }
    demands[j] = d;
  };
  for (const i of state.members[t] ?? []) if (i !== without) insert(demand[i] ?? 0);
  if (plus !== -1) insert(demand[plus] ?? 0);
  const caps = state.freeCapacities[t] ?? [];
  let overflow = 0;
  for (let j = 0; j < n; j++) overflow += Math.max(0, (demands[j] ?? 0) - (caps[j] ?? 0));
  return overflow;
}

export function totalOverflow(state: SearchState): number {
  let sum = state.pinnedOverflow;
  for (const o of state.slotOverflow) sum += o;
  return sum;
}

/** Extra conflicts if session `i` joined slot `t` (it is not in `t` now). */
export function conflictsIfAdded(state: SearchState, i: number, t: number): number {
  const T = state.slots;
  let added = 0;
  for (const p of state.problem.people[i] ?? []) if ((state.wanted[p * T + t] ?? 0) >= 1) added += 1;
  return added;
}

/** Change in conflicts if session `i` left its slot for `u`. */
export function conflictDeltaOfMove(state: SearchState, i: number, u: number): number {
  const T = state.slots;
  const t = state.slotOf[i] ?? 0;
  let delta = 0;
  for (const p of state.problem.people[i] ?? []) {
    if ((state.wanted[p * T + u] ?? 0) >= 1) delta += 1;
    if ((state.wanted[p * T + t] ?? 0) >= 2) delta -= 1;
  }
  return delta;
}

/** Change in conflicts if sessions `i` and `j` (in different slots) traded slots. */
export function conflictDeltaOfSwap(state: SearchState, i: number, j: number): number {
  const T = state.slots;
  const t = state.slotOf[i] ?? 0;
  const u = state.slotOf[j] ?? 0;
  const people = state.problem.people;
  state.stamp += 1;
  const stamp = state.stamp;
  for (const p of people[j] ?? []) state.mark[p] = stamp;
  let delta = 0;
  // People who want both keep one wanted session in each slot: nothing changes for them.
  for (const p of people[i] ?? []) {
    if (state.mark[p] === stamp) {
      state.mark[p] = -stamp;
      continue;
    }
    if ((state.wanted[p * T + u] ?? 0) >= 1) delta += 1;
    if ((state.wanted[p * T + t] ?? 0) >= 2) delta -= 1;
  }
  for (const p of people[j] ?? []) {
    if (state.mark[p] === -stamp) continue;
    if ((state.wanted[p * T + t] ?? 0) >= 1) delta += 1;
    if ((state.wanted[p * T + u] ?? 0) >= 2) delta -= 1;
  }
  return delta;
}

/** May session `i` move to slot `u`: a free space there and its convener free (OS-5, OS-6)? */
export function canMove(state: SearchState, i: number, u: number): boolean {
  const c = state.problem.convener[i] ?? 0;
  return (state.used[u] ?? 0) < state.spaces && (state.busy[c * state.slots + u] ?? 0) === 0;
}

/** May `i` and `j` trade slots without giving a convener two sessions at once (OS-5)? */
export function canSwap(state: SearchState, i: number, j: number): boolean {
  const ci = state.problem.convener[i] ?? 0;
  const cj = state.problem.convener[j] ?? 0;
  if (ci === cj) return true;
  const T = state.slots;
  const t = state.slotOf[i] ?? 0;
  const u = state.slotOf[j] ?? 0;
  return (state.busy[ci * T + u] ?? 0) === 0 && (state.busy[cj * T + t] ?? 0) === 0;
}

export function move(state: SearchState, i: number, u: number): void {
  unplace(state, i);
  place(state, i, u);
}

export function swap(state: SearchState, i: number, j: number): void {
  const t = state.slotOf[i] ?? 0;
  const u = state.slotOf[j] ?? 0;
  unplace(state, i);
  unplace(state, j);
  place(state, i, u);
  place(state, j, t);
}
