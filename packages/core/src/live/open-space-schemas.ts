/**
 * The shapes of the Open Space actions a client may send (spread into `actionSchema` in
 * protocol.ts). Kept out of ./open-space.ts, which browsers load: zod stays server-side.
 */
import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { OPEN_SPACE_LIMITS } from './open-space.ts';

const refId = z.string().min(1).max(64);
/**
 * Topic texts are only bounded here; their real limits are checked by `decide`, so a phone
 * typing one character too many gets a nack naming the limit, not a closed socket (LIMIT-3).
 */
const looseText = z.string().max(4_000);
const label = z.string().trim().min(1).max(OPEN_SPACE_LIMITS.labelMax);
const clock = z.string().trim().max(20);

export const timeSlotSchema = z.strictObject({
  id: refId,
  label,
  start: clock.optional(),
  end: clock.optional(),
});

export const breakoutSpaceSchema = z.strictObject({
  id: refId,
  name: label,
  capacity: z.number().int().min(0).max(OPEN_SPACE_LIMITS.spaceCapacityMax),
});

/** Open Space actions, spread into `actionSchema` (protocol.ts). */
export const openSpaceActionSchemas = [
  /** Participants (and facilitators, for someone without a phone) propose a topic and convene it. */
  z.strictObject({
    kind: z.literal('openspace.topic.propose'),
    title: looseText,
    description: looseText.optional(),
    /** Facilitators only: the name of the convener they enter the topic for. */
    convenerName: z.string().max(LIMITS.nicknameMax).optional(),
  }),
  z.strictObject({
    kind: z.literal('openspace.topic.edit'),
    topicId: refId,
    title: looseText.optional(),
    description: looseText.optional(),
  }),
  z.strictObject({ kind: z.literal('openspace.topic.withdraw'), topicId: refId }),
  z.strictObject({
    kind: z.literal('openspace.grid.set'),
    slots: z.array(timeSlotSchema).max(OPEN_SPACE_LIMITS.slotsMax),
    spaces: z.array(breakoutSpaceSchema).max(OPEN_SPACE_LIMITS.spacesMax),
  }),
  z.strictObject({ kind: z.literal('openspace.interest'), topicId: refId, interested: z.boolean() }),
  z.strictObject({
    kind: z.literal('openspace.schedule'),
    /** Keep the sessions already on the wall where they are (pinned, OS-7) and place the others. */
    keepPlaced: z.boolean().optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
  }),
  z.strictObject({
    kind: z.literal('openspace.session.move'),
    sessionId: refId,
    slotId: refId,
    spaceId: refId,
  }),
  z.strictObject({ kind: z.literal('openspace.session.unplace'), sessionId: refId }),
  /** Law of two feet: `sessionId: null` is walking between sessions in `slotId`. */
  z.strictObject({
    kind: z.literal('openspace.checkin'),
    sessionId: refId.nullable(),
    slotId: refId.optional(),
  }),
  /** The report's shape is checked by `decide` against `reportSchema`, with a message naming the field. */
  z.strictObject({ kind: z.literal('openspace.report.file'), report: z.unknown() }),
] as const;
