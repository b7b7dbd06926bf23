/**
 * The clustering pipeline of THEME-6, on notes that have at least one term:
 *
 * 1. GSDMM with twice the wanted number of clusters (co-occurrence: which words go together);
 * 2. spherical k-means on TF-IDF from there (rare, telling words weigh more);
 * 3. merge the closest clusters down to the wanted number (repairs glued/cut themes), then
 *    k-means again; steps 1–3 run `restarts` times and the most cohesive result wins;
 * 4. weigh each term by how concentrated it is in one theme (weights.ts) and run k-means once
 *    more on the weighted vectors, so notes are placed by their telling words.
 */
import { gsdmm } from './gsdmm.ts';
import { mergeClusters } from './merge.ts';
import type { Random } from './random.ts';
import { sphericalKMeans, tfidfRows } from './refine.ts';
import { themeTermWeights, weightRows } from './weights.ts';

export interface ClusterOptions {
  clusters: number;
  /** Independent runs of steps 1–3; the most cohesive is kept. */
  restarts: number;
  /** Gibbs sweeps of GSDMM. */
  iterations: number;
}

/** GSDMM starts with this many times the wanted clusters before merging (step 1). */
export const OVERCLUSTERING = 2;
const GSDMM_ALPHA = 0.1;
const GSDMM_BETA = 0.1;
const FIRST_ROUNDS = 10;
const LATER_ROUNDS = 20;

/** Cluster index per note (0 ≤ label < clusters; some clusters may end empty). */
export function clusterNotes(
  docs: readonly Int32Array[],
  vocab: number,
  options: ClusterOptions,
  random: Random,
): Int32Array {
  const K = options.clusters;
  const df = new Int32Array(vocab);
  for (const doc of docs) for (const t of new Set(doc)) df[t]!++;
  const rows = tfidfRows(docs, df);
  const over = Math.max(K, Math.min(OVERCLUSTERING * K, docs.length));
  let best: Int32Array = new Int32Array(docs.length);
  let bestCohesion = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < Math.max(1, options.restarts); r++) {
    const sampled = gsdmm(
      docs,
      vocab,
      { clusters: over, alpha: GSDMM_ALPHA, beta: GSDMM_BETA, iterations: options.iterations },
      random,
    );
    const refined = sphericalKMeans(rows, vocab, sampled, over, FIRST_ROUNDS);
    const merged = mergeClusters(rows, vocab, refined.labels, over, K);
    const result = sphericalKMeans(rows, vocab, merged, K, LATER_ROUNDS);
    // Sum of cosines to the centres (k-means' objective) on the same vectors for every run,
    // so runs compare fairly; the most cohesive wins, as k-means' n_init does.
    if (result.cohesion > bestCohesion) {
      bestCohesion = result.cohesion;
      best = result.labels;
    }
  }
  const weights = themeTermWeights(rows, vocab, best, K);
  return sphericalKMeans(weightRows(rows, weights), vocab, best, K, LATER_ROUNDS).labels;
}
