/**
 * Turns a client's action into the event to append, or refuses it.
 * Pure: the caller passes the actor, the current state and the server time.
 */
import type { ErrorCode } from '../errors.ts';
import type { Action, Role } from './protocol.ts';
import type { LiveEventBody, RoomState } from './room-state.ts';
import { IDLE_TIMER, pauseTimer, resumeTimer, startTimer } from './timer.ts';

export interface Actor {
  role: Role;
  participantId: string | null;
  nickname: string;
}

export type Decision = { ok: true; event: LiveEventBody } | { ok: false; code: ErrorCode };

const FACILITATING: ReadonlySet<Role> = new Set(['owner', 'facilitator']);

export function mayPerform(role: Role, action: Action): boolean {
  if (action.kind === 'contribution.post') return role === 'participant' || FACILITATING.has(role);
  return FACILITATING.has(role);
}

export function decide(
  action: Action,
  actor: Actor,
  state: RoomState,
  now: number,
  eventId: string,
): Decision {
  if (!mayPerform(actor.role, action)) return { ok: false, code: 'FORBIDDEN' };
  if (state.closed) return { ok: false, code: 'SESSION_CLOSED' };
  switch (action.kind) {
    case 'contribution.post':
      return {
        ok: true,
        event: {
          type: 'contribution.posted',
          data: {
            id: eventId,
            participantId: actor.participantId,
            nickname: actor.nickname,
            text: action.text,
          },
        },
      };
    case 'message.set':
      return { ok: true, event: { type: 'message.set', data: { text: action.text } } };
    case 'timer.start':
      return { ok: true, event: timerEvent(startTimer(action.durationSeconds * 1000, now)) };
    case 'timer.pause':
      return { ok: true, event: timerEvent(pauseTimer(state.timer, now)) };
    case 'timer.resume':
      return { ok: true, event: timerEvent(resumeTimer(state.timer, now)) };
    case 'timer.reset':
      return { ok: true, event: timerEvent(IDLE_TIMER) };
  }
}

const timerEvent = (timer: RoomState['timer']): LiveEventBody => ({ type: 'timer.set', data: { timer } });
