/**
 * Consent round (décision par consentement): each participant answers consent, concern or
 * objection. The proposal is adopted iff nobody objects; concerns are recorded, not blocking.
 */
import { type BallotValidation, type Cast, invalid, latestBallots, VALID } from './ballots.ts';

/** CONSENT-2: an objection must say why, in at most this many characters. */
export const OBJECTION_REASON_MAX = 2_000;

export type ConsentBallot =
  | { answer: 'consent' }
  | { answer: 'concern'; reason?: string }
  | { answer: 'objection'; reason: string };

export interface ConsentResult {
  /** CONSENT-3: true iff there is no objection (and at least one answer). */
  adopted: boolean;
  answered: number;
  invalid: number;
  consents: number;
  concerns: { participantId: string; reason: string | null }[];
  objections: { participantId: string; reason: string }[];
}

export function validateConsentBallot(ballot: ConsentBallot): BallotValidation {
  const answer = (ballot as { answer?: unknown } | null)?.answer;
  if (answer !== 'consent' && answer !== 'concern' && answer !== 'objection') {
    return invalid('CONSENT-1', 'Answer consent, concern or objection.');
  }
  const reason = (ballot as { reason?: unknown }).reason;
  if (reason !== undefined && typeof reason !== 'string') return invalid('CONSENT-2', 'A reason is text.');
  if (answer === 'objection' && (typeof reason !== 'string' || reason.trim() === '')) {
    return invalid('CONSENT-2', 'An objection needs a reason.');
  }
  if (typeof reason === 'string' && reason.length > OBJECTION_REASON_MAX) {
    return invalid('CONSENT-2', `Keep the reason under ${OBJECTION_REASON_MAX} characters.`);
  }
  return VALID;
}

/**
 * Objections and concerns are listed in the order they were last given (by `seq`), so the
 * facilitator can take them in turn. An empty round is not adopted: silence is not consent
 * here, the facilitator asks again.
 */
export function tallyConsent(casts: readonly Cast<ConsentBallot>[]): ConsentResult {
  const result: ConsentResult = {
    adopted: false,
    answered: 0,
    invalid: 0,
    consents: 0,
    concerns: [],
    objections: [],
  };
  for (const { participantId, ballot } of latestBallots(casts)) {
    if (!validateConsentBallot(ballot).ok) {
      result.invalid += 1;
      continue;
    }
    result.answered += 1;
    if (ballot.answer === 'consent') result.consents += 1;
    else if (ballot.answer === 'concern') {
      result.concerns.push({ participantId, reason: ballot.reason?.trim() || null });
    } else result.objections.push({ participantId, reason: ballot.reason.trim() });
  }
  result.adopted = result.answered > 0 && result.objections.length === 0;
  return result;
}
