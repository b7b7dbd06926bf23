/**
 * Dot voting: each participant spends up to `tokens` dots on the options, at most
 * `capPerOption` on one option, or one per option when stacking is not allowed.
 */
import {
  type BallotValidation,
  type Cast,
  countedBallots,
  invalid,
  isNonNegativeInteger,
  optionIds,
  type RankedOption,
  rankOptions,
  VALID,
  type VoteOption,
  winnersOf,
} from './ballots.ts';

export interface DotConfig {
  /** Dots each participant may spend (they need not spend them all). */
  tokens: number;
  /** May a participant put several dots on one option? Default true; false means a cap of 1. */
  allowStacking?: boolean;
  /** Cap per option when stacking is allowed; defaults to `tokens`. */
  capPerOption?: number;
}

/** `dots`: option id → dots placed on it. Options left out (or at 0) get nothing. */
export interface DotBallot {
  dots: Readonly<Record<string, number>>;
}

export interface DotResult {
  /** Participants whose counted ballot places at least one dot. */
  voters: number;
  invalid: number;
  tokensSpent: number;
  /** Every option in activity order. */
  totals: { optionId: string; dots: number; voters: number }[];
  ranking: RankedOption[];
  winners: string[];
}

/** DOT-4: the effective cap on one option. */
export function dotCap(config: DotConfig): number {
  return config.allowStacking === false ? 1 : Math.min(config.capPerOption ?? config.tokens, config.tokens);
}

export function validateDotBallot(
  config: DotConfig,
  options: readonly VoteOption[],
  ballot: DotBallot,
): BallotValidation {
  const dots = ballot?.dots;
  if (typeof dots !== 'object' || dots === null || Array.isArray(dots)) {
    return invalid('DOT-1', 'A dot ballot maps options to numbers of dots.');
  }
  const known = optionIds(options);
  const cap = dotCap(config);
  let spent = 0;
  for (const [id, n] of Object.entries(dots)) {
    if (!known.has(id)) return invalid('DOT-2', `Unknown option: ${id}.`);
    if (!isNonNegativeInteger(n)) return invalid('DOT-3', `Dots on ${id} must be a whole number ≥ 0.`);
    if (n > cap) {
      return invalid(
        'DOT-4',
        config.allowStacking === false
          ? 'Only one dot per option in this vote.'
          : `At most ${cap} dots on one option.`,
      );
    }
    spent += n;
  }
  if (spent > config.tokens)
    return invalid('DOT-5', `You have ${config.tokens} dots; this ballot uses ${spent}.`);
  return VALID;
}

export function tallyDots(
  config: DotConfig,
  options: readonly VoteOption[],
  casts: readonly Cast<DotBallot>[],
): DotResult {
  const { counted, invalid: rejected } = countedBallots(casts, (b) => validateDotBallot(config, options, b));
  const dots = new Map(options.map((o) => [o.id, 0]));
  const backers = new Map(options.map((o) => [o.id, 0]));
  let voters = 0;
  let tokensSpent = 0;
  for (const ballot of counted) {
    let used = 0;
    for (const [id, n] of Object.entries(ballot.dots)) {
      if (n === 0) continue;
      dots.set(id, (dots.get(id) ?? 0) + n);
      backers.set(id, (backers.get(id) ?? 0) + 1);
      used += n;
    }
    if (used > 0) voters += 1;
    tokensSpent += used;
  }
  const of = (id: string) => dots.get(id) ?? 0;
  const ranking = rankOptions(options, (a, b) => of(b) - of(a));
  return {
    voters,
    invalid: rejected,
    tokensSpent,
    totals: options.map((o) => ({ optionId: o.id, dots: of(o.id), voters: backers.get(o.id) ?? 0 })),
    ranking,
    winners: tokensSpent === 0 ? [] : winnersOf(ranking),
  };
}
