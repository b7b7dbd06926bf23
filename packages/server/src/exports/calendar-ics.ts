/**
 * A mission as an iCalendar file for the facilitators' and client's calendars: one timed event
 * per workshop day (venue time zone), one all-day event spanning each other step (interviews,
 * consultation, deliverables). UIDs depend on ids only, so re-importing after a date change
 * updates the events instead of duplicating them.
 */
import { addDays, type Locale, type Mission, type MissionStep, type Workshop } from '@cercle/core';
import { escapeText, icsDate, icsStamp, serialize, vtimezone } from './ical.ts';
import { LABELS } from './labels.ts';
import { buildRunOfShow, placeLabel } from './run-of-show-model.ts';

export interface MissionCalendarOptions {
  /** IANA zone of the venues, e.g. `Europe/Paris` (see `SUPPORTED_TIMEZONES`). */
  timezone: string;
  /** Link back to the mission in Cercle: the events' URL, also at the end of descriptions. */
  productUrl?: string;
  /** Language of the few words the calendar adds; the mission's by default. */
  locale?: Locale;
  /** DTSTAMP of every event; now by default (pass it for reproducible output). */
  now?: Date;
}

interface Context {
  mission: Mission;
  locale: Locale;
  timezone: string;
  stamp: string;
  productUrl: string | undefined;
}

function common(c: Context, step: MissionStep, day: number, summary: string, description: string): string[] {
  const label = LABELS[c.locale].stepKinds[step.kind];
  const text = c.productUrl ? `${description}\n\n${c.productUrl}`.trim() : description;
  return [
    `UID:${c.mission.id}-${step.id}-${day}@cercle`,
    `DTSTAMP:${c.stamp}`,
    `SUMMARY:${escapeText(summary)}`,
    ...(text ? [`DESCRIPTION:${escapeText(text)}`] : []),
    `CATEGORIES:${escapeText(label)}`,
    `STATUS:${step.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    ...(c.productUrl ? [`URL:${c.productUrl}`] : []),
  ];
}

function workshopEvents(c: Context, step: MissionStep, workshop: Workshop): string[] {
  const labels = LABELS[c.locale];
  const ros = buildRunOfShow(c.mission, workshop, c.locale);
  return workshop.days.flatMap((d, i) => {
    const summary = workshop.days.length > 1 ? `${workshop.title} (${labels.day(i + 1)})` : workshop.title;
    // Times and titles only: a calendar gets forwarded, facilitator notes stay in the run of show.
    const agenda = (ros.days[i]?.rows ?? []).map((r) => `${r.start}–${r.end} ${r.title}`);
    const description = [workshop.objective, agenda.join('\n')].filter(Boolean).join('\n\n');
    return [
      'BEGIN:VEVENT',
      ...common(c, step, i, summary, description),
      `DTSTART;TZID=${c.timezone}:${icsDate(d.date, d.start)}`,
      `DTEND;TZID=${c.timezone}:${icsDate(d.date, d.end)}`,
      `LOCATION:${escapeText(placeLabel(workshop, c.locale))}`,
      'END:VEVENT',
    ];
  });
}

function allDayEvent(c: Context, step: MissionStep): string[] {
  return [
    'BEGIN:VEVENT',
    ...common(c, step, 0, step.title, step.description),
    `DTSTART;VALUE=DATE:${icsDate(step.startsOn)}`,
    // DTEND of an all-day event is exclusive: the day after the step's last day.
    `DTEND;VALUE=DATE:${icsDate(addDays(step.endsOn, 1))}`,
    // A four-week deliverable must not show everyone as busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function renderMissionCalendar(mission: Mission, options: MissionCalendarOptions): string {
  const locale = options.locale ?? mission.locale;
  const c: Context = {
    mission,
    locale,
    timezone: options.timezone,
    stamp: icsStamp(options.now ?? new Date()),
    productUrl: options.productUrl,
  };
  const events = mission.steps.flatMap((step) =>
    step.kind === 'workshop' && step.workshop ? workshopEvents(c, step, step.workshop) : allDayEvent(c, step),
  );
  return serialize([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Cercle//Cercle missions//${locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(mission.title)}`,
    `X-WR-TIMEZONE:${options.timezone}`,
    ...vtimezone(options.timezone),
    ...events,
    'END:VCALENDAR',
  ]);
}
