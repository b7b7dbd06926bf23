import { describe, expect, it } from 'vitest';
import { clusterNotes } from './cluster.ts';
import { gsdmm } from './gsdmm.ts';
import { mergeClusters } from './merge.ts';
import { type Random, seededRandom } from './random.ts';
import { sphericalKMeans, tfidfRows } from './refine.ts';
import { themeTermWeights, weightRows } from './weights.ts';

/**
 * Planted themes: theme c owns words c*8 … c*8+7; every note takes 3 of its theme's words and,
 * with probability `noise` per note, one of the shared words (ids after the themes' words),
 * which belong to no theme.
 */
function planted(themes: number, perTheme: number, random: Random, noise = 0.5) {
  const shared = 6;
  const docs: Int32Array[] = [];
  const truth: number[] = [];
  for (let c = 0; c < themes; c++) {
    for (let i = 0; i < perTheme; i++) {
      const words = [0, 1, 2].map(() => c * 8 + Math.floor(random() * 8));
      if (random() < noise) words.push(themes * 8 + Math.floor(random() * shared));
      docs.push(Int32Array.from(words));
      truth.push(c);
    }
  }
  return { docs, truth, vocab: themes * 8 + shared };
}

/** True when the two labellings are the same partition (up to renaming clusters). */
function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((ab.get(a[i]!) ?? b[i]) !== b[i] || (ba.get(b[i]!) ?? a[i]) !== a[i]) return false;
    ab.set(a[i]!, b[i]!);
    ba.set(b[i]!, a[i]!);
  }
  return true;
}

const dfOf = (docs: Int32Array[], vocab: number) => {
  const df = new Int32Array(vocab);
  for (const doc of docs) for (const t of new Set(doc)) df[t]!++;
  return df;
};

describe('themes: clustering pieces', () => {
  it('THEME-6: GSDMM started with twice the clusters recovers planted themes', () => {
    const { docs, truth, vocab } = planted(5, 40, seededRandom(1));
    for (const seed of [1, 2, 3]) {
      const options = { clusters: 10, alpha: 0.1, beta: 0.1, iterations: 30 };
      expect(samePartition(gsdmm(docs, vocab, options, seededRandom(seed)), truth)).toBe(true);
    }
    // Why cluster.ts over-clusters: with exactly 5 clusters, seed 2 glues two themes together.
    const exact = gsdmm(docs, vocab, { clusters: 5, alpha: 0.1, beta: 0.1, iterations: 30 }, seededRandom(2));
    expect(samePartition(exact, truth)).toBe(false);
  });

  it('THEME-6: GSDMM from given initial clusters repairs them, short notes and long ones (log path)', () => {
    const { docs, truth, vocab } = planted(4, 30, seededRandom(3));
    const random = seededRandom(4);
    const corrupted = Int32Array.from(truth, (c) => (random() < 0.2 ? (c + 1) % 4 : c));
    // 40 words: more than the product path takes, so these are scored in log space.
    const long = docs.map((doc) => Int32Array.from({ length: 40 }, (_, i) => doc[i % doc.length]!));
    for (const notes of [docs, long]) {
      const options = { clusters: 4, iterations: 0, greedyPasses: 3, initial: corrupted };
      expect([...gsdmm(notes, vocab, options, seededRandom(5))]).toEqual(truth);
    }
  });

  it('THEME-6: spherical k-means repairs a corrupted labelling; a note with a zero vector stays put', () => {
    const { docs, truth, vocab } = planted(4, 30, seededRandom(5));
    const rows = tfidfRows(docs, dfOf(docs, vocab));
    const random = seededRandom(6);
    const corrupted = Int32Array.from(truth, (c) => (random() < 0.25 ? (c + 1) % 4 : c));
    expect(samePartition(corrupted, truth)).toBe(false);
    const { labels, cohesion } = sphericalKMeans(rows, vocab, corrupted, 4, 20);
    expect([...labels]).toEqual(truth);
    expect(cohesion).toBeGreaterThan(0);
    expect(cohesion).toBeLessThanOrEqual(docs.length + 1e-9);
    const zero = [...rows, { idx: Int32Array.of(0), val: Float64Array.of(0) }];
    const withZero = sphericalKMeans(zero, vocab, Int32Array.from([...truth, 3]), 4, 5);
    expect(withZero.labels[zero.length - 1]).toBe(3);
  });

  it('THEME-6: merging joins the halves of one theme before two different themes', () => {
    const { docs, truth, vocab } = planted(3, 40, seededRandom(7));
    const rows = tfidfRows(docs, dfOf(docs, vocab));
    // Theme 0 cut in two halves (labels 0 and 3); themes 1 and 2 whole.
    const cut = Int32Array.from(truth, (c, i) => (c === 0 && i % 2 === 1 ? 3 : c));
    const merged = mergeClusters(rows, vocab, cut, 4, 3);
    expect(samePartition(merged, truth)).toBe(true);
    // Numbered densely by first note; a target above the clusters present changes nothing.
    expect(new Set(merged)).toEqual(new Set([0, 1, 2]));
    expect(samePartition(mergeClusters(rows, vocab, cut, 4, 10), cut)).toBe(true);
  });

  it('THEME-6: a term concentrated in one theme weighs near 1, a term spread over all near 0', () => {
    const { docs, truth, vocab } = planted(4, 50, seededRandom(8), 1);
    const rows = tfidfRows(docs, dfOf(docs, vocab));
    const weights = themeTermWeights(rows, vocab, Int32Array.from(truth), 4);
    for (let t = 0; t < 4 * 8; t++) expect(weights[t]).toBeGreaterThan(0.75);
    for (let t = 4 * 8; t < vocab; t++) expect(weights[t]).toBeLessThan(0.1);
    expect([...themeTermWeights(rows, vocab, new Int32Array(docs.length), 1)]).toEqual(
      new Array(vocab).fill(1),
    );
    const weighted = weightRows(rows, weights);
    expect(weighted[0]!.idx).toBe(rows[0]!.idx);
    expect(weighted[0]!.val[0]).toBeCloseTo(rows[0]!.val[0]! * weights[rows[0]!.idx[0]!]!);
  });

  it('THEME-6: the whole pipeline recovers 8 planted themes for every seed tried, deterministically', () => {
    const { docs, truth, vocab } = planted(8, 40, seededRandom(9), 0.8);
    for (const seed of [1, 2, 3]) {
      const options = { clusters: 8, restarts: 2, iterations: 20 };
      const labels = clusterNotes(docs, vocab, options, seededRandom(seed));
      expect(samePartition(labels, truth)).toBe(true);
      expect(clusterNotes(docs, vocab, options, seededRandom(seed))).toEqual(labels);
    }
  });
});
