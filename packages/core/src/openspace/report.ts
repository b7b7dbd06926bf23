/**
 * A session report, filed from a phone by the convener or a scribe (OS-50). Participants are not
 * typed in: they come from check-ins (OS-41); the convener comes from the session.
 */
import { z } from 'zod';

const line = (field: string) =>
  z
    .string({ error: `${field} must be a text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(2_000, { error: `${field} must be at most 2000 characters` });

const lines = (field: string) =>
  z
    .array(line(field), { error: `${field} must be a list` })
    .max(50, { error: `At most 50 ${field}` })
    .default([]);

export const reportSchema = z.strictObject({
  sessionId: z.string({ error: 'sessionId must be a text' }).min(1).max(100),
  title: z
    .string({ error: 'title must be a text' })
    .trim()
    .min(1, { error: 'title must not be empty' })
    .max(200, { error: 'title must be at most 200 characters' }),
  keyPoints: lines('key points'),
  proposals: lines('proposals'),
  nextSteps: lines('next steps'),
  photoIds: z
    .array(z.string().min(1).max(100), { error: 'photoIds must be a list' })
    .max(50, { error: 'At most 50 photos' })
    .default([]),
});

export type SessionReport = z.infer<typeof reportSchema>;
