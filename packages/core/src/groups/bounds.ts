/**
 * ROT-6: a counting lower bound on repeated encounters, so a plan can be reported against
 * what is achievable at best. Two relaxations, the larger wins:
 * - per person: someone who sits with k people over the rounds but has only f people left to
 *   meet for the first time repeats at least k − f encounters (each repeat involves two people);
 * - globally: the plan creates Σ C(size, 2) encounters and only the not-yet-met pairs are fresh.
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
  return Math.max(Math.ceil(excessSum / 2), encounters - freshPairs, 0);
}
