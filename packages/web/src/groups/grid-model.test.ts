import type { Contribution } from '@cercle/core';
import { describe, expect, it } from 'vitest';
import { interviewPairs, newcomersOf, notesByTable, planGrid, repeatsIn, shownRound } from './grid-model.ts';
import { cafe, interviews, stateOf } from './test-plans.ts';

describe('planGrid', () => {
  it('lays the plan out table by round, hosts marked, movers flagged from round 2', () => {
    const grid = planGrid(stateOf(cafe, 1));
    expect(grid?.tableCount).toBe(3);
    expect(grid?.current).toBe(1);
    const r1 = grid?.rounds[1]?.tables[0];
    expect(r1?.map((p) => p.name)).toEqual(['ANA', 'EVE', 'IVY']);
    expect(r1?.map((p) => p.host)).toEqual([true, false, false]);
    expect(r1?.map((p) => p.moved)).toEqual([false, true, true]);
    // Nobody moves into the first round.
    expect(grid?.rounds[0]?.tables.flat().some((p) => p.moved)).toBe(false);
  });

  it('is null without a plan and shows the first round before the start', () => {
    expect(planGrid({ ...stateOf(cafe), plan: null })).toBeNull();
    expect(shownRound(stateOf(cafe))).toBe(0);
    expect(shownRound(stateOf(cafe, 2))).toBe(2);
  });
});

describe('newcomersOf', () => {
  it('lists roster people the plan does not seat', () => {
    const roster = [
      { id: 'ana', nickname: 'Ana' },
      { id: 'zed', nickname: 'Zed' },
    ];
    expect(newcomersOf(cafe, roster)).toEqual([{ id: 'zed', name: 'Zed' }]);
  });
});

describe('repeatsIn', () => {
  it('counts a pair meeting k times as k − 1', () => {
    expect(repeatsIn(cafe.rounds)).toBe(0);
    // a–b three times (2), a–c and b–c twice (1 each).
    expect(repeatsIn([[['a', 'b', 'c']], [['a', 'b']], [['a', 'b', 'c']]])).toBe(4);
  });
});

describe('interviewPairs', () => {
  it('turns with the phase, the trio taking three phases', () => {
    expect(interviewPairs(interviews, 0)).toEqual([
      { asker: 'ANA', answerer: 'BEN', witness: null, table: 0 },
      { asker: 'CY', answerer: 'DEE', witness: 'EVE', table: 1 },
    ]);
    expect(interviewPairs(interviews, 1)).toEqual([
      { asker: 'BEN', answerer: 'ANA', witness: null, table: 0 },
      { asker: 'DEE', answerer: 'EVE', witness: 'CY', table: 1 },
    ]);
  });
});

describe('notesByTable', () => {
  const note = (seq: number, place: Contribution['place'], hidden = false): Contribution => ({
    id: `c${seq}`,
    participantId: 'p',
    nickname: 'P',
    text: `note ${seq}`,
    seq,
    at: 0,
    hidden,
    edited: false,
    answered: false,
    ...(place ? { place } : {}),
  });
  it('groups the round’s visible notes of this plan by table', () => {
    const place = (round: number, table: number, planId = 'plan-1') => ({
      planId,
      title: 'Café',
      round,
      table,
    });
    const notes = [
      note(1, place(0, 2)),
      note(2, place(1, 2)),
      note(3, place(1, 0)),
      note(4, place(1, 2)),
      note(5, place(1, 2, 'other')),
      note(6, place(1, 1), true),
      note(7, undefined),
    ];
    const byTable = notesByTable(notes, cafe, 1);
    expect([...byTable.keys()].sort()).toEqual([0, 2]);
    expect(byTable.get(2)?.map((c) => c.seq)).toEqual([2, 4]);
  });
});
