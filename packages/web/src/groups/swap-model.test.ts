import { describe, expect, it } from 'vitest';
import { editableRounds, peopleInRound, pickAction, targetsFor } from './swap-model.ts';
import { cafe } from './test-plans.ts';

describe('editableRounds', () => {
  it('keeps the current round and those to come', () => {
    expect(editableRounds(cafe, -1)).toEqual([0, 1, 2]);
    expect(editableRounds(cafe, 1)).toEqual([1, 2]);
  });
});

describe('targetsFor', () => {
  it('offers people and tables elsewhere, never a host', () => {
    const { people, tables } = targetsFor(cafe, 0, 'ben');
    expect(tables).toEqual([1, 2]);
    expect(people.map((p) => p.id)).toEqual(['eve', 'fay', 'hal', 'ivy']);
  });
  it('offers nothing for a host or someone not seated', () => {
    expect(targetsFor(cafe, 0, 'ana')).toEqual({ people: [], tables: [] });
    expect(targetsFor(cafe, 0, 'zed')).toEqual({ people: [], tables: [] });
  });
  it('lists everyone by table', () => {
    expect(peopleInRound(cafe, 0).map((p) => [p.id, p.table, p.host])[0]).toEqual(['ana', 0, true]);
  });
});

describe('pickAction', () => {
  it('swaps two people and says where each now sits (1-based)', () => {
    expect(pickAction(cafe, 1, 'eve', 'p:hal')).toEqual({
      ok: true,
      action: { kind: 'groups.swap', round: 1, a: 'eve', b: 'hal' },
      done: {
        key: 'groups.swap.swapped',
        params: { a: 'EVE', b: 'HAL', tableA: 2, tableB: 1, round: 2 },
      },
    });
  });
  it('moves someone to a table', () => {
    const result = pickAction(cafe, 0, 'ben', 't:2');
    expect(result.ok && result.action).toEqual({
      kind: 'groups.move',
      round: 0,
      participantId: 'ben',
      table: 2,
    });
    expect(result.ok && result.done.params).toEqual({ name: 'BEN', table: 3, round: 1 });
  });
  it('refuses hosts, the same table and nonsense', () => {
    expect(pickAction(cafe, 0, 'ana', 't:1')).toMatchObject({
      ok: false,
      problem: { key: 'groups.swap.hostStays' },
    });
    expect(pickAction(cafe, 0, 'ben', 'p:dee')).toMatchObject({
      ok: false,
      problem: { key: 'groups.swap.hostStays' },
    });
    expect(pickAction(cafe, 0, 'ben', 'p:cy')).toMatchObject({
      ok: false,
      problem: { key: 'groups.swap.chooseTarget' },
    });
    expect(pickAction(cafe, 0, 'ben', 't:0')).toMatchObject({ ok: false });
    expect(pickAction(cafe, 0, 'ben', 't:9')).toMatchObject({ ok: false });
    expect(pickAction(cafe, 0, 'ben', '')).toMatchObject({ ok: false });
    expect(pickAction(cafe, 0, 'zed', 't:1')).toMatchObject({
      ok: false,
      problem: { key: 'groups.swap.notSeated' },
    });
  });
});
