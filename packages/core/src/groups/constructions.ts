/**
 * Algebraic schedules with no repeated encounter (ROT-7). Several Social Golfer instances at
 * the counting bound are known only through such designs; local search rarely finds them.
 * Each returns rounds → groups → player indices 0..g·p−1, or null when it does not apply.
 */
import { galoisField } from './galois.ts';

export type RoundsLayout = number[][][];

export interface Construction {
  name: 'round-robin' | 'affine-geometry' | 'kirkman-15';
  rounds: RoundsLayout;
}

/** Round robin by the circle method: n (even) players in pairs, n − 1 rounds, every pair once. */
export function roundRobin(n: number): RoundsLayout {
  const m = n - 1;
  return Array.from({ length: m }, (_, r) => {
    const pairs: number[][] = [[r, m]];
    for (let i = 1; i < n / 2; i++) pairs.push([(r + i) % m, (r - i + m) % m]);
    return pairs;
  });
}

/**
 * Lines of the affine space AG(d, q): q^d points, lines of q points; each direction (a point of
 * the projective space) gives one round of q^(d−1) parallel lines, (q^d − 1)/(q − 1) rounds,
 * and two points lie on exactly one line. d = 2 is the affine plane (q groups of q, q + 1
 * rounds); AG(3, 3) is a Kirkman triple system on 27 points (9 groups of 3, 13 rounds).
 */
export function affineLines(q: number, d: number): RoundsLayout | null {
  const field = galoisField(q);
  if (!field || d < 2) return null;
  const points = q ** d;
  const coords = (x: number) => Array.from({ length: d }, (_, i) => Math.floor(x / q ** i) % q);
  const index = (c: number[]) => c.reduce((acc, v, i) => acc + v * q ** i, 0);
  const rounds: RoundsLayout = [];
  for (let v = 1; v < points; v++) {
    const dir = coords(v);
    const lead = dir.findIndex((x) => x !== 0);
    if (dir[lead] !== 1) continue; // one representative per direction
    const covered = new Uint8Array(points);
    const groups: number[][] = [];
    for (let start = 0; start < points; start++) {
      if (covered[start]) continue;
      const base = coords(start);
      const line: number[] = [];
      for (let t = 0; t < q; t++) {
        const point = index(base.map((b, i) => field.add(b, field.mul(t, dir[i] as number))));
        covered[point] = 1;
        line.push(point);
      }
      groups.push(line);
    }
    rounds.push(groups);
  }
  return rounds;
}

/** Kirkman's schoolgirl problem (1850): 15 girls in 5 rows of 3 for 7 days (KTS(15)). */
const KIRKMAN_15 = [
  'ABJ CEM FKL HIN DGO',
  'ACH DEI FGM JLN BKO',
  'ADL BHM GIK CFN EJO',
  'AEG BIL CJK DMN FHO',
  'AFI BCD GHJ EKN LMO',
  'AKM DFJ EHL BGN CIO',
  'BEF CGL DHK IJM ANO',
];

export function kirkman15(): RoundsLayout {
  return KIRKMAN_15.map((day) => day.split(' ').map((row) => [...row].map((c) => c.charCodeAt(0) - 65)));
}

/** The first construction giving `rounds` rounds of `groupCount` groups of `size`, if any. */
export function findConstruction(groupCount: number, size: number, rounds: number): Construction | null {
  const take = (name: Construction['name'], schedule: RoundsLayout | null): Construction | null =>
    schedule && schedule.length >= rounds ? { name, rounds: schedule.slice(0, rounds) } : null;
  if (size === 2) return take('round-robin', roundRobin(2 * groupCount));
  if (groupCount === 5 && size === 3 && rounds <= 7) return take('kirkman-15', kirkman15());
  // g = q^(d−1) groups of q: AG(d, q).
  for (let d = 2, g = size; g <= groupCount && g * size <= 1_000; d++, g *= size) {
    if (g === groupCount) return take('affine-geometry', affineLines(size, d));
  }
  return null;
}
