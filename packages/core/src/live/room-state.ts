/**
 * A live room's state is a fold of its event log: the same reducer runs on
 * the server (snapshots for late joiners) and in browsers (applying events).
 */
import type { ActivityConfig } from './activities.ts';
import { type ActivityState, isVisibleToParticipants } from './activity-state.ts';
import { foldGroups, type GroupsEventBody, type GroupsState, isGroupsEvent } from './groups.ts';
import {
  foldOpenSpace,
  isOpenSpaceEvent,
  type OpenSpaceEventBody,
  type OpenSpaceState,
  openSpaceForParticipant,
} from './open-space.ts';
import { IDLE_TIMER, type TimerState } from './timer.ts';

export interface ContributionPosted {
  id: string;
  /** Null for the facilitator's proxy input and in anonymous activities. */
  participantId: string | null;
  nickname: string;
  text: string;
  activityId?: string | null;
  column?: string | null;
  /** Structured forms: field key → value. */
  fields?: Record<string, string>;
  /** Reading: the highlighted passage a margin note is about (character offsets in the document). */
  anchor?: TextAnchor;
  /** Words the profanity filter flagged for the facilitator's review (MOD-1); nothing is dropped. */
  flagged?: string[];
  /** Where its author sat when they posted it, while groups were playing (GROUPS-LIVE-7). */
  place?: TablePlace;
}

/** A table in a round of a group plan (0-based round and table; screens add one). */
export interface TablePlace {
  planId: string;
  title: string;
  round: number;
  table: number;
}

export interface TextAnchor {
  start: number;
  end: number;
  quote: string;
}

/** Reactions a participant may send (applause, agreement…), shown on the wall as counts. */
export const REACTIONS = ['applause', 'agree', 'love', 'laugh', 'surprise', 'question'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** A ready check: opened by the facilitator; answers are per participant (staff only see who). */
export interface ReadyCheck {
  /** The sequence of the event that opened it: answers to an older check do not count. */
  id: number;
  open: boolean;
  answers: Record<string, boolean>;
}

export interface CurrentSequence {
  sequenceId: string;
  title: string;
  instructions: string;
}

/** Starting a sequence may start its timer in the same event (the sequence's duration). */
export type SequenceStarted = CurrentSequence & { timer?: TimerState };

export type LiveEventBody =
  | { type: 'contribution.posted'; data: ContributionPosted }
  | { type: 'contribution.edited'; data: { contributionId: string; text: string; flagged?: string[] } }
  | { type: 'contribution.moderated'; data: { contributionId: string; hidden?: boolean; answered?: boolean } }
  /** Hard delete: the contribution disappears everywhere and its text is erased from the stored log. */
  | { type: 'contribution.deleted'; data: { contributionId: string } }
  | { type: 'reaction.sent'; data: { reaction: Reaction } }
  | { type: 'ready.checked'; data: { open: boolean } }
  | { type: 'ready.answered'; data: { checkId: number; participantId: string; ready: boolean } }
  | { type: 'message.set'; data: { text: string } }
  | { type: 'timer.set'; data: { timer: TimerState } }
  | { type: 'sequence.started'; data: SequenceStarted }
  | { type: 'activity.opened'; data: { activity: ActivityConfig } }
  | {
      type: 'activity.updated';
      data: {
        activityId: string;
        status?: ActivityState['status'];
        revealed?: boolean;
        resultsShown?: boolean;
      };
    }
  | { type: 'ballot.cast'; data: { activityId: string; voter: string; ballot: unknown } }
  | { type: 'session.closed'; data: Record<string, never> }
  | OpenSpaceEventBody
  | GroupsEventBody;

export type LiveEvent = LiveEventBody & {
  seq: number;
  /** Server time (ms since epoch) of the commit. */
  at: number;
};

export type Contribution = ContributionPosted & {
  seq: number;
  at: number;
  hidden: boolean;
  edited: boolean;
  /** Q&A: the facilitator marked the question answered. */
  answered: boolean;
};

export interface RoomState {
  seq: number;
  message: string;
  timer: TimerState;
  sequence: CurrentSequence | null;
  contributions: Contribution[];
  activities: ActivityState[];
  /** activity id → voter → latest ballot. Voters are participant ids, or opaque keys in anonymous activities. */
  ballots: Record<string, Record<string, unknown>>;
  /** Reaction → how many were sent since the session opened. */
  reactions: Partial<Record<Reaction, number>>;
  ready: ReadyCheck | null;
  closed: boolean;
  /** Open Space (Forum Ouvert): absent until the room's first Open Space event. */
  openSpace?: OpenSpaceState;
  /** Groups and rotations: absent until the first plan. */
  groups?: GroupsState;
}

export const EMPTY_ROOM: RoomState = {
  seq: 0,
  message: '',
  timer: IDLE_TIMER,
  sequence: null,
  contributions: [],
  activities: [],
  ballots: {},
  reactions: {},
  ready: null,
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
  const contributions = () => {
    if (!copied) {
      next.contributions = [...next.contributions];
      copied = true;
    }
    return next.contributions;
  };
  const patchContribution = (id: string, patch: Partial<Contribution>) => {
    const list = contributions();
    const i = list.findIndex((c) => c.id === id);
    const found = list[i];
    if (found) list[i] = { ...found, ...patch };
  };
  for (const event of events) {
    if (event.seq <= next.seq) continue;
    next.seq = event.seq;
    if (isOpenSpaceEvent(event)) {
      next.openSpace = foldOpenSpace(next.openSpace, event);
      continue;
    }
    if (isGroupsEvent(event)) {
      const groups = foldGroups(next.groups, event);
      if (groups) next.groups = groups;
      continue;
    }
    switch (event.type) {
      case 'contribution.posted':
        contributions().push({
          ...event.data,
          seq: event.seq,
          at: event.at,
          hidden: false,
          edited: false,
          answered: false,
        });
        break;
      case 'contribution.edited':
        patchContribution(event.data.contributionId, {
          text: event.data.text,
          edited: true,
          flagged: event.data.flagged ?? [],
        });
        break;
      case 'contribution.moderated':
        patchContribution(event.data.contributionId, {
          ...(event.data.hidden !== undefined ? { hidden: event.data.hidden } : {}),
          ...(event.data.answered !== undefined ? { answered: event.data.answered } : {}),
        });
        break;
      case 'contribution.deleted': {
        const list = contributions();
        const i = list.findIndex((c) => c.id === event.data.contributionId);
        if (i >= 0) list.splice(i, 1);
        break;
      }
      case 'reaction.sent':
        next.reactions = {
          ...next.reactions,
          [event.data.reaction]: (next.reactions[event.data.reaction] ?? 0) + 1,
        };
        break;
      case 'ready.checked':
        next.ready = event.data.open
          ? { id: event.seq, open: true, answers: {} }
          : next.ready && { ...next.ready, open: false };
        break;
      case 'ready.answered':
        if (next.ready?.id === event.data.checkId)
          next.ready = {
            ...next.ready,
            answers: { ...next.ready.answers, [event.data.participantId]: event.data.ready },
          };
        break;
      case 'message.set':
        next.message = event.data.text;
        break;
      case 'timer.set':
        next.timer = event.data.timer;
        break;
      case 'sequence.started': {
        const { timer, ...sequence } = event.data;
        next.sequence = sequence;
        if (timer) next.timer = timer;
        break;
      }
      case 'activity.opened':
        next.activities = [
          ...next.activities.filter((a) => a.id !== event.data.activity.id),
          {
            ...event.data.activity,
            status: 'open',
            revealed: false,
            resultsShown: false,
            openedSeq: event.seq,
          },
        ];
        break;
      case 'activity.updated': {
        const { activityId, ...patch } = event.data;
        next.activities = next.activities.map((a) => (a.id === activityId ? { ...a, ...patch } : a));
        break;
      }
      case 'ballot.cast': {
        const { activityId, voter, ballot } = event.data;
        next.ballots = { ...next.ballots, [activityId]: { ...next.ballots[activityId], [voter]: ballot } };
        break;
      }
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

export const findActivity = (state: RoomState, id: string | null | undefined): ActivityState | undefined =>
  id ? state.activities.find((a) => a.id === id) : undefined;

/**
 * Whether a participant's phone receives an event (FANOUT-3). Contributions
 * reach phones only in activities that are public or revealed; ballots never
 * (a phone knows its own); facilitator events always. Decided against the
 * state the event applies to.
 */
export function visibleToParticipants(event: LiveEvent, state: RoomState = EMPTY_ROOM): boolean {
  switch (event.type) {
    case 'contribution.posted':
      return isVisibleToParticipants(findActivity(state, event.data.activityId));
    case 'contribution.edited':
    case 'contribution.moderated':
    case 'contribution.deleted': {
      const c = state.contributions.find((x) => x.id === event.data.contributionId);
      return !!c && isVisibleToParticipants(findActivity(state, c.activityId));
    }
    case 'ballot.cast':
    case 'ready.answered':
    case 'reaction.sent':
    // OS-LIVE-4, OS-LIVE-7: others' interests and check-ins; phones get counts in snapshots.
    case 'openspace.interest.set':
    case 'openspace.checked-in':
      // Phones do not need others' ballots, readiness or applause (a plenary of 2,000 would echo).
      return false;
    default:
      return true;
  }
}

/**
 * What a participant's phone may hold: visible, unhidden contributions and no one's ballots.
 * Naming the viewer keeps their own Open Space interests and check-ins (OS-LIVE-9).
 */
export function participantView(state: RoomState, viewerId: string | null = null): RoomState {
  return {
    ...state,
    contributions: state.contributions.filter(
      (c) => !c.hidden && isVisibleToParticipants(findActivity(state, c.activityId)),
    ),
    ballots: {},
    // Who is ready is for the facilitator; a phone remembers its own answer.
    ready: state.ready && { ...state.ready, answers: {} },
    reactions: {},
    ...(state.openSpace ? { openSpace: openSpaceForParticipant(state.openSpace, viewerId) } : {}),
  };
}

/** A reveal changes what phones may see: they get a fresh participant snapshot. */
export const revealsContributions = (event: LiveEvent): boolean =>
  event.type === 'activity.updated' && event.data.revealed === true;
