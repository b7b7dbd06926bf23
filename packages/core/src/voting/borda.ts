/**
 * Borda count. With n options, the k-th listed option (k from 0) gets n − 1 − k points.
 * RANK-6 (partial ballots): the options a ballot leaves out share the remaining points
 * equally, i.e. each gets the mean of the positions they could have filled. Every ballot
 * is then worth n(n − 1)/2 points whatever its length, so ranking fewer options neither
 * helps nor hurts the ones you rank.
 */
import {
  type BallotValidation,
  type Cast,
  countedBallots,
  type RankedOption,
  rankOptions,
  type VoteOption,
  winnersOf,
} from './ballots.ts';
import { type RankingBallot, type RankingConfig, validateRankingBallot } from './ranking.ts';

export interface BordaResult {
  voters: number;
  invalid: number;
  /** Every option in activity order. Points may be halves (shared remainders). */
  points: { optionId: string; points: number }[];
  ranking: RankedOption[];
  winners: string[];
}

/** Points each ballot distributes: n(n − 1)/2 for n options. */
export const bordaPointsPerBallot = (optionCount: number): number => (optionCount * (optionCount - 1)) / 2;

export function tallyBorda(
  config: RankingConfig,
  options: readonly VoteOption[],
  casts: readonly Cast<RankingBallot>[],
): BordaResult {
  const validate = (b: RankingBallot): BallotValidation => validateRankingBallot(config, options, b);
  const { counted, invalid: rejected } = countedBallots(casts, validate);
  const n = options.length;
  const points = new Map(options.map((o) => [o.id, 0]));
  for (const ballot of counted) {
    const listed = new Set(ballot.order);
    ballot.order.forEach((id, k) => {
      points.set(id, (points.get(id) ?? 0) + (n - 1 - k));
    });
    const left = n - listed.size;
    // Unlisted options would fill positions listed.size … n − 1, worth (left − 1) … 0.
    const share = (left - 1) / 2;
    for (const o of options) if (!listed.has(o.id)) points.set(o.id, (points.get(o.id) ?? 0) + share);
  }
  const of = (id: string) => points.get(id) ?? 0;
  const ranking = rankOptions(options, (a, b) => of(b) - of(a));
  return {
    voters: counted.length,
    invalid: rejected,
    points: options.map((o) => ({ optionId: o.id, points: of(o.id) })),
    ranking,
    winners: counted.length === 0 ? [] : winnersOf(ranking),
  };
}
