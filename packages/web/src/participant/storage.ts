/** The participant's token for one join code, so a reload comes back as the same person. */
import type { Participant } from '../api-types.ts';

export interface StoredParticipant {
  token: string;
  participant: Participant;
  sessionId: string;
}

export const participantKey = (code: string) => `cercle.participant.${code}`;

export function parseStoredParticipant(raw: string | null): StoredParticipant | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredParticipant>;
    if (
      typeof value.token === 'string' &&
      typeof value.sessionId === 'string' &&
      typeof value.participant?.id === 'string' &&
      typeof value.participant.nickname === 'string'
    ) {
      return { token: value.token, sessionId: value.sessionId, participant: value.participant };
    }
  } catch {
    // Corrupted entry: treated as absent.
  }
  return null;
}

export function loadParticipant(code: string): StoredParticipant | null {
  try {
    return parseStoredParticipant(localStorage.getItem(participantKey(code)));
  } catch {
    return null;
  }
}

export function saveParticipant(code: string, value: StoredParticipant): void {
  try {
    localStorage.setItem(participantKey(code), JSON.stringify(value));
  } catch {
    // Storage refused: this tab still works, a reload will ask for a nickname again.
  }
}

export function forgetParticipant(code: string): void {
  try {
    localStorage.removeItem(participantKey(code));
  } catch {
    // Nothing to forget.
  }
}
