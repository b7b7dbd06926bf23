/**
 * Pure logic of the run-of-show builder (no DOM, no React): finding and replacing a workshop
 * inside its mission, grouping sequences by day with their computed times, moves with the
 * announcement they produce, list fields typed one per line, and server issue paths mapped
 * back to the sequence, day or field they name.
 */
import {
  addDays,
  computeSchedule,
  DESIGN_LIMITS,
  type GroupForm,
  type GroupKind,
  isClock,
  isIsoDate,
  type Method,
  type Mission,
  type MissionStep,
  moveDown,
  moveSequence,
  moveUp,
  parseClock,
  type RunWarning,
  type Sequence,
  type SequenceOutput,
  type SequenceRole,
  type Workshop,
  type WorkshopDay,
} from '@cercle/core';

// ——— Workshop inside its mission ———

export interface FoundWorkshop {
  stepIndex: number;
  step: MissionStep;
  workshop: Workshop;
}

export function findWorkshop(mission: Mission, workshopId: string): FoundWorkshop | null {
  const stepIndex = mission.steps.findIndex((s) => s.workshop?.id === workshopId);
  const step = mission.steps[stepIndex];
  if (!step?.workshop) return null;
  return { stepIndex, step, workshop: step.workshop };
}

/**
 * Applies `edit` to one workshop of the mission. The step's dates follow the workshop's first
 * and last days (the schema requires it), and the mission's dates widen to hold the step.
 */
export function replaceWorkshop(
  mission: Mission,
  workshopId: string,
  edit: (workshop: Workshop) => Workshop,
): Mission {
  const found = findWorkshop(mission, workshopId);
  if (!found) return mission;
  const workshop = edit(found.workshop);
  if (workshop === found.workshop) return mission;
  const first = workshop.days[0]?.date ?? found.step.startsOn;
  const last = workshop.days[workshop.days.length - 1]?.date ?? found.step.endsOn;
  const step: MissionStep = { ...found.step, startsOn: first, endsOn: last, workshop };
  const steps = mission.steps.map((s, i) => (i === found.stepIndex ? step : s));
  return {
    ...mission,
    startsOn: [first, mission.startsOn].sort()[0]!,
    endsOn: [last, mission.endsOn].sort()[1]!,
    steps,
  };
}

// ——— Display: days, times, warnings ———

export interface ScheduledItem {
  sequence: Sequence;
  /** Position in the whole run of show (0-based). */
  index: number;
  start: string;
  end: string;
  warnings: RunWarning[];
}

export interface DayGroup {
  day: number;
  date: string;
  start: string;
  plannedEnd: string;
  computedEnd: string;
  totalMinutes: number;
  overrunMinutes: number;
  items: ScheduledItem[];
  /** Warnings about the day that name no sequence. */
  warnings: RunWarning[];
}

/** The run of show grouped by day, each sequence with its computed start and end. */
export function groupByDay(workshop: Workshop, warnings: readonly RunWarning[] = []): DayGroup[] {
  const schedule = computeSchedule(workshop);
  const bySequence = new Map<string, RunWarning[]>();
  for (const w of warnings) {
    if (w.sequenceId === undefined) continue;
    bySequence.set(w.sequenceId, [...(bySequence.get(w.sequenceId) ?? []), w]);
  }
  return schedule.days.map((d) => ({
    day: d.day,
    date: d.date,
    start: d.start,
    plannedEnd: d.plannedEnd,
    computedEnd: d.computedEnd,
    totalMinutes: d.totalMinutes,
    overrunMinutes: d.overrunMinutes,
    warnings: warnings.filter((w) => w.sequenceId === undefined && w.day === d.day),
    items: workshop.sequences.flatMap((sequence, index): ScheduledItem[] => {
      if (sequence.day !== d.day) return [];
      const slot = schedule.sequences[index]!;
      return [
        { sequence, index, start: slot.start, end: slot.end, warnings: bySequence.get(sequence.id) ?? [] },
      ];
    }),
  }));
}

// ——— Moves ———

export type Move = { kind: 'up' } | { kind: 'down' } | { kind: 'to'; index: number };

/** What to tell screen-reader users after a move (translated by the page). */
export interface Announcement {
  key: 'builder.moved' | 'builder.movedDay' | 'builder.notMoved';
  params: Record<string, string | number>;
}

export interface MoveResult {
  workshop: Workshop;
  changed: boolean;
  announcement: Announcement;
}

export function canMoveUp(workshop: Workshop, id: string): boolean {
  const i = workshop.sequences.findIndex((s) => s.id === id);
  return i > 0 || (workshop.sequences[i]?.day ?? 0) > 0;
}

export function canMoveDown(workshop: Workshop, id: string): boolean {
  const i = workshop.sequences.findIndex((s) => s.id === id);
  if (i < 0) return false;
  return i < workshop.sequences.length - 1 || workshop.sequences[i]!.day < workshop.days.length - 1;
}

/** Applies a move with the operations of `@cercle/core` and says where the sequence went. */
export function applyMove(workshop: Workshop, id: string, move: Move): MoveResult {
  const before = workshop.sequences.find((s) => s.id === id);
  if (!before) {
    return { workshop, changed: false, announcement: { key: 'builder.notMoved', params: { title: '' } } };
  }
  const next =
    move.kind === 'up'
      ? moveUp(workshop, id)
      : move.kind === 'down'
        ? moveDown(workshop, id)
        : moveSequence(workshop, id, move.index);
  const index = next.sequences.findIndex((s) => s.id === id);
  const after = next.sequences[index]!;
  const changed = index !== workshop.sequences.indexOf(before) || after.day !== before.day;
  const params = {
    title: before.title,
    position: index + 1,
    total: next.sequences.length,
    day: after.day + 1,
  };
  if (!changed) return { workshop, changed, announcement: { key: 'builder.notMoved', params } };
  const key = after.day !== before.day ? 'builder.movedDay' : 'builder.moved';
  return { workshop: next, changed, announcement: { key, params } };
}

/** Where a block from the library can go: the start of each day, then after each sequence. */
export interface InsertionPoint {
  value: string;
  day: number;
  index: number;
  /** Title of the sequence it comes after; none for the start of a day. */
  after: string | null;
}

export function insertionPoints(workshop: Workshop): InsertionPoint[] {
  const points: InsertionPoint[] = [];
  workshop.days.forEach((_d, day) => {
    const first = workshop.sequences.findIndex((s) => s.day >= day);
    const start = first < 0 ? workshop.sequences.length : first;
    points.push({ value: `${day}:${start}`, day, index: start, after: null });
    workshop.sequences.forEach((s, i) => {
      if (s.day === day) points.push({ value: `${day}:${i + 1}`, day, index: i + 1, after: s.title });
    });
  });
  return points;
}

// ——— Fields typed one per line ———

export function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function formatLines(lines: readonly string[]): string {
  return lines.join('\n');
}

function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'item';
}

function uniqueKey(wanted: string, used: Set<string>): string {
  let key = wanted;
  for (let n = 2; used.has(key); n++) key = `${wanted}-${n}`;
  used.add(key);
  return key;
}

/** Roles as lines `Name: description`. */
export function formatRoles(roles: readonly SequenceRole[]): string {
  return roles.map((r) => (r.description ? `${r.name}: ${r.description}` : r.name)).join('\n');
}

/** Lines `Name: description` back to roles; a role keeps its key while its name stays the same. */
export function parseRoles(text: string, previous: readonly SequenceRole[]): SequenceRole[] {
  const used = new Set<string>();
  return parseLines(text).map((line) => {
    const colon = line.indexOf(':');
    const name = (colon < 0 ? line : line.slice(0, colon)).trim() || line;
    const description = colon < 0 ? '' : line.slice(colon + 1).trim();
    const old = previous.find((r) => r.name === name && !used.has(r.key));
    return { key: uniqueKey(old?.key ?? slug(name), used), name, description };
  });
}

export function formatOutputs(outputs: readonly SequenceOutput[]): string {
  return outputs.map((o) => o.label).join('\n');
}

export function parseOutputs(text: string, previous: readonly SequenceOutput[]): SequenceOutput[] {
  const used = new Set<string>();
  return parseLines(text).map((label) => {
    const old = previous.find((o) => o.label === label && !used.has(o.key));
    return { key: uniqueKey(old?.key ?? slug(label), used), label };
  });
}

/** Duration typed in the editor: a whole number of minutes within the model's limits. */
export function parseMinutes(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

export const GROUP_KINDS: readonly GroupKind[] = ['plenary', 'solo', 'pairs', 'groups', 'tables', 'free'];

/** The group form for a newly chosen kind; groups and tables keep a size. */
export function groupFormFor(kind: GroupKind, previous: GroupForm): GroupForm {
  if (kind === 'groups' || kind === 'tables') {
    const size = 'size' in previous ? previous.size : kind === 'groups' ? 4 : 6;
    return { kind, size };
  }
  return { kind };
}

// ——— Days ———

export function updateDay(workshop: Workshop, index: number, patch: Partial<WorkshopDay>): Workshop {
  const day = workshop.days[index];
  if (!day) return workshop;
  const next = { ...day, ...patch };
  if (!isIsoDate(next.date) || !isClock(next.start) || !isClock(next.end)) return workshop;
  return { ...workshop, days: workshop.days.map((d, i) => (i === index ? next : d)) };
}

/** A day after the last one, same hours. */
export function addDay(workshop: Workshop): Workshop {
  const last = workshop.days[workshop.days.length - 1];
  const day: WorkshopDay = last
    ? { date: addDays(last.date, 1), start: last.start, end: last.end }
    : { date: new Date().toISOString().slice(0, 10), start: '09:00', end: '17:00' };
  return { ...workshop, days: [...workshop.days, day] };
}

/** Only the last day, and only when nothing is planned on it. */
export function canRemoveLastDay(workshop: Workshop): boolean {
  const last = workshop.days.length - 1;
  return last > 0 && !workshop.sequences.some((s) => s.day === last);
}

export function removeLastDay(workshop: Workshop): Workshop {
  if (!canRemoveLastDay(workshop)) return workshop;
  return { ...workshop, days: workshop.days.slice(0, -1) };
}

/** True when the day's end comes after its start (the schema refuses the rest). */
export function isDayValid(day: WorkshopDay): boolean {
  return (
    isIsoDate(day.date) &&
    isClock(day.start) &&
    isClock(day.end) &&
    parseClock(day.end) > parseClock(day.start)
  );
}

// ——— Selection, duplication ———

/** The selected sequences when they follow one another, in order; null otherwise. */
export function consecutiveSelection(workshop: Workshop, selected: ReadonlySet<string>): Sequence[] | null {
  const indexes = workshop.sequences.flatMap((s, i) => (selected.has(s.id) ? [i] : []));
  if (indexes.length === 0) return null;
  const first = indexes[0]!;
  if (indexes.some((n, k) => n !== first + k)) return null;
  return indexes.map((i) => workshop.sequences[i]!);
}

export interface DuplicatedWorkshop {
  mission: Mission;
  stepId: string;
  workshopId: string;
}

/**
 * Copies a workshop step right after it, with new ids everywhere (step, workshop, sequences,
 * blocks: sequences of one block stay one block).
 */
export function duplicateWorkshop(
  mission: Mission,
  workshopId: string,
  newId: () => string,
  title: (original: string) => string,
): DuplicatedWorkshop | null {
  const found = findWorkshop(mission, workshopId);
  if (!found) return null;
  const blocks = new Map<string, string>();
  const blockOf = (id: string) => {
    const known = blocks.get(id);
    if (known) return known;
    const fresh = newId();
    blocks.set(id, fresh);
    return fresh;
  };
  const w = found.workshop;
  const workshop: Workshop = {
    ...w,
    id: newId(),
    title: title(w.title),
    days: w.days.map((d) => ({ ...d })),
    facilitators: [...w.facilitators],
    sequences: w.sequences.map((s) => ({
      ...s,
      id: newId(),
      blockId: blockOf(s.blockId),
      group: { ...s.group },
      questions: [...s.questions],
      roles: s.roles.map((r) => ({ ...r })),
      materials: [...s.materials],
      outputs: s.outputs.map((o) => ({ ...o })),
    })),
  };
  const step: MissionStep = { ...found.step, id: newId(), title: title(found.step.title), workshop };
  const steps = [...mission.steps];
  steps.splice(found.stepIndex + 1, 0, step);
  return { mission: { ...mission, steps }, stepId: step.id, workshopId: workshop.id };
}

// ——— Server validation issues ———

export interface MappedIssues {
  /** sequence id → field (first segment, e.g. `durationMinutes`, `questions`) → message. */
  sequences: Record<string, Record<string, string>>;
  /** day index → field (`date`, `start`, `end`) → message. */
  days: Record<number, Record<string, string>>;
  /** Fields of the workshop or of its step (`title`, `startsOn`…). */
  workshop: Record<string, string>;
  /** Everything else, as `path: message`. */
  other: string[];
}

const isIndex = (part: string | undefined): part is string => part !== undefined && /^\d+$/.test(part);

/**
 * Maps issues like `steps.2.workshop.sequences.3.durationMinutes` (optionally prefixed with
 * `mission.`) to the sequence they name in the document that was sent.
 */
export function mapIssues(
  mission: Mission,
  workshopId: string,
  issues: readonly { path: string; message: string }[],
): MappedIssues {
  const out: MappedIssues = { sequences: {}, days: {}, workshop: {}, other: [] };
  for (const issue of issues) {
    const parts = issue.path
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .filter(Boolean);
    if (parts[0] === 'mission') parts.shift();
    const step = parts[0] === 'steps' && isIndex(parts[1]) ? mission.steps[Number(parts[1])] : undefined;
    if (!step || step.workshop?.id !== workshopId) {
      out.other.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
      continue;
    }
    const rest = parts.slice(2);
    if (rest[0] === 'workshop') {
      const [, list, index, field = ''] = rest;
      if (list === 'sequences' && isIndex(index)) {
        const seq = step.workshop.sequences[Number(index)];
        if (seq) {
          out.sequences[seq.id] = { ...out.sequences[seq.id], [field]: issue.message };
          continue;
        }
      }
      if (list === 'days' && isIndex(index)) {
        const day = Number(index);
        out.days[day] = { ...out.days[day], [field]: issue.message };
        continue;
      }
      out.workshop[list ?? ''] = issue.message;
      continue;
    }
    out.workshop[rest[0] ?? ''] = issue.message;
  }
  return out;
}

export function hasIssues(mapped: MappedIssues): boolean {
  return (
    Object.keys(mapped.sequences).length > 0 ||
    Object.keys(mapped.days).length > 0 ||
    Object.keys(mapped.workshop).length > 0 ||
    mapped.other.length > 0
  );
}

export { formatDay } from './dates.ts';

// ——— Methods from the server ———

function localized(value: unknown): { fr: string; en: string } {
  if (typeof value === 'string') return { fr: value, en: value };
  const v = (value && typeof value === 'object' ? value : {}) as { fr?: unknown; en?: unknown };
  const fr = typeof v.fr === 'string' ? v.fr : typeof v.en === 'string' ? v.en : '';
  const en = typeof v.en === 'string' ? v.en : fr;
  return { fr, en };
}

/**
 * Methods as the organisation route answers them, made safe for the library search: an
 * organisation method may carry its name in one language only; duplicates keep the first.
 */
export function normalizeMethods(methods: readonly Method[]): Method[] {
  const seen = new Set<string>();
  const out: Method[] = [];
  for (const m of methods) {
    if (!m || typeof m.id !== 'string' || seen.has(m.id)) continue;
    seen.add(m.id);
    out.push({
      ...m,
      name: localized(m.name),
      summary: localized(m.summary),
      purposes: Array.isArray(m.purposes) ? m.purposes : [],
      participants: m.participants ?? { min: 1, max: DESIGN_LIMITS.participantsMax },
      durationMinutes: m.durationMinutes ?? { min: 0, max: 0 },
      steps: Array.isArray(m.steps) ? m.steps : [],
    });
  }
  return out;
}
