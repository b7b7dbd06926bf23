/**
 * Condorcet / Schulze (beatpath) method, as in Schulze, "A new monotonic, clone-independent,
 * reversal symmetric, and Condorcet-consistent single-winner election method" (Social Choice
 * and Welfare, 2011), with "winning votes" as the strength of a link.
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
import {
  condorcetWinner,
  pairwiseMatrix,
  type RankingBallot,
  type RankingConfig,
  validateRankingBallot,
} from './ranking.ts';

export interface SchulzeResult {
  voters: number;
  invalid: number;
  /** Option ids in activity order: the row/column order of `d` and `p`. */
  optionIds: string[];
  /** d[i][j]: voters preferring option i to option j. */
  d: number[][];
  /** p[i][j]: strength of the strongest path from i to j (0 when there is none). */
  p: number[][];
  condorcetWinner: string | null;
  /** Options ranked by the Schulze relation; options it cannot separate share a rank. */
  ranking: RankedOption[];
  /** Potential winners: p[w][x] ≥ p[x][w] for every x. Several when tied. */
  winners: string[];
}

/**
 * RANK-8: widest paths by Floyd–Warshall. A direct link i → j exists only when d[i][j] > d[j][i]
 * and has strength d[i][j]; a path is as strong as its weakest link.
 */
export function strongestPaths(d: readonly (readonly number[])[]): number[][] {
  const n = d.length;
  const p = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i !== j && d[i]![j]! > d[j]![i]! ? d[i]![j]! : 0)),
  );
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      if (i === j) continue;
      for (let k = 0; k < n; k += 1) {
        if (k === i || k === j) continue;
        const via = Math.min(p[j]![i]!, p[i]![k]!);
        if (via > p[j]![k]!) p[j]![k] = via;
      }
    }
  }
  return p;
}

export function tallySchulze(
  config: RankingConfig,
  options: readonly VoteOption[],
  casts: readonly Cast<RankingBallot>[],
): SchulzeResult {
  const validate = (b: RankingBallot): BallotValidation => validateRankingBallot(config, options, b);
  const { counted, invalid: rejected } = countedBallots(casts, validate);
  return { ...schulzeFromBallots(options, counted), invalid: rejected };
}

/** Schulze on ballots already selected and validated (also used by the published-example test). */
export function schulzeFromBallots(
  options: readonly VoteOption[],
  ballots: readonly RankingBallot[],
): Omit<SchulzeResult, 'invalid'> {
  const d = pairwiseMatrix(options, ballots);
  const p = strongestPaths(d);
  const index = new Map(options.map((o, i) => [o.id, i]));
  const n = options.length;
  // RANK-9: x beats y when p[x][y] > p[y][x]; the relation is transitive (Schulze 2011, §4.1),
  // so "how many options beat me" orders the options consistently with it.
  const beatenBy = options.map((_, y) => {
    let count = 0;
    for (let x = 0; x < n; x += 1) if (x !== y && p[x]![y]! > p[y]![x]!) count += 1;
    return count;
  });
  const ranking = rankOptions(options, (a, b) => beatenBy[index.get(a)!]! - beatenBy[index.get(b)!]!);
  return {
    voters: ballots.length,
    optionIds: options.map((o) => o.id),
    d,
    p,
    condorcetWinner: condorcetWinner(options, d),
    ranking,
    winners: ballots.length === 0 ? [] : winnersOf(ranking),
  };
}
