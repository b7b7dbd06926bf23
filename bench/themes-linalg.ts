/**
 * Bench-only numerics for the baselines: sparse rows, TF-IDF, k-means++ (several restarts),
 * randomized truncated SVD (Halko et al.) and multiplicative-update NMF. Plain TypeScript
 * written to mirror scikit-learn's defaults, so the comparison is honest.
 */
import type { Random } from '../packages/core/src/themes/random.ts';

export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

/** scikit-learn TfidfVectorizer: smooth idf, optional sublinear tf, rows L2-normalised. */
export function tfidf(docs: readonly Int32Array[], vocab: number, sublinear = true): SparseRow[] {
  const df = new Float64Array(vocab);
  const counted = docs.map((doc) => {
    const m = new Map<number, number>();
    for (const t of doc) m.set(t, (m.get(t) ?? 0) + 1);
    for (const t of m.keys()) df[t]!++;
    return m;
  });
  const n = docs.length;
  const idf = df.map((d) => Math.log((1 + n) / (1 + d)) + 1);
  return counted.map((m) => {
    const idx = Int32Array.from([...m.keys()].sort((a, b) => a - b));
    const val = Float64Array.from(idx, (t) => (sublinear ? 1 + Math.log(m.get(t)!) : m.get(t)!) * idf[t]!);
    normalise(val);
    return { idx, val };
  });
}

export function normalise(v: Float64Array): void {
  let s = 0;
  for (const x of v) s += x * x;
  if (s === 0) return;
  const inv = 1 / Math.sqrt(s);
  for (let i = 0; i < v.length; i++) v[i]! *= inv;
}

/** Dense rows as sparse rows (for k-means on LSA vectors). */
export function denseRows(rows: Float64Array[]): SparseRow[] {
  return rows.map((val) => ({ idx: Int32Array.from(val, (_, i) => i), val }));
}

const dot = (row: SparseRow, c: Float64Array) => {
  let s = 0;
  for (let i = 0; i < row.idx.length; i++) s += row.val[i]! * c[row.idx[i]!]!;
  return s;
};
const sq = (row: SparseRow) => row.val.reduce((a, b) => a + b * b, 0);

/** Lloyd's k-means with k-means++ seeding; best inertia of `restarts` runs (sklearn n_init=10). */
export function kmeans(
  rows: SparseRow[],
  dim: number,
  k: number,
  random: Random,
  restarts = 10,
  maxIter = 100,
) {
  let best: Int32Array = new Int32Array(rows.length);
  let bestInertia = Number.POSITIVE_INFINITY;
  const norms = rows.map(sq);
  for (let r = 0; r < restarts; r++) {
    const centres = seedPlusPlus(rows, norms, dim, k, random);
    const labels = new Int32Array(rows.length).fill(-1);
    let inertia = 0;
    for (let it = 0; it < maxIter; it++) {
      const cn = centres.map((c) => c.reduce((a, b) => a + b * b, 0));
      let changed = 0;
      inertia = 0;
      for (let i = 0; i < rows.length; i++) {
        let bj = 0;
        let bd = Number.POSITIVE_INFINITY;
        for (let j = 0; j < k; j++) {
          const d = norms[i]! + cn[j]! - 2 * dot(rows[i]!, centres[j]!);
          if (d < bd) {
            bd = d;
            bj = j;
          }
        }
        inertia += bd;
        if (labels[i] !== bj) changed++;
        labels[i] = bj;
      }
      // Recompute centres; an empty cluster keeps its centre.
      const sums = Array.from({ length: k }, () => new Float64Array(dim));
      const counts = new Int32Array(k);
      for (let i = 0; i < rows.length; i++) {
        const s = sums[labels[i]!]!;
        counts[labels[i]!]!++;
        const row = rows[i]!;
        for (let t = 0; t < row.idx.length; t++) s[row.idx[t]!]! += row.val[t]!;
      }
      for (let j = 0; j < k; j++) {
        if (counts[j]! === 0) continue;
        const s = sums[j]!;
        for (let d = 0; d < dim; d++) s[d]! /= counts[j]!;
        centres[j] = s;
      }
      if (changed === 0) break;
    }
    if (inertia < bestInertia) {
      bestInertia = inertia;
      best = labels;
    }
  }
  return best;
}

function seedPlusPlus(rows: SparseRow[], norms: number[], dim: number, k: number, random: Random) {
  const centres: Float64Array[] = [];
  const toDense = (row: SparseRow) => {
    const c = new Float64Array(dim);
    for (let t = 0; t < row.idx.length; t++) c[row.idx[t]!] = row.val[t]!;
    return c;
  };
  centres.push(toDense(rows[Math.floor(random() * rows.length)]!));
  const d2 = new Float64Array(rows.length).fill(Number.POSITIVE_INFINITY);
  while (centres.length < k) {
    const c = centres[centres.length - 1]!;
    const cn = c.reduce((a, b) => a + b * b, 0);
    let total = 0;
    for (let i = 0; i < rows.length; i++) {
      const d = Math.max(0, norms[i]! + cn - 2 * dot(rows[i]!, c));
      if (d < d2[i]!) d2[i] = d;
      total += d2[i]!;
    }
    let target = random() * total;
    let pick = rows.length - 1;
    for (let i = 0; i < rows.length; i++) {
      target -= d2[i]!;
      if (target <= 0) {
        pick = i;
        break;
      }
    }
    centres.push(toDense(rows[pick]!));
  }
  return centres;
}

/** Gaussian-ish random numbers (Box–Muller) for the SVD's test matrix. */
const gauss = (random: Random) =>
  Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());

/** Orthonormalises columns in place (modified Gram–Schmidt). cols: column-major n-vectors. */
function orthonormalise(cols: Float64Array[]): void {
  for (let j = 0; j < cols.length; j++) {
    const c = cols[j]!;
    for (let p = 0; p < j; p++) {
      const q = cols[p]!;
      let s = 0;
      for (let i = 0; i < c.length; i++) s += c[i]! * q[i]!;
      for (let i = 0; i < c.length; i++) c[i]! -= s * q[i]!;
    }
    normalise(c);
  }
}

/** X·M (n × l) with M given as l columns over the vocabulary. */
function times(rows: SparseRow[], cols: Float64Array[]): Float64Array[] {
  return cols.map((m) => Float64Array.from(rows, (row) => dot(row, m)));
}
/** Xᵀ·Q (vocab × l) with Q given as l columns over the rows. */
function timesT(rows: SparseRow[], vocab: number, cols: Float64Array[]): Float64Array[] {
  return cols.map((q) => {
    const out = new Float64Array(vocab);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const w = q[i]!;
      if (w === 0) continue;
      for (let t = 0; t < row.idx.length; t++) out[row.idx[t]!]! += w * row.val[t]!;
    }
    return out;
  });
}

/** Symmetric eigen-decomposition (cyclic Jacobi) of a small dense matrix. */
function jacobiEigen(a: number[][]): { values: number[]; vectors: number[][] } {
  const n = a.length;
  const v: number[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-15) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: a.map((row, i) => row[i]!), vectors: v };
}

/**
 * LSA as scikit-learn's TruncatedSVD(algorithm="randomized", n_iter=5): U·Σ for the top
 * `dims` components (10 oversamples), rows then L2-normalised as in the usual LSA pipeline.
 */
export function lsa(
  rows: SparseRow[],
  vocab: number,
  dims: number,
  random: Random,
  powerIter = 5,
): Float64Array[] {
  const l = Math.min(dims + 10, vocab, rows.length);
  let omega: Float64Array[] = Array.from({ length: l }, () =>
    Float64Array.from({ length: vocab }, () => gauss(random)),
  );
  let q = times(rows, omega);
  orthonormalise(q);
  for (let it = 0; it < powerIter; it++) {
    omega = timesT(rows, vocab, q);
    orthonormalise(omega);
    q = times(rows, omega);
    orthonormalise(q);
  }
  // B = Qᵀ X (l × vocab); B Bᵀ = Vₗ Σ² Vₗᵀ; U·Σ = Q·(B Bᵀ eigenvectors)·... = X·(Bᵀ u / σ).
  const bt = timesT(rows, vocab, q); // columns of Bᵀ
  const gram = bt.map((x) => bt.map((y) => x.reduce((s, xi, i) => s + xi * y[i]!, 0)));
  const { values, vectors } = jacobiEigen(gram);
  const order = values
    .map((_, i) => i)
    .sort((a, b) => values[b]! - values[a]!)
    .slice(0, dims);
  // Each component's scores: Q · u_c · σ_c (U = Q·u).
  const out = rows.map(() => new Float64Array(order.length));
  order.forEach((c, d) => {
    const sigma = Math.sqrt(Math.max(values[c]!, 0));
    for (let i = 0; i < rows.length; i++) {
      let s = 0;
      for (let p = 0; p < l; p++) s += q[p]![i]! * vectors[p]![c]!;
      out[i]![d] = s * sigma;
    }
  });
  for (const row of out) normalise(row);
  return out;
}

/**
 * NMF (Frobenius loss, multiplicative updates, Lee & Seung), NNDSVD-free random init scaled as
 * scikit-learn's 'random' init: sqrt(mean(X)/k). Each row goes to its largest W component.
 */
export function nmf(
  rows: SparseRow[],
  vocab: number,
  k: number,
  random: Random,
  iterations = 200,
): Int32Array {
  const n = rows.length;
  let total = 0;
  for (const row of rows) for (const v of row.val) total += v;
  const scale = Math.sqrt(total / (n * vocab) / k);
  const W = Array.from({ length: n }, () =>
    Float64Array.from({ length: k }, () => scale * Math.abs(gauss(random))),
  );
  const H = Array.from({ length: k }, () =>
    Float64Array.from({ length: vocab }, () => scale * Math.abs(gauss(random))),
  );
  const eps = 1e-10;
  for (let it = 0; it < iterations; it++) {
    // H ← H ⊙ (WᵀX) / (WᵀW H)
    const wtx = Array.from({ length: k }, () => new Float64Array(vocab));
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      const w = W[i]!;
      for (let t = 0; t < row.idx.length; t++) {
        const col = row.idx[t]!;
        const v = row.val[t]!;
        for (let c = 0; c < k; c++) wtx[c]![col]! += w[c]! * v;
      }
    }
    const wtw = gramOf(W, k);
    for (let c = 0; c < k; c++) {
      const h = H[c]!;
      for (let j = 0; j < vocab; j++) {
        let den = 0;
        for (let d = 0; d < k; d++) den += wtw[c]![d]! * H[d]![j]!;
        h[j]! *= wtx[c]![j]! / (den + eps);
      }
    }
    // W ← W ⊙ (X Hᵀ) / (W H Hᵀ)
    const hht = Array.from({ length: k }, (_, c) =>
      Float64Array.from({ length: k }, (_, d) => H[c]!.reduce((s, x, j) => s + x * H[d]![j]!, 0)),
    );
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      const w = W[i]!;
      const xht = new Float64Array(k);
      for (let t = 0; t < row.idx.length; t++) {
        const col = row.idx[t]!;
        const v = row.val[t]!;
        for (let c = 0; c < k; c++) xht[c]! += v * H[c]![col]!;
      }
      const next = new Float64Array(k);
      for (let c = 0; c < k; c++) {
        let den = 0;
        for (let d = 0; d < k; d++) den += w[d]! * hht[d]![c]!;
        next[c] = (w[c]! * xht[c]!) / (den + eps);
      }
      W[i] = next;
    }
  }
  return Int32Array.from(W, (w) => {
    let best = 0;
    for (let c = 1; c < k; c++) if (w[c]! > w[best]!) best = c;
    return best;
  });
}

function gramOf(W: Float64Array[], k: number): Float64Array[] {
  const g = Array.from({ length: k }, () => new Float64Array(k));
  for (const w of W) for (let c = 0; c < k; c++) for (let d = 0; d < k; d++) g[c]![d]! += w[c]! * w[d]!;
  return g;
}
