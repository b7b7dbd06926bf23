/**
 * Polls: single choice, multiple choice (between `min` and `max` selections) and scales
 * (an integer from `min` to `max`, e.g. 1–5).
 */
import {
  type BallotValidation,
  type Cast,
  checkOptionList,
  countedBallots,
  invalid,
  optionIds,
  type RankedOption,
  rankOptions,
  VALID,
  type VoteOption,
  winnersOf,
} from './ballots.ts';

export type PollConfig =
  | { kind: 'single' }
  | { kind: 'multiple'; min: number; max: number }
  | { kind: 'scale'; min: number; max: number };

/** Choice polls use `choices` (exactly one for `single`); scales use `value`. */
export type PollBallot = { choices: readonly string[] } | { value: number };

export interface ChoicePollResult {
  kind: 'choice';
  voters: number;
  invalid: number;
  /** Every option in activity order; `share` is count / voters (0 with no voters). */
  counts: { optionId: string; count: number; share: number }[];
  ranking: RankedOption[];
  winners: string[];
}

export interface ScalePollResult {
  kind: 'scale';
  voters: number;
  invalid: number;
  /** null with no voters. */
  mean: number | null;
  /** The usual median: the middle value, or the mean of the two middle values. */
  median: number | null;
  /** One entry per scale value from min to max, zeros included. */
  distribution: { value: number; count: number }[];
}

export type PollResult = ChoicePollResult | ScalePollResult;

export function validatePollBallot(
  config: PollConfig,
  options: readonly VoteOption[],
  ballot: PollBallot,
): BallotValidation {
  if (config.kind === 'scale') {
    if (!('value' in ballot)) return invalid('POLL-1', 'A scale answer is a number.');
    const { value } = ballot;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < config.min || value > config.max) {
      return invalid('POLL-5', `Choose a whole number from ${config.min} to ${config.max}.`);
    }
    return VALID;
  }
  if (!('choices' in ballot) || !Array.isArray(ballot.choices))
    return invalid('POLL-1', 'Choose among the options.');
  const listed = checkOptionList(ballot.choices, optionIds(options), {
    unknown: 'POLL-2',
    duplicate: 'POLL-3',
  });
  if (!listed.ok) return listed;
  const n = ballot.choices.length;
  if (config.kind === 'single') return n === 1 ? VALID : invalid('POLL-4', 'Choose exactly one option.');
  if (n < config.min) return invalid('POLL-4', `Choose at least ${config.min} option(s).`);
  if (n > config.max) return invalid('POLL-4', `Choose at most ${config.max} option(s).`);
  return VALID;
}

export function tallyPoll(
  config: PollConfig,
  options: readonly VoteOption[],
  casts: readonly Cast<PollBallot>[],
): PollResult {
  const { counted, invalid: rejected } = countedBallots(casts, (b) => validatePollBallot(config, options, b));
  if (config.kind === 'scale') return tallyScale(config, counted, rejected);
  const count = new Map(options.map((o) => [o.id, 0]));
  for (const ballot of counted) {
    if (!('choices' in ballot)) continue;
    for (const id of ballot.choices) count.set(id, (count.get(id) ?? 0) + 1);
  }
  const voters = counted.length;
  const of = (id: string) => count.get(id) ?? 0;
  const ranking = rankOptions(options, (a, b) => of(b) - of(a));
  return {
    kind: 'choice',
    voters,
    invalid: rejected,
    counts: options.map((o) => ({
      optionId: o.id,
      count: of(o.id),
      share: voters === 0 ? 0 : of(o.id) / voters,
    })),
    ranking,
    // POLL-6: with no voters nobody wins.
    winners: voters === 0 ? [] : winnersOf(ranking),
  };
}

function tallyScale(
  config: Extract<PollConfig, { kind: 'scale' }>,
  counted: readonly PollBallot[],
  rejected: number,
): ScalePollResult {
  const values = counted.flatMap((b) => ('value' in b ? [b.value] : [])).sort((a, b) => a - b);
  const distribution: { value: number; count: number }[] = [];
  for (let v = config.min; v <= config.max; v += 1) {
    distribution.push({ value: v, count: values.filter((x) => x === v).length });
  }
  return {
    kind: 'scale',
    voters: values.length,
    invalid: rejected,
    mean: values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length,
    median: median(values),
    distribution,
  };
}

/** Median of sorted numbers: the middle one, or the mean of the two middle ones. */
function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const hi = sorted[Math.floor(n / 2)] ?? 0;
  if (n % 2 === 1) return hi;
  return ((sorted[n / 2 - 1] ?? 0) + hi) / 2;
}
