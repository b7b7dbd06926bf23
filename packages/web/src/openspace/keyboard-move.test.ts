import { EMPTY_OPEN_SPACE, type OpenSpaceState } from '@cercle/core';
import { describe, expect, it } from 'vitest';
import { draftsOf, freshId, gridFromDrafts } from './grid-form.ts';
import { cursorOf, moveCursor, moveTargets } from './keyboard-move.ts';

describe('moveCursor', () => {
  it('walks the grid with the arrows and stops at its edges', () => {
    expect(moveCursor({ row: 0, col: 0 }, 'ArrowDown', 2, 3)).toEqual({ row: 1, col: 0 });
    expect(moveCursor({ row: 1, col: 0 }, 'ArrowDown', 2, 3)).toEqual({ row: 1, col: 0 });
    expect(moveCursor({ row: 1, col: 0 }, 'ArrowRight', 2, 3)).toEqual({ row: 1, col: 1 });
    expect(moveCursor({ row: 1, col: 0 }, 'ArrowLeft', 2, 3)).toEqual({ row: 1, col: 0 });
    expect(moveCursor({ row: 1, col: 1 }, 'ArrowUp', 2, 3)).toEqual({ row: 0, col: 1 });
    expect(moveCursor({ row: 1, col: 1 }, 'End', 2, 3)).toEqual({ row: 1, col: 2 });
    expect(moveCursor({ row: 1, col: 2 }, 'Home', 2, 3)).toEqual({ row: 1, col: 0 });
  });

  it('lets other keys through', () => {
    expect(moveCursor({ row: 0, col: 0 }, 'Tab', 2, 2)).toBeNull();
    expect(moveCursor({ row: 0, col: 0 }, 'ArrowDown', 0, 2)).toBeNull();
  });
});

const os: OpenSpaceState = {
  ...EMPTY_OPEN_SPACE,
  topics: [{ id: 't1', title: 'Budget', convenerId: 'a', convenerName: 'A', description: '' }],
  slots: [
    { id: 'am', label: 'Matin', start: '09:00' },
    { id: 'pm', label: 'Après-midi' },
  ],
  spaces: [
    { id: 'r1', name: 'Salle 1', capacity: 5 },
    { id: 'r2', name: 'Salle 2', capacity: 5 },
  ],
  agenda: [{ sessionId: 't1', slotId: 'pm', spaceId: 'r2' }],
};

describe('move targets', () => {
  it('offers every cell, naming the session that would trade places', () => {
    const targets = moveTargets(os);
    expect(targets.map((t) => t.label)).toEqual([
      'Matin (09:00) · Salle 1',
      'Matin (09:00) · Salle 2',
      'Après-midi · Salle 1',
      'Après-midi · Salle 2',
    ]);
    expect(targets[3]?.occupant).toBe('Budget');
    expect(targets[0]?.occupant).toBeNull();
  });

  it('starts a keyboard move where the card is', () => {
    expect(cursorOf(os, 't1')).toEqual({ row: 1, col: 1 });
    expect(cursorOf(os, 'nowhere')).toEqual({ row: 0, col: 0 });
  });
});

describe('grid form', () => {
  it('starts with one empty row of each, or the grid the room has', () => {
    expect(draftsOf(undefined).slots).toHaveLength(1);
    expect(draftsOf(os).spaces).toEqual([
      { id: 'r1', name: 'Salle 1', capacity: '5' },
      { id: 'r2', name: 'Salle 2', capacity: '5' },
    ]);
  });

  it('makes the grid.set payload, times only when typed', () => {
    const result = gridFromDrafts(
      [{ id: 's1', label: ' Matin ', start: '09:30', end: '' }],
      [{ id: 'p1', name: 'Agora', capacity: '30' }],
    );
    expect(result).toEqual({
      ok: true,
      slots: [{ id: 's1', label: 'Matin', start: '09:30' }],
      spaces: [{ id: 'p1', name: 'Agora', capacity: 30 }],
    });
  });

  it('names the rows that are wrong', () => {
    const result = gridFromDrafts(
      [{ id: 's1', label: ' ', start: '', end: '' }],
      [
        { id: 'p1', name: 'Agora', capacity: '-1' },
        { id: 'p2', name: '', capacity: '2.5' },
      ],
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        { kind: 'slotLabel', row: 0 },
        { kind: 'capacity', row: 0 },
        { kind: 'spaceName', row: 1 },
        { kind: 'capacity', row: 1 },
      ]);
    expect(gridFromDrafts([], []).ok).toBe(false);
  });

  it('finds an unused id', () => {
    expect(freshId('slot', ['slot1', 'slot3'])).toBe('slot2');
    expect(freshId('space', [])).toBe('space1');
  });
});
