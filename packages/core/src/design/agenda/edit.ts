/**
 * Pure editing operations of the run-of-show builder. Each returns a new workshop and leaves
 * its input untouched. They keep the model's invariant: along `sequences`, days never go back
 * (EDIT-1 in SPEC.md), so a sequence moved across a day boundary changes day.
 */
import { DesignError } from '../errors.ts';
import { DESIGN_LIMITS } from '../limits.ts';
import { sequencesFromMethod } from '../methods/library.ts';
import type { IdFactory, Locale, Method, Sequence, Workshop } from '../types.ts';

function indexOf(workshop: Workshop, id: string): number {
  const i = workshop.sequences.findIndex((s) => s.id === id);
  if (i < 0) throw new DesignError('sequenceId', `no sequence "${id}" in this workshop`, 'NOT_FOUND');
  return i;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** The day a sequence placed at `index` of `list` may have, closest to `wanted`. */
function dayAt(list: readonly Sequence[], index: number, wanted: number, lastDay: number): number {
  const before = list[index - 1]?.day ?? 0;
  const after = list[index]?.day ?? lastDay;
  return clamp(wanted, before, Math.max(before, after));
}

function checkMinutes(minutes: number): void {
  const { sequenceMinutesMin: min, sequenceMinutesMax: max } = DESIGN_LIMITS;
  if (!Number.isInteger(minutes) || minutes < min || minutes > max) {
    throw new DesignError(
      'durationMinutes',
      `durationMinutes must be a whole number from ${min} to ${max} minutes`,
    );
  }
}

/**
 * Moves a sequence so it ends at `toIndex` of the resulting list. It keeps its day when the
 * neighbours allow it, otherwise takes the nearest day they allow.
 */
export function moveSequence(workshop: Workshop, id: string, toIndex: number): Workshop {
  const from = indexOf(workshop, id);
  const rest = workshop.sequences.filter((_, i) => i !== from);
  const to = clamp(Math.trunc(toIndex), 0, rest.length);
  const moving = workshop.sequences[from]!;
  const day = dayAt(rest, to, moving.day, workshop.days.length - 1);
  const sequences = [...rest.slice(0, to), { ...moving, day }, ...rest.slice(to)];
  return { ...workshop, sequences };
}

/** One step earlier: swaps with the previous sequence of its day, or becomes the last of the previous day. */
export function moveUp(workshop: Workshop, id: string): Workshop {
  const i = indexOf(workshop, id);
  const s = workshop.sequences[i]!;
  const prev = workshop.sequences[i - 1];
  if (prev && prev.day === s.day) return moveSequence(workshop, id, i - 1);
  if (s.day === 0) return workshop;
  return setDay(workshop, i, s.day - 1);
}

/** One step later: swaps with the next sequence of its day, or becomes the first of the next day. */
export function moveDown(workshop: Workshop, id: string): Workshop {
  const i = indexOf(workshop, id);
  const s = workshop.sequences[i]!;
  const next = workshop.sequences[i + 1];
  if (next && next.day === s.day) return moveSequence(workshop, id, i + 1);
  if (s.day >= workshop.days.length - 1) return workshop;
  return setDay(workshop, i, s.day + 1);
}

function setDay(workshop: Workshop, index: number, day: number): Workshop {
  const sequences = workshop.sequences.map((s, i) => (i === index ? { ...s, day } : s));
  return { ...workshop, sequences };
}

/** A copy right after the original, same block (e.g. one more World Café round). */
export function duplicateSequence(workshop: Workshop, id: string, newId: string): Workshop {
  const i = indexOf(workshop, id);
  if (workshop.sequences.some((s) => s.id === newId))
    throw new DesignError('id', `id "${newId}" is already used`);
  const original = workshop.sequences[i]!;
  const copy: Sequence = copySequence(original, newId);
  const sequences = [...workshop.sequences.slice(0, i + 1), copy, ...workshop.sequences.slice(i + 1)];
  return { ...workshop, sequences };
}

function copySequence(s: Sequence, id: string): Sequence {
  return {
    ...s,
    id,
    group: { ...s.group },
    questions: [...s.questions],
    roles: s.roles.map((r) => ({ ...r })),
    materials: [...s.materials],
    outputs: s.outputs.map((o) => ({ ...o })),
  };
}

export function updateDuration(workshop: Workshop, id: string, minutes: number): Workshop {
  checkMinutes(minutes);
  return updateSequence(workshop, id, { durationMinutes: minutes });
}

export type SequencePatch = Partial<Omit<Sequence, 'id' | 'blockId' | 'methodId' | 'stepKey' | 'day'>>;

/** Edits texts, group, questions… Day and position change only through the move operations. */
export function updateSequence(workshop: Workshop, id: string, patch: SequencePatch): Workshop {
  const i = indexOf(workshop, id);
  if (patch.durationMinutes !== undefined) checkMinutes(patch.durationMinutes);
  const sequences = workshop.sequences.map((s, k) => (k === i ? { ...s, ...patch } : s));
  return { ...workshop, sequences };
}

export function removeSequence(workshop: Workshop, id: string): Workshop {
  const i = indexOf(workshop, id);
  return { ...workshop, sequences: workshop.sequences.filter((_, k) => k !== i) };
}

export interface InsertOptions {
  locale: Locale;
  idFactory: IdFactory;
  /** Day to insert into (default: the last day). */
  day?: number;
  /** Absolute index in `sequences` (default: the end of the day). Clamped to the day's span. */
  index?: number;
}

/** Expands a method into a block of sequences (one per step) and inserts it. */
export function insertFromMethod(workshop: Workshop, method: Method, options: InsertOptions): Workshop {
  const lastDay = workshop.days.length - 1;
  const day = options.day ?? lastDay;
  if (!Number.isInteger(day) || day < 0 || day > lastDay) {
    throw new DesignError('day', `day must be from 0 to ${lastDay}`);
  }
  const list = workshop.sequences;
  const firstOfDay = list.findIndex((s) => s.day >= day);
  const dayStart = firstOfDay < 0 ? list.length : firstOfDay;
  const nextDay = list.findIndex((s) => s.day > day);
  const dayEnd = nextDay < 0 ? list.length : nextDay;
  const at = clamp(Math.trunc(options.index ?? dayEnd), dayStart, dayEnd);
  const block = sequencesFromMethod(method, { locale: options.locale, idFactory: options.idFactory, day });
  return { ...workshop, sequences: [...list.slice(0, at), ...block, ...list.slice(at)] };
}
