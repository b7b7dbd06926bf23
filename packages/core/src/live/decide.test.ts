import { describe, expect, it } from 'vitest';
import { type Actor, decide } from './decide.ts';
import { EMPTY_ROOM } from './room-state.ts';

const participant: Actor = { role: 'participant', participantId: 'p1', nickname: 'Léa' };
const facilitator: Actor = { role: 'facilitator', participantId: null, nickname: '' };
const observer: Actor = { role: 'observer', participantId: null, nickname: '' };

describe('decide (SUBMIT-4)', () => {
  it('SUBMIT-4: participants post contributions but cannot drive the room', () => {
    const ok = decide({ kind: 'contribution.post', text: 'Idée' }, participant, EMPTY_ROOM, 0, 'e1');
    expect(ok).toEqual({
      ok: true,
      event: {
        type: 'contribution.posted',
        data: {
          id: 'e1',
          participantId: 'p1',
          nickname: 'Léa',
          text: 'Idée',
          activityId: null,
          column: null,
        },
      },
    });
    expect(decide({ kind: 'message.set', text: 'x' }, participant, EMPTY_ROOM, 0, 'e')).toEqual({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(decide({ kind: 'timer.start', durationSeconds: 5 }, participant, EMPTY_ROOM, 0, 'e')).toEqual({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('SUBMIT-4: observers cannot write anything', () => {
    expect(decide({ kind: 'contribution.post', text: 'x' }, observer, EMPTY_ROOM, 0, 'e')).toEqual({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(decide({ kind: 'timer.reset' }, observer, EMPTY_ROOM, 0, 'e')).toEqual({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('SUBMIT-4: a closed room refuses everything', () => {
    const closed = { ...EMPTY_ROOM, closed: true };
    expect(decide({ kind: 'contribution.post', text: 'x' }, participant, closed, 0, 'e')).toEqual({
      ok: false,
      code: 'SESSION_CLOSED',
    });
  });

  it('TIME-1: facilitators start timers at the server time they pass in', () => {
    const d = decide({ kind: 'timer.start', durationSeconds: 90 }, facilitator, EMPTY_ROOM, 1_000, 'e');
    expect(d).toEqual({
      ok: true,
      event: {
        type: 'timer.set',
        data: { timer: { status: 'running', durationMs: 90_000, endsAt: 91_000 } },
      },
    });
  });
});
