import {
  checkWorkshop,
  formatClock,
  insertFromMethod,
  METHOD_LIBRARY,
  type Mission,
  requireMethod,
  type Workshop,
} from '@cercle/core';
import { describe, expect, it } from 'vitest';
import {
  addDay,
  applyMove,
  canMoveDown,
  canMoveUp,
  canRemoveLastDay,
  consecutiveSelection,
  duplicateWorkshop,
  findWorkshop,
  formatDay,
  formatRoles,
  groupByDay,
  groupFormFor,
  insertionPoints,
  mapIssues,
  parseLines,
  parseMinutes,
  parseOutputs,
  parseRoles,
  replaceWorkshop,
  updateDay,
} from './builder-model.ts';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

function workshop(days = 1): Workshop {
  const base: Workshop = {
    id: 'w1',
    title: 'Atelier',
    locale: 'fr',
    objective: '',
    days: Array.from({ length: days }, (_, i) => ({
      date: `2026-03-${String(2 + i).padStart(2, '0')}`,
      start: '09:00',
      end: '12:00',
    })),
    place: '',
    remote: false,
    expectedParticipants: 20,
    facilitators: [],
    sequences: [],
  };
  const ids = counter('s');
  let w = insertFromMethod(base, requireMethod('check-in'), { locale: 'fr', idFactory: ids, day: 0 });
  w = insertFromMethod(w, requireMethod('world-cafe'), { locale: 'fr', idFactory: ids, day: 0 });
  if (days > 1) w = insertFromMethod(w, requireMethod('break'), { locale: 'fr', idFactory: ids, day: 1 });
  return w;
}

function mission(w: Workshop): Mission {
  return {
    id: 'm1',
    title: 'Mission',
    locale: 'fr',
    clientName: 'Client',
    sponsor: '',
    context: '',
    goals: [],
    startsOn: '2026-03-01',
    endsOn: '2026-03-31',
    status: 'draft',
    steps: [
      {
        id: 'st0',
        kind: 'interviews',
        title: 'Entretiens',
        description: '',
        startsOn: '2026-03-01',
        endsOn: '2026-03-01',
        status: 'planned',
        expectedParticipants: null,
      },
      {
        id: 'st1',
        kind: 'workshop',
        title: w.title,
        description: '',
        startsOn: w.days[0]!.date,
        endsOn: w.days[w.days.length - 1]!.date,
        status: 'planned',
        expectedParticipants: 20,
        workshop: w,
      },
    ],
  };
}

describe('groupByDay', () => {
  it('gives every sequence its computed start and end, day by day', () => {
    const w = workshop(2);
    const groups = groupByDay(w);
    expect(groups.map((g) => g.items.length)).toEqual([
      w.sequences.filter((s) => s.day === 0).length,
      w.sequences.filter((s) => s.day === 1).length,
    ]);
    const first = groups[0]!.items[0]!;
    expect(first.start).toBe('09:00');
    expect(first.end).toBe(formatClock(9 * 60 + first.sequence.durationMinutes));
    expect(groups[0]!.items[1]!.start).toBe(first.end);
    expect(groups[1]!.items[0]!.start).toBe('09:00');
    expect(groups[1]!.items[0]!.index).toBe(groups[0]!.items.length);
  });

  it('puts warnings next to their sequence, and day warnings on the day', () => {
    const w = workshop();
    const warnings = checkWorkshop(w, METHOD_LIBRARY);
    const overrun = warnings.find((x) => x.rule === 'RUN-1');
    const groups = groupByDay(w, [
      ...warnings,
      { rule: 'RUN-1', severity: 'warning', day: 0, params: { plannedEnd: '12:00' } },
    ]);
    expect(groups[0]!.warnings).toHaveLength(1);
    if (overrun) {
      const item = groups[0]!.items.find((i) => i.sequence.id === overrun.sequenceId);
      expect(item?.warnings.map((x) => x.rule)).toContain('RUN-1');
    }
  });
});

describe('applyMove', () => {
  it('moves up and announces the new position out of the total', () => {
    const w = workshop();
    const second = w.sequences[1]!;
    const result = applyMove(w, second.id, { kind: 'up' });
    expect(result.changed).toBe(true);
    expect(result.workshop.sequences[0]!.id).toBe(second.id);
    expect(result.announcement).toEqual({
      key: 'builder.moved',
      params: { title: second.title, position: 1, total: w.sequences.length, day: 1 },
    });
  });

  it('moves to a chosen position', () => {
    const w = workshop();
    const first = w.sequences[0]!;
    const result = applyMove(w, first.id, { kind: 'to', index: 2 });
    expect(result.workshop.sequences[2]!.id).toBe(first.id);
    expect(result.announcement.params.position).toBe(3);
  });

  it('says nothing moved at the very top', () => {
    const w = workshop();
    const result = applyMove(w, w.sequences[0]!.id, { kind: 'up' });
    expect(result.changed).toBe(false);
    expect(result.workshop).toBe(w);
    expect(result.announcement.key).toBe('builder.notMoved');
    expect(canMoveUp(w, w.sequences[0]!.id)).toBe(false);
  });

  it('crosses a day boundary and names the day', () => {
    const w = workshop(2);
    const lastOfDay0 = w.sequences.filter((s) => s.day === 0).at(-1)!;
    expect(canMoveDown(w, lastOfDay0.id)).toBe(true);
    const result = applyMove(w, lastOfDay0.id, { kind: 'down' });
    expect(result.changed).toBe(true);
    expect(result.announcement.key).toBe('builder.movedDay');
    expect(result.announcement.params.day).toBe(2);
  });
});

describe('insertionPoints', () => {
  it('offers the start of each day then after each sequence', () => {
    const w = workshop(2);
    const points = insertionPoints(w);
    expect(points).toHaveLength(w.sequences.length + 2);
    expect(points[0]).toMatchObject({ day: 0, index: 0, after: null });
    const day1 = points.find((p) => p.day === 1 && p.after === null)!;
    expect(day1.index).toBe(w.sequences.findIndex((s) => s.day === 1));
  });
});

describe('list fields', () => {
  it('reads one item per line and drops blank lines', () => {
    expect(parseLines(' Quoi ?\n\n  Pourquoi ?  \n')).toEqual(['Quoi ?', 'Pourquoi ?']);
  });

  it('keeps role keys while names stay the same', () => {
    const previous = [{ key: 'host', name: 'Hôte', description: 'reste à la table' }];
    const text = formatRoles(previous);
    expect(text).toBe('Hôte: reste à la table');
    expect(parseRoles(`${text}\nGardien du temps: annonce la fin`, previous)).toEqual([
      { key: 'host', name: 'Hôte', description: 'reste à la table' },
      { key: 'gardien-du-temps', name: 'Gardien du temps', description: 'annonce la fin' },
    ]);
  });

  it('makes unique output keys', () => {
    expect(parseOutputs('Idées\nIdées', []).map((o) => o.key)).toEqual(['idees', 'idees-2']);
  });

  it('accepts whole minutes within limits only', () => {
    expect(parseMinutes('45', 1, 600)).toBe(45);
    expect(parseMinutes('0', 1, 600)).toBeNull();
    expect(parseMinutes('4.5', 1, 600)).toBeNull();
    expect(parseMinutes('', 1, 600)).toBeNull();
  });

  it('gives groups and tables a size', () => {
    expect(groupFormFor('groups', { kind: 'plenary' })).toEqual({ kind: 'groups', size: 4 });
    expect(groupFormFor('tables', { kind: 'groups', size: 5 })).toEqual({ kind: 'tables', size: 5 });
    expect(groupFormFor('pairs', { kind: 'groups', size: 5 })).toEqual({ kind: 'pairs' });
  });
});

describe('workshop inside its mission', () => {
  it('keeps the step dates on the first and last days', () => {
    const m = mission(workshop());
    const next = replaceWorkshop(m, 'w1', (w) => addDay(w));
    const step = findWorkshop(next, 'w1')!.step;
    expect(step.startsOn).toBe('2026-03-02');
    expect(step.endsOn).toBe('2026-03-03');
    expect(m.steps[1]!.endsOn).toBe('2026-03-02');
  });

  it('widens the mission to hold its workshop', () => {
    const m = mission(workshop());
    const next = replaceWorkshop(m, 'w1', (w) => updateDay(w, 0, { date: '2026-04-10' }));
    expect(next.endsOn).toBe('2026-04-10');
  });

  it('refuses an invalid day edit', () => {
    const w = workshop();
    expect(updateDay(w, 0, { start: '' })).toBe(w);
    expect(updateDay(w, 0, { date: '2026-02-30' })).toBe(w);
  });

  it('removes only an empty last day', () => {
    expect(canRemoveLastDay(workshop(2))).toBe(false);
    expect(canRemoveLastDay(addDay(workshop(1)))).toBe(true);
  });

  it('duplicates a workshop with new ids, blocks kept together', () => {
    const m = mission(workshop());
    const copy = duplicateWorkshop(m, 'w1', counter('n'), (t) => `${t} (copie)`)!;
    expect(copy.mission.steps).toHaveLength(3);
    const step = copy.mission.steps[2]!;
    expect(step.id).toBe(copy.stepId);
    expect(step.workshop!.id).toBe(copy.workshopId);
    expect(step.workshop!.title).toBe('Atelier (copie)');
    const original = m.steps[1]!.workshop!.sequences;
    const copied = step.workshop!.sequences;
    const oldIds = new Set(original.flatMap((s) => [s.id, s.blockId]));
    for (const s of copied) {
      expect(oldIds.has(s.id)).toBe(false);
      expect(oldIds.has(s.blockId)).toBe(false);
    }
    expect(new Set(copied.map((s) => s.blockId)).size).toBe(new Set(original.map((s) => s.blockId)).size);
  });
});

describe('consecutiveSelection', () => {
  it('accepts sequences that follow one another, in order', () => {
    const w = workshop();
    const [a, b, c] = w.sequences;
    expect(consecutiveSelection(w, new Set([c!.id, b!.id]))?.map((s) => s.id)).toEqual([b!.id, c!.id]);
    expect(consecutiveSelection(w, new Set([a!.id, c!.id]))).toBeNull();
    expect(consecutiveSelection(w, new Set())).toBeNull();
  });
});

describe('mapIssues', () => {
  it('maps sequence, day and workshop paths to what they name', () => {
    const m = mission(workshop());
    const seq = m.steps[1]!.workshop!.sequences[3]!;
    const mapped = mapIssues(m, 'w1', [
      { path: 'steps.1.workshop.sequences.3.durationMinutes', message: 'too long' },
      { path: 'mission.steps.1.workshop.days.0.end', message: 'before start' },
      { path: 'steps.1.workshop.title', message: 'required' },
      { path: 'steps.1.endsOn', message: 'last day' },
      { path: 'steps.0.title', message: 'other step' },
      { path: 'clientName', message: 'required' },
    ]);
    expect(mapped.sequences).toEqual({ [seq.id]: { durationMinutes: 'too long' } });
    expect(mapped.days).toEqual({ 0: { end: 'before start' } });
    expect(mapped.workshop).toEqual({ title: 'required', endsOn: 'last day' });
    expect(mapped.other).toEqual(['steps.0.title: other step', 'clientName: required']);
  });
});

describe('formatDay', () => {
  it('formats a calendar day in the reader language', () => {
    expect(formatDay('2026-03-02', 'fr')).toBe('2 mars 2026');
    expect(formatDay('2026-03-02', 'en')).toBe('March 2, 2026');
    expect(formatDay('nope', 'fr')).toBe('nope');
  });
});
