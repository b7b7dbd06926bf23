import { describe, expect, it } from 'vitest';
import type { VoteOption } from './ballots.ts';
import { type GridBallot, quadrantOf, tallyGrid, validateGridBallot } from './scoring-grid.ts';

const items: VoteOption[] = ['i1', 'i2', 'i3'].map((id) => ({ id, label: id }));
const rule = (ballot: unknown) => {
  const v = validateGridBallot({}, items, ballot as GridBallot);
  return v.ok ? 'ok' : v.rule;
};

describe('scoring grid', () => {
  it('GRID-1: a ballot maps items to points', () => {
    expect(rule({ scores: null })).toBe('GRID-1');
    expect(rule(null)).toBe('GRID-1');
  });

  it('GRID-2: unknown items are refused', () => {
    expect(rule({ scores: { zz: { x: 1, y: 1 } } })).toBe('GRID-2');
  });

  it('GRID-3: coordinates are whole numbers on the scale', () => {
    expect(rule({ scores: { i1: { x: 0, y: 3 } } })).toBe('GRID-3');
    expect(rule({ scores: { i1: { x: 3, y: 6 } } })).toBe('GRID-3');
    expect(rule({ scores: { i1: { x: 2.5, y: 3 } } })).toBe('GRID-3');
    expect(rule({ scores: { i1: { x: 3 } } })).toBe('GRID-3');
    expect(rule({ scores: { i1: { x: 5, y: 1 } } })).toBe('ok');
  });

  it('GRID-4: quadrants split at the midpoint, which counts as high', () => {
    expect(quadrantOf(3, 2.9)).toBe('high-x-low-y');
    expect(quadrantOf(2.5, 4)).toBe('low-x-high-y');
    expect(quadrantOf(0, 10, { min: 0, max: 10 })).toBe('low-x-high-y');
  });

  it('GRID-5: counts and means per item; unplaced items have no mean', () => {
    const result = tallyGrid({}, items, [
      { participantId: 'p1', seq: 1, ballot: { scores: { i1: { x: 5, y: 1 }, i2: { x: 1, y: 1 } } } },
      { participantId: 'p2', seq: 2, ballot: { scores: { i1: { x: 4, y: 2 } } } },
    ]);
    expect(result).toEqual({
      voters: 2,
      invalid: 0,
      items: [
        { optionId: 'i1', count: 2, meanX: 4.5, meanY: 1.5, quadrant: 'high-x-low-y' },
        { optionId: 'i2', count: 1, meanX: 1, meanY: 1, quadrant: 'low-x-low-y' },
        { optionId: 'i3', count: 0, meanX: null, meanY: null, quadrant: null },
      ],
    });
  });
});
