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

/**
 * Applies events in order; those at or below the state's sequence are
 * ignored, so replays and overlaps are harmless. The input state is never
 * changed; the contributions list is copied once per call, not per event,
 * so folding a batch of 1,000 stays linear.
 */
export function foldEvents(events: Iterable<LiveEvent>, from: RoomState = EMPTY_ROOM): RoomState {
  const next: RoomState = { ...from };
  let copied = false;
  for (const event of events) {
    if (event.seq <= next.seq) continue;
    next.seq = event.seq;
    switch (event.type) {
      case 'contribution.posted':
        if (!copied) {
          next.contributions = [...next.contributions];
          copied = true;
        }
        next.contributions.push({ ...event.data, seq: event.seq, at: event.at });
        break;
      case 'message.set':
        next.message = event.data.text;
        break;
      case 'timer.set':
        next.timer = event.data.timer;
        break;
      case 'session.closed':
        next.closed = true;
        break;
    }
  }
  return next;
}

export function applyEvent(state: RoomState, event: LiveEvent): RoomState {
  return event.seq <= state.seq ? state : foldEvents([event], state);
}

/**
 * What a participant's phone receives. Contributions go to the facilitator's
 * console and the wall, not to every phone: they are private until a
 * facilitator reveals them (live-workshop activities), and sending every idea
 * to every phone would cost O(participants²) for nothing the phone shows.
 */
export function visibleToParticipants(event: LiveEvent): boolean {
  return event.type !== 'contribution.posted';
}

export function participantView(state: RoomState): RoomState {
  return { ...state, contributions: [] };
}
