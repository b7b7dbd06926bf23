/**
 * Open Space (Forum Ouvert) in a live room: the marketplace of topics, the agenda wall, the law of
 * two feet and the session reports, as actions, events and the `openSpace` part of the room state.
 * The algorithms are in ../openspace (OS-n rules); what the room adds — who may do what, what
 * phones see — is in packages/server/src/live/SPEC.md, "Open Space" (OS-LIVE-n rules).
 * Decisions are in ./open-space-decide.ts; the action schemas in ./open-space-schemas.ts, apart,
 * because this file is folded in browsers and must not pull zod into the web bundle (zod builds
 * its parsers with `Function`, which our CSP refuses).
 */
import { checkAgenda } from '../openspace/check-agenda.ts';
import type { CheckIn } from '../openspace/check-ins.ts';
import { moveSession, unplaceSession } from '../openspace/move-session.ts';
import type { ProceedingsInput } from '../openspace/proceedings.ts';
import type { SessionReport } from '../openspace/report.ts';
import type { UnplacedSession } from '../openspace/schedule.ts';
import type { AgendaFlag, BreakoutSpace, OpenSpaceSession, Placement, TimeSlot } from '../openspace/types.ts';

export const OPEN_SPACE_LIMITS = {
  topicTitleMax: 120,
  topicDescriptionMax: 1_000,
  /** A marketplace of a few hundred people rarely has more than 80 topics. */
  topicsMax: 200,
  /** Per convener: a marketplace is for everyone, not one voice posting twenty topics. */
  topicsPerConvener: 10,
  slotsMax: 24,
  spacesMax: 100,
  spaceCapacityMax: 10_000,
  labelMax: 80,
} as const;

/** A topic of the marketplace, which becomes a session once on the wall. */
export interface OpenSpaceTopic extends OpenSpaceSession {
  description: string;
  /** The convener's nickname (or the name the facilitator typed), for cards and proceedings. */
  convenerName: string;
  /** MOD-1: words to review. */
  flagged?: string[];
}

export type FiledReport = SessionReport & {
  /** The participant who filed it (null: a facilitator). */
  filedBy: string | null;
  nickname: string;
  seq: number;
};

export interface SchedulerRun {
  seq: number;
  seed: number;
  conflicts: number;
  overflow: number;
  unplaced: UnplacedSession[];
}

export type OpenSpaceEventBody =
  | { type: 'openspace.topic.proposed'; data: { topic: OpenSpaceTopic } }
  | {
      type: 'openspace.topic.edited';
      data: { topicId: string; title?: string; description?: string; flagged?: string[] };
    }
  | { type: 'openspace.topic.withdrawn'; data: { topicId: string } }
  | { type: 'openspace.grid.set'; data: { slots: TimeSlot[]; spaces: BreakoutSpace[] } }
  | { type: 'openspace.interest.set'; data: { participantId: string; topicId: string; interested: boolean } }
  /** The scheduler's result: replays apply the placements and never search again (OS-LIVE-5). */
  | {
      type: 'openspace.scheduled';
      data: {
        agenda: Placement[];
        unplaced: UnplacedSession[];
        conflicts: number;
        overflow: number;
        seed: number;
      };
    }
  /** `slotId: null`: taken off the wall. `flags`: the hard rules the move broke, for the record. */
  | {
      type: 'openspace.session.moved';
      data: { sessionId: string; slotId: string | null; spaceId: string | null; flags: AgendaFlag[] };
    }
  | {
      type: 'openspace.checked-in';
      data: { participantId: string; sessionId: string | null; slotId: string };
    }
  | {
      type: 'openspace.report.filed';
      data: { report: SessionReport; filedBy: string | null; nickname: string };
    };

export type OpenSpaceEvent = OpenSpaceEventBody & { seq: number; at: number };

export interface OpenSpaceState {
  /** The marketplace, in proposal order. */
  topics: OpenSpaceTopic[];
  slots: TimeSlot[];
  spaces: BreakoutSpace[];
  /** participantId → topics they marked. Staff see everyone's; a phone sees its own only. */
  interests: Record<string, string[]>;
  /** Topic id → people interested: what phones, which are not sent others' interests, show. */
  interestCounts: Record<string, number>;
  agenda: Placement[];
  lastRun: SchedulerRun | null;
  /** `foldCheckIns`' input, one entry per person, slot and session (the latest, `at` = seq). Phones: their own. */
  checkIns: CheckIn[];
  /** Session id → people there now (OS-40). */
  presentCounts: Record<string, number>;
  /** One per session, the last filed wins (OS-63), in order of first filing. */
  reports: FiledReport[];
}

export const EMPTY_OPEN_SPACE: OpenSpaceState = {
  topics: [],
  slots: [],
  spaces: [],
  interests: {},
  interestCounts: {},
  agenda: [],
  lastRun: null,
  checkIns: [],
  presentCounts: {},
  reports: [],
};

export const isOpenSpaceEvent = <E extends { type: string }>(event: E): event is E & OpenSpaceEventBody =>
  event.type.startsWith('openspace.');

const bump = (counts: Record<string, number>, id: string, by: number): Record<string, number> => {
  const n = (counts[id] ?? 0) + by;
  const { [id]: _old, ...rest } = counts;
  return n > 0 ? { ...rest, [id]: n } : rest;
};

const without = (counts: Record<string, number>, id: string): Record<string, number> => {
  const { [id]: _gone, ...rest } = counts;
  return rest;
};

/** Applies one Open Space event. Never changes its input. */
export function foldOpenSpace(from: OpenSpaceState | undefined, event: OpenSpaceEvent): OpenSpaceState {
  const os = from ?? EMPTY_OPEN_SPACE;
  switch (event.type) {
    case 'openspace.topic.proposed':
      return { ...os, topics: [...os.topics, event.data.topic] };
    case 'openspace.topic.edited': {
      const { topicId, ...patch } = event.data;
      return {
        ...os,
        topics: os.topics.map((t) =>
          t.id === topicId ? { ...t, ...patch, flagged: patch.flagged ?? [] } : t,
        ),
      };
    }
    case 'openspace.topic.withdrawn': {
      const id = event.data.topicId;
      const interests: Record<string, string[]> = {};
      for (const [p, ids] of Object.entries(os.interests)) interests[p] = ids.filter((x) => x !== id);
      return {
        ...os,
        topics: os.topics.filter((t) => t.id !== id),
        interests,
        interestCounts: without(os.interestCounts, id),
        agenda: unplaceSession(os.agenda, id),
        presentCounts: without(os.presentCounts, id),
        reports: os.reports.filter((r) => r.sessionId !== id),
      };
    }
    case 'openspace.grid.set': {
      const slots = new Set(event.data.slots.map((s) => s.id));
      const spaces = new Set(event.data.spaces.map((s) => s.id));
      return {
        ...os,
        slots: event.data.slots,
        spaces: event.data.spaces,
        // A card whose slot or space is gone goes back to the marketplace.
        agenda: os.agenda.filter((p) => slots.has(p.slotId) && spaces.has(p.spaceId)),
      };
    }
    case 'openspace.interest.set': {
      const { participantId, topicId, interested } = event.data;
      const mine = os.interests[participantId] ?? [];
      if (mine.includes(topicId) === interested) return os;
      return {
        ...os,
        interests: {
          ...os.interests,
          [participantId]: interested ? [...mine, topicId] : mine.filter((x) => x !== topicId),
        },
        interestCounts: bump(os.interestCounts, topicId, interested ? 1 : -1),
      };
    }
    case 'openspace.scheduled': {
      const { agenda, ...run } = event.data;
      return { ...os, agenda, lastRun: { seq: event.seq, ...run } };
    }
    case 'openspace.session.moved': {
      const { sessionId, slotId, spaceId } = event.data;
      return {
        ...os,
        agenda:
          slotId && spaceId
            ? moveSession(os.agenda, sessionId, slotId, spaceId)
            : unplaceSession(os.agenda, sessionId),
      };
    }
    case 'openspace.checked-in':
      return checkIn(os, { ...event.data, at: event.seq });
    case 'openspace.report.filed': {
      const { report, filedBy, nickname } = event.data;
      const filed: FiledReport = { ...report, filedBy, nickname, seq: event.seq };
      const i = os.reports.findIndex((r) => r.sessionId === report.sessionId);
      const reports = [...os.reports];
      if (i >= 0) reports[i] = filed;
      else reports.push(filed);
      return { ...os, reports };
    }
  }
}

/** OS-40 incrementally: the person leaves where they were in this slot and is counted where they are now. */
function checkIn(os: OpenSpaceState, c: CheckIn): OpenSpaceState {
  let previous: CheckIn | undefined;
  for (const x of os.checkIns) {
    if (x.participantId === c.participantId && x.slotId === c.slotId && (!previous || x.at > previous.at))
      previous = x;
  }
  let presentCounts = os.presentCounts;
  if (previous?.sessionId) presentCounts = bump(presentCounts, previous.sessionId, -1);
  if (c.sessionId) presentCounts = bump(presentCounts, c.sessionId, 1);
  // The same person back in the same session adds nothing to remember but the time (OS-41).
  const checkIns = os.checkIns.filter(
    (x) => !(x.participantId === c.participantId && x.slotId === c.slotId && x.sessionId === c.sessionId),
  );
  checkIns.push(c);
  return { ...os, checkIns, presentCounts };
}

/**
 * What a phone may hold (OS-LIVE-4, OS-LIVE-7): topics, the wall, counts and reports for
 * everyone; interests and check-ins of the viewer only (none when no viewer is named, as in the
 * snapshot every phone shares after a reveal).
 */
export function openSpaceForParticipant(os: OpenSpaceState, viewerId: string | null): OpenSpaceState {
  const mine = viewerId ? os.interests[viewerId] : undefined;
  return {
    ...os,
    interests: viewerId && mine ? { [viewerId]: mine } : {},
    checkIns: viewerId ? os.checkIns.filter((c) => c.participantId === viewerId) : [],
  };
}

/** Events phones are not sent but whose counts they show (OS-LIVE-4, OS-LIVE-7). */
export const changesOpenSpaceCounts = (event: { type: string }): boolean =>
  event.type === 'openspace.interest.set' || event.type === 'openspace.checked-in';

/** A phone applies the counts the server sends after such events (ServerMessage `counts`). */
export function withOpenSpaceCounts<S extends { openSpace?: OpenSpaceState }>(
  state: S,
  counts: { interestCounts: Record<string, number>; presentCounts: Record<string, number> },
): S {
  if (!state.openSpace) return state;
  return {
    ...state,
    openSpace: {
      ...state.openSpace,
      interestCounts: counts.interestCounts,
      presentCounts: counts.presentCounts,
    },
  };
}

/** The topics as the scheduler and `checkAgenda` take them. */
export const sessionsOf = (os: OpenSpaceState): OpenSpaceSession[] =>
  os.topics.map(({ id, title, convenerId, description }) => ({ id, title, convenerId, description }));

/** Interests naming live topics only (a withdrawn topic leaves no trace in the scheduler's input). */
export function currentInterests(os: OpenSpaceState): Record<string, string[]> {
  const live = new Set(os.topics.map((t) => t.id));
  const out: Record<string, string[]> = {};
  for (const [p, ids] of Object.entries(os.interests)) {
    const kept = ids.filter((id) => live.has(id));
    if (kept.length > 0) out[p] = kept;
  }
  return out;
}

/**
 * The wall's flags for the console (OS-20…OS-26): hard rules a hand edit broke, and the people
 * a placement costs. Staff state only: a phone's interests are its own, so its warnings are not.
 */
export const wallFlags = (os: OpenSpaceState): AgendaFlag[] =>
  checkAgenda({
    sessions: sessionsOf(os),
    slots: os.slots,
    spaces: os.spaces,
    interests: currentInterests(os),
    agenda: os.agenda,
  });

/**
 * The input of `compileProceedings` (OS-60…OS-63). `names` are the participants' nicknames;
 * conveners entered by a facilitator are named by the name typed for them.
 */
export function proceedingsInputOf(
  os: OpenSpaceState,
  names: Readonly<Record<string, string>>,
): ProceedingsInput {
  const allNames: Record<string, string> = { ...names };
  for (const t of os.topics) {
    if (t.convenerName && !Object.hasOwn(allNames, t.convenerId)) allNames[t.convenerId] = t.convenerName;
  }
  return {
    sessions: sessionsOf(os),
    agenda: os.agenda,
    slots: os.slots,
    spaces: os.spaces,
    reports: os.reports.map(({ filedBy: _f, nickname: _n, seq: _s, ...report }) => report),
    checkIns: os.checkIns,
    names: allNames,
  };
}
