import type { Mission } from '@cercle/core';
import { describe, expect, it } from 'vitest';
import { renderMissionCalendar } from './calendar-ics.ts';
import { escapeText, foldLine } from './ical.ts';
import { seminarMission, smallestWorkshop } from './test-helpers.ts';

const NOW = new Date('2027-01-15T08:30:00Z');

type Event = Map<string, string>;

/** Unfolds, then splits events into "NAME;PARAMS" → value (no property repeats in our events). */
function parse(ics: string): { lines: string[]; events: Event[] } {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Event[] = [];
  let current: Event | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return { lines, events };
}

const unescapeText = (v: string) => v.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

function render(mission: Mission, extra: { productUrl?: string } = {}) {
  return renderMissionCalendar(mission, { timezone: 'Europe/Paris', now: NOW, ...extra });
}

describe('renderMissionCalendar', () => {
  it('has one event per workshop day plus one per other step, with stable UIDs', () => {
    const { mission, workshop } = seminarMission('fr');
    const ics = render(mission);
    const { events } = parse(ics);
    const others = mission.steps.filter((s) => s.kind !== 'workshop');
    expect(others.length).toBe(4);
    expect(events).toHaveLength(workshop.days.length + others.length);
    const workshopStep = mission.steps.find((s) => s.workshop)!;
    const uids = events.map((e) => e.get('UID'));
    expect(new Set(uids).size).toBe(events.length);
    expect(uids).toContain(`${mission.id}-${workshopStep.id}-0@cercle`);
    expect(uids).toContain(`${mission.id}-${workshopStep.id}-1@cercle`);
    expect(uids).toContain(`${mission.id}-${others[0]!.id}-0@cercle`);
    expect(renderMissionCalendar(mission, { timezone: 'Europe/Paris', now: NOW })).toBe(ics);
  });

  it('times workshop days in Europe/Paris with their local start and end', () => {
    const { mission, workshop } = seminarMission('fr');
    const ics = render(mission);
    const { lines, events } = parse(ics);
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:Europe/Paris');
    const days = events.filter((e) => e.has('DTSTART;TZID=Europe/Paris'));
    expect(days.map((e) => [e.get('DTSTART;TZID=Europe/Paris'), e.get('DTEND;TZID=Europe/Paris')])).toEqual([
      ['20270408T090000', '20270408T173000'],
      ['20270409T090000', '20270409T173000'],
    ]);
    const first = days[0]!;
    expect(first.get('SUMMARY')).toBe('Séminaire : projet stratégique 2027–2031 (Jour 1)');
    expect(unescapeText(first.get('LOCATION')!)).toBe(workshop.place);
    const description = unescapeText(first.get('DESCRIPTION')!);
    expect(description.startsWith(workshop.objective)).toBe(true);
    expect(description).toContain('09:00–09:15 Accueil, cadre de la démarche et inclusion');
    expect(description).toContain('12:00–13:15 Déjeuner');
    expect(description).not.toContain(workshop.sequences[0]!.facilitatorNotes);
  });

  it('spans the other steps as all-day events, end date exclusive', () => {
    const { mission } = seminarMission('fr');
    const { events } = parse(render(mission));
    const interviews = events.find((e) => e.get('SUMMARY') === 'Entretiens amont')!;
    expect(interviews.get('DTSTART;VALUE=DATE')).toBe('20270301');
    expect(interviews.get('DTEND;VALUE=DATE')).toBe('20270319');
    expect(interviews.get('TRANSP')).toBe('TRANSPARENT');
    const summaries = events.map((e) => unescapeText(e.get('SUMMARY')!));
    expect(summaries).toContain('Diagnostic partagé (synthèse d’une page)');
    expect(summaries).toContain('Adoption par le conseil d’administration');
    expect(events.filter((e) => e.get('CATEGORIES') === 'Livrable')).toHaveLength(3);
  });

  it('writes CRLF lines of at most 75 octets and escapes TEXT values', () => {
    const { mission } = seminarMission('fr');
    const ics = render(mission, { productUrl: 'https://cercle.example/missions/m1' });
    expect(ics.endsWith('\r\n')).toBe(true);
    const physical = ics.slice(0, -2).split('\r\n');
    for (const line of physical) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    const { events } = parse(ics);
    expect(events[0]!.get('DESCRIPTION')).toContain('présidente\\, direction');
    expect(events[0]!.get('URL')).toBe('https://cercle.example/missions/m1');
  });

  it('folds without cutting a UTF-8 character and escapes , ; \\ and newlines', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(100)}`);
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('uses English words for an English mission and "Remote" for a remote workshop', () => {
    const { mission } = seminarMission('en');
    const step = mission.steps.find((s) => s.workshop)!;
    const remote: Mission = {
      ...mission,
      steps: mission.steps.map((s) =>
        s === step ? { ...s, workshop: { ...s.workshop!, remote: true, place: '' } } : s,
      ),
    };
    const { lines, events } = parse(render(remote));
    expect(lines).toContain('PRODID:-//Cercle//Cercle missions//EN');
    expect(events.find((e) => e.has('DTSTART;TZID=Europe/Paris'))!.get('LOCATION')).toBe('Remote');
    expect(events.find((e) => e.get('SUMMARY') === 'Upstream interviews')!.get('CATEGORIES')).toBe(
      'Interviews',
    );
    expect(events.map((e) => e.get('SUMMARY'))).toContain('Seminar: strategic project 2027–2031 (Day 2)');
  });

  it('renders a mission whose only step is the smallest workshop', () => {
    const { mission, workshop } = seminarMission('fr');
    const step = mission.steps.find((s) => s.workshop)!;
    const small = smallestWorkshop(workshop, { remote: true, place: '' });
    const { events } = parse(render({ ...mission, steps: [{ ...step, workshop: small }] }));
    expect(events).toHaveLength(1);
    expect(events[0]!.get('SUMMARY')).toBe(workshop.title);
    expect(events[0]!.get('LOCATION')).toBe('À distance');
    expect(events[0]!.get('DTEND;TZID=Europe/Paris')).toBe('20270408T173000');
  });

  it('refuses a time zone it has no VTIMEZONE for', () => {
    const { mission } = seminarMission('fr');
    expect(() => renderMissionCalendar(mission, { timezone: 'Mars/Olympus' })).toThrow(
      /unsupported time zone/,
    );
  });
});
