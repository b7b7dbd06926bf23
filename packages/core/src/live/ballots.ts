/**
 * Ballot shapes per activity kind, checked against the activity before a
 * ballot is stored (ACT-3). Tallies live in ../voting.
 */
import { z } from 'zod';
import type { ActivityState } from './activities.ts';

const optionId = z.string().min(1).max(64);

export const ballotSchemas = {
  poll: z.strictObject({ choices: z.array(optionId).max(50) }),
  dots: z.strictObject({ dots: z.record(optionId, z.number().int().min(0).max(100)) }),
  ranking: z.strictObject({ order: z.array(optionId).min(1).max(50) }),
  judgment: z.strictObject({ grades: z.record(optionId, z.number().int().min(0).max(9)) }),
  consent: z.strictObject({
    answer: z.enum(['consent', 'concern', 'objection']),
    reason: z.string().trim().max(2_000).default(''),
  }),
  qa: z.strictObject({ upvotes: z.array(optionId).max(500) }),
} as const;

export type Ballot = { [K in keyof typeof ballotSchemas]: z.output<(typeof ballotSchemas)[K]> };

export type BallotCheck = { ok: true; ballot: unknown } | { ok: false; message: string };

const fail = (message: string): BallotCheck => ({ ok: false, message });

export function validateBallot(activity: ActivityState, input: unknown, _previous?: unknown): BallotCheck {
  if (activity.kind === 'contributions') return fail('This activity takes contributions, not votes.');
  const parsed = ballotSchemas[activity.kind].safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`ballot.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const options = new Set(activity.options.map((o) => o.id));
  const unknown = (ids: Iterable<string>) => [...ids].find((id) => !options.has(id));
  const b = parsed.data;
  switch (activity.kind) {
    case 'poll': {
      const { choices } = b as Ballot['poll'];
      const bad = unknown(choices);
      if (bad) return fail(`ballot.choices: "${bad}" is not an option`);
      if (new Set(choices).size !== choices.length) return fail('ballot.choices: an option is chosen twice');
      const max = activity.maxChoices ?? 1;
      const min = activity.minChoices ?? 1;
      if (choices.length < min || choices.length > max)
        return fail(`ballot.choices: choose between ${min} and ${max}`);
      return { ok: true, ballot: { choices } };
    }
    case 'dots': {
      const { dots } = b as Ballot['dots'];
      const bad = unknown(Object.keys(dots));
      if (bad) return fail(`ballot.dots: "${bad}" is not an option`);
      const spent = Object.values(dots).reduce((n, d) => n + d, 0);
      if (spent > (activity.tokens ?? 0))
        return fail(`ballot.dots: ${spent} dots spent, ${activity.tokens} available`);
      const cap = activity.capPerOption;
      if (cap !== undefined && Object.values(dots).some((d) => d > cap))
        return fail(`ballot.dots: at most ${cap} on one option`);
      return { ok: true, ballot: { dots } };
    }
    case 'ranking': {
      const { order } = b as Ballot['ranking'];
      const bad = unknown(order);
      if (bad) return fail(`ballot.order: "${bad}" is not an option`);
      if (new Set(order).size !== order.length) return fail('ballot.order: an option is ranked twice');
      return { ok: true, ballot: { order } };
    }
    case 'judgment': {
      const { grades } = b as Ballot['judgment'];
      const bad = unknown(Object.keys(grades));
      if (bad) return fail(`ballot.grades: "${bad}" is not an option`);
      const scale = activity.grades?.length ?? 0;
      if (Object.values(grades).some((g) => g >= scale))
        return fail(`ballot.grades: grades go from 0 to ${scale - 1}`);
      return { ok: true, ballot: { grades } };
    }
    case 'consent': {
      const ballot = b as Ballot['consent'];
      if (ballot.answer === 'objection' && !ballot.reason)
        return fail('ballot.reason: an objection needs its reason');
      return { ok: true, ballot };
    }
    case 'qa': {
      const { upvotes } = b as Ballot['qa'];
      return { ok: true, ballot: { upvotes: [...new Set(upvotes)] } };
    }
  }
}
