/**
 * GSDMM (Yin & Wang 2014): collapsed Gibbs sampling for the Dirichlet multinomial mixture,
 * made for short texts where one note is about one theme (THEME-6). Log space, so long notes
 * cannot underflow. Deterministic for a seed.
 */
import { type Random, shuffledIndices } from './random.ts';

export interface GsdmmOptions {
  clusters: number;
  alpha?: number;
  beta?: number;
  iterations?: number;
  /** Final passes that move each note to its most probable cluster (no sampling). */
  greedyPasses?: number;
}

export function gsdmm(
  docs: readonly Int32Array[],
  vocab: number,
  options: GsdmmOptions,
  random: Random,
): Int32Array {
  const K = options.clusters;
  const alpha = options.alpha ?? 0.1;
  const beta = options.beta ?? 0.05;
  const iterations = options.iterations ?? 30;
  const greedy = options.greedyPasses ?? 2;
  const n = docs.length;
  const labels = new Int32Array(n);
  const m = new Float64Array(K); // notes per cluster
  const words = new Float64Array(K); // words per cluster
  const nkw = new Float64Array(K * vocab);
  const change = (d: number, k: number, sign: number) => {
    const doc = docs[d]!;
    m[k]! += sign;
    words[k]! += sign * doc.length;
    for (const w of doc) nkw[k * vocab + w]! += sign;
  };
  for (let d = 0; d < n; d++) {
    labels[d] = Math.floor(random() * K);
    change(d, labels[d]!, 1);
  }
  const logp = new Float64Array(K);
  const vb = vocab * beta;
  const score = (doc: Int32Array, k: number) => {
    let s = Math.log(m[k]! + alpha);
    // Repeated words: n_kw + β + j for the j-th repeat (counted through a running offset).
    for (let i = 0; i < doc.length; i++) {
      let repeat = 0;
      for (let j = 0; j < i; j++) if (doc[j] === doc[i]) repeat++;
      s += Math.log(nkw[k * vocab + doc[i]!]! + beta + repeat) - Math.log(words[k]! + vb + i);
    }
    return s;
  };
  for (let it = 0; it < iterations + greedy; it++) {
    const sample = it < iterations;
    let moved = 0;
    for (const d of shuffledIndices(n, random)) {
      const doc = docs[d]!;
      const old = labels[d]!;
      change(d, old, -1);
      let max = Number.NEGATIVE_INFINITY;
      let best = old;
      for (let k = 0; k < K; k++) {
        logp[k] = score(doc, k);
        if (logp[k]! > max) {
          max = logp[k]!;
          best = k;
        }
      }
      let chosen = best;
      if (sample) {
        let total = 0;
        for (let k = 0; k < K; k++) {
          logp[k] = Math.exp(logp[k]! - max);
          total += logp[k]!;
        }
        let target = random() * total;
        for (let k = 0; k < K; k++) {
          target -= logp[k]!;
          if (target <= 0) {
            chosen = k;
            break;
          }
        }
      }
      labels[d] = chosen;
      if (chosen !== old) moved++;
      change(d, chosen, 1);
    }
    if (!sample && moved === 0) break;
  }
  return labels;
}
