import { describe, expect, it } from 'vitest';
import { type ConsentBallot, OBJECTION_REASON_MAX, tallyConsent, validateConsentBallot } from './consent.ts';

const rule = (ballot: unknown) => {
  const v = validateConsentBallot(ballot as ConsentBallot);
  return v.ok ? 'ok' : v.rule;
};

describe('consent round', () => {
  it('CONSENT-1: the answer is consent, concern or objection', () => {
    expect(rule({ answer: 'maybe' })).toBe('CONSENT-1');
    expect(rule(null)).toBe('CONSENT-1');
    expect(rule({ answer: 'consent' })).toBe('ok');
    expect(rule({ answer: 'concern' })).toBe('ok');
  });

  it('CONSENT-2: an objection needs a non-blank reason of at most 2,000 characters', () => {
    expect(rule({ answer: 'objection' })).toBe('CONSENT-2');
    expect(rule({ answer: 'objection', reason: '   ' })).toBe('CONSENT-2');
    expect(rule({ answer: 'objection', reason: 'x'.repeat(OBJECTION_REASON_MAX + 1) })).toBe('CONSENT-2');
    expect(rule({ answer: 'objection', reason: 'x'.repeat(OBJECTION_REASON_MAX) })).toBe('ok');
    expect(rule({ answer: 'concern', reason: 42 })).toBe('CONSENT-2');
  });

  it('CONSENT-3: adopted when nobody objects; concerns are recorded', () => {
    const result = tallyConsent([
      { participantId: 'p1', seq: 1, ballot: { answer: 'consent' } },
      { participantId: 'p2', seq: 2, ballot: { answer: 'concern', reason: ' Le budget ' } },
      { participantId: 'p3', seq: 3, ballot: { answer: 'concern' } },
    ]);
    expect(result).toEqual({
      adopted: true,
      answered: 3,
      invalid: 0,
      consents: 1,
      concerns: [
        { participantId: 'p2', reason: 'Le budget' },
        { participantId: 'p3', reason: null },
      ],
      objections: [],
    });
  });

  it('CONSENT-3: one objection blocks, with its reason; a withdrawn objection does not', () => {
    const blocked = tallyConsent([
      { participantId: 'p1', seq: 1, ballot: { answer: 'consent' } },
      { participantId: 'p2', seq: 2, ballot: { answer: 'objection', reason: 'Risque juridique' } },
    ]);
    expect(blocked.adopted).toBe(false);
    expect(blocked.objections).toEqual([{ participantId: 'p2', reason: 'Risque juridique' }]);
    const withdrawn = tallyConsent([
      { participantId: 'p2', seq: 2, ballot: { answer: 'objection', reason: 'Risque' } },
      { participantId: 'p2', seq: 5, ballot: { answer: 'consent' } },
    ]);
    expect(withdrawn.adopted).toBe(true);
  });

  it('CONSENT-4: a round nobody answered is not adopted', () => {
    expect(tallyConsent([]).adopted).toBe(false);
  });
});
