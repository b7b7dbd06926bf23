/**
 * Refinement (THEME-6): spherical k-means on TF-IDF vectors, started from given clusters.
 * GSDMM finds themes from word co-occurrence but ignores how rare a word is; TF-IDF centroids
 * weigh rare, telling words up, which separates themes GSDMM had blurred.
 */

/** A note as a sparse unit vector: distinct term ids and their weights. */
export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

/**
 * Sublinear TF-IDF with smooth idf (1 + log tf) × (log((1 + N) / (1 + df)) + 1), rows
 * L2-normalised, as scikit-learn's TfidfVectorizer(sublinear_tf=True).
 */
export function tfidfRows(docs: readonly Int32Array[], df: Int32Array): SparseRow[] {
  const total = docs.length;
  const idf = Float64Array.from(df, (d) => Math.log((1 + total) / (1 + d)) + 1);
  return docs.map((doc) => {
    const counts = new Map<number, number>();
    for (const t of doc) counts.set(t, (counts.get(t) ?? 0) + 1);
    const idx = Int32Array.from(counts.keys());
    const val = Float64Array.from(idx, (t) => (1 + Math.log(counts.get(t)!)) * idf[t]!);
    let s = 0;
    for (const v of val) s += v * v;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let i = 0; i < val.length; i++) val[i]! *= inv;
    return { idx, val };
  });
}

/**
 * Per cluster, the sum of its rows, term-major: sums[t * clusters + k] (scoring a note then
 * reads each of its terms' cluster values in a row).
 */
export function clusterSums(
  rows: readonly SparseRow[],
  vocab: number,
  labels: Int32Array,
  clusters: number,
  into = new Float64Array(vocab * clusters),
): Float64Array {
  into.fill(0);
  rows.forEach((row, d) => {
    const k = labels[d]!;
    for (let i = 0; i < row.idx.length; i++) into[row.idx[i]! * clusters + k]! += row.val[i]!;
  });
  return into;
}

/**
 * Spherical k-means (cosine to L2-normalised centroids) started from `labels`, at most
 * `rounds` rounds. Returns the labels and the objective: the sum of each note's cosine to its
 * centre. A cluster that ends empty stays empty (its centre is zero).
 */
export function sphericalKMeans(
  rows: readonly SparseRow[],
  vocab: number,
  labels: Int32Array,
  clusters: number,
  rounds = 10,
): { labels: Int32Array; cohesion: number } {
  const K = clusters;
  const out = Int32Array.from(labels);
  const centres = new Float64Array(vocab * K);
  const norms = new Float64Array(K);
  const scores = new Float64Array(K);
  let cohesion = 0;
  for (let round = 0; round < rounds; round++) {
    clusterSums(rows, vocab, out, K, centres);
    norms.fill(0);
    for (let t = 0; t < vocab; t++) for (let k = 0; k < K; k++) norms[k]! += centres[t * K + k]! ** 2;
    for (let k = 0; k < K; k++) norms[k] = norms[k]! > 0 ? 1 / Math.sqrt(norms[k]!) : 0;
    for (let t = 0; t < vocab; t++) for (let k = 0; k < K; k++) centres[t * K + k]! *= norms[k]!;
    cohesion = 0;
    let moved = 0;
    for (let d = 0; d < rows.length; d++) {
      const row = rows[d]!;
      scores.fill(0);
      for (let i = 0; i < row.idx.length; i++) {
        const base = row.idx[i]! * K;
        const v = row.val[i]!;
        for (let k = 0; k < K; k++) scores[k]! += v * centres[base + k]!;
      }
      // A note moves only to a strictly closer centre: ties (e.g. a note whose terms all
      // weigh zero) keep it where it is instead of piling it into cluster 0.
      let best = out[d]!;
      for (let k = 0; k < K; k++) if (scores[k]! > scores[best]!) best = k;
      cohesion += scores[best]!;
      if (best !== out[d]) moved++;
      out[d] = best;
    }
    if (moved === 0) break;
  }
  return { labels: out, cohesion };
}
