/**
 * ROT-6: a counting lower bound on repeated encounters, so a plan can be reported against
 * what is achievable at best. Two relaxations, the larger wins:
 * - per person: someone who sits with k people over the rounds but has only f people left to
 *   meet for the first time repeats at least k − f encounters (each repeat involves two people);
 * - globally: the plan creates Σ C(size, 2) encounters and only the not-yet-met pairs are fresh;
 * - a World Café with every table hosted: see hostedBound.
 */
export interface BoundInput {
  playerCount: number;
  /** sizes[r][t] */
  sizes: readonly (readonly number[])[];
  /** player → pinned table or −1. */
  pinned: Int32Array;
  /** n × n earlier meetings, or null. */
  prior: Int32Array | null;
}

export function repeatLowerBound({ playerCount: n, sizes, pinned, prior }: BoundInput): number {
  if (n < 2) return 0;
  let freshPairs = 0;
  let excessSum = 0;
  const hosts = pinned.reduce((acc, t) => acc + (t >= 0 ? 1 : 0), 0);
  for (let a = 0; a < n; a++) {
    let metBefore = 0;
    if (prior) for (let b = 0; b < n; b++) if (b !== a && (prior[a * n + b] as number) >= 1) metBefore++;
    const isHost = (pinned[a] as number) >= 0;
    // Hosts sit at different tables every round: they can never meet each other.
    const others = n - 1 - (isHost ? hosts - 1 : 0);
    const fresh = Math.max(0, others - metBefore);
    freshPairs += n - 1 - metBefore;
    let meets = 0;
    for (const round of sizes) {
      meets += isHost ? (round[pinned[a] as number] ?? 1) - 1 : Math.min(...round) - 1;
    }
    excessSum += Math.max(0, meets - fresh);
  }
  freshPairs /= 2;
  const encounters = sizes.reduce((acc, round) => acc + round.reduce((s, k) => s + (k * (k - 1)) / 2, 0), 0);
  return Math.max(Math.ceil(excessSum / 2), encounters - freshPairs, hostedBound(sizes, pinned), 0);
}

/**
 * A World Café with a host at every table (ROT-6c): from the second round on, the k travellers
 * at a table each come from one of the g tables of the round before. Two from the same table
 * meet again; one from this very table meets its host again. Only g − 1 tables are safe, so the
 * table repeats at least k − (g − 1) encounters that round. (12 people at 3 tables of 4 over 3
 * rounds: 2 rounds × 3 tables × 1 = 6, which the search reaches; the other bounds say 0.)
 */
function hostedBound(sizes: readonly (readonly number[])[], pinned: Int32Array): number {
  const g = sizes[0]?.length ?? 0;
  const hostsAt = new Array<number>(g).fill(0);
  for (const t of pinned) if (t >= 0 && t < g) hostsAt[t] = (hostsAt[t] ?? 0) + 1;
  if (g < 1 || hostsAt.some((h) => h !== 1)) return 0;
  let bound = 0;
  for (const round of sizes.slice(1)) for (const k of round) bound += Math.max(0, k - 1 - (g - 1));
  return bound;
}
