/**
 * Ballots per activity kind (ACT-3): the wire shape is parsed here, then the
 * voting rules of ../voting decide whether the ballot is acceptable for this
 * activity (options, budget, caps, scale, reasons). Tallies: ./results.ts.
 */
import { z } from 'zod';
import {
  validateConsentBallot,
  validateDotBallot,
  validateGridBallot,
  validateMajorityBallot,
  validatePollBallot,
  validateQaBallot,
  validateRankingBallot,
} from '../voting/index.ts';
import { type ActivityState, type LiveActivityKind, scaleOf } from './activity-state.ts';
import { pollConfigOf } from './poll-config.ts';

const optionId = z.string().min(1).max(64);

export const ballotSchemas = {
  poll: z.strictObject({ choices: z.array(optionId).max(50) }),
  dots: z.strictObject({ dots: z.record(optionId, z.number().int().min(0).max(100)) }),
  ranking: z.strictObject({ order: z.array(optionId).min(1).max(50) }),
  judgment: z.strictObject({ grades: z.record(optionId, z.number().int().min(0).max(9)) }),
  consent: z.strictObject({
    answer: z.enum(['consent', 'concern', 'objection']),
    reason: z.string().trim().max(2_000).optional(),
  }),
  qa: z.strictObject({ upvotes: z.array(optionId).max(500) }),
  scale: z.strictObject({ value: z.number().int().min(-10).max(10) }),
  grid: z.strictObject({
    scores: z.record(
      optionId,
      z.strictObject({ x: z.number().int().min(-10).max(10), y: z.number().int().min(-10).max(10) }),
    ),
  }),
} as const;

export type BallotKind = keyof typeof ballotSchemas;
export const isBallotKind = (kind: LiveActivityKind): kind is BallotKind =>
  Object.hasOwn(ballotSchemas, kind);

export type Ballot = { [K in keyof typeof ballotSchemas]: z.output<(typeof ballotSchemas)[K]> };

export type BallotCheck = { ok: true; ballot: unknown } | { ok: false; message: string; rule?: string };

export interface BallotContext {
  /** The questions of a Q&A activity (contribution ids) a ballot may upvote. */
  questionIds: readonly string[];
}

export function validateBallot(activity: ActivityState, input: unknown, context: BallotContext): BallotCheck {
  if (!isBallotKind(activity.kind)) {
    return { ok: false, message: 'This activity takes contributions, not votes.' };
  }
  const parsed = ballotSchemas[activity.kind].safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `ballot.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  const { options } = activity;
  const verdict = (() => {
    switch (activity.kind) {
      case 'poll':
        return validatePollBallot(pollConfigOf(activity), options, parsed.data as Ballot['poll']);
      case 'dots':
        return validateDotBallot(
          {
            tokens: activity.tokens ?? 0,
            ...(activity.capPerOption ? { capPerOption: activity.capPerOption } : {}),
          },
          options,
          parsed.data as Ballot['dots'],
        );
      case 'ranking':
        return validateRankingBallot({}, options, parsed.data as Ballot['ranking']);
      case 'judgment':
        return validateMajorityBallot(
          { gradeCount: activity.grades?.length ?? 0 },
          options,
          parsed.data as Ballot['judgment'],
        );
      case 'consent':
        return validateConsentBallot(parsed.data as Parameters<typeof validateConsentBallot>[0]);
      case 'scale':
        return validatePollBallot(
          { kind: 'scale', ...scaleOf(activity) },
          options,
          parsed.data as Ballot['scale'],
        );
      case 'grid':
        return validateGridBallot(scaleOf(activity), options, parsed.data as Ballot['grid']);
      case 'qa':
        return validateQaBallot(
          context.questionIds.map((id) => ({ id, text: '', askedAt: 0, hidden: false, answered: false })),
          parsed.data as Ballot['qa'],
        );
    }
  })();
  return verdict.ok
    ? { ok: true, ballot: parsed.data }
    : { ok: false, message: verdict.message, rule: verdict.rule };
}
