/**
 * Moving a session card on the agenda grid without a mouse: pick a card, walk the cells with
 * the arrow keys (Home/End: first/last space of the slot), Enter drops, Escape cancels. The
 * "Move to…" select offers the same cells in one list.
 */
import type { OpenSpaceState } from '@cercle/core';
import { slotText } from './model.ts';

export interface Cursor {
  row: number;
  col: number;
}

/** The cell a key leads to, or null if the key is not a move (the caller lets it through). */
export function moveCursor(c: Cursor, key: string, rows: number, cols: number): Cursor | null {
  if (rows === 0 || cols === 0) return null;
  const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max - 1);
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(c.row - 1, rows), col: c.col };
    case 'ArrowDown':
      return { row: clamp(c.row + 1, rows), col: c.col };
    case 'ArrowLeft':
      return { row: c.row, col: clamp(c.col - 1, cols) };
    case 'ArrowRight':
      return { row: c.row, col: clamp(c.col + 1, cols) };
    case 'Home':
      return { row: c.row, col: 0 };
    case 'End':
      return { row: c.row, col: cols - 1 };
    default:
      return null;
  }
}

export interface MoveTarget {
  /** `slotId|spaceId`, the select's value. */
  value: string;
  slotId: string;
  spaceId: string;
  label: string;
  /** The title of the session there now (it trades places, OS-30). */
  occupant: string | null;
}

export const targetValue = (slotId: string, spaceId: string): string => `${slotId}|${spaceId}`;

/** Every cell of the grid, slot by slot, for the "Move to…" select. */
export function moveTargets(os: OpenSpaceState): MoveTarget[] {
  const titles = new Map(os.topics.map((t) => [t.id, t.title]));
  const occupant = new Map(os.agenda.map((p) => [targetValue(p.slotId, p.spaceId), p.sessionId]));
  return os.slots.flatMap((slot) =>
    os.spaces.map((space) => {
      const value = targetValue(slot.id, space.id);
      const id = occupant.get(value);
      return {
        value,
        slotId: slot.id,
        spaceId: space.id,
        label: `${slotText(slot)} · ${space.name}`,
        occupant: id ? (titles.get(id) ?? null) : null,
      };
    }),
  );
}

/** Where a session sits on the grid, as a cursor (the start of a keyboard move). */
export function cursorOf(os: OpenSpaceState, sessionId: string): Cursor {
  const p = os.agenda.find((x) => x.sessionId === sessionId);
  if (!p) return { row: 0, col: 0 };
  return {
    row: Math.max(
      0,
      os.slots.findIndex((s) => s.id === p.slotId),
    ),
    col: Math.max(
      0,
      os.spaces.findIndex((s) => s.id === p.spaceId),
    ),
  };
}
