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
  /** Scales and grids: the whole numbers allowed. */
  scaleMin: string;
  scaleMax: string;
  /** Scales: what the two ends mean (optional). */
  minLabel: string;
  maxLabel: string;
  /** Grids: what each axis measures. */
  axisX: string;
  axisY: string;
  /** Readings: the document chosen among those uploaded to the session. */
  document: { id: string; title: string; length: number } | null;
}

export type DraftField =
  | 'title'
  | 'options'
  | 'fields'
  | 'tokens'
  | 'cap'
  | 'grades'
  | 'maxChoices'
  | 'scale'
  | 'axisX'
  | 'axisY'
  | 'document';
export type DraftProblem =
  | 'required'
  | 'twoOptions'
  | 'number'
  | 'twoGrades'
  | 'oneField'
  | 'scaleRange'
  | 'oneItem'
  | 'document';

/** A scale has at most 11 steps, between -10 and 10 (core's `activityConfigSchema`). */
export const SCALE_BOUND = 10;
export const SCALE_MAX_STEPS = 11;
/** The end labels of a scale: a few words each. */
export const SCALE_LABEL_MAX = 60;

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
  scale?: { min: number; max: number; minLabel: string; maxLabel: string };
  axes?: { x: string; y: string };
  document?: { id: string; title: string; length: number };
}

/** The bounds of a scale or grid, or null when they are not whole numbers going up within ±10 and 11 steps. */
export function scaleBounds(minRaw: string, maxRaw: string): { min: number; max: number } | null {
  const min = Number(minRaw.trim());
  const max = Number(maxRaw.trim());
  if (!minRaw.trim() || !maxRaw.trim() || !Number.isInteger(min) || !Number.isInteger(max)) return null;
  if (Math.abs(min) > SCALE_BOUND || Math.abs(max) > SCALE_BOUND) return null;
  if (min >= max || max - min + 1 > SCALE_MAX_STEPS) return null;
  return { min, max };
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
  const takesOptions = NEEDS_OPTIONS.has(draft.kind) || draft.kind === 'grid';
  const labels = takesOptions ? splitLines(draft.options) : [];
  if (NEEDS_OPTIONS.has(draft.kind) && labels.length < 2) problems.options = 'twoOptions';
  if (draft.kind === 'grid' && labels.length < 1) problems.options = 'oneItem';
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
  if (draft.kind === 'scale' || draft.kind === 'grid') {
    const bounds = scaleBounds(draft.scaleMin, draft.scaleMax);
    if (!bounds) problems.scale = 'scaleRange';
    else
      activity.scale = {
        ...bounds,
        // The end labels name a scale's ends; a grid's axes are named by `axes`.
        minLabel: draft.kind === 'scale' ? draft.minLabel.trim().slice(0, SCALE_LABEL_MAX) : '',
        maxLabel: draft.kind === 'scale' ? draft.maxLabel.trim().slice(0, SCALE_LABEL_MAX) : '',
      };
  }
  if (draft.kind === 'grid') {
    const x = draft.axisX.trim();
    const y = draft.axisY.trim();
    if (!x) problems.axisX = 'required';
    if (!y) problems.axisY = 'required';
    if (x && y) activity.axes = { x, y };
  }
  if (draft.kind === 'reading') {
    if (!draft.document) problems.document = 'document';
    else activity.document = { ...draft.document };
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
  if (TEXT_ON_WALL.has(activity.kind)) return !activity.private || activity.revealed;
  return false;
}

/** Kinds whose contributions the wall shows as they come once public or revealed (not votes). */
export const TEXT_ON_WALL: ReadonlySet<LiveActivityKind> = new Set([
  'contributions',
  'qa',
  'form',
  'words',
  'reading',
]);

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

// ——— Scales and grids ———

export function scaleBallot(value: number): Ballot['scale'] {
  return { value };
}

/** The whole numbers of a scale, low to high (1–5 unless configured). */
export function scaleValues(activity: Pick<ActivityState, 'scale'>): number[] {
  const min = activity.scale?.min ?? 1;
  const max = activity.scale?.max ?? 5;
  const values: number[] = [];
  for (let v = min; v <= max; v += 1) values.push(v);
  return values;
}

export type GridPick = { x?: number; y?: number };

/**
 * A grid ballot from the picks: items placed on both axes are scored, untouched items are left
 * out (not scored by this person); an item with only one axis chosen is a problem to show.
 */
export function gridBallot(
  itemIds: readonly string[],
  picks: Readonly<Record<string, GridPick>>,
): { ok: true; ballot: Ballot['grid'] } | { ok: false; incomplete: string[] } {
  const scores: Record<string, { x: number; y: number }> = {};
  const incomplete: string[] = [];
  for (const id of itemIds) {
    const pick = picks[id];
    if (!pick || (pick.x === undefined && pick.y === undefined)) continue;
    if (pick.x === undefined || pick.y === undefined) incomplete.push(id);
    else scores[id] = { x: pick.x, y: pick.y };
  }
  if (incomplete.length > 0 || Object.keys(scores).length === 0) return { ok: false, incomplete };
  return { ok: true, ballot: { scores } };
}

/** A word-cloud answer: a few words (at most `max` characters), trimmed. */
export function checkWords(
  text: string,
  max: number,
): { ok: true; text: string } | { ok: false; reason: 'required' | 'tooLong' } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'required' };
  if (trimmed.length > max) return { ok: false, reason: 'tooLong' };
  return { ok: true, text: trimmed };
}
