/**
 * Refinement (THEME-6): a few rounds of spherical k-means on TF-IDF vectors, started from the
 * GSDMM clusters. GSDMM finds themes from word co-occurrence but ignores how rare a word is;
 * TF-IDF centroids weigh rare, telling words up, which separates themes GSDMM had blurred.
 */
export function refineWithCentroids(
  docs: readonly Int32Array[],
  df: Int32Array,
  total: number,
  labels: Int32Array,
  clusters: number,
  rounds = 10,
): { labels: Int32Array; cohesion: number } {
  const vocab = df.length;
  const idf = Float64Array.from(df, (d) => Math.log((1 + total) / (1 + d)) + 1);
  // Each note: distinct terms and their L2-normalised weights.
  const rows = docs.map((doc) => {
    const counts = new Map<number, number>();
    for (const t of doc) counts.set(t, (counts.get(t) ?? 0) + 1);
    const idx = Int32Array.from(counts.keys());
    const val = Float64Array.from(idx, (t) => (1 + Math.log(counts.get(t)!)) * idf[t]!);
    const norm = Math.hypot(...val) || 1;
    for (let i = 0; i < val.length; i++) val[i]! /= norm;
    return { idx, val };
  });
  const out = Int32Array.from(labels);
  const centres = new Float64Array(clusters * vocab);
  let cohesion = 0;
  for (let round = 0; round < rounds; round++) {
    cohesion = 0;
    centres.fill(0);
    rows.forEach((row, d) => {
      const base = out[d]! * vocab;
      for (let i = 0; i < row.idx.length; i++) centres[base + row.idx[i]!]! += row.val[i]!;
    });
    for (let k = 0; k < clusters; k++) {
      let s = 0;
      for (let t = 0; t < vocab; t++) s += centres[k * vocab + t]! ** 2;
      const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
      for (let t = 0; t < vocab; t++) centres[k * vocab + t]! *= inv;
    }
    let moved = 0;
    rows.forEach((row, d) => {
      let best = out[d]!;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < clusters; k++) {
        let s = 0;
        for (let i = 0; i < row.idx.length; i++) s += row.val[i]! * centres[k * vocab + row.idx[i]!]!;
        if (s > bestScore) {
          bestScore = s;
          best = k;
        }
      }
      cohesion += bestScore;
      if (best !== out[d]) moved++;
      out[d] = best;
    });
    if (moved === 0) break;
  }
  // Sum of cosines to the nearest centre: the spherical k-means objective, to pick a restart.
  return { labels: out, cohesion };
}
