import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAgenda } from './check-agenda.ts';
import { grid } from './fixtures.ts';
import { moveSession, unplaceSession } from './move-session.ts';
import type { OpenSpaceSession, Placement } from './types.ts';

const sessions: OpenSpaceSession[] = [
  { id: 'a', title: 'Alpha', convenerId: 'x' },
  { id: 'b', title: 'Beta', convenerId: 'x' },
  { id: 'c', title: 'Gamma', convenerId: 'y' },
];
const wall = grid(2, [2, 10]);
const interests = { p1: ['a', 'c'], p2: ['a', 'c'], p3: ['a'], p4: ['b'] };
const at = (sessionId: string, slot: number, space: number): Placement => ({
  sessionId,
  slotId: `t${slot}`,
  spaceId: `k${space}`,
});
const rules = (agenda: Placement[]) =>
  checkAgenda({ sessions, ...wall, interests, agenda }).map(
    (f) => `${f.rule} ${f.severity} ${f.sessionIds.join(',')}${f.count === undefined ? '' : ` ${f.count}`}`,
  );

describe('agenda checks', () => {
  it('a clean wall has no flag', () => {
    expect(rules([at('a', 0, 1), at('b', 1, 0), at('c', 1, 1)])).toEqual([]);
  });

  it('OS-20, OS-21: unknown names and sessions placed twice are errors', () => {
    expect(rules([at('a', 0, 1), at('a', 1, 1), at('b', 1, 0), at('c', 0, 9)])).toEqual([
      'OS-21 error a',
      'OS-20 error c',
      'OS-26 warning c',
    ]);
  });

  it('OS-22: two sessions in one cell are an error', () => {
    expect(rules([at('a', 0, 1), at('c', 0, 1), at('b', 1, 0)])).toContain('OS-22 error a,c');
  });

  it('OS-23: a convener with two sessions at once is an error', () => {
    expect(rules([at('a', 0, 1), at('b', 0, 0), at('c', 1, 1)])).toEqual(['OS-23 error a,b']);
  });

  it('OS-24, OS-25: capacity exceeded and interest conflicts are warnings with counts', () => {
    expect(rules([at('a', 0, 0), at('c', 0, 1), at('b', 1, 0)])).toEqual([
      'OS-24 warning a 1',
      'OS-25 warning a,c 2',
    ]);
  });

  it('OS-26: a session not on the wall is a warning', () => {
    expect(rules([at('a', 0, 1), at('c', 1, 1)])).toEqual(['OS-26 warning b']);
  });

  it('OS-23 (property): every forced convener double-booking is flagged, and only those', () => {
    const many = Array.from({ length: 8 }, (_, n) => ({
      id: `s${n}`,
      title: `S${n}`,
      convenerId: `c${n % 3}`,
    }));
    const placement = fc.record({ slot: fc.nat(2), space: fc.nat(3) });
    fc.assert(
      fc.property(fc.array(fc.option(placement), { minLength: 8, maxLength: 8 }), (cells) => {
        const agenda = cells.flatMap((c, n) =>
          c ? [{ sessionId: `s${n}`, slotId: `t${c.slot}`, spaceId: `k${c.space}` }] : [],
        );
        const expected = new Set<string>();
        for (const p of agenda) {
          const same = agenda.filter(
            (q) => q.slotId === p.slotId && q.sessionId.slice(1) !== p.sessionId.slice(1),
          );
          const mine = (q: Placement) =>
            Number(q.sessionId.slice(1)) % 3 === Number(p.sessionId.slice(1)) % 3;
          if (same.some(mine)) expected.add(`${p.slotId} ${Number(p.sessionId.slice(1)) % 3}`);
        }
        const flags = checkAgenda({ sessions: many, ...grid(3, [5, 5, 5, 5]), interests: {}, agenda });
        const flagged = flags
          .filter((f) => f.rule === 'OS-23')
          .map((f) => `${f.slotId} ${Number(f.sessionIds[0]?.slice(1)) % 3}`);
        expect(new Set(flagged)).toEqual(expected);
        expect(flagged.length).toBe(expected.size);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('wall edits', () => {
  const agenda = [at('a', 0, 0), at('c', 1, 1)];

  it('OS-30: a move to an empty cell just moves', () => {
    expect(moveSession(agenda, 'a', 't1', 'k0')).toEqual([at('c', 1, 1), at('a', 1, 0)]);
  });

  it('OS-30: a move onto a taken cell swaps the two sessions', () => {
    expect(moveSession(agenda, 'a', 't1', 'k1')).toEqual([at('c', 0, 0), at('a', 1, 1)]);
    expect(agenda).toEqual([at('a', 0, 0), at('c', 1, 1)]);
  });

  it('OS-30: a session from the marketplace takes the cell; its occupant goes back', () => {
    expect(moveSession(agenda, 'b', 't1', 'k1')).toEqual([at('a', 0, 0), at('b', 1, 1)]);
  });

  it('OS-31: unplacing a session takes it off the wall only', () => {
    expect(unplaceSession(agenda, 'a')).toEqual([at('c', 1, 1)]);
  });

  it('OS-30: a forced move is flagged, never refused', () => {
    const forced = moveSession([at('a', 0, 1), at('b', 1, 0)], 'b', 't0', 'k0');
    expect(checkAgenda({ sessions, ...wall, interests, agenda: forced }).map((f) => f.rule)).toContain(
      'OS-23',
    );
  });
});
