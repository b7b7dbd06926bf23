import { EMPTY_OPEN_SPACE, type OpenSpaceState, wallFlags } from '@cercle/core';
import { describe, expect, it } from 'vitest';
import {
  buildGrid,
  latestReports,
  linesOf,
  mayFileReport,
  mySessions,
  offWall,
  ownFromState,
  shownInterestCount,
  slotText,
} from './model.ts';
import { EMPTY_OVERLAY, mergeOwn, rememberOwn } from './own.ts';

const topic = (id: string, convenerId: string) => ({
  id,
  title: `Topic ${id}`,
  description: '',
  convenerId,
  convenerName: convenerId,
});

const room: OpenSpaceState = {
  ...EMPTY_OPEN_SPACE,
  topics: [topic('t1', 'ana'), topic('t2', 'ben'), topic('t3', 'ana'), topic('t4', 'cy')],
  slots: [
    { id: 'am', label: 'Morning', start: '09:30', end: '10:30' },
    { id: 'pm', label: 'Afternoon' },
  ],
  spaces: [
    { id: 'r1', name: 'Room 1', capacity: 10 },
    { id: 'r2', name: 'Room 2', capacity: 10 },
  ],
  interests: { ben: ['t1', 't3'], cy: ['t2'] },
  interestCounts: { t1: 1, t3: 1, t2: 1 },
  agenda: [
    { sessionId: 't1', slotId: 'am', spaceId: 'r1' },
    { sessionId: 't3', slotId: 'am', spaceId: 'r2' },
    { sessionId: 't2', slotId: 'pm', spaceId: 'r2' },
  ],
  checkIns: [
    { participantId: 'ben', slotId: 'am', sessionId: 't1', at: 5 },
    { participantId: 'ben', slotId: 'am', sessionId: 't3', at: 7 },
  ],
  presentCounts: { t3: 1 },
};

describe('buildGrid', () => {
  it('lays the wall out slot by slot, one cell per space, with presence counts', () => {
    const grid = buildGrid(room);
    expect(grid.map((r) => r.slot.id)).toEqual(['am', 'pm']);
    expect(grid[0]?.cells.map((c) => c.topic?.id ?? null)).toEqual(['t1', 't3']);
    expect(grid[1]?.cells.map((c) => c.topic?.id ?? null)).toEqual([null, 't2']);
    expect(grid[0]?.cells[1]?.present).toBe(1);
    expect(grid[0]?.cells[0]?.present).toBe(0);
  });

  it('attaches the convener clash (OS-23) to both cards of the slot', () => {
    // ana convenes t1 and t3, both in the morning.
    const grid = buildGrid(room, wallFlags(room));
    const rules = grid[0]?.cells.map((c) => c.flags.map((f) => f.rule));
    expect(rules?.[0]).toContain('OS-23');
    expect(rules?.[1]).toContain('OS-23');
    expect(grid[1]?.cells[1]?.flags).toEqual([]);
  });

  it('lists the topics off the wall', () => {
    expect(offWall(room).map((t) => t.id)).toEqual(['t4']);
  });

  it('shows the slot times when given', () => {
    expect(slotText(room.slots[0]!)).toBe('Morning (09:30–10:30)');
    expect(slotText(room.slots[1]!)).toBe('Afternoon');
  });
});

describe('own data and my sessions', () => {
  it('reads my latest place per slot and every session I visited', () => {
    const own = ownFromState(room, 'ben');
    expect(own.places).toEqual({ am: 't3' });
    expect([...own.visited].sort()).toEqual(['t1', 't3']);
    expect([...own.interests]).toEqual(['t1', 't3']);
  });

  it('lists the sessions I convene or marked, by slot', () => {
    const ana = mySessions(room, 'ana', ownFromState(room, 'ana'));
    expect(ana[0]?.sessions.map((s) => [s.topic.id, s.convening, s.spaceName])).toEqual([
      ['t1', true, 'Room 1'],
      ['t3', true, 'Room 2'],
    ]);
    expect(ana[1]?.sessions).toEqual([]);
    const cy = mySessions(room, 'cy', ownFromState(room, 'cy'));
    expect(cy[1]?.sessions.map((s) => s.topic.id)).toEqual(['t2']);
    expect(cy[0]?.place).toBeUndefined();
  });

  it('lets the convener and people who checked in file a report, no one else (OS-LIVE-8)', () => {
    const t1 = room.topics[0]!;
    const t2 = room.topics[1]!;
    expect(mayFileReport(t1, 'ana', ownFromState(room, 'ana'))).toBe(true);
    expect(mayFileReport(t1, 'ben', ownFromState(room, 'ben'))).toBe(true);
    expect(mayFileReport(t1, 'cy', ownFromState(room, 'cy'))).toBe(false);
    expect(mayFileReport(t2, 'ben', ownFromState(room, 'ben'))).toBe(true);
    const walked = mergeOwn(ownFromState(room, 'cy'), { interests: {}, places: { am: 't1' } });
    expect(mayFileReport(t1, 'cy', walked)).toBe(true);
  });

  it('puts acknowledged changes over what the snapshot said', () => {
    const own = mergeOwn(ownFromState(room, 'ben'), {
      interests: { t1: false, t4: true },
      places: { pm: null },
    });
    expect([...own.interests].sort()).toEqual(['t3', 't4']);
    expect(own.places).toEqual({ am: 't3', pm: null });
  });

  it('keeps what was seen when a shared snapshot carries no one’s data', () => {
    const seen = ownFromState(room, 'ben');
    const shared = ownFromState({ ...room, interests: {}, checkIns: [] }, 'ben');
    expect(rememberOwn(seen, shared)).toBe(seen);
    const fresh = ownFromState({ ...room, interests: { ben: ['t2'] }, checkIns: [] }, 'ben');
    expect([...rememberOwn(seen, fresh).interests]).toEqual(['t2']);
    expect(rememberOwn(seen, fresh).places).toEqual({ am: 't3' });
  });

  it('shows the counts the server sent, and my own mark before they arrive', () => {
    const own = mergeOwn(ownFromState(room, 'cy'), { ...EMPTY_OVERLAY, interests: { t4: true } });
    expect(shownInterestCount(room, own, 't1')).toBe(1);
    expect(shownInterestCount(room, own, 't4')).toBe(1);
    expect(
      shownInterestCount({ ...room, interestCounts: { ...room.interestCounts, t4: 3 } }, own, 't4'),
    ).toBe(3);
    expect(shownInterestCount(room, own, 'unknown')).toBe(0);
  });
});

describe('reports and lists', () => {
  it('puts the newest report first', () => {
    const report = (sessionId: string, seq: number) => ({
      sessionId,
      title: sessionId,
      keyPoints: [],
      proposals: [],
      nextSteps: [],
      photoIds: [],
      filedBy: null,
      nickname: '',
      seq,
    });
    const os = { ...room, reports: [report('t1', 10), report('t2', 12), report('t3', 11)] };
    expect(latestReports(os).map((r) => r.sessionId)).toEqual(['t2', 't3', 't1']);
    expect(latestReports(os, 1).map((r) => r.sessionId)).toEqual(['t2']);
  });

  it('turns a multi-line text into a list, without empty lines', () => {
    expect(linesOf(' one \n\n two\r\nthree  \n ')).toEqual(['one', 'two', 'three']);
  });
});
