/**
 * Clustering scores against human labels: NMI (arithmetic mean normalisation, as
 * scikit-learn's default) and accuracy after the best one-to-one label matching (Hungarian).
 * Unassigned items (-1) count as one extra cluster of their own, i.e. as errors for accuracy.
 */

function contingency(truth: readonly number[], predicted: readonly number[]) {
  const t = new Map<number, number>();
  const p = new Map<number, number>();
  for (const v of truth) if (!t.has(v)) t.set(v, t.size);
  for (const v of predicted) if (!p.has(v)) p.set(v, p.size);
  const table = Array.from({ length: t.size }, () => new Array<number>(p.size).fill(0));
  for (let i = 0; i < truth.length; i++) table[t.get(truth[i]!)!]![p.get(predicted[i]!)!]!++;
  return { table, predictedIds: [...p.keys()] };
}

const entropy = (counts: number[], n: number) =>
  counts.reduce((h, c) => (c > 0 ? h - (c / n) * Math.log(c / n) : h), 0);

export function nmi(truth: readonly number[], predicted: readonly number[]): number {
  const n = truth.length;
  const { table } = contingency(truth, predicted);
  const rows = table.map((r) => r.reduce((a, b) => a + b, 0));
  const cols = table[0]!.map((_, j) => table.reduce((a, r) => a + r[j]!, 0));
  let mi = 0;
  for (let i = 0; i < table.length; i++) {
    for (let j = 0; j < cols.length; j++) {
      const c = table[i]![j]!;
      if (c > 0) mi += (c / n) * Math.log((c * n) / (rows[i]! * cols[j]!));
    }
  }
  const h = (entropy(rows, n) + entropy(cols, n)) / 2;
  return h === 0 ? 1 : Math.max(0, mi / h);
}

/** Hungarian algorithm (Kuhn–Munkres, O(n³)) minimising cost on a square matrix. */
export function hungarian(cost: number[][]): number[] {
  const n = cost.length;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  // assignment[row] = column
  const assignment = new Array<number>(n).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j]! > 0) assignment[p[j]! - 1] = j - 1;
  return assignment;
}

export function accuracy(truth: readonly number[], predicted: readonly number[]): number {
  const { table, predictedIds } = contingency(truth, predicted);
  const size = Math.max(table.length, predictedIds.length);
  const max = Math.max(...table.flat());
  const cost = Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => max - (table[i]?.[j] ?? 0)),
  );
  const assignment = hungarian(cost);
  let correct = 0;
  for (let i = 0; i < table.length; i++) {
    const j = assignment[i]!;
    // Items left unassigned (-1) never count as correct.
    if (j >= 0 && j < predictedIds.length && predictedIds[j] !== -1) correct += table[i]![j]!;
  }
  return correct / truth.length;
}
