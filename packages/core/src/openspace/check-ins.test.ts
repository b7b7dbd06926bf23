import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckIn, foldCheckIns } from './check-ins.ts';

const ci = (participantId: string, sessionId: string | null, slotId: string, at: number): CheckIn => ({
  participantId,
  sessionId,
  slotId,
  at,
});

describe('check-ins (law of two feet)', () => {
  it('OS-40: one place per person and slot, the latest check-in wins', () => {
    const w = foldCheckIns([
      ci('ana', 'a', 't1', 1),
      ci('ana', 'b', 't1', 5),
      ci('ana', 'c', 't2', 2),
      ci('ben', 'a', 't1', 3),
    ]);
    expect(w.bySlot.get('t1')).toEqual(
      new Map([
        ['ana', 'b'],
        ['ben', 'a'],
      ]),
    );
    expect(w.bySlot.get('t2')).toEqual(new Map([['ana', 'c']]));
  });

  it('OS-40: order of arrival does not matter; equal times: the later in the list wins', () => {
    const w = foldCheckIns([ci('ana', 'b', 't1', 5), ci('ana', 'a', 't1', 1)]);
    expect(w.bySlot.get('t1')?.get('ana')).toBe('b');
    expect(
      foldCheckIns([ci('ana', 'a', 't1', 5), ci('ana', 'b', 't1', 5)])
        .bySlot.get('t1')
        ?.get('ana'),
    ).toBe('b');
  });

  it('OS-41: present now and everyone who came by; walking away (null) leaves no session', () => {
    const w = foldCheckIns([
      ci('ana', 'a', 't1', 1),
      ci('ben', 'a', 't1', 2),
      ci('ana', null, 't1', 3),
      ci('cy', 'b', 't1', 4),
    ]);
    expect(w.attendance).toEqual([
      { sessionId: 'a', slotId: 't1', present: ['ben'], visited: ['ana', 'ben'] },
      { sessionId: 'b', slotId: 't1', present: ['cy'], visited: ['cy'] },
    ]);
    expect(w.bySlot.get('t1')?.get('ana')).toBeNull();
  });

  it('OS-42: with an agenda, check-ins to a session not in that slot are ignored', () => {
    const agenda = [{ sessionId: 'a', slotId: 't1', spaceId: 'k' }];
    const w = foldCheckIns(
      [ci('ana', 'a', 't1', 1), ci('ana', 'a', 't2', 2), ci('ben', 'zz', 't1', 2)],
      agenda,
    );
    expect([...w.bySlot.keys()]).toEqual(['t1']);
    expect(w.attendance).toEqual([{ sessionId: 'a', slotId: 't1', present: ['ana'], visited: ['ana'] }]);
  });

  it('OS-40 (property): counts add up: everyone present is in exactly one place per slot', () => {
    const row = fc.record({ p: fc.nat(5), s: fc.option(fc.nat(3)), t: fc.nat(2), at: fc.nat(20) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const w = foldCheckIns(
          rows.map((r) => ci(`p${r.p}`, r.s === null ? null : `s${r.s}`, `t${r.t}`, r.at)),
        );
        for (const [slotId, people] of w.bySlot) {
          const inSessions = [...people.values()].filter((s) => s !== null).length;
          const present = w.attendance
            .filter((a) => a.slotId === slotId)
            .reduce((n, a) => n + a.present.length, 0);
          expect(present).toBe(inSessions);
        }
        for (const a of w.attendance) for (const p of a.present) expect(a.visited).toContain(p);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
