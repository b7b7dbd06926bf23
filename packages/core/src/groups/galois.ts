/**
 * Small finite fields GF(q) as addition and multiplication tables, for the affine-geometry
 * constructions (ROT-7). Elements are 0..q−1, written in base `prime` as polynomial coefficients.
 */
export interface GaloisField {
  q: number;
  add: (a: number, b: number) => number;
  mul: (a: number, b: number) => number;
}

/** Irreducible polynomials (low coefficient first, monic term left out) for the prime powers we build. */
const IRREDUCIBLE: Record<number, { prime: number; degree: number; low: number[] }> = {
  4: { prime: 2, degree: 2, low: [1, 1] }, // x² + x + 1
  8: { prime: 2, degree: 3, low: [1, 1, 0] }, // x³ + x + 1
  9: { prime: 3, degree: 2, low: [1, 0] }, // x² + 1 (−1 is not a square mod 3)
  16: { prime: 2, degree: 4, low: [1, 1, 0, 0] }, // x⁴ + x + 1
  27: { prime: 3, degree: 3, low: [1, 2, 0] }, // x³ + 2x + 1
};

function isPrime(q: number): boolean {
  if (q < 2 || !Number.isInteger(q)) return false;
  for (let d = 2; d * d <= q; d++) if (q % d === 0) return false;
  return true;
}

/** GF(q) for a prime q or q ∈ {4, 8, 9, 16, 27}; null otherwise. */
export function galoisField(q: number): GaloisField | null {
  if (isPrime(q)) return { q, add: (a, b) => (a + b) % q, mul: (a, b) => (a * b) % q };
  const spec = IRREDUCIBLE[q];
  if (!spec) return null;
  const { prime, degree, low } = spec;
  const digits = (x: number) => Array.from({ length: degree }, (_, i) => Math.floor(x / prime ** i) % prime);
  const value = (ds: number[]) => ds.reduce((acc, d, i) => acc + d * prime ** i, 0);
  const addTable: number[] = [];
  const mulTable: number[] = [];
  for (let a = 0; a < q; a++) {
    for (let b = 0; b < q; b++) {
      const da = digits(a);
      const db = digits(b);
      addTable[a * q + b] = value(da.map((d, i) => (d + (db[i] as number)) % prime));
      const product = new Array<number>(2 * degree - 1).fill(0);
      da.forEach((x, i) => {
        db.forEach((y, j) => {
          product[i + j] = ((product[i + j] as number) + x * y) % prime;
        });
      });
      // Reduce: x^degree = −(low polynomial).
      for (let k = product.length - 1; k >= degree; k--) {
        const c = product[k] as number;
        if (c === 0) continue;
        product[k] = 0;
        low.forEach((l, i) => {
          const at = k - degree + i;
          product[at] = ((((product[at] as number) - c * l) % prime) + prime) % prime;
        });
      }
      mulTable[a * q + b] = value(product.slice(0, degree));
    }
  }
  return { q, add: (a, b) => addTable[a * q + b] as number, mul: (a, b) => mulTable[a * q + b] as number };
}
