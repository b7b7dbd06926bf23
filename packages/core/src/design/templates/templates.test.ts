import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkshop } from '../agenda/rules.ts';
import { designSchemas } from '../index.ts';
import { METHOD_LIBRARY } from '../methods/library.ts';
import { counterIds } from '../test-factories.ts';
import { addDays, daysBetween } from '../time.ts';
import type { Mission } from '../types.ts';
import {
  getMissionTemplate,
  instantiateTemplate,
  MISSION_TEMPLATES,
  strategicProjectTemplate,
} from './index.ts';

const make = (id: string, startsOn = '2026-01-05', locale: 'fr' | 'en' = 'fr') =>
  instantiateTemplate(getMissionTemplate(id)!, { startsOn, locale, idFactory: counterIds() });

/** Every date of a mission, in a stable order. */
function allDates(m: Mission): string[] {
  return [
    m.startsOn,
    m.endsOn,
    ...m.steps.flatMap((s) => [s.startsOn, s.endsOn, ...(s.workshop?.days.map((d) => d.date) ?? [])]),
  ];
}

const workshops = (m: Mission) => m.steps.flatMap((s) => (s.workshop ? [s.workshop] : []));

describe('mission templates', () => {
  it('there are five, with unique ids', () => {
    expect(MISSION_TEMPLATES).toHaveLength(5);
    expect(new Set(MISSION_TEMPLATES.map((t) => t.id)).size).toBe(5);
  });

  describe.each(MISSION_TEMPLATES.map((t) => [t.id] as const))('%s', (id) => {
    it.each(['fr', 'en'] as const)('instantiates in %s and passes the mission schema', (locale) => {
      const m = make(id, '2026-01-05', locale);
      const result = designSchemas.mission.safeParse(m);
      expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
      expect(m.locale).toBe(locale);
      expect(m.status).toBe('draft');
    });

    it('has a realistic run of show: no RUN-1/RUN-2, and no warning at all', () => {
      for (const w of workshops(make(id))) {
        expect(checkWorkshop(w, METHOD_LIBRARY), w.title).toEqual([]);
      }
    });

    it('has realistic questions on every sequence that needs them, in both languages', () => {
      for (const locale of ['fr', 'en'] as const) {
        for (const w of workshops(make(id, '2026-01-05', locale))) {
          for (const s of w.sequences) {
            expect(s.title.trim()).not.toBe('');
            for (const q of s.questions) expect(q.trim().length).toBeGreaterThan(3);
          }
        }
      }
    });

    it('instantiating at another start date shifts every date by the same number of days', () => {
      fc.assert(
        fc.property(fc.integer({ min: -400, max: 4000 }), (shift) => {
          const base = allDates(make(id));
          const moved = allDates(make(id, addDays('2026-01-05', shift)));
          expect(moved).toHaveLength(base.length);
          for (const [i, d] of moved.entries()) expect(daysBetween(base[i]!, d)).toBe(shift);
        }),
        { seed: 5, numRuns: 15 },
      );
    });

    it('orders its steps on the timeline and keeps them inside the mission', () => {
      const m = make(id);
      const starts = m.steps.map((s) => s.startsOn);
      expect(starts).toEqual([...starts].sort());
      expect(m.steps.every((s) => s.startsOn >= m.startsOn && s.endsOn <= m.endsOn)).toBe(true);
    });
  });

  it('(a) the demo mission: 2 days, 18 people, Horizons Solidaires, the listed methods', () => {
    const m = instantiateTemplate(strategicProjectTemplate, {
      startsOn: '2026-01-05',
      locale: 'fr',
      idFactory: counterIds(),
    });
    expect(m.clientName).toBe('Association Horizons Solidaires');
    expect(m.title).toContain('2027–2031');
    const [seminar] = workshops(m);
    expect(seminar!.days).toHaveLength(2);
    expect(seminar!.days.map((d) => d.date)).toEqual(['2026-02-12', '2026-02-13']);
    expect(seminar!.expectedParticipants).toBe(18);
    const used = new Set(seminar!.sequences.map((s) => s.methodId));
    for (const method of [
      'ai-interviews',
      'world-cafe',
      'read-discuss-apply',
      'open-space',
      'small-groups',
      'plenary',
      'graphic-recording',
      'scenarios',
      'break',
      'lunch',
    ]) {
      expect(used, method).toContain(method);
    }
    expect(seminar!.sequences.filter((s) => s.day === 0).length).toBeGreaterThan(0);
    expect(seminar!.sequences.filter((s) => s.day === 1).length).toBeGreaterThan(0);
    expect(seminar!.sequences.some((s) => s.graphicRecording)).toBe(true);
    expect(m.steps.map((s) => s.kind)).toEqual([
      'interviews',
      'deliverable',
      'workshop',
      'deliverable',
      'deliverable',
    ]);
  });

  it('(b) university: 6 months, 7 workshops of about 200 people, a 2-month consultation', () => {
    const m = make('university-digital-transformation');
    expect(daysBetween(m.startsOn, m.endsOn)).toBeGreaterThanOrEqual(180);
    const ws = workshops(m);
    expect(ws).toHaveLength(7);
    const people = ws.reduce((n, w) => n + w.expectedParticipants, 0);
    expect(people).toBeGreaterThanOrEqual(180);
    expect(people).toBeLessThanOrEqual(230);
    const consultation = m.steps.find((s) => s.kind === 'consultation')!;
    expect(daysBetween(consultation.startsOn, consultation.endsOn)).toBeGreaterThanOrEqual(59);
    expect(consultation.consultation?.formats.length).toBeGreaterThan(0);
  });

  it('(c) management seminar: one day, 8 people, findings, service levels, next steps', () => {
    const [w] = workshops(make('management-seminar'));
    expect(w!.days).toHaveLength(1);
    expect(w!.expectedParticipants).toBe(8);
    const used = new Set(w!.sequences.map((s) => s.methodId));
    for (const method of ['findings-challenges', 'service-levels', 'action-plan', 'lunch'])
      expect(used).toContain(method);
  });

  it('(d) service design: 4 months, 6 design-thinking workshops of 25 to 60 people', () => {
    const m = make('urban-service-design');
    expect(daysBetween(m.startsOn, m.endsOn)).toBeGreaterThanOrEqual(118);
    const ws = workshops(m);
    expect(ws).toHaveLength(6);
    expect(ws.every((w) => w.expectedParticipants >= 25 && w.expectedParticipants <= 60)).toBe(true);
    const used = new Set(ws.flatMap((w) => w.sequences.map((s) => s.methodId)));
    for (const method of [
      'persona',
      'empathy-map',
      'journey-map',
      'how-might-we',
      'ideation',
      'prototype',
      'test-grid',
    ]) {
      expect(used).toContain(method);
    }
  });

  it('(e) charter: 3 workshops of 3 hours with 10 people, then a consultation of all agents', () => {
    const m = make('digital-usage-charter');
    const ws = workshops(m);
    expect(ws).toHaveLength(3);
    for (const w of ws) {
      expect(w.expectedParticipants).toBe(10);
      expect(w.days).toEqual([expect.objectContaining({ start: '14:00', end: '17:00' })]);
    }
    const used = ws.flatMap((w) => w.sequences.map((s) => s.methodId));
    expect(used).toContain('charter-drafting');
    expect(used).toContain('consent-decision');
    const last = m.steps.filter((s) => s.kind !== 'deliverable').at(-1)!;
    expect(last.kind).toBe('consultation');
    expect(last.expectedParticipants).toBe(450);
  });

  it('rejects a bad start date naming startsOn', () => {
    expect(() =>
      instantiateTemplate(strategicProjectTemplate, {
        startsOn: '2026-13-01',
        locale: 'fr',
        idFactory: counterIds(),
      }),
    ).toThrow(/startsOn/);
  });
});
