/**
 * Live activities: what participants do during a step (write sticky notes,
 * vote, ask questions…). An activity is opened by the facilitator with its
 * configuration, then locked, revealed, closed. Ballots are stored per voter;
 * the last ballot of a voter is the one that counts.
 */
import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { LIVE_ACTIVITY_KINDS } from './activity-state.ts';

export { LIVE_ACTIVITY_KINDS, type LiveActivityKind } from './activity-state.ts';

const label = z.string().trim().min(1).max(200);
const optionSchema = z.strictObject({ id: z.string().min(1).max(64), label });

export const activityConfigSchema = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/),
    kind: z.enum(LIVE_ACTIVITY_KINDS),
    title: label,
    prompt: z.string().trim().max(1_000).default(''),
    /** The run-of-show sequence this activity belongs to (its results are filed there). */
    sequenceId: z.string().max(100).nullable().default(null),
    options: z.array(optionSchema).max(50).default([]),
    /**
     * Structured forms: each contribution fills these fields (an action plan: action, owner,
     * due date; an interview guide: one field per question; a canvas: one per box).
     */
    fields: z
      .array(z.strictObject({ key: z.string().regex(/^[a-z0-9-]{1,40}$/), label }))
      .max(20)
      .default([]),
    /** Sticky-note columns (e.g. SOAR quadrants); empty for a single column. */
    columns: z.array(label).max(12).default([]),
    /** No name is shown to anyone, facilitator included; chosen before the activity starts. */
    anonymous: z.boolean().default(false),
    /** Participants see others' contributions only once the facilitator reveals them. */
    private: z.boolean().default(true),
    /** Dot voting: tokens per participant and the most one option may receive. */
    tokens: z.number().int().min(1).max(100).optional(),
    capPerOption: z.number().int().min(1).max(100).optional(),
    /** Polls: how many options a ballot may select. */
    minChoices: z.number().int().min(0).max(50).optional(),
    maxChoices: z.number().int().min(1).max(50).optional(),
    /** Majority judgment: the grades, best first. */
    grades: z.array(label).min(2).max(10).optional(),
    /** Scales and scoring grids: the whole numbers allowed (1–5 unless set) and what the ends mean. */
    scale: z
      .strictObject({
        min: z.number().int().min(-10).max(10),
        max: z.number().int().min(-10).max(10),
        minLabel: z.string().trim().max(60).default(''),
        maxLabel: z.string().trim().max(60).default(''),
      })
      .optional(),
    /** Scoring grids: what the two axes measure (e.g. importance × uncertainty). */
    axes: z.strictObject({ x: label, y: label }).optional(),
    /** Reading: the document every phone shows (uploaded to the session first) and its length in characters. */
    document: z
      .strictObject({
        id: z.uuid(),
        title: label,
        length: z.number().int().min(1).max(LIMITS.readingTextMax),
      })
      .optional(),
  })
  .superRefine((a, ctx) => {
    const ids = new Set(a.options.map((o) => o.id));
    if (ids.size !== a.options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique' });
    const needsOptions = ['poll', 'dots', 'ranking', 'judgment'].includes(a.kind);
    if (needsOptions && a.options.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a ${a.kind} activity needs at least 2 options`,
      });
    }
    if (a.kind === 'form' && a.fields.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'a form needs at least one field' });
    }
    if (new Set(a.fields.map((f) => f.key)).size !== a.fields.length) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'field keys must be unique' });
    }
    if (a.kind === 'dots' && a.tokens === undefined)
      ctx.addIssue({ code: 'custom', path: ['tokens'], message: 'dot voting needs tokens' });
    if (a.kind === 'judgment' && !a.grades)
      ctx.addIssue({ code: 'custom', path: ['grades'], message: 'majority judgment needs grades' });
    if (a.scale && a.scale.min >= a.scale.max)
      ctx.addIssue({ code: 'custom', path: ['scale', 'max'], message: 'the scale must go from low to high' });
    if (a.scale && a.scale.max - a.scale.min > 10)
      ctx.addIssue({ code: 'custom', path: ['scale'], message: 'a scale has at most 11 steps' });
    if (a.kind === 'grid' && a.options.length < 1)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a grid needs at least 1 item' });
    if (a.kind === 'grid' && !a.axes)
      ctx.addIssue({ code: 'custom', path: ['axes'], message: 'a grid needs its two axes' });
    if (a.kind === 'reading' && !a.document)
      ctx.addIssue({ code: 'custom', path: ['document'], message: 'a reading needs a document' });
  });

export type ActivityConfig = z.output<typeof activityConfigSchema>;

export {
  type ActivityState,
  type ActivityStatus,
  CONTRIBUTION_KINDS,
  isVisibleToParticipants,
  scaleOf,
} from './activity-state.ts';
