/**
 * The rotation solver's engine: tabu search over swaps of two people between tables of the
 * same round (Dotú & Van Hentenryck 2005, "Scheduling social golfers locally"), started from a
 * greedy seating. Swaps keep every table's size, so balance (ROT-2) holds by construction.
 *
 * Cost = repeatWeight × repeats + moveWeight × moves, where repeats counts, for every pair,
 * meetings beyond the first (earlier meetings from the ledger included, ROT-5) and moves counts
 * (round, person) seats that differ from `start` (re-planning, REPLAN-3).
 */
import { type Random, randomInt, shuffleInPlace } from './random.ts';

export interface RotationProblem {
  playerCount: number;
  rounds: number;
  /** sizes[r][t]: seats at table t in round r; each round's sizes add up to playerCount. */
  sizes: readonly (readonly number[])[];
  /** player → the table they never leave (World Café hosts), −1 for everyone else. */
  pinned: Int32Array;
  /** Meetings before this plan (ledger, rounds already played), n × n, or null. */
  prior: Int32Array | null;
  /** The planned seating, per round (player → table, −1 = to be seated): moves count from it. */
  start?: readonly Int32Array[];
  repeatWeight: number;
  moveWeight: number;
  /** The first rounds are seated greedily and then left alone (symmetry breaking). */
  lockedRounds: number;
  /** Stop as soon as repeats reach this value (a lower bound) and nobody moved. */
  targetRepeats: number;
  /** With moveWeight > 0: the fewest moves possible (seats the new sizes force to change). */
  targetMoves?: number;
  random: Random;
  maxIterations: number;
  /** Stop after this many iterations without a better plan (re-planning answers live). */
  patience?: number;
  deadline?: { now: () => number; at: number };
}

export interface RotationSolution {
  /** Per round: player → table. */
  tables: Int32Array[];
  repeats: number;
  moves: number;
  iterations: number;
}

export function solveRotation(problem: RotationProblem): RotationSolution {
  const s = new SearchState(problem);
  s.seatAll();
  return s.search();
}

class SearchState {
  readonly n: number;
  readonly R: number;
  readonly G: number;
  readonly cap: number;
  readonly seat: Int32Array;
  readonly count: Int32Array;
  readonly table: Int32Array;
  readonly pos: Int32Array;
  readonly meet: Int32Array;
  readonly loss: Int32Array;
  readonly tabuUntil: Int32Array;
  repeats = 0;
  moves = 0;

  constructor(readonly p: RotationProblem) {
    this.n = p.playerCount;
    this.R = p.rounds;
    this.G = Math.max(1, ...p.sizes.map((r) => r.length));
    this.cap = Math.max(1, ...p.sizes.flat());
    this.seat = new Int32Array(this.R * this.G * this.cap);
    this.count = new Int32Array(this.R * this.G);
    this.table = new Int32Array(this.R * this.n).fill(-1);
    this.pos = new Int32Array(this.R * this.n);
    this.meet = p.prior ? Int32Array.from(p.prior) : new Int32Array(this.n * this.n);
    this.loss = new Int32Array(this.R * this.n);
    this.tabuUntil = new Int32Array(this.R * this.n);
  }

  size(r: number, t: number): number {
    return this.p.sizes[r]?.[t] ?? 0;
  }

  startOf(r: number, a: number): number {
    return this.p.start?.[r]?.[a] ?? -1;
  }

  /** Seats a at table t of round r, counting the new meetings. */
  place(r: number, a: number, t: number): void {
    const { n, cap, meet, seat } = this;
    const base = (r * this.G + t) * cap;
    const c = this.count[r * this.G + t] as number;
    for (let k = 0; k < c; k++) {
      const x = seat[base + k] as number;
      const i = a * n + x;
      if ((meet[i] as number) >= 1) this.repeats++;
      meet[i] = (meet[i] as number) + 1;
      meet[x * n + a] = meet[i] as number;
    }
    seat[base + c] = a;
    this.pos[r * n + a] = c;
    this.table[r * n + a] = t;
    this.count[r * this.G + t] = c + 1;
    const s = this.startOf(r, a);
    if (s >= 0 && s !== t) this.moves++;
  }

  /** Seats everyone: hosts, then the start seating where it fits, then greedily (fewest repeats). */
  seatAll(): void {
    const { n, R, G } = this;
    for (let r = 0; r < R; r++) {
      const waiting: number[] = [];
      // Hosts first, so nobody from the start seating takes a host's last seat.
      for (const hostsPass of [true, false]) {
        for (let a = 0; a < n; a++) {
          const pin = this.p.pinned[a] as number;
          if (pin >= 0 !== hostsPass) continue;
          const s = pin >= 0 ? pin : this.startOf(r, a);
          if (s >= 0 && s < G && (this.count[r * G + s] as number) < this.size(r, s)) this.place(r, a, s);
          else waiting.push(a);
        }
      }
      shuffleInPlace(waiting, this.p.random);
      for (const a of waiting) this.place(r, a, this.greedyTable(r, a));
    }
  }

  greedyTable(r: number, a: number): number {
    const { n, G, cap, meet, seat } = this;
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    let ties = 0;
    for (let t = 0; t < G; t++) {
      const c = this.count[r * G + t] as number;
      if (c >= this.size(r, t)) continue;
      let cost = 0;
      const base = (r * G + t) * cap;
      for (let k = 0; k < c; k++) if ((meet[a * n + (seat[base + k] as number)] as number) >= 1) cost++;
      // Prefer emptier tables on ties so the last people seated still have a choice.
      const key = cost * 1000 - (this.size(r, t) - c);
      if (key < bestCost) {
        bestCost = key;
        best = t;
        ties = 1;
      } else if (key === bestCost && randomInt(this.p.random, ++ties) === 0) best = t;
    }
    return best;
  }

  cost(): number {
    return this.p.repeatWeight * this.repeats + this.p.moveWeight * this.moves;
  }

  computeLoss(): void {
    const { n, R, G, cap, meet, seat, loss } = this;
    for (let r = 0; r < R; r++) {
      for (let t = 0; t < G; t++) {
        const base = (r * G + t) * cap;
        const c = this.count[r * G + t] as number;
        for (let i = 0; i < c; i++) {
          const a = seat[base + i] as number;
          let l = 0;
          for (let k = 0; k < c; k++) {
            if (k !== i && (meet[a * n + (seat[base + k] as number)] as number) >= 2) l++;
          }
          loss[r * n + a] = l;
        }
      }
    }
  }

  /** Swaps a and b (different tables of round r), keeping meetings and counters exact. */
  swap(r: number, a: number, b: number): void {
    const { n, G, cap, meet, seat, table, pos } = this;
    const ta = table[r * n + a] as number;
    const tb = table[r * n + b] as number;
    const baseA = (r * G + ta) * cap;
    const baseB = (r * G + tb) * cap;
    const bump = (x: number, y: number, d: number) => {
      const i = x * n + y;
      const before = meet[i] as number;
      const after = before + d;
      this.repeats += Math.max(0, after - 1) - Math.max(0, before - 1);
      meet[i] = after;
      meet[y * n + x] = after;
    };
    for (let k = 0, c = this.count[r * G + ta] as number; k < c; k++) {
      const x = seat[baseA + k] as number;
      if (x !== a) {
        bump(a, x, -1);
        bump(b, x, 1);
      }
    }
    for (let k = 0, c = this.count[r * G + tb] as number; k < c; k++) {
      const x = seat[baseB + k] as number;
      if (x !== b) {
        bump(b, x, -1);
        bump(a, x, 1);
      }
    }
    const pa = pos[r * n + a] as number;
    const pb = pos[r * n + b] as number;
    seat[baseA + pa] = b;
    seat[baseB + pb] = a;
    pos[r * n + a] = pb;
    pos[r * n + b] = pa;
    table[r * n + a] = tb;
    table[r * n + b] = ta;
    const sa = this.startOf(r, a);
    const sb = this.startOf(r, b);
    if (sa >= 0) this.moves += (tb !== sa ? 1 : 0) - (ta !== sa ? 1 : 0);
    if (sb >= 0) this.moves += (ta !== sb ? 1 : 0) - (tb !== sb ? 1 : 0);
  }

  moveWeight0(): boolean {
    return this.p.moveWeight === 0 || !this.p.start;
  }

  /** Nothing left to gain: repeats at the bound and (when moves count) moves at theirs. */
  done(): boolean {
    if (this.repeats > this.p.targetRepeats) return false;
    return this.moveWeight0() || this.moves <= (this.p.targetMoves ?? -1);
  }

  /** Re-planning: someone seated away from their planned table is worth moving back. */
  displaced(r: number, a: number): boolean {
    const s = this.startOf(r, a);
    return this.p.moveWeight > 0 && s >= 0 && s !== this.table[r * this.n + a];
  }

  search(): RotationSolution {
    const { n, R, G, cap, meet, seat, table, loss, pinned } = { ...this, pinned: this.p.pinned };
    const { random, repeatWeight, moveWeight } = this.p;
    let bestCost = this.cost();
    let best = this.snapshot();
    let stall = 0;
    let lastBetter = 0;
    let it = 0;
    const stallLimit = Math.max(200, 20 * n);
    const incTo = new Int32Array(G);
    for (; it < this.p.maxIterations; it++) {
      if (this.done()) break;
      if (this.p.patience !== undefined && it - lastBetter > this.p.patience) break;
      if ((it & 63) === 0 && this.p.deadline && this.p.deadline.now() >= this.p.deadline.at) break;
      this.computeLoss();
      let bestDelta = Number.POSITIVE_INFINITY;
      let mr = -1;
      let ma = -1;
      let mb = -1;
      let ties = 0;
      const current = this.cost();
      for (let r = this.p.lockedRounds; r < R; r++) {
        for (let a = 0; a < n; a++) {
          const la = loss[r * n + a] as number;
          if ((la === 0 && !this.displaced(r, a)) || (pinned[a] as number) >= 0) continue;
          const ta = table[r * n + a] as number;
          const baseA = (r * G + ta) * cap;
          const ca = this.count[r * G + ta] as number;
          for (let t = 0; t < G; t++) {
            let sum = 0;
            const base = (r * G + t) * cap;
            for (let k = 0, c = this.count[r * G + t] as number; k < c; k++) {
              if ((meet[a * n + (seat[base + k] as number)] as number) >= 1) sum++;
            }
            incTo[t] = sum;
          }
          const sa = this.startOf(r, a);
          const tabuA = (this.tabuUntil[r * n + a] as number) > it;
          for (let tb = 0; tb < G; tb++) {
            if (tb === ta) continue;
            const baseB = (r * G + tb) * cap;
            for (let k = 0, c = this.count[r * G + tb] as number; k < c; k++) {
              const b = seat[baseB + k] as number;
              if ((pinned[b] as number) >= 0) continue;
              let incB = (incTo[tb] as number) - ((meet[a * n + b] as number) >= 1 ? 1 : 0);
              for (let j = 0; j < ca; j++) {
                const x = seat[baseA + j] as number;
                if (x !== a && (meet[b * n + x] as number) >= 1) incB++;
              }
              let delta = repeatWeight * (incB - la - (loss[r * n + b] as number));
              if (moveWeight > 0) {
                const sb = this.startOf(r, b);
                let dm = 0;
                if (sa >= 0) dm += (tb !== sa ? 1 : 0) - (ta !== sa ? 1 : 0);
                if (sb >= 0) dm += (ta !== sb ? 1 : 0) - (tb !== sb ? 1 : 0);
                delta += moveWeight * dm;
              }
              const tabu = tabuA || (this.tabuUntil[r * n + b] as number) > it;
              if (tabu && current + delta >= bestCost) continue;
              if (delta < bestDelta) {
                bestDelta = delta;
                mr = r;
                ma = a;
                mb = b;
                ties = 1;
              } else if (delta === bestDelta && randomInt(random, ++ties) === 0) {
                mr = r;
                ma = a;
                mb = b;
              }
            }
          }
        }
      }
      if (mr < 0) {
        this.perturb(best, 1);
        stall = 0;
        continue;
      }
      this.swap(mr, ma, mb);
      const tenure = 4 + randomInt(random, 8);
      this.tabuUntil[mr * n + ma] = it + tenure;
      this.tabuUntil[mr * n + mb] = it + tenure;
      const c = this.cost();
      if (c < bestCost) {
        bestCost = c;
        best = this.snapshot();
        stall = 0;
        lastBetter = it;
      } else if (++stall > stallLimit) {
        this.perturb(best, 2 + randomInt(random, 4));
        stall = 0;
      }
    }
    this.restore(best);
    return { tables: this.tablesByRound(), repeats: this.repeats, moves: this.moves, iterations: it };
  }

  snapshot(): Int32Array {
    return Int32Array.from(this.table);
  }

  /** Back to `best`, then a few random swaps: the restart that gets the search out of a valley. */
  perturb(best: Int32Array, swaps: number): void {
    this.restore(best);
    const { n, R, G, random } = { ...this, random: this.p.random };
    const free = this.p.lockedRounds;
    if (free >= R) return;
    for (let s = 0; s < swaps; s++) {
      const r = free + randomInt(random, R - free);
      const a = randomInt(random, n);
      const b = randomInt(random, n);
      if ((this.p.pinned[a] as number) >= 0 || (this.p.pinned[b] as number) >= 0) continue;
      if (this.table[r * n + a] === this.table[r * n + b] || G < 2) continue;
      this.swap(r, a, b);
    }
    this.tabuUntil.fill(0);
  }

  restore(target: Int32Array): void {
    const { n, R } = this;
    for (let r = 0; r < R; r++) {
      for (let a = 0; a < n; a++) {
        const want = target[r * n + a] as number;
        if (this.table[r * n + a] === want) continue;
        // Find someone at `want` who belongs at a's table, else anyone at `want`: a chain of
        // swaps that ends with every seat as in `target` (sizes are equal on both sides).
        const base = (r * this.G + want) * this.cap;
        const c = this.count[r * this.G + want] as number;
        let pick = -1;
        for (let k = 0; k < c; k++) {
          const x = this.seat[base + k] as number;
          if (target[r * n + x] !== want) {
            pick = x;
            if (target[r * n + x] === this.table[r * n + a]) break;
          }
        }
        if (pick >= 0) this.swap(r, a, pick);
      }
    }
  }

  tablesByRound(): Int32Array[] {
    return Array.from({ length: this.R }, (_, r) => this.table.slice(r * this.n, (r + 1) * this.n));
  }
}
