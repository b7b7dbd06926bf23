/**
 * GSDMM (Yin & Wang 2014): collapsed Gibbs sampling for the Dirichlet multinomial mixture,
 * made for short texts where one note is about one theme (THEME-6). Deterministic for a seed.
 *
 * Speed: a note's probability under a cluster is a product of a few ratios; short notes (the
 * usual case) multiply them directly, long ones add logarithms so they cannot underflow. Both
 * compute the same formula.
 */
import { type Random, shuffledIndices } from './random.ts';

export interface GsdmmOptions {
  clusters: number;
  alpha?: number;
  beta?: number;
  iterations?: number;
  /** Final passes that move each note to its most probable cluster (no sampling). */
  greedyPasses?: number;
  /** Starting clusters (one per note, 0 ≤ label < clusters); random when absent. */
  initial?: Int32Array;
}

/**
 * Notes with more words than this are scored in log space: the denominator Π(total + Vβ + i)
 * of a longer note could overflow, and its numerator underflow.
 */
const PRODUCT_MAX_WORDS = 24;

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
  // Each note as its distinct words and how often each occurs (repeats: n_kw + β + j).
  const words: Int32Array[] = [];
  const repeats: Int32Array[] = [];
  for (const doc of docs) {
    const counts = new Map<number, number>();
    for (const w of doc) counts.set(w, (counts.get(w) ?? 0) + 1);
    words.push(Int32Array.from(counts.keys()));
    repeats.push(Int32Array.from(counts.values()));
  }
  const labels = new Int32Array(n);
  const m = new Float64Array(K); // notes per cluster
  const total = new Float64Array(K); // words per cluster
  // Word-major (w * K + k): scoring a note reads each of its words' K counts in a row.
  const nkw = new Float64Array(vocab * K);
  const vb = vocab * beta;
  // denominators[k * (PRODUCT_MAX_WORDS + 1) + L] = Π_{i<L} (total_k + Vβ + i), refreshed
  // when a cluster's word count changes (two clusters per move), not for every note.
  const stride = PRODUCT_MAX_WORDS + 1;
  const denominators = new Float64Array(K * stride);
  const refresh = (k: number) => {
    let product = 1;
    denominators[k * stride] = 1;
    for (let i = 0; i < PRODUCT_MAX_WORDS; i++) {
      product *= total[k]! + vb + i;
      denominators[k * stride + i + 1] = product;
    }
  };
  const change = (d: number, k: number, sign: number) => {
    const ws = words[d]!;
    const rs = repeats[d]!;
    m[k]! += sign;
    total[k]! += sign * docs[d]!.length;
    for (let i = 0; i < ws.length; i++) nkw[ws[i]! * K + k]! += sign * rs[i]!;
  };
  for (let d = 0; d < n; d++) {
    labels[d] = options.initial ? options.initial[d]! : Math.floor(random() * K);
    change(d, labels[d]!, 1);
  }
  for (let k = 0; k < K; k++) refresh(k);
  const p = new Float64Array(K);
  /** Fills p with each cluster's (unnormalised) probability for note d; returns the best cluster. */
  const score = (d: number): number => {
    const ws = words[d]!;
    const rs = repeats[d]!;
    const length = docs[d]!.length;
    if (length <= PRODUCT_MAX_WORDS) {
      for (let k = 0; k < K; k++) p[k] = (m[k]! + alpha) / denominators[k * stride + length]!;
      for (let w = 0; w < ws.length; w++) {
        const base = ws[w]! * K;
        const r = rs[w]!;
        if (r === 1) for (let k = 0; k < K; k++) p[k]! *= nkw[base + k]! + beta;
        else
          for (let k = 0; k < K; k++) {
            const count = nkw[base + k]! + beta;
            for (let j = 0; j < r; j++) p[k]! *= count + j;
          }
      }
    } else {
      for (let k = 0; k < K; k++) {
        let s = Math.log(m[k]! + alpha);
        const denominator = total[k]! + vb;
        for (let i = 0; i < length; i++) s -= Math.log(denominator + i);
        p[k] = s;
      }
      for (let w = 0; w < ws.length; w++) {
        const base = ws[w]! * K;
        for (let k = 0; k < K; k++) {
          const count = nkw[base + k]! + beta;
          for (let j = 0; j < rs[w]!; j++) p[k]! += Math.log(count + j);
        }
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < K; k++) if (p[k]! > max) max = p[k]!;
      for (let k = 0; k < K; k++) p[k] = Math.exp(p[k]! - max);
    }
    let best = 0;
    for (let k = 1; k < K; k++) if (p[k]! > p[best]!) best = k;
    return best;
  };
  for (let it = 0; it < iterations + greedy; it++) {
    const sample = it < iterations;
    let moved = 0;
    for (const d of shuffledIndices(n, random)) {
      const old = labels[d]!;
      change(d, old, -1);
      refresh(old);
      const best = score(d);
      let chosen = best;
      if (sample) {
        let sum = 0;
        for (let k = 0; k < K; k++) sum += p[k]!;
        let target = random() * sum;
        for (let k = 0; k < K; k++) {
          target -= p[k]!;
          if (target <= 0) {
            chosen = k;
            break;
          }
        }
      }
      labels[d] = chosen;
      change(d, chosen, 1);
      refresh(chosen);
      if (chosen !== old) moved++;
    }
    if (!sample && moved === 0) break;
  }
  return labels;
}
