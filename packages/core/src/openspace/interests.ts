/**
 * Interest bookkeeping shared by the scheduler, the agenda checks and the tests: who wants
 * which session (OS-2), how many people want two sessions at once (OS-3) and how many people
 * a space is short of (OS-4).
 */
import type { BreakoutSpace, Interests, OpenSpaceAgenda, OpenSpaceSession } from './types.ts';

export interface InterestIndex {
  /** sessionId → the distinct participants interested in it, in order of first appearance. */
  interested: Map<string, string[]>;
  /** Interests naming a session that does not exist (a topic withdrawn after people marked it). */
  unknown: { participantId: string; sessionId: string }[];
}

/** OS-2: each participant counts once per session; unknown sessions are set aside, not fatal. */
export function indexInterests(sessions: readonly OpenSpaceSession[], interests: Interests): InterestIndex {
  const interested = new Map<string, string[]>(sessions.map((s) => [s.id, []]));
  const seen = new Map<string, Set<string>>();
  const unknown: InterestIndex['unknown'] = [];
  for (const [participantId, wanted] of Object.entries(interests)) {
    if (!Array.isArray(wanted)) continue;
    for (const sessionId of wanted) {
      const people = interested.get(sessionId);
      if (people === undefined) {
        unknown.push({ participantId, sessionId: String(sessionId) });
        continue;
      }
      let mine = seen.get(participantId);
      if (mine === undefined) {
        mine = new Set();
        seen.set(participantId, mine);
      }
      if (mine.has(sessionId)) continue;
      mine.add(sessionId);
      people.push(participantId);
    }
  }
  return { interested, unknown };
}

/** Number of distinct participants interested in each session (OS-2). */
export function demandBySession(index: InterestIndex): Map<string, number> {
  return new Map([...index.interested].map(([id, people]) => [id, people.length]));
}

/**
 * OS-3: for each person and each slot, the wanted sessions placed in that slot beyond the
 * first: the sessions they will have to miss.
 */
export function countConflicts(agenda: OpenSpaceAgenda, index: InterestIndex): number {
  const wantedPerSlot = new Map<string, number>();
  const counted = new Set<string>();
  let conflicts = 0;
  for (const p of agenda) {
    // A session placed twice (a hand-made mistake, flagged elsewhere) is counted once.
    if (counted.has(p.sessionId)) continue;
    counted.add(p.sessionId);
    for (const person of index.interested.get(p.sessionId) ?? []) {
      const key = `${p.slotId}\u0000${person}`;
      const n = (wantedPerSlot.get(key) ?? 0) + 1;
      wantedPerSlot.set(key, n);
      if (n > 1) conflicts += 1;
    }
  }
  return conflicts;
}

/** OS-4: people beyond the capacity of the space, summed over placed sessions. */
export function countOverflow(
  agenda: OpenSpaceAgenda,
  spaces: readonly BreakoutSpace[],
  index: InterestIndex,
): number {
  const capacity = new Map(spaces.map((s) => [s.id, s.capacity]));
  const counted = new Set<string>();
  let overflow = 0;
  for (const p of agenda) {
    if (counted.has(p.sessionId)) continue;
    counted.add(p.sessionId);
    const demand = index.interested.get(p.sessionId)?.length ?? 0;
    overflow += Math.max(0, demand - (capacity.get(p.spaceId) ?? 0));
  }
  return overflow;
}
