/**
 * Join questions (JOIN-1): what the facilitator asks everyone who joins
 * (department, role, site…), so groups can be mixed or matched later. Answers
 * are short: a choice among options, or free text when there are none.
 */
import { z } from 'zod';
import { LIMITS } from '../limits.ts';

export const joinQuestionSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and - only'),
  label: z.string().trim().min(1).max(100),
  /** Empty: free text. */
  options: z.array(z.string().trim().min(1).max(LIMITS.joinAnswerMax)).max(30).default([]),
  required: z.boolean().default(false),
});
export type JoinQuestion = z.output<typeof joinQuestionSchema>;

export const joinQuestionsSchema = z
  .array(joinQuestionSchema)
  .max(LIMITS.joinQuestionsMax)
  .refine((qs) => new Set(qs.map((q) => q.key)).size === qs.length, 'question keys must be unique')
  .refine(
    (qs) => qs.every((q) => new Set(q.options).size === q.options.length),
    'the options of a question must be different',
  );

export type JoinAnswers = Record<string, string>;

/** Checks a participant's answers; returns the cleaned answers or what is wrong, naming the question. */
export function checkJoinAnswers(
  questions: readonly JoinQuestion[],
  answers: Readonly<Record<string, unknown>>,
): { ok: true; attributes: JoinAnswers } | { ok: false; message: string } {
  const keys = new Set(questions.map((q) => q.key));
  const unknown = Object.keys(answers).find((k) => !keys.has(k));
  if (unknown)
    return { ok: false, message: `attributes.${unknown}: this session does not ask that question` };
  const attributes: JoinAnswers = {};
  for (const q of questions) {
    const raw = answers[q.key];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (raw !== undefined && typeof raw !== 'string')
      return { ok: false, message: `attributes.${q.key}: "${q.label}" takes text` };
    if (value.length > LIMITS.joinAnswerMax)
      return {
        ok: false,
        message: `attributes.${q.key}: "${q.label}" takes at most ${LIMITS.joinAnswerMax} characters`,
      };
    if (!value) {
      if (q.required) return { ok: false, message: `attributes.${q.key}: please answer "${q.label}"` };
      continue;
    }
    if (q.options.length > 0 && !q.options.includes(value))
      return { ok: false, message: `attributes.${q.key}: choose one of the options for "${q.label}"` };
    attributes[q.key] = value;
  }
  return { ok: true, attributes };
}
