/**
 * Telling terms (THEME-6): once a first clustering exists, a term spread evenly over all
 * themes ("error", "file", "projet") says nothing about which theme a note belongs to, while a
 * term concentrated in one theme ("svn", "compost") says a lot. TF-IDF only knows how rare a
 * term is, not how it spreads over themes; this weight does.
 *
 * weight(t) = 1 − H(theme | t) / log K, where H is the entropy of the share of t's notes in
 * each theme (each theme gets a pseudo-count of 1/K, so a term seen in few notes is not
 * trusted as fully telling). 1 = all in one theme, 0 = spread evenly. The idea is the
 * feature weighting of entropy-weighted k-means, computed from the clusters themselves: no
 * label, no model.
 */
import type { SparseRow } from './refine.ts';

export function themeTermWeights(
  rows: readonly SparseRow[],
  vocab: number,
  labels: Int32Array,
  clusters: number,
): Float64Array {
  const weights = new Float64Array(vocab).fill(1);
  if (clusters < 2) return weights;
  const counts = new Float64Array(vocab * clusters);
  rows.forEach((row, d) => {
    for (const t of row.idx) counts[t * clusters + labels[d]!]! += 1;
  });
  const prior = 1 / clusters;
  const maxEntropy = Math.log(clusters);
  for (let t = 0; t < vocab; t++) {
    let total = 0;
    for (let k = 0; k < clusters; k++) total += counts[t * clusters + k]! + prior;
    let entropy = 0;
    for (let k = 0; k < clusters; k++) {
      const p = (counts[t * clusters + k]! + prior) / total;
      entropy -= p * Math.log(p);
    }
    weights[t] = Math.max(0, 1 - entropy / maxEntropy);
  }
  return weights;
}

/**
 * Rows with each term's value multiplied by its weight, not renormalised: a note made only of
 * untelling terms keeps a short vector and pulls its theme's centre less.
 */
export function weightRows(rows: readonly SparseRow[], weights: Float64Array): SparseRow[] {
  return rows.map((row) => ({
    idx: row.idx,
    val: Float64Array.from(row.val, (v, i) => v * weights[row.idx[i]!]!),
  }));
}
