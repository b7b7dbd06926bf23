/**
 * A live room's state is a fold of its event log: the same reducer runs on
 * the server (snapshots for late joiners) and in browsers (applying events).
 */
import { IDLE_TIMER, type TimerState } from './timer.ts';

export interface ContributionPosted {
  id: string;
  participantId: string | null;
  nickname: string;
  text: string;
}

export type LiveEventBody =
  | { type: 'contribution.posted'; data: ContributionPosted }
  | { type: 'message.set'; data: { text: string } }
  | { type: 'timer.set'; data: { timer: TimerState } }
  | { type: 'session.closed'; data: Record<string, never> };

export type LiveEvent = LiveEventBody & {
  seq: number;
  /** Server time (ms since epoch) of the commit. */
  at: number;
};

export interface RoomState {
  seq: number;
  message: string;
  timer: TimerState;
  contributions: (ContributionPosted & { seq: number; at: number })[];
  closed: boolean;
}

export const EMPTY_ROOM: RoomState = {
  seq: 0,
  message: '',
  timer: IDLE_TIMER,
  contributions: [],
  closed: false,
};

/** Applies one event. Events at or below the state's sequence are ignored, so replays are idempotent. */
export function applyEvent(state: RoomState, event: LiveEvent): RoomState {
  if (event.seq <= state.seq) return state;
  const next = { ...state, seq: event.seq };
  switch (event.type) {
    case 'contribution.posted':
      next.contributions = [...state.contributions, { ...event.data, seq: event.seq, at: event.at }];
      return next;
    case 'message.set':
      next.message = event.data.text;
      return next;
    case 'timer.set':
      next.timer = event.data.timer;
      return next;
    case 'session.closed':
      next.closed = true;
      return next;
  }
}

export function foldEvents(events: Iterable<LiveEvent>, from: RoomState = EMPTY_ROOM): RoomState {
  let state = from;
  for (const event of events) state = applyEvent(state, event);
  return state;
}
