import { describe, expect, it } from 'vitest';
import { parseStoredParticipant, participantKey } from './storage.ts';

describe('stored participant', () => {
  it('uses one key per code', () => {
    expect(participantKey('ABC789')).toBe('cercle.participant.ABC789');
  });

  it('reads a well-formed entry', () => {
    const value = { token: 't', sessionId: 's', participant: { id: 'p', nickname: 'Ana' } };
    expect(parseStoredParticipant(JSON.stringify(value))).toEqual(value);
  });

  it('treats missing or corrupted entries as absent', () => {
    expect(parseStoredParticipant(null)).toBeNull();
    expect(parseStoredParticipant('{')).toBeNull();
    expect(parseStoredParticipant('{"token":"t"}')).toBeNull();
  });
});
