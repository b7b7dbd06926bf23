import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DesignError } from '../errors.ts';
import { designSchemas } from '../index.ts';
import { METHOD_LIBRARY } from '../methods/library.ts';
import { counterIds, makeSequence, makeWorkshop } from '../test-factories.ts';
import type { Workshop } from '../types.ts';
import {
  duplicateSequence,
  insertFromMethod,
  moveDown,
  moveSequence,
  moveUp,
  removeSequence,
  updateDuration,
} from './edit.ts';
import { computeSchedule } from './schedule.ts';

const TWO_DAYS = [
  { date: '2026-03-12', start: '09:00', end: '17:30' },
  { date: '2026-03-13', start: '09:00', end: '17:30' },
];

/** Random valid workshops: 1–3 days, 0–25 sequences of 1–600 minutes, days non-decreasing. */
const workshopArb = fc
  .record({
    days: fc.integer({ min: 1, max: 3 }),
    seqs: fc.array(fc.record({ minutes: fc.integer({ min: 1, max: 600 }), dayPick: fc.nat(2) }), {
      maxLength: 25,
    }),
  })
  .map(({ days, seqs }): Workshop => {
    const dayList = Array.from({ length: days }, (_, i) => ({
      date: `2026-03-1${i + 1}`,
      start: '08:30',
      end: '18:00',
    }));
    const dayOf = seqs.map((s) => Math.min(s.dayPick, days - 1)).sort((a, b) => a - b);
    return makeWorkshop({
      days: dayList,
      sequences: seqs.map((s, i) =>
        makeSequence({ id: `s${i}`, durationMinutes: s.minutes, day: dayOf[i]! }),
      ),
    });
  });

const ids = (w: Workshop) => w.sequences.map((s) => s.id).sort();
const total = (w: Workshop) => w.sequences.reduce((n, s) => n + s.durationMinutes, 0);
const daysOrdered = (w: Workshop) => w.sequences.every((s, i) => i === 0 || w.sequences[i - 1]!.day <= s.day);

describe('SCHED-1: contiguous and monotone within a day', () => {
  it('SCHED-1: each day starts at its start; each sequence starts where the previous ended', () => {
    fc.assert(
      fc.property(workshopArb, (w) => {
        const schedule = computeSchedule(w);
        const last = new Map<number, number>();
        schedule.sequences.forEach((slot, i) => {
          const seq = w.sequences[i]!;
          const expected = last.get(slot.day) ?? 8 * 60 + 30;
          expect(slot.startMinutes).toBe(expected);
          expect(slot.endMinutes - slot.startMinutes).toBe(seq.durationMinutes);
          expect(slot.endMinutes).toBeGreaterThan(slot.startMinutes);
          last.set(slot.day, slot.endMinutes);
        });
        for (const d of schedule.days) {
          expect(d.computedEndMinutes).toBe(last.get(d.day) ?? 8 * 60 + 30);
          expect(d.overrunMinutes).toBe(Math.max(0, d.computedEndMinutes - d.plannedEndMinutes));
        }
      }),
      { seed: 20260312, numRuns: 200 },
    );
  });

  it('SCHED-1: formats times as HH:MM, going on past midnight', () => {
    const w = makeWorkshop({
      days: [{ date: '2026-03-12', start: '23:00', end: '23:59' }],
      sequences: [makeSequence({ durationMinutes: 90 })],
    });
    expect(computeSchedule(w).sequences[0]).toMatchObject({ start: '23:00', end: '24:30' });
  });
});

describe('EDIT-2: moving a sequence', () => {
  it('EDIT-2: preserves the multiset of sequences, the total duration and day order', () => {
    fc.assert(
      fc.property(
        workshopArb.filter((w) => w.sequences.length > 0),
        fc.nat(30),
        fc.nat(30),
        (w, pick, to) => {
          const id = w.sequences[pick % w.sequences.length]!.id;
          const moved = moveSequence(w, id, to);
          expect(ids(moved)).toEqual(ids(w));
          expect(total(moved)).toBe(total(w));
          expect(daysOrdered(moved)).toBe(true);
          expect(moved.sequences.findIndex((s) => s.id === id)).toBe(Math.min(to, w.sequences.length - 1));
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('EDIT-2: never mutates its input', () => {
    const w = makeWorkshop({ sequences: [makeSequence({ id: 'a' }), makeSequence({ id: 'b' })] });
    const snapshot = structuredClone(w);
    moveSequence(w, 'a', 1);
    expect(w).toEqual(snapshot);
  });

  it('EDIT-2: moving into another day takes that day', () => {
    const w = makeWorkshop({
      days: TWO_DAYS,
      sequences: [
        makeSequence({ id: 'a' }),
        makeSequence({ id: 'b', day: 1 }),
        makeSequence({ id: 'c', day: 1 }),
      ],
    });
    const moved = moveSequence(w, 'a', 2);
    expect(moved.sequences.map((s) => [s.id, s.day])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 1],
    ]);
  });
});

describe('EDIT-3: move up and down', () => {
  const w = makeWorkshop({
    days: TWO_DAYS,
    sequences: [makeSequence({ id: 'a' }), makeSequence({ id: 'b' }), makeSequence({ id: 'c', day: 1 })],
  });
  const order = (x: Workshop) => x.sequences.map((s) => `${s.id}${s.day}`).join(' ');

  it('EDIT-3: swaps within a day, crosses day edges, stops at the ends', () => {
    expect(order(moveUp(w, 'b'))).toBe('b0 a0 c1');
    expect(order(moveUp(w, 'c'))).toBe('a0 b0 c0');
    expect(order(moveDown(w, 'b'))).toBe('a0 b1 c1');
    expect(moveUp(w, 'a')).toBe(w);
    expect(moveDown(w, 'c')).toBe(w);
  });

  it('EDIT-3: random up/down sequences keep the multiset and day order', () => {
    fc.assert(
      fc.property(
        workshopArb.filter((x) => x.sequences.length > 0),
        fc.array(fc.tuple(fc.boolean(), fc.nat(30)), { maxLength: 20 }),
        (start, ops) => {
          let cur = start;
          for (const [up, pick] of ops) {
            const id = cur.sequences[pick % cur.sequences.length]!.id;
            cur = up ? moveUp(cur, id) : moveDown(cur, id);
            expect(daysOrdered(cur)).toBe(true);
          }
          expect(ids(cur)).toEqual(ids(start));
          expect(total(cur)).toBe(total(start));
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe('EDIT-4: duplicating a sequence', () => {
  it('EDIT-4: adds exactly one copy right after, same day and block', () => {
    fc.assert(
      fc.property(
        workshopArb.filter((w) => w.sequences.length > 0),
        fc.nat(30),
        (w, pick) => {
          const i = pick % w.sequences.length;
          const original = w.sequences[i]!;
          const dup = duplicateSequence(w, original.id, 'copy');
          expect(dup.sequences).toHaveLength(w.sequences.length + 1);
          expect(dup.sequences[i + 1]).toEqual({ ...original, id: 'copy' });
          expect(dup.sequences.filter((s) => s.id !== 'copy')).toEqual(w.sequences);
        },
      ),
      { seed: 3, numRuns: 200 },
    );
  });

  it('EDIT-4: refuses an id already used', () => {
    const w = makeWorkshop({ sequences: [makeSequence({ id: 'a' })] });
    expect(() => duplicateSequence(w, 'a', 'a')).toThrow(DesignError);
  });
});

describe('EDIT-5: durations and unknown ids', () => {
  const w = makeWorkshop({ sequences: [makeSequence({ id: 'a' })] });

  it('EDIT-5: updates a duration, rejects 0, negative, fractional and 601 minutes naming the field', () => {
    expect(updateDuration(w, 'a', 45).sequences[0]!.durationMinutes).toBe(45);
    for (const bad of [0, -5, 2.5, 601, Number.NaN]) {
      expect(() => updateDuration(w, 'a', bad)).toThrow(/durationMinutes/);
    }
  });

  it('EDIT-5: unknown sequence ids are NOT_FOUND on sequenceId', () => {
    try {
      removeSequence(w, 'nope');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DesignError);
      expect(e).toMatchObject({ code: 'NOT_FOUND', field: 'sequenceId' });
    }
  });
});

describe('EDIT-6: inserting a method', () => {
  it('EDIT-6: inserts one sequence per step as one block at the end of the chosen day', () => {
    const ids6 = counterIds('n');
    const base = makeWorkshop({
      days: TWO_DAYS,
      sequences: [makeSequence({ id: 'a' }), makeSequence({ id: 'z', day: 1 })],
    });
    const cafe = METHOD_LIBRARY.get('world-cafe')!;
    const w = insertFromMethod(base, cafe, { locale: 'en', idFactory: ids6, day: 0 });
    expect(w.sequences.map((s) => s.id)).toEqual(['a', 'n2', 'n3', 'n4', 'n5', 'n6', 'z']);
    expect(new Set(w.sequences.slice(1, 6).map((s) => s.blockId))).toEqual(new Set(['n1']));
    expect(w.sequences[2]!.title).toBe('World Café – First round');
    expect(designSchemas.workshop.safeParse(w).success).toBe(true);
  });

  it('EDIT-6: clamps the index to the day and rejects a missing day', () => {
    const base = makeWorkshop({
      days: TWO_DAYS,
      sequences: [makeSequence({ id: 'a' }), makeSequence({ id: 'z', day: 1 })],
    });
    const pause = METHOD_LIBRARY.get('break')!;
    const w = insertFromMethod(base, pause, { locale: 'fr', idFactory: counterIds(), day: 1, index: 0 });
    expect(w.sequences.map((s) => [s.id, s.day])).toEqual([
      ['a', 0],
      ['id2', 1],
      ['z', 1],
    ]);
    expect(() => insertFromMethod(base, pause, { locale: 'fr', idFactory: counterIds(), day: 2 })).toThrow(
      /day/,
    );
  });
});
