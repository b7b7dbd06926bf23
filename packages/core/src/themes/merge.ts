/**
 * Merging clusters down to a target number (THEME-6). Sampling straight to k clusters often
 * lands in a local optimum that glues two themes together while cutting a third in halves;
 * starting with more clusters than wanted and merging the closest ones repairs that, because
 * halves of one theme are close while two glued themes were never one cluster to begin with.
 *
 * "Closest" is the spherical analogue of Ward's criterion: merging A and B loses
 * |s_A| + |s_B| − |s_A + s_B| of the k-means objective (s = sum of the unit rows of a cluster,
 * and |s| = the sum of its rows' cosines to its centre). The pair losing least is merged first.
 */
import { clusterSums, type SparseRow } from './refine.ts';

/** Relabels so that at most `target` clusters remain, numbered 0..target-1 by first note. */
export function mergeClusters(
  rows: readonly SparseRow[],
  vocab: number,
  labels: Int32Array,
  clusters: number,
  target: number,
): Int32Array {
  const sums = clusterSums(rows, vocab, labels, clusters);
  // Gram matrix of the cluster sums: a merge only adds rows and columns, so it stays exact.
  const gram = new Float64Array(clusters * clusters);
  for (let t = 0; t < vocab; t++) {
    const base = t * clusters;
    for (let a = 0; a < clusters; a++) {
      const x = sums[base + a]!;
      if (x === 0) continue;
      for (let b = a; b < clusters; b++) gram[a * clusters + b]! += x * sums[base + b]!;
    }
  }
  for (let a = 0; a < clusters; a++)
    for (let b = 0; b < a; b++) gram[a * clusters + b] = gram[b * clusters + a]!;
  const alive: number[] = [];
  for (let k = 0; k < clusters; k++) if (gram[k * clusters + k]! > 0) alive.push(k);
  const into = Int32Array.from({ length: clusters }, (_, k) => k);
  while (alive.length > target) {
    let bestLoss = Number.POSITIVE_INFINITY;
    let bi = 0;
    let bj = 1;
    for (let i = 0; i < alive.length; i++) {
      const a = alive[i]!;
      const aa = gram[a * clusters + a]!;
      for (let j = i + 1; j < alive.length; j++) {
        const b = alive[j]!;
        const bb = gram[b * clusters + b]!;
        const loss = Math.sqrt(aa) + Math.sqrt(bb) - Math.sqrt(aa + bb + 2 * gram[a * clusters + b]!);
        if (loss < bestLoss) {
          bestLoss = loss;
          bi = i;
          bj = j;
        }
      }
    }
    const a = alive[bi]!;
    const b = alive[bj]!;
    // s_a ← s_a + s_b: row and column a gain b's; the diagonal gains 2⟨a,b⟩ + |b|².
    const ab = gram[a * clusters + b]!;
    const bb = gram[b * clusters + b]!;
    for (const c of alive) {
      if (c === a || c === b) continue;
      const v = gram[a * clusters + c]! + gram[b * clusters + c]!;
      gram[a * clusters + c] = v;
      gram[c * clusters + a] = v;
    }
    gram[a * clusters + a]! += 2 * ab + bb;
    into[b] = a;
    alive.splice(bj, 1);
  }
  const root = (k: number): number => {
    let r = k;
    while (into[r] !== r) r = into[r]!;
    return r;
  };
  const dense = new Map<number, number>();
  return Int32Array.from(labels, (k) => {
    const r = root(k);
    let id = dense.get(r);
    if (id === undefined) {
      id = dense.size;
      dense.set(r, id);
    }
    return id;
  });
}
