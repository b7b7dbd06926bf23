/**
 * The live hub's wire protocol: every message a client may send is validated
 * by these schemas on the server (and typed from them on the client).
 * The rules behind them are in packages/server/src/live/SPEC.md.
 */
import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { activityConfigSchema } from './activities.ts';
import { groupsActionSchemas } from './groups-schemas.ts';
import { openSpaceActionSchemas } from './open-space-schemas.ts';
import { type LiveEvent, REACTIONS, type RoomState } from './room-state.ts';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !hasControlCharacters(s), 'control characters are not allowed');

/** Tabs and line breaks are text; other C0 control characters are not. */
function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}

export const clientIdSchema = z
  .string()
  .min(8)
  .max(LIMITS.clientIdMax)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');

const refId = z.string().min(1).max(64);
const column = z.string().trim().min(1).max(200);

/** What a client asks the room to do. Facilitator-only kinds are checked by role (`mayPerform`). */
export const actionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('contribution.post'),
    text: text(LIMITS.contributionTextMax),
    activityId: refId.optional(),
    column: column.optional(),
    /** For form activities: field key → value (the text is a one-line summary, e.g. the first field). */
    fields: z.record(z.string().max(40), z.string().trim().max(LIMITS.contributionTextMax)).optional(),
    /** For readings: the highlighted passage this margin note is about. */
    anchor: z
      .strictObject({
        start: z.number().int().min(0).max(LIMITS.readingTextMax),
        end: z.number().int().min(1).max(LIMITS.readingTextMax),
        quote: z.string().max(LIMITS.readingQuoteMax),
      })
      .refine((a) => a.end > a.start, 'the passage must end after it starts')
      .optional(),
  }),
  z.strictObject({
    kind: z.literal('contribution.edit'),
    contributionId: refId,
    text: text(LIMITS.contributionTextMax),
  }),
  /** Facilitator: hide or show a contribution, or correct its text. */
  z.strictObject({
    kind: z.literal('contribution.moderate'),
    contributionId: refId,
    hidden: z.boolean().optional(),
    answered: z.boolean().optional(),
    text: text(LIMITS.contributionTextMax).optional(),
    /** Delete for good: gone from every screen and its text erased from the stored log. */
    deleted: z.literal(true).optional(),
  }),
  z.strictObject({ kind: z.literal('reaction.send'), reaction: z.enum(REACTIONS) }),
  /** Facilitator: open (or close) a ready check; participants answer it. */
  z.strictObject({ kind: z.literal('ready.check'), open: z.boolean() }),
  z.strictObject({ kind: z.literal('ready.answer'), ready: z.boolean() }),
  /** Facilitator: enter a contribution for someone without a phone. */
  z.strictObject({
    kind: z.literal('contribution.proxy'),
    text: text(LIMITS.contributionTextMax),
    nickname: z.string().trim().max(LIMITS.nicknameMax).default(''),
    activityId: refId.optional(),
    column: column.optional(),
  }),
  z.strictObject({
    kind: z.literal('message.set'),
    text: z.string().trim().max(LIMITS.facilitatorMessageMax),
  }),
  z.strictObject({
    kind: z.literal('timer.start'),
    durationSeconds: z.number().int().min(1).max(LIMITS.timerMaxSeconds),
  }),
  z.strictObject({ kind: z.literal('timer.pause') }),
  z.strictObject({ kind: z.literal('timer.resume') }),
  z.strictObject({ kind: z.literal('timer.reset') }),
  z.strictObject({ kind: z.literal('timer.add'), seconds: z.number().int().min(-3_600).max(3_600) }),
  /** Facilitator: the run of show moves to a sequence (its instructions go to every phone). */
  z.strictObject({
    kind: z.literal('sequence.start'),
    sequenceId: refId,
    title: z.string().trim().min(1).max(300),
    instructions: z.string().trim().max(10_000).default(''),
    durationMinutes: z.number().int().min(1).max(600).optional(),
  }),
  z.strictObject({ kind: z.literal('activity.open'), activity: activityConfigSchema }),
  z.strictObject({
    kind: z.literal('activity.update'),
    activityId: refId,
    status: z.enum(['open', 'locked', 'closed']).optional(),
    revealed: z.boolean().optional(),
    resultsShown: z.boolean().optional(),
  }),
  /** The ballot's shape depends on the activity's kind; `decide` checks it against the activity. */
  z.strictObject({ kind: z.literal('ballot.cast'), activityId: refId, ballot: z.unknown() }),
  /** Open Space: marketplace, wall, law of two feet, reports (open-space.ts, OS-LIVE-n). */
  ...openSpaceActionSchemas,
  /** Groups and rotations: rounds, hand moves, interview roles (groups.ts, GROUPS-LIVE-n). */
  ...groupsActionSchemas,
]);
export type Action = z.infer<typeof actionSchema>;

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('hello'),
    /** Participant token (participants); facilitators authenticate by cookie. */
    token: z.string().min(1).max(200).optional(),
    /** Live session id (facilitators, observers and walls). */
    sessionId: z.uuid().optional(),
    /** The last sequence this client has seen; 0 for none. */
    since: z.number().int().min(0).optional(),
  }),
  z.strictObject({ type: z.literal('submit'), id: clientIdSchema, action: actionSchema }),
  z.strictObject({ type: z.literal('ping'), t: z.number().optional() }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export type Role = 'owner' | 'facilitator' | 'observer' | 'participant';

export interface Welcome {
  type: 'welcome';
  role: Role;
  session: { id: string; title: string; code: string; status: 'open' | 'closed' };
  participant?: { id: string; nickname: string };
  serverTime: number;
  lastSeq: number;
}

export type ServerMessage =
  | Welcome
  | { type: 'events'; events: LiveEvent[] }
  | { type: 'snapshot'; seq: number; state: RoomState }
  /** `ref`: the id of what the submission created (a contribution), the same on every resend. */
  | { type: 'ack'; id: string; seq: number; ref?: string }
  | { type: 'nack'; id: string; code: string; message: string }
  | { type: 'pong'; t?: number; serverTime: number }
  /**
   * Participants only (OS-LIVE-4, OS-LIVE-7): phones are not sent others' interests and
   * check-ins, so after those change they get the Open Space counts, as they stand at `seq`.
   */
  | {
      type: 'counts';
      seq: number;
      interestCounts: Record<string, number>;
      presentCounts: Record<string, number>;
    }
  /** Staff only: participants connected to this room on this server process. */
  | { type: 'presence'; participants: number }
  | { type: 'error'; code: string; message: string };
