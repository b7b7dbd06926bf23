import { describe, expect, it } from 'vitest';
import { METHOD_LIBRARY } from '../methods/library.ts';
import { counterIds, fromMethod, makeSequence, makeWorkshop } from '../test-factories.ts';
import type { Sequence } from '../types.ts';
import { describeWarning } from './messages.ts';
import { checkWorkshop, groupDistribution, type RuleId } from './rules.ts';

const rule = (id: RuleId, sequences: Sequence[], overrides = {}) =>
  checkWorkshop(makeWorkshop({ sequences, ...overrides }), METHOD_LIBRARY).filter((w) => w.rule === id);

const work = (id: string, minutes: number, day = 0) => makeSequence({ id, durationMinutes: minutes, day });
const pause = (id: string, minutes = 15, day = 0) =>
  makeSequence({ id, methodId: 'break', stepKey: 'break', durationMinutes: minutes, day, questions: [] });

describe('RUN-1: runs past the planned end of its day', () => {
  it('RUN-1: warns once per overrunning day, on the first sequence ending late', () => {
    // 09:00–12:30 planned; 90 + 15 + 90 + 30 = 225 min → 12:45
    const w = rule('RUN-1', [work('a', 90), pause('p'), work('b', 90), work('c', 30)]);
    expect(w).toEqual([
      {
        rule: 'RUN-1',
        severity: 'warning',
        day: 0,
        sequenceId: 'c',
        params: { plannedEnd: '12:30', computedEnd: '12:45', overMinutes: 15 },
      },
    ]);
  });

  it('RUN-1: ending exactly on time is fine', () => {
    expect(rule('RUN-1', [work('a', 90), pause('p'), work('b', 105)])).toEqual([]);
  });

  it('RUN-1: checks each day against its own planned end', () => {
    const days = [
      { date: '2026-03-12', start: '09:00', end: '12:00' },
      { date: '2026-03-13', start: '14:00', end: '15:00' },
    ];
    const w = rule('RUN-1', [work('a', 60), work('b', 60, 1), work('c', 30, 1)], { days });
    expect(w.map((x) => [x.day, x.sequenceId, x.params.overMinutes])).toEqual([[1, 'c', 30]]);
  });
});

describe('RUN-2: more than 120 minutes without a break', () => {
  it('RUN-2: warns on the sequence that crosses 120 minutes, with the whole stretch', () => {
    const w = rule(
      'RUN-2',
      [work('a', 60), work('b', 45), work('c', 30), work('d', 15), pause('p'), work('e', 30)],
      {
        days: [{ date: '2026-03-12', start: '09:00', end: '18:00' }],
      },
    );
    expect(w).toEqual([
      {
        rule: 'RUN-2',
        severity: 'warning',
        day: 0,
        sequenceId: 'c',
        params: { since: '09:00', limit: 120, continuousMinutes: 150 },
      },
    ]);
  });

  it('RUN-2: exactly 120 minutes is fine, and a break resets the count', () => {
    const days = [{ date: '2026-03-12', start: '09:00', end: '18:00' }];
    expect(rule('RUN-2', [work('a', 120), pause('p', 5), work('b', 120)], { days })).toEqual([]);
  });

  it('RUN-2: lunch counts as a break', () => {
    const lunch = makeSequence({ id: 'l', methodId: 'lunch', stepKey: 'lunch', durationMinutes: 60 });
    const days = [{ date: '2026-03-12', start: '09:00', end: '18:00' }];
    expect(rule('RUN-2', [work('a', 100), lunch, work('b', 100)], { days })).toEqual([]);
  });

  it('RUN-2: the count restarts each day and one warning per stretch', () => {
    const days = [
      { date: '2026-03-12', start: '09:00', end: '18:00' },
      { date: '2026-03-13', start: '09:00', end: '18:00' },
    ];
    const w = rule(
      'RUN-2',
      [
        work('a', 100),
        work('b', 100, 1),
        work('c', 30, 1),
        work('d', 60, 1),
        pause('p', 15, 1),
        work('e', 130, 1),
      ],
      {
        days,
      },
    );
    expect(w.map((x) => [x.day, x.sequenceId, x.params.since, x.params.continuousMinutes])).toEqual([
      [1, 'c', '09:00', 190],
      [1, 'e', '12:25', 130],
    ]);
  });
});

describe('RUN-3: group form inconsistent with expected participants', () => {
  const cafeRound = (size: number) =>
    makeSequence({ id: 'r1', methodId: 'world-cafe', stepKey: 'round-1', group: { kind: 'tables', size } });

  it('RUN-3: World Café tables of 5 for 18 people (4, 4, 5, 5) are fine', () => {
    expect(rule('RUN-3', [cafeRound(5)])).toEqual([]);
  });

  it('RUN-3: World Café tables of 4 for 18 people leave tables of 3 and suggest 5', () => {
    const [w] = rule('RUN-3', [cafeRound(4)]);
    expect(w).toMatchObject({
      severity: 'warning',
      sequenceId: 'r1',
      params: {
        problem: 'outside-range',
        headCount: 18,
        count: 5,
        smallest: 3,
        largest: 4,
        min: 4,
        max: 5,
        suggestedSize: 5,
      },
    });
  });

  it('RUN-3: World Café tables of 8 are outside 4–5 per table', () => {
    expect(rule('RUN-3', [cafeRound(8)])[0]?.params).toMatchObject({ problem: 'outside-range', largest: 6 });
  });

  it('RUN-3: pairs with an odd head count say one trio will form', () => {
    const pairs = makeSequence({
      id: 'p',
      methodId: 'ai-interviews',
      stepKey: 'pairs',
      group: { kind: 'pairs' },
    });
    const [w] = rule('RUN-3', [pairs], { expectedParticipants: 17 });
    expect(w).toMatchObject({
      severity: 'info',
      params: { problem: 'odd-pairs', headCount: 17, pairs: 7, trios: 1 },
    });
    expect(describeWarning(w!, 'fr')).toContain('un trio');
    expect(rule('RUN-3', [pairs], { expectedParticipants: 18 })).toEqual([]);
  });

  it('RUN-3: groups larger than the head count', () => {
    const g = makeSequence({
      id: 'g',
      methodId: 'small-groups',
      stepKey: 'work',
      group: { kind: 'groups', size: 6 },
    });
    expect(rule('RUN-3', [g], { expectedParticipants: 4 })[0]?.params).toMatchObject({
      problem: 'too-few',
      size: 6,
    });
    expect(rule('RUN-3', [g], { expectedParticipants: 6 })).toEqual([]);
  });

  it('RUN-3: solo, plenary and free never warn', () => {
    const seqs = (['solo', 'plenary', 'free'] as const).map((kind, i) =>
      makeSequence({ id: `s${i}`, group: { kind } }),
    );
    expect(rule('RUN-3', seqs, { expectedParticipants: 1 })).toEqual([]);
  });

  it('RUN-3: the distribution is as even as possible', () => {
    expect(groupDistribution(18, 5)).toEqual({ count: 4, smallest: 4, largest: 5 });
    expect(groupDistribution(18, 4)).toEqual({ count: 5, smallest: 3, largest: 4 });
  });
});

describe('RUN-4: a method that requires questions has none', () => {
  it('RUN-4: a World Café round without question warns; blank questions do not count', () => {
    const ids = counterIds();
    const seqs = fromMethod('world-cafe', ids).map((s) =>
      s.stepKey === 'round-2' ? { ...s, questions: ['  '] } : s,
    );
    const w = rule('RUN-4', seqs, { days: [{ date: '2026-03-12', start: '09:00', end: '18:00' }] });
    expect(w.map((x) => x.params.stepKey)).toEqual(['round-2']);
  });

  it('RUN-4: steps that need no question (etiquette, harvest, plenary break) do not warn', () => {
    const seqs = fromMethod('world-cafe', counterIds()).map((s) =>
      s.stepKey?.startsWith('round') ? s : { ...s, questions: [] },
    );
    expect(rule('RUN-4', seqs)).toEqual([]);
    expect(rule('RUN-4', [pause('p')])).toEqual([]);
  });

  it('RUN-4: AI interview guide emptied', () => {
    const seqs = fromMethod('ai-interviews', counterIds()).map((s) => ({ ...s, questions: [] }));
    expect(rule('RUN-4', seqs).map((x) => x.params.stepKey)).toEqual(['interview-a', 'interview-b']);
  });
});

describe('RUN-5: the sequences of one method total less than its minimum', () => {
  it('RUN-5: a World Café cut down to 40 minutes warns once, on its first sequence', () => {
    const seqs = fromMethod('world-cafe', counterIds()).map((s) => ({ ...s, durationMinutes: 8 }));
    const w = rule('RUN-5', seqs);
    expect(w).toEqual([
      {
        rule: 'RUN-5',
        severity: 'warning',
        day: 0,
        sequenceId: seqs[0]!.id,
        params: { methodId: 'world-cafe', totalMinutes: 40, minMinutes: 55 },
      },
    ]);
  });

  it('RUN-5: default timings meet the minimum, and blocks are summed separately', () => {
    const ids = counterIds();
    const a = fromMethod('one-two-four-all', ids);
    const b = fromMethod('one-two-four-all', ids).map((s) => ({ ...s, durationMinutes: 1 }));
    const w = rule('RUN-5', [...a, ...b]);
    expect(w.map((x) => x.sequenceId)).toEqual([b[0]!.id]);
  });

  it('RUN-5: a break inserted inside a block does not split it', () => {
    const ids = counterIds();
    const [first, ...rest] = fromMethod('ai-interviews', ids);
    expect(rule('RUN-5', [first!, pause('p'), ...rest])).toEqual([]);
  });
});

describe('checkWorkshop', () => {
  it('sorts warnings by position, then rule, and describes each in both languages', () => {
    const seqs = fromMethod('world-cafe', counterIds()).map((s) => ({
      ...s,
      questions: [],
      durationMinutes: 60,
    }));
    const all = checkWorkshop(makeWorkshop({ sequences: seqs, expectedParticipants: 17 }), METHOD_LIBRARY);
    expect(all.map((w) => w.rule)).toContain('RUN-1');
    for (const w of all) {
      expect(describeWarning(w, 'fr')).not.toContain('undefined');
      expect(describeWarning(w, 'en')).not.toContain('undefined');
    }
  });
});
