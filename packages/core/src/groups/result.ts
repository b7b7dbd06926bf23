/**
 * Refusals for grouping and rotations: a stable code the UI translates, the rule ID that was
 * broken and an English message saying why. Bad input never throws.
 */
export type GroupingErrorCode =
  /** The input is malformed (unknown ids, duplicates, non-integers…). */
  | 'VALIDATION_FAILED'
  /** Well-formed but impossible: more tables than people, tables of one, too many rounds. */
  | 'GROUPS_INFEASIBLE'
  /** Constraints that contradict each other (together and apart, pinned apart…). */
  | 'CONSTRAINTS_CONTRADICTORY';

export interface GroupingFailure {
  ok: false;
  code: GroupingErrorCode;
  rule: string;
  message: string;
}

export function refuse(code: GroupingErrorCode, rule: string, message: string): GroupingFailure {
  return { ok: false, code, rule, message };
}

/** Limits that keep a plan computable in a browser or a request handler. */
export const GROUPING_LIMITS = {
  maxPeople: 1_000,
  maxRounds: 50,
  /** Ids end up in ledger keys `a|b`. */
  maxIdLength: 200,
} as const;
