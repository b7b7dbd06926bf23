/**
 * The formGroups engine (FORM-8): iterated local search over swaps of two people between
 * groups. Every goal of formGroups is a weight on a pair of people sharing a group (shared
 * attribute values, earlier meetings, together/apart constraints), so the cost of a plan is
 * Σ weight(a, b) over groupmates and the change a swap makes is read in O(1) from a table of
 * "how much would a cost in group t". Swaps keep every group's size, so balance holds by
 * construction; fixed people are never swapped.
 *
 * Loop: for each person (in a shuffled order) take their best improving swap; when a whole
 * pass improves nothing, go back to the best plan seen and make a few random swaps (a kick),
 * until the evaluation budget is spent or the cost reaches `targetCost`.
 */
import { type Random, randomInt, shuffleInPlace } from './random.ts';

export interface GroupSearchProblem {
  /** group → size; the start seating fills them exactly. */
  sizes: readonly number[];
  /** n × n, symmetric, zero diagonal: the cost of a and b sharing a group. */
  weight: Float64Array;
  /** person → the group they may not leave, −1 for everyone else. */
  fixed: Int32Array;
  /** person → group, respecting sizes and fixed. */
  start: Int32Array;
  random: Random;
  /** Budget in swap evaluations (deterministic, unlike a clock). */
  maxEvaluations: number;
  /** Stop as soon as the cost is this low (nothing better exists). */
  targetCost: number;
}

export interface GroupSearchResult {
  group: Int32Array;
  cost: number;
  evaluations: number;
}

export function searchGroups(p: GroupSearchProblem): GroupSearchResult {
  const n = p.start.length;
  const g = p.sizes.length;
  const W = p.weight;
  const group = Int32Array.from(p.start);
  // costIn[a * g + t] = Σ weight(a, x) over x in group t (x ≠ a).
  const costIn = new Float64Array(n * g);
  const recompute = () => {
    costIn.fill(0);
    for (let a = 0; a < n; a++) {
      for (let x = 0; x < n; x++) {
        const i = a * g + (group[x] as number);
        if (x !== a) costIn[i] = (costIn[i] as number) + (W[a * n + x] as number);
      }
    }
  };
  const totalCost = () => {
    let c = 0;
    for (let a = 0; a < n; a++) c += costIn[a * g + (group[a] as number)] as number;
    return c / 2;
  };
  const swap = (a: number, b: number) => {
    const A = group[a] as number;
    const B = group[b] as number;
    for (let x = 0; x < n; x++) {
      const d = (W[x * n + b] as number) - (W[x * n + a] as number);
      costIn[x * g + A] = (costIn[x * g + A] as number) + d;
      costIn[x * g + B] = (costIn[x * g + B] as number) - d;
    }
    group[a] = B;
    group[b] = A;
  };
  const delta = (a: number, b: number) => {
    const A = group[a] as number;
    const B = group[b] as number;
    return (
      (costIn[a * g + B] as number) +
      (costIn[b * g + A] as number) -
      (costIn[a * g + A] as number) -
      (costIn[b * g + B] as number) -
      2 * (W[a * n + b] as number)
    );
  };

  recompute();
  let cost = totalCost();
  let best = Int32Array.from(group);
  let bestCost = cost;
  const movable = Array.from({ length: n }, (_, a) => a).filter((a) => (p.fixed[a] as number) < 0);
  let evaluations = 0;
  if (g < 2 || movable.length < 2) return { group, cost, evaluations };

  const { random } = p;
  while (evaluations < p.maxEvaluations && bestCost > p.targetCost) {
    let improved = false;
    for (const a of shuffleInPlace([...movable], random)) {
      let bestDelta = 0;
      let pick = -1;
      let ties = 0;
      for (const b of movable) {
        if (group[b] === group[a]) continue;
        const d = delta(a, b);
        if (d < bestDelta) {
          bestDelta = d;
          pick = b;
          ties = 1;
        } else if (pick >= 0 && d === bestDelta && randomInt(random, ++ties) === 0) pick = b;
      }
      evaluations += movable.length;
      if (pick >= 0) {
        swap(a, pick);
        cost += bestDelta;
        improved = true;
      }
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = Int32Array.from(group);
    }
    if (improved) continue;
    // A local optimum: kick from the best plan seen with a few random swaps.
    group.set(best);
    recompute();
    const kicks = 2 + randomInt(random, Math.max(2, Math.ceil(movable.length / 20)));
    for (let k = 0; k < kicks; k++) {
      const a = movable[randomInt(random, movable.length)] as number;
      const b = movable[randomInt(random, movable.length)] as number;
      if (group[a] !== group[b]) swap(a, b);
    }
    cost = totalCost();
    evaluations += n;
  }
  group.set(best);
  return { group, cost: bestCost, evaluations };
}
