/**
 * What every live vote shares: options, ballots as plain data, "last ballot wins",
 * validation results, and rankings where ties share a rank.
 * Pure: no I/O, runs in Node and in the browser.
 */
import type { ErrorCode } from '../errors.ts';

/** Something to vote on. `id` is stable; `label` is only for display. */
export interface VoteOption {
  id: string;
  label: string;
}

/**
 * One ballot as stored in the live event log. `seq` is the event's sequence number:
 * the participant's ballot with the highest `seq` is the one that counts (BALLOT-1).
 */
export interface Cast<B> {
  participantId: string;
  seq: number;
  ballot: B;
}

/** A rule ID from `voting/SPEC.md`, so the UI can explain a refusal and tests can name it. */
export type VoteRule =
  `${'BALLOT' | 'POLL' | 'DOT' | 'RANK' | 'MJ' | 'CONSENT' | 'WORD' | 'GRID' | 'QA'}-${number}`;

export type BallotValidation = { ok: true } | { ok: false; code: ErrorCode; rule: VoteRule; message: string };

export const VALID: BallotValidation = { ok: true };

export function invalid(rule: VoteRule, message: string): BallotValidation {
  return { ok: false, code: 'VALIDATION_FAILED', rule, message };
}

/**
 * BALLOT-1/2: one ballot per participant, the latest (highest `seq`) wins. Equal `seq`
 * cannot happen in an event log; if it does, the later one in the array wins.
 * The result lists participants in order of their first appearance, for determinism.
 */
export function latestBallots<B>(casts: readonly Cast<B>[]): Cast<B>[] {
  const latest = new Map<string, Cast<B>>();
  for (const cast of casts) {
    const current = latest.get(cast.participantId);
    if (current === undefined || cast.seq >= current.seq) latest.set(cast.participantId, cast);
  }
  return [...latest.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * BALLOT-3: keeps the latest ballot of each participant, then drops it if it is not valid
 * under the current configuration (the server refuses those; this guards replays and
 * configurations edited after voting started). An invalid latest ballot does not bring an
 * earlier one back: the participant's last word was not a valid vote.
 */
export function countedBallots<B>(
  casts: readonly Cast<B>[],
  validate: (ballot: B) => BallotValidation,
): { counted: B[]; invalid: number } {
  const counted: B[] = [];
  let rejected = 0;
  for (const cast of latestBallots(casts)) {
    if (validate(cast.ballot).ok) counted.push(cast.ballot);
    else rejected += 1;
  }
  return { counted, invalid: rejected };
}

export interface RankedOption {
  optionId: string;
  /** 1 for the best; options that tie share a rank and the next rank skips ("1, 2, 2, 4"). */
  rank: number;
}

/**
 * Standard competition ranking. `compare(a, b) < 0` means a is better. Options that
 * compare equal share a rank and keep the activity's option order (BALLOT-4).
 */
export function rankOptions(
  options: readonly VoteOption[],
  compare: (a: string, b: string) => number,
): RankedOption[] {
  const order = options.map((o, index) => ({ id: o.id, index }));
  order.sort((a, b) => compare(a.id, b.id) || a.index - b.index);
  const ranked: RankedOption[] = [];
  order.forEach((entry, i) => {
    const previous = order[i - 1];
    const prevRank = ranked[i - 1];
    const tied = previous !== undefined && prevRank !== undefined && compare(previous.id, entry.id) === 0;
    ranked.push({ optionId: entry.id, rank: tied && prevRank ? prevRank.rank : i + 1 });
  });
  return ranked;
}

/** Options ranked first (all of them when several tie). Empty when there are no options. */
export function winnersOf(ranking: readonly RankedOption[]): string[] {
  return ranking.filter((r) => r.rank === 1).map((r) => r.optionId);
}

export const optionIds = (options: readonly VoteOption[]): Set<string> => new Set(options.map((o) => o.id));

export const isNonNegativeInteger = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Checks a list of option ids: known, no duplicates (RANK-2, POLL-3). */
export function checkOptionList(
  ids: readonly unknown[],
  known: ReadonlySet<string>,
  rules: { unknown: VoteRule; duplicate: VoteRule },
): BallotValidation {
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string' || !known.has(id))
      return invalid(rules.unknown, `Unknown option: ${String(id)}.`);
    if (seen.has(id)) return invalid(rules.duplicate, `Option ${id} appears twice.`);
    seen.add(id);
  }
  return VALID;
}
