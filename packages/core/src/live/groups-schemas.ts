/**
 * The shapes of the groups actions a facilitator may send (spread into `actionSchema` in
 * protocol.ts). Plans themselves are made over HTTP (the server needs the roster); these are the
 * moves of the day. Kept out of ./groups.ts, which browsers load: zod stays server-side.
 */
import { z } from 'zod';
import { GROUPING_LIMITS } from '../groups/result.ts';

const refId = z.string().min(1).max(64);
const round = z
  .number()
  .int()
  .min(0)
  .max(GROUPING_LIMITS.maxRounds - 1);
const table = z
  .number()
  .int()
  .min(0)
  .max(GROUPING_LIMITS.maxPeople - 1);

export const groupsActionSchemas = [
  /** Start a round: phones show where to go (0-based; screens say round + 1). */
  z.strictObject({ kind: z.literal('groups.round'), round }),
  /** Move one person to another table for one round (the current one or one to come). */
  z.strictObject({ kind: z.literal('groups.move'), round, participantId: refId, table }),
  /** Swap two people's seats for one round. */
  z.strictObject({ kind: z.literal('groups.swap'), round, a: refId, b: refId }),
  /** Interviews: who asks the questions now (phase 1 = roles swapped). */
  z.strictObject({ kind: z.literal('groups.phase'), phase: z.number().int().min(0).max(20) }),
  z.strictObject({ kind: z.literal('groups.clear') }),
] as const;
