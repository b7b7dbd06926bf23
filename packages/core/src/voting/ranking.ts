/**
 * Ranked ballots, shared by Borda and Schulze: a ballot lists option ids best first.
 * It may be partial: options left out rank below every listed one, tied with each other.
 */
import {
  type BallotValidation,
  checkOptionList,
  invalid,
  optionIds,
  VALID,
  type VoteOption,
} from './ballots.ts';

export interface RankingConfig {
  /** Must every option be ranked? Otherwise at least `minRanked` (default 1). */
  complete?: boolean;
  minRanked?: number;
}

export interface RankingBallot {
  /** Option ids, best first, each at most once. */
  order: readonly string[];
}

export function validateRankingBallot(
  config: RankingConfig,
  options: readonly VoteOption[],
  ballot: RankingBallot,
): BallotValidation {
  if (typeof ballot !== 'object' || ballot === null || !Array.isArray(ballot.order)) {
    return invalid('RANK-1', 'A ranking lists option ids, best first.');
  }
  const listed = checkOptionList(ballot.order, optionIds(options), {
    unknown: 'RANK-2',
    duplicate: 'RANK-3',
  });
  if (!listed.ok) return listed;
  const n = ballot.order.length;
  if (config.complete && n !== options.length) return invalid('RANK-4', 'Rank every option.');
  const min = Math.min(config.minRanked ?? 1, options.length);
  if (n < min) return invalid('RANK-4', `Rank at least ${min} option(s).`);
  return VALID;
}

/**
 * RANK-7: d[i][j] = number of ballots preferring option i to option j (indices in
 * activity order). Listed beats unlisted; two unlisted options are a tie.
 */
export function pairwiseMatrix(
  options: readonly VoteOption[],
  ballots: readonly RankingBallot[],
): number[][] {
  const n = options.length;
  const index = new Map(options.map((o, i) => [o.id, i]));
  const d = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const ballot of ballots) {
    // Position of each option; unlisted options share position n (after every listed one).
    const position = new Array<number>(n).fill(n);
    ballot.order.forEach((id, pos) => {
      const i = index.get(id);
      if (i !== undefined) position[i] = pos;
    });
    for (let i = 0; i < n; i += 1) {
      const row = d[i]!;
      for (let j = 0; j < n; j += 1) {
        if (position[i]! < position[j]!) row[j]! += 1;
      }
    }
  }
  return d;
}

/** RANK-10: the option that beats every other one head to head, if there is one. */
export function condorcetWinner(
  options: readonly VoteOption[],
  d: readonly (readonly number[])[],
): string | null {
  for (let i = 0; i < options.length; i += 1) {
    let beatsAll = true;
    for (let j = 0; j < options.length && beatsAll; j += 1) {
      if (i !== j && !(d[i]![j]! > d[j]![i]!)) beatsAll = false;
    }
    if (beatsAll) return options[i]!.id;
  }
  return null;
}
