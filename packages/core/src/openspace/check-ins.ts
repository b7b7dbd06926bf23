/**
 * Law of two feet: people check in to a session from their phone and may walk to another one at
 * any time. This fold answers "who is where now" (OS-40) and "who came by" (OS-41).
 */
import type { OpenSpaceAgenda } from './types.ts';

export interface CheckIn {
  participantId: string;
  /** null: the person left and is walking between sessions (a bumblebee). */
  sessionId: string | null;
  slotId: string;
  /** Event time or sequence number; the latest wins. */
  at: number;
}

export interface SessionAttendance {
  sessionId: string;
  slotId: string;
  /** There now, sorted by id. */
  present: string[];
  /** Checked in at some point in that slot, sorted by id: the report's participants. */
  visited: string[];
}

export interface Whereabouts {
  /** slotId → participantId → where they are now (null: walking between sessions). */
  bySlot: Map<string, Map<string, string | null>>;
  /** Every session someone checked in to, in order of first check-in. */
  attendance: SessionAttendance[];
}

/**
 * OS-40: one place per person and slot, the latest check-in wins (ties: later in the list).
 * OS-42: with an agenda, check-ins to a session not on the wall in that slot are ignored
 * (a phone showing a stale wall).
 */
export function foldCheckIns(checkIns: readonly CheckIn[], agenda?: OpenSpaceAgenda): Whereabouts {
  const onWall = agenda && new Set(agenda.map((p) => `${p.slotId}\u0000${p.sessionId}`));
  const latest = new Map<string, Map<string, CheckIn>>();
  const visited = new Map<string, { slotId: string; people: Set<string> }>();
  for (const c of checkIns) {
    if (c.sessionId !== null && onWall && !onWall.has(`${c.slotId}\u0000${c.sessionId}`)) continue;
    let slot = latest.get(c.slotId);
    if (!slot) {
      slot = new Map();
      latest.set(c.slotId, slot);
    }
    const current = slot.get(c.participantId);
    if (current === undefined || c.at >= current.at) slot.set(c.participantId, c);
    if (c.sessionId === null) continue;
    const key = `${c.slotId}\u0000${c.sessionId}`;
    const seen = visited.get(key) ?? { slotId: c.slotId, people: new Set<string>() };
    seen.people.add(c.participantId);
    visited.set(key, seen);
  }
  const bySlot = new Map(
    [...latest].map(([slotId, people]) => [
      slotId,
      new Map([...people].map(([id, c]) => [id, c.sessionId] as const)),
    ]),
  );
  const attendance = [...visited].map(([key, { slotId, people }]): SessionAttendance => {
    const sessionId = key.slice(slotId.length + 1);
    const present = [...(bySlot.get(slotId) ?? [])].filter(([, s]) => s === sessionId).map(([p]) => p);
    return { sessionId, slotId, present: present.sort(), visited: [...people].sort() };
  });
  return { bySlot, attendance };
}
