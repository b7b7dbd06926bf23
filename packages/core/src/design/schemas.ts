/**
 * zod schemas of the persisted design model. Every message names its field, so a 400 says
 * "durationMinutes must be at least 1 minute", not "Too small".
 * Method ids are checked against a caller-supplied predicate: the built-in library plus the
 * organisation's own methods on the server.
 */
import { z } from 'zod';
import { DESIGN_LIMITS as L } from './limits.ts';
import { isClock, isIsoDate, parseClock } from './time.ts';
import type { Mission, MissionStep, Sequence, Workshop } from './types.ts';

/** Tabs and line breaks are text; other C0 control characters are not. */
function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}

/** A text field: `required` ones must not be blank. */
function text(field: string, max: number, required = false) {
  const base = z.string({ error: `${field} must be a text` });
  const sized = (required ? base.trim().min(1, { error: `${field} must not be empty` }) : base).max(max, {
    error: `${field} must be at most ${max} characters`,
  });
  return sized.refine((s) => s.length > max || !hasControlCharacters(s), {
    error: `${field} must not contain control characters`,
  });
}

function id(field: string) {
  return z
    .string({ error: `${field} must be a text` })
    .min(1, { error: `${field} must not be empty` })
    .max(L.idMax, { error: `${field} must be at most ${L.idMax} characters` })
    .regex(/^[A-Za-z0-9_-]+$/, { error: `${field} may only hold letters, digits, - and _` });
}

function integer(field: string, min: number, max: number, unit = '') {
  const u = unit ? ` ${unit}` : '';
  return z
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number${u}` })
    .min(min, { error: `${field} must be at least ${min}${u}` })
    .max(max, { error: `${field} must be at most ${max}${u}` });
}

function list<T extends z.ZodType>(field: string, item: T, max: number) {
  return z
    .array(item, { error: `${field} must be a list` })
    .max(max, { error: `${field} must hold at most ${max} items` });
}

export function isoDateSchema(field: string) {
  return z
    .string({ error: `${field} must be a date` })
    .refine(isIsoDate, { error: `${field} must be a valid date written YYYY-MM-DD` });
}

function clock(field: string) {
  return z
    .string({ error: `${field} must be a time` })
    .refine(isClock, { error: `${field} must be a time HH:MM` });
}

const groupSize = integer('group.size', L.groupSizeMin, L.groupSizeMax, 'people');

export const groupFormSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('solo') }),
    z.strictObject({ kind: z.literal('pairs') }),
    z.strictObject({ kind: z.literal('groups'), size: groupSize }),
    z.strictObject({ kind: z.literal('tables'), size: groupSize }),
    z.strictObject({ kind: z.literal('plenary') }),
    z.strictObject({ kind: z.literal('free') }),
  ],
  { error: 'group.kind must be one of solo, pairs, groups, tables, plenary, free' },
);

export const activityKindSchema = z.enum(
  [
    'none',
    'write',
    'vote',
    'read',
    'interview',
    'discuss',
    'move',
    'canvas',
    'report',
    'consent',
    'poll',
    'qa',
  ],
  { error: 'activity is not a known activity' },
);

export const localeSchema = z.enum(['fr', 'en'], { error: 'locale must be fr or en' });

export const durationMinutesSchema = integer(
  'durationMinutes',
  L.sequenceMinutesMin,
  L.sequenceMinutesMax,
  'minutes',
);

export const workshopDaySchema = z
  .strictObject({ date: isoDateSchema('date'), start: clock('start'), end: clock('end') })
  .superRefine((day, ctx) => {
    if (isClock(day.start) && isClock(day.end) && parseClock(day.end) <= parseClock(day.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end (${day.end}) must be after start (${day.start})`,
      });
    }
  });

export interface DesignSchemaOptions {
  /** True for the ids a sequence may refer to (built-in library and organisation methods). */
  isKnownMethod: (methodId: string) => boolean;
}

export function createDesignSchemas({ isKnownMethod }: DesignSchemaOptions) {
  const sequence = z.strictObject({
    id: id('id'),
    blockId: id('blockId'),
    methodId: z
      .string({ error: 'methodId must be a text' })
      .max(L.idMax, { error: `methodId must be at most ${L.idMax} characters` })
      .refine((m) => isKnownMethod(m), {
        error: (iss) => `methodId "${String(iss.input)}" is not a known method`,
      }),
    stepKey: z.string({ error: 'stepKey must be a text' }).max(L.idMax).optional(),
    day: integer('day', 0, L.daysMax - 1),
    title: text('title', L.titleMax, true),
    durationMinutes: durationMinutesSchema,
    group: groupFormSchema,
    activity: activityKindSchema,
    instructions: text('instructions', L.longTextMax),
    facilitatorNotes: text('facilitatorNotes', L.longTextMax),
    questions: list('questions', text('questions', L.questionMax), L.questionsMax),
    roles: list(
      'roles',
      z.strictObject({
        key: id('roles.key'),
        name: text('roles.name', L.titleMax, true),
        description: text('roles.description', L.shortTextMax),
      }),
      L.listItemsMax,
    ),
    materials: list('materials', text('materials', L.shortTextMax), L.listItemsMax),
    outputs: list(
      'outputs',
      z.strictObject({ key: id('outputs.key'), label: text('outputs.label', L.titleMax, true) }),
      L.listItemsMax,
    ),
    graphicRecording: z.boolean({ error: 'graphicRecording must be true or false' }),
  });

  const workshop = z
    .strictObject({
      id: id('id'),
      title: text('title', L.titleMax, true),
      locale: localeSchema,
      objective: text('objective', L.longTextMax),
      days: list('days', workshopDaySchema, L.daysMax).min(1, { error: 'days must hold at least one day' }),
      place: text('place', L.shortTextMax),
      remote: z.boolean({ error: 'remote must be true or false' }),
      expectedParticipants: integer('expectedParticipants', 1, L.participantsMax, 'people'),
      facilitators: list('facilitators', text('facilitators', L.titleMax, true), L.listItemsMax),
      sequences: list('sequences', sequence, L.sequencesMax),
    })
    .superRefine((w, ctx) => {
      for (let i = 1; i < w.days.length; i++) {
        const prev = w.days[i - 1]!.date;
        const cur = w.days[i]!.date;
        if (isIsoDate(prev) && isIsoDate(cur) && cur <= prev) {
          ctx.addIssue({
            code: 'custom',
            path: ['days', i, 'date'],
            message: `days[${i}].date must come after ${prev}`,
          });
        }
      }
      const seen = new Set<string>();
      let lastDay = 0;
      w.sequences.forEach((s, i) => {
        if (seen.has(s.id))
          ctx.addIssue({
            code: 'custom',
            path: ['sequences', i, 'id'],
            message: `id "${s.id}" is used twice`,
          });
        seen.add(s.id);
        if (s.day >= w.days.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['sequences', i, 'day'],
            message: `day ${s.day} does not exist (${w.days.length} days)`,
          });
        }
        if (s.day < lastDay) {
          ctx.addIssue({
            code: 'custom',
            path: ['sequences', i, 'day'],
            message: 'day must not go back: sequences are ordered by day',
          });
        }
        lastDay = Math.max(lastDay, s.day);
      });
    });

  const missionStep = z
    .strictObject({
      id: id('id'),
      kind: z.enum(['interviews', 'workshop', 'consultation', 'deliverable'], {
        error: 'kind must be interviews, workshop, consultation or deliverable',
      }),
      title: text('title', L.titleMax, true),
      description: text('description', L.longTextMax),
      startsOn: isoDateSchema('startsOn'),
      endsOn: isoDateSchema('endsOn'),
      status: z.enum(['planned', 'in_progress', 'done', 'cancelled'], {
        error: 'status must be planned, in_progress, done or cancelled',
      }),
      expectedParticipants: integer('expectedParticipants', 1, L.participantsMax, 'people').nullable(),
      workshop: workshop.optional(),
      consultation: z
        .strictObject({
          audience: z.enum(['open', 'invitation', 'verified'], {
            error: 'audience must be open, invitation or verified',
          }),
          formats: list(
            'formats',
            z.enum(['questionnaire', 'proposals', 'opinion-map', 'draft-comments'], {
              error: 'formats holds an unknown format',
            }),
            4,
          ).min(1, { error: 'formats must hold at least one format' }),
        })
        .optional(),
    })
    .superRefine((s, ctx) => {
      if (s.endsOn < s.startsOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['endsOn'],
          message: `endsOn (${s.endsOn}) must not be before startsOn (${s.startsOn})`,
        });
      }
      if ((s.kind === 'workshop') !== (s.workshop !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workshop'],
          message: 'workshop must be present exactly when kind is workshop',
        });
      }
      if (s.consultation !== undefined && s.kind !== 'consultation') {
        ctx.addIssue({
          code: 'custom',
          path: ['consultation'],
          message: 'consultation is only for consultation steps',
        });
      }
      const days = s.workshop?.days;
      if (days && days.length > 0) {
        if (days[0]!.date !== s.startsOn) {
          ctx.addIssue({
            code: 'custom',
            path: ['startsOn'],
            message: 'startsOn must be the first day of the workshop',
          });
        }
        if (days[days.length - 1]!.date !== s.endsOn) {
          ctx.addIssue({
            code: 'custom',
            path: ['endsOn'],
            message: 'endsOn must be the last day of the workshop',
          });
        }
      }
    });

  const mission = z
    .strictObject({
      id: id('id'),
      title: text('title', L.titleMax, true),
      locale: localeSchema,
      clientName: text('clientName', L.titleMax),
      sponsor: text('sponsor', L.titleMax),
      context: text('context', L.longTextMax),
      goals: list('goals', text('goals', L.shortTextMax, true), L.listItemsMax),
      startsOn: isoDateSchema('startsOn'),
      endsOn: isoDateSchema('endsOn'),
      status: z.enum(['draft', 'active', 'completed', 'archived'], {
        error: 'status must be draft, active, completed or archived',
      }),
      steps: list('steps', missionStep, L.stepsMax),
    })
    .superRefine((m, ctx) => {
      if (m.endsOn < m.startsOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['endsOn'],
          message: `endsOn (${m.endsOn}) must not be before startsOn (${m.startsOn})`,
        });
      }
      m.steps.forEach((s, i) => {
        if (s.startsOn < m.startsOn || s.endsOn > m.endsOn) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'startsOn'],
            message: `steps[${i}] must lie between the mission's startsOn and endsOn`,
          });
        }
      });
    });

  return { sequence, workshop, missionStep, mission };
}

export type DesignSchemas = ReturnType<typeof createDesignSchemas>;

// The persisted interfaces in types.ts and the schemas must describe the same JSON.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const typesMatchSchemas: [
  Equals<z.infer<DesignSchemas['sequence']>, Sequence>,
  Equals<z.infer<DesignSchemas['workshop']>, Workshop>,
  Equals<z.infer<DesignSchemas['missionStep']>, MissionStep>,
  Equals<z.infer<DesignSchemas['mission']>, Mission>,
] = [true, true, true, true];
void typesMatchSchemas;

/** `sequences.2.durationMinutes: durationMinutes must be …`, one line per issue. */
export function formatDesignIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
}
