/**
 * Pure logic of live activities on the client: which activity is current, the
 * facilitator's "open an activity" form turned into a configuration, dot
 * budgets, ranking moves and the ballots each kind sends (docs/API.md,
 * "Live activities"). No DOM, no React: tested in Node.
 */
import type { ActivityState, Ballot, LiveActivityKind, RoomState } from '@cercle/core';
import { LIVE_ACTIVITY_KINDS } from '@cercle/core';

/** The latest opened activity that is not closed (what phones and the wall show). */
export function currentActivity(state: Pick<RoomState, 'activities'>): ActivityState | null {
  let best: ActivityState | null = null;
  for (const a of state.activities) {
    if (a.status === 'closed') continue;
    if (!best || a.openedSeq > best.openedSeq) best = a;
  }
  return best;
}

/** Non-empty trimmed lines, duplicates removed (case-insensitive), at most `max`. */
export function splitLines(text: string, max = 50): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const key = line.toLocaleLowerCase();
    if (!line || seen.has(key)) continue;
    seen.add(key);
    lines.push(line);
    if (lines.length >= max) break;
  }
  return lines;
}

export const NEEDS_OPTIONS: ReadonlySet<LiveActivityKind> = new Set(['poll', 'dots', 'ranking', 'judgment']);

export interface ActivityDraft {
  kind: LiveActivityKind;
  title: string;
  prompt: string;
  /** One per line. */
  options: string;
  /** One per line (sticky notes only). */
  columns: string;
  /** One field label per line (forms only); keys are derived: f1, f2… */
  fields: string;
  tokens: string;
  cap: string;
  maxChoices: string;
  /** One per line, best first. */
  grades: string;
  anonymous: boolean;
  private: boolean;
}

export type DraftField = 'title' | 'options' | 'fields' | 'tokens' | 'cap' | 'grades' | 'maxChoices';
export type DraftProblem = 'required' | 'twoOptions' | 'number' | 'twoGrades' | 'oneField';

/** The most fields a form may have (core's `activityConfigSchema`). */
export const MAX_FORM_FIELDS = 20;

/** A form's fields from its labels, one per line; keys are positional (`f1`, `f2`…). */
export function formFields(text: string): { key: string; label: string }[] {
  return splitLines(text, MAX_FORM_FIELDS).map((label, i) => ({ key: `f${i + 1}`, label }));
}

/** The `activity` of an `activity.open` action (validated again by the server). */
export interface ActivityInput {
  id: string;
  kind: LiveActivityKind;
  title: string;
  prompt: string;
  sequenceId: string | null;
  options: { id: string; label: string }[];
  columns: string[];
  fields: { key: string; label: string }[];
  anonymous: boolean;
  private: boolean;
  tokens?: number;
  capPerOption?: number;
  maxChoices?: number;
  minChoices?: number;
  grades?: string[];
}

function positiveInt(raw: string, max: number): number | null {
  const n = Number(raw.trim());
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null;
}

export function draftToActivity(
  draft: ActivityDraft,
  id: string,
  sequenceId: string | null,
):
  | { ok: true; activity: ActivityInput }
  | { ok: false; problems: Partial<Record<DraftField, DraftProblem>> } {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  const title = draft.title.trim();
  if (!title) problems.title = 'required';
  const labels = NEEDS_OPTIONS.has(draft.kind) ? splitLines(draft.options) : [];
  if (NEEDS_OPTIONS.has(draft.kind) && labels.length < 2) problems.options = 'twoOptions';
  const activity: ActivityInput = {
    id,
    kind: draft.kind,
    title,
    prompt: draft.prompt.trim(),
    sequenceId,
    options: labels.map((label, i) => ({ id: `o${i + 1}`, label })),
    columns: draft.kind === 'contributions' ? splitLines(draft.columns, 12) : [],
    fields: draft.kind === 'form' ? formFields(draft.fields) : [],
    anonymous: draft.anonymous,
    private: draft.private,
  };
  if (draft.kind === 'form' && activity.fields.length === 0) problems.fields = 'oneField';
  if (draft.kind === 'dots') {
    const tokens = positiveInt(draft.tokens, 100);
    if (tokens === null) problems.tokens = 'number';
    else activity.tokens = tokens;
    if (draft.cap.trim()) {
      const cap = positiveInt(draft.cap, 100);
      if (cap === null) problems.cap = 'number';
      else activity.capPerOption = cap;
    }
  }
  if (draft.kind === 'poll') {
    const max = positiveInt(draft.maxChoices || '1', 50);
    if (max === null) problems.maxChoices = 'number';
    else if (max > 1) {
      activity.maxChoices = Math.min(max, Math.max(labels.length, 1));
      activity.minChoices = 1;
    }
  }
  if (draft.kind === 'judgment') {
    const grades = splitLines(draft.grades, 10);
    if (grades.length < 2) problems.grades = 'twoGrades';
    else activity.grades = grades;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, activity };
}

// ——— Dot voting ———

export interface DotRules {
  tokens: number;
  cap: number;
}

export function dotRules(activity: Pick<ActivityState, 'tokens' | 'capPerOption'>): DotRules {
  const tokens = activity.tokens ?? 0;
  return { tokens, cap: Math.min(activity.capPerOption ?? tokens, tokens) };
}

export const dotsSpent = (dots: Readonly<Record<string, number>>): number =>
  Object.values(dots).reduce((sum, n) => sum + n, 0);

export const dotsLeft = (rules: DotRules, dots: Readonly<Record<string, number>>): number =>
  rules.tokens - dotsSpent(dots);

export const canAddDot = (rules: DotRules, dots: Readonly<Record<string, number>>, id: string): boolean =>
  dotsLeft(rules, dots) > 0 && (dots[id] ?? 0) < rules.cap;

export function addDot(rules: DotRules, dots: Readonly<Record<string, number>>, id: string) {
  return canAddDot(rules, dots, id) ? { ...dots, [id]: (dots[id] ?? 0) + 1 } : { ...dots };
}

export function removeDot(dots: Readonly<Record<string, number>>, id: string): Record<string, number> {
  const next = { ...dots };
  const n = next[id] ?? 0;
  if (n <= 1) delete next[id];
  else next[id] = n - 1;
  return next;
}

// ——— Ranking ———

/** The option order to start from: the last ballot's order completed with the options it left out. */
export function initialOrder(optionIds: readonly string[], previous?: readonly string[]): string[] {
  const known = new Set(optionIds);
  const kept = (previous ?? []).filter((id, i, all) => known.has(id) && all.indexOf(id) === i);
  return [...kept, ...optionIds.filter((id) => !kept.includes(id))];
}

export function moveInOrder(order: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

// ——— Ballots ———

export function pollBallot(choices: readonly string[]): Ballot['poll'] {
  return { choices: [...choices] };
}

/** A single-choice poll replaces the choice; a multiple one toggles it (up to `max`). */
export function togglePollChoice(choices: readonly string[], id: string, max: number): string[] {
  if (max <= 1) return [id];
  if (choices.includes(id)) return choices.filter((c) => c !== id);
  return choices.length >= max ? [...choices] : [...choices, id];
}

export function dotsBallot(dots: Readonly<Record<string, number>>): Ballot['dots'] {
  const clean: Record<string, number> = {};
  for (const [id, n] of Object.entries(dots)) if (n > 0) clean[id] = n;
  return { dots: clean };
}

export function rankingBallot(order: readonly string[]): Ballot['ranking'] {
  return { order: [...order] };
}

/** Every option must be graded (an option left out would get the worst grade). */
export function judgmentBallot(
  optionIds: readonly string[],
  grades: Readonly<Record<string, number>>,
): { ok: true; ballot: Ballot['judgment'] } | { ok: false; missing: string[] } {
  const missing = optionIds.filter((id) => grades[id] === undefined);
  if (missing.length > 0) return { ok: false, missing };
  const picked: Record<string, number> = {};
  for (const id of optionIds) picked[id] = grades[id] as number;
  return { ok: true, ballot: { grades: picked } };
}

export type ConsentAnswer = Ballot['consent']['answer'];

export function consentBallot(
  answer: ConsentAnswer | null,
  reason: string,
): { ok: true; ballot: Ballot['consent'] } | { ok: false; problem: 'answer' | 'reason' } {
  if (!answer) return { ok: false, problem: 'answer' };
  const text = reason.trim();
  if (answer === 'objection' && !text) return { ok: false, problem: 'reason' };
  return { ok: true, ballot: text ? { answer, reason: text } : { answer } };
}

export function toggleUpvote(upvotes: readonly string[], questionId: string): Ballot['qa'] {
  return {
    upvotes: upvotes.includes(questionId)
      ? upvotes.filter((id) => id !== questionId)
      : [...upvotes, questionId],
  };
}

/** Bar width in percent of the largest value (0 when nothing was given). */
export function barPercent(value: number, max: number): number {
  return max > 0 ? Math.round((value / max) * 1000) / 10 : 0;
}

/**
 * What the wall (a screen the room sees) may show of an activity: sticky notes and
 * questions once public or revealed, vote results once the facilitator shows them.
 */
export function wallShowsDetail(
  activity: Pick<ActivityState, 'kind' | 'private' | 'revealed' | 'resultsShown'>,
) {
  if (activity.resultsShown) return true;
  if (activity.kind === 'contributions' || activity.kind === 'qa' || activity.kind === 'form')
    return !activity.private || activity.revealed;
  return false;
}

/**
 * A form's answer as a `contribution.post`: the values trimmed, keyed by field, and the text
 * (the one-line summary lists and moderation show) is the first non-empty value.
 */
export function formAnswer(
  fields: readonly { key: string }[],
  values: Readonly<Record<string, string>>,
): { ok: true; text: string; fields: Record<string, string> } | { ok: false } {
  const picked: Record<string, string> = {};
  for (const f of fields) picked[f.key] = (values[f.key] ?? '').trim();
  const text = Object.values(picked).find((v) => v.length > 0);
  return text ? { ok: true, text, fields: picked } : { ok: false };
}

/** The number of people whose ballot is in (the wall shows it before the results). */
export const ballotCount = (state: Pick<RoomState, 'ballots'>, activityId: string): number =>
  Object.keys(state.ballots[activityId] ?? {}).length;

/** The kinds, in the order of the "open an activity" form (core's list is zod-free). */
export const ACTIVITY_KINDS: readonly LiveActivityKind[] = LIVE_ACTIVITY_KINDS;
