/**
 * Improves a complete slot assignment by moves and swaps (iterated local search): descend while
 * some move lowers (conflicts, overflow) in that order (OS-10), then kick the best agenda found
 * with a few random moves and descend again, until the budget of evaluated moves is spent.
 * The best agenda is kept, so the result is never worse than the greedy start.
 */
import { type Random, randomInt } from './prng.ts';
import {
  canMove,
  canSwap,
  conflictDeltaOfMove,
  conflictDeltaOfSwap,
  move,
  overflowWith,
  place,
  type SearchState,
  swap,
  totalOverflow,
  unplace,
} from './search-state.ts';

export function improve(state: SearchState, random: Random, budget: number): void {
  const sessions = [...state.movable.keys()].filter((i) => state.movable[i] === 1);
  if (sessions.length === 0 || state.slots < 2) return;
  // Conflicts first: one person missing a wanted session outweighs any overflow (OS-10).
  const weight = state.problem.demand.reduce((a, b) => a + b, 0) + 1;
  const cost = () => state.conflicts * weight + totalOverflow(state);
  let best = state.slotOf.slice();
  let bestCost = cost();
  let left = budget;
  while (left > 0 && bestCost > 0) {
    let improved = false;
    shuffle(sessions, random);
    for (const i of sessions) {
      const spent = tryImprove(state, i, weight, random, left);
      left -= spent.evaluations;
      improved ||= spent.improved;
      if (left <= 0) break;
    }
    if (improved && left > 0) continue;
    const now = cost();
    if (now <= bestCost) {
      best = state.slotOf.slice();
      bestCost = now;
    } else restore(state, best);
    left -= kick(state, sessions, random);
  }
  if (cost() > bestCost) restore(state, best);
}

/** First improving move or swap of session `i`, scanning the other slots from a random start. */
function tryImprove(state: SearchState, i: number, weight: number, random: Random, left: number) {
  const T = state.slots;
  const t = state.slotOf[i] ?? 0;
  const start = randomInt(random, T);
  let evaluations = 0;
  for (let o = 0; o < T && evaluations < left; o++) {
    const u = (start + o) % T;
    if (u === t) continue;
    if (canMove(state, i, u)) {
      evaluations += 1;
      const dc = conflictDeltaOfMove(state, i, u);
      if (dc <= 0) {
        const dov =
          overflowWith(state, t, i, -1) +
          overflowWith(state, u, -1, i) -
          (state.slotOverflow[t] ?? 0) -
          (state.slotOverflow[u] ?? 0);
        if (dc * weight + dov < 0) {
          move(state, i, u);
          return { evaluations, improved: true };
        }
      }
    }
    for (const j of state.members[u] ?? []) {
      if (!canSwap(state, i, j)) continue;
      evaluations += 1;
      const dc = conflictDeltaOfSwap(state, i, j);
      if (dc > 0) continue;
      const dov =
        overflowWith(state, t, i, j) +
        overflowWith(state, u, j, i) -
        (state.slotOverflow[t] ?? 0) -
        (state.slotOverflow[u] ?? 0);
      if (dc * weight + dov < 0) {
        swap(state, i, j);
        return { evaluations, improved: true };
      }
    }
  }
  return { evaluations, improved: false };
}

/** A few random legal moves or swaps, to leave a local optimum. Returns the moves tried. */
function kick(state: SearchState, sessions: number[], random: Random): number {
  const moves = 2 + randomInt(random, 2);
  let tried = 0;
  for (let m = 0; m < moves; m++) {
    tried += 1;
    const i = sessions[randomInt(random, sessions.length)] ?? 0;
    const u = randomInt(random, state.slots);
    if (u === state.slotOf[i]) continue;
    if (canMove(state, i, u)) {
      move(state, i, u);
      continue;
    }
    const there = state.members[u] ?? [];
    const j = there[randomInt(random, there.length)];
    if (j !== undefined && canSwap(state, i, j)) swap(state, i, j);
  }
  return tried;
}

/** Takes every differing session off the wall first, so no slot is ever over-full in between. */
function restore(state: SearchState, slots: Int32Array): void {
  const differing = [...slots.keys()].filter((i) => state.movable[i] && state.slotOf[i] !== slots[i]);
  for (const i of differing) unplace(state, i);
  for (const i of differing) place(state, i, slots[i] ?? 0);
}

function shuffle(items: number[], random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const a = items[i] ?? 0;
    items[i] = items[j] ?? 0;
    items[j] = a;
  }
}
