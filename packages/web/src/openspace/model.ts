/**
 * Pure views of the room's Open Space for the screens: the agenda grid (slots × spaces), a
 * person's sessions, where they are, and whether they may file a report. No React, no I/O: the
 * rules they mirror are in packages/server/src/live/SPEC.md (OS-LIVE-n).
 */
import type { AgendaFlag, FiledReport, OpenSpaceState, OpenSpaceTopic, TimeSlot } from '@cercle/core';

export interface GridCell {
  slotId: string;
  spaceId: string;
  topic: OpenSpaceTopic | null;
  present: number;
  /** Hard-rule flags (OS-22 shared cell, OS-23 convener clash) naming this cell's session. */
  flags: AgendaFlag[];
}

export interface GridRow {
  slot: TimeSlot;
  cells: GridCell[];
}

/** The wall as rows of time slots, one cell per space, in the facilitator's order. */
export function buildGrid(os: OpenSpaceState, flags: readonly AgendaFlag[] = []): GridRow[] {
  const topics = new Map(os.topics.map((t) => [t.id, t]));
  const at = new Map(os.agenda.map((p) => [`${p.slotId}\u0000${p.spaceId}`, p.sessionId]));
  return os.slots.map((slot) => ({
    slot,
    cells: os.spaces.map((space) => {
      const id = at.get(`${slot.id}\u0000${space.id}`);
      const topic = (id && topics.get(id)) || null;
      return {
        slotId: slot.id,
        spaceId: space.id,
        topic,
        present: topic ? (os.presentCounts[topic.id] ?? 0) : 0,
        flags: topic ? flags.filter((f) => f.severity === 'error' && f.sessionIds.includes(topic.id)) : [],
      };
    }),
  }));
}

/** Topics not on the wall (yet, or taken off), in proposal order. */
export function offWall(os: OpenSpaceState): OpenSpaceTopic[] {
  const placed = new Set(os.agenda.map((p) => p.sessionId));
  return os.topics.filter((t) => !placed.has(t.id));
}

/** "Morning 1 (09:30–10:30)": the slot's label with its times when given. */
export function slotText(slot: TimeSlot): string {
  const times = [slot.start, slot.end].filter(Boolean).join('–');
  return times ? `${slot.label} (${times})` : slot.label;
}

/** What a phone knows of its own interests and check-ins (events about them reach staff only). */
export interface Own {
  interests: ReadonlySet<string>;
  /** slotId → the session I am in (null: walking between sessions). */
  places: Readonly<Record<string, string | null>>;
  /** Sessions I checked in to at some point (a scribe may report on them, OS-LIVE-8). */
  visited: ReadonlySet<string>;
}

/** My own interests and places as the state carries them (a staff state or my snapshot). */
export function ownFromState(os: OpenSpaceState, me: string): Own {
  const places: Record<string, { sessionId: string | null; at: number }> = {};
  const visited = new Set<string>();
  for (const c of os.checkIns) {
    if (c.participantId !== me) continue;
    if (c.sessionId) visited.add(c.sessionId);
    const before = places[c.slotId];
    if (!before || c.at > before.at) places[c.slotId] = { sessionId: c.sessionId, at: c.at };
  }
  return {
    interests: new Set(os.interests[me] ?? []),
    places: Object.fromEntries(Object.entries(places).map(([k, v]) => [k, v.sessionId])),
    visited,
  };
}

export interface MySession {
  slot: TimeSlot;
  /** Sessions of this slot I convene or marked, with where they run. */
  sessions: { topic: OpenSpaceTopic; spaceName: string; convening: boolean }[];
  /** Where I checked in for this slot: a session id, null (walking) or undefined (not said). */
  place: string | null | undefined;
}

/** My agenda: for each slot, the sessions I convene or am interested in, and where I am. */
export function mySessions(os: OpenSpaceState, me: string, own: Own): MySession[] {
  const topics = new Map(os.topics.map((t) => [t.id, t]));
  const spaces = new Map(os.spaces.map((s) => [s.id, s.name]));
  return os.slots.map((slot) => ({
    slot,
    sessions: os.agenda
      .filter((p) => p.slotId === slot.id)
      .flatMap((p) => {
        const topic = topics.get(p.sessionId);
        if (!topic) return [];
        const convening = topic.convenerId === me;
        if (!convening && !own.interests.has(topic.id)) return [];
        return [{ topic, spaceName: spaces.get(p.spaceId) ?? '', convening }];
      }),
    place: own.places[slot.id],
  }));
}

/** OS-LIVE-8 as a phone can tell: the convener, or someone who checked in to the session. */
export const mayFileReport = (topic: OpenSpaceTopic, me: string, own: Own): boolean =>
  topic.convenerId === me || own.visited.has(topic.id);

/**
 * The people interested in a topic, as a phone shows it: the counts the server sends after every
 * change (ServerMessage `counts`), never less than my own mark while those are on their way.
 */
export function shownInterestCount(os: OpenSpaceState, own: Own, topicId: string): number {
  return Math.max(own.interests.has(topicId) ? 1 : 0, os.interestCounts[topicId] ?? 0);
}

/** The newest reports first, for the news wall. */
export const latestReports = (os: OpenSpaceState, max = Number.POSITIVE_INFINITY): FiledReport[] =>
  [...os.reports].sort((a, b) => b.seq - a.seq).slice(0, max);

/** A multi-line text as a report list: one item per non-empty line. */
export const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
