import { describe, expect, it } from 'vitest';
import { designSchemas } from './index.ts';
import { createDesignSchemas, formatDesignIssues } from './schemas.ts';
import { makeSequence, makeWorkshop } from './test-factories.ts';
import { addDays, daysBetween, formatClock, isIsoDate, parseClock } from './time.ts';

function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

describe('design schemas reject bad input, naming the field', () => {
  it.each([0, -10, 601, 2.5, 1e9])('durationMinutes %s', (minutes) => {
    const result = designSchemas.sequence.safeParse(makeSequence({ durationMinutes: minutes }));
    const [issue] = issuesOf(result);
    expect(issue!.path).toBe('durationMinutes');
    expect(issue!.message).toContain('durationMinutes');
  });

  it('accepts 1 and 600 minutes', () => {
    for (const minutes of [1, 600])
      expect(designSchemas.sequence.safeParse(makeSequence({ durationMinutes: minutes })).success).toBe(true);
  });

  it('a day ending before (or when) it starts', () => {
    for (const end of ['08:00', '09:00']) {
      const w = makeWorkshop({ days: [{ date: '2026-03-12', start: '09:00', end }] });
      const [issue] = issuesOf(designSchemas.workshop.safeParse(w));
      expect(issue).toEqual({ path: 'days.0.end', message: `end (${end}) must be after start (09:00)` });
    }
  });

  it('invalid dates and times', () => {
    const w = makeWorkshop({ days: [{ date: '2026-02-30', start: '25:00', end: '12:00' }] });
    const issues = issuesOf(designSchemas.workshop.safeParse(w));
    expect(issues.map((i) => i.path)).toEqual(['days.0.date', 'days.0.start']);
    expect(issues[0]!.message).toContain('date');
  });

  it('multi-day workshops need increasing dates; sequences need an existing, non-decreasing day', () => {
    const w = makeWorkshop({
      days: [
        { date: '2026-03-13', start: '09:00', end: '17:00' },
        { date: '2026-03-12', start: '09:00', end: '17:00' },
      ],
      sequences: [
        makeSequence({ id: 'a', day: 1 }),
        makeSequence({ id: 'b', day: 0 }),
        makeSequence({ id: 'c', day: 3 }),
      ],
    });
    const paths = issuesOf(designSchemas.workshop.safeParse(w)).map((i) => i.path);
    expect(paths).toEqual(['days.1.date', 'sequences.1.day', 'sequences.2.day']);
  });

  it('an unknown method id, checked against the given library', () => {
    const [issue] = issuesOf(designSchemas.sequence.safeParse(makeSequence({ methodId: 'pizza-party' })));
    expect(issue).toEqual({ path: 'methodId', message: 'methodId "pizza-party" is not a known method' });
    const org = createDesignSchemas({ isKnownMethod: (id) => id === 'pizza-party' });
    expect(org.sequence.safeParse(makeSequence({ methodId: 'pizza-party' })).success).toBe(true);
  });

  it('a 10 MB description', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const [issue] = issuesOf(designSchemas.sequence.safeParse(makeSequence({ instructions: huge })));
    expect(issue).toEqual({ path: 'instructions', message: 'instructions must be at most 10000 characters' });
    const w = makeWorkshop({ objective: huge });
    expect(issuesOf(designSchemas.workshop.safeParse(w))[0]!.path).toBe('objective');
  });

  it('group forms, duplicate ids, unknown keys and blank titles', () => {
    const bad = designSchemas.workshop.safeParse(
      makeWorkshop({
        sequences: [
          makeSequence({ id: 'a', group: { kind: 'tables', size: 1 } }),
          makeSequence({ id: 'a', title: '   ' }),
        ],
      }),
    );
    const issues = issuesOf(bad);
    expect(issues.map((i) => i.path)).toEqual([
      'sequences.0.group.size',
      'sequences.1.title',
      'sequences.1.id',
    ]);
    expect(formatDesignIssues(bad.error!)[0]).toBe(
      'sequences.0.group.size: group.size must be at least 2 people',
    );
    expect(designSchemas.sequence.safeParse({ ...makeSequence(), extra: 1 }).success).toBe(false);
  });

  it('mission dates: end before start, steps outside the mission, workshop dates', () => {
    const mission = {
      id: 'm1',
      title: 'Mission',
      locale: 'fr',
      clientName: 'Client',
      sponsor: '',
      context: '',
      goals: [],
      startsOn: '2026-03-01',
      endsOn: '2026-02-01',
      status: 'draft',
      steps: [
        {
          id: 's1',
          kind: 'workshop',
          title: 'Atelier',
          description: '',
          startsOn: '2026-03-10',
          endsOn: '2026-03-10',
          status: 'planned',
          expectedParticipants: 18,
          workshop: makeWorkshop(),
        },
      ],
    };
    const paths = issuesOf(designSchemas.mission.safeParse(mission)).map((i) => i.path);
    expect(paths).toEqual(['steps.0.startsOn', 'steps.0.endsOn', 'endsOn', 'steps.0.startsOn']);
  });
});

describe('time helpers', () => {
  it('parses and formats clocks and shifts dates across months and leap years', () => {
    expect(parseClock('09:05')).toBe(545);
    expect(formatClock(545)).toBe('09:05');
    expect(() => parseClock('9:05')).toThrow();
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-01-05', '2026-03-01')).toBe(55);
    expect(isIsoDate('2026-02-29')).toBe(false);
  });
});
