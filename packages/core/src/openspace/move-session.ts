/**
 * Pure edits of the wall for drag and drop and the keyboard. They never refuse: the result is
 * checked with `checkAgenda`, which flags what the facilitator forced (OS-30, OS-31).
 */
import type { OpenSpaceAgenda, Placement } from './types.ts';

/**
 * OS-30: puts a session in a cell. If another session holds that cell, the two trade places;
 * if the moved session was not on the wall, the occupant leaves the wall instead.
 */
export function moveSession(
  agenda: OpenSpaceAgenda,
  sessionId: string,
  slotId: string,
  spaceId: string,
): Placement[] {
  const from = agenda.find((p) => p.sessionId === sessionId);
  const occupant = agenda.find(
    (p) => p.slotId === slotId && p.spaceId === spaceId && p.sessionId !== sessionId,
  );
  const result: Placement[] = [];
  for (const p of agenda) {
    if (p.sessionId === sessionId) continue;
    if (p === occupant) {
      if (from) result.push({ sessionId: p.sessionId, slotId: from.slotId, spaceId: from.spaceId });
      continue;
    }
    result.push({ ...p });
  }
  result.push({ sessionId, slotId, spaceId });
  return result;
}

/** OS-31: takes a session off the wall (back to the marketplace). */
export function unplaceSession(agenda: OpenSpaceAgenda, sessionId: string): Placement[] {
  return agenda.filter((p) => p.sessionId !== sessionId).map((p) => ({ ...p }));
}
