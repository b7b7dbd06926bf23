/**
 * The run of show as the documents print it: times computed, group forms and activities
 * translated, breaks flagged. The DOCX and PDF renderers only lay this out, so both formats
 * say the same thing and the wording is decided once.
 */
import {
  computeSchedule,
  type Locale,
  METHOD_LIBRARY,
  type MethodLibrary,
  type Mission,
  type Sequence,
  type Workshop,
} from '@cercle/core';
import { formatDate, formatDateRange, formatDuration, LABELS, type Labels } from './labels.ts';

export interface RunOfShowRow {
  sequenceId: string;
  start: string;
  end: string;
  title: string;
  duration: string;
  group: string;
  activity: string;
  isBreak: boolean;
  graphicRecording: boolean;
  instructions: string;
  questions: string[];
  roles: { name: string; description: string }[];
  materials: string[];
  facilitatorNotes: string;
  outputs: string[];
}

export interface RunOfShowDay {
  /** "Jour 1 — jeudi 8 avril 2027" */
  heading: string;
  start: string;
  end: string;
  /** A warning line when the sequences run past the planned end. */
  overrun: string | null;
  rows: RunOfShowRow[];
}

export interface RunOfShow {
  labels: Labels;
  missionTitle: string;
  clientName: string;
  workshopTitle: string;
  dates: string;
  place: string;
  expectedParticipants: number;
  facilitators: string[];
  objective: string;
  days: RunOfShowDay[];
}

/** Breaks and meals reset attention; organisation methods unknown here fall back on the ids. */
function isBreak(sequence: Sequence, library: MethodLibrary): boolean {
  const method = library.get(sequence.methodId);
  return method ? method.isBreak : sequence.methodId === 'break' || sequence.methodId === 'lunch';
}

export function placeLabel(workshop: Workshop, locale: Locale): string {
  const remote = LABELS[locale].remote;
  if (!workshop.remote) return workshop.place;
  return workshop.place ? `${workshop.place} (${remote})` : remote;
}

export function buildRunOfShow(
  mission: Mission,
  workshop: Workshop,
  locale: Locale,
  library: MethodLibrary = METHOD_LIBRARY,
): RunOfShow {
  const labels = LABELS[locale];
  const schedule = computeSchedule(workshop);
  const first = workshop.days[0]?.date;
  const last = workshop.days[workshop.days.length - 1]?.date;
  const days = schedule.days.map(
    (d): RunOfShowDay => ({
      heading: `${labels.day(d.day + 1)} — ${formatDate(d.date, locale)}`,
      start: d.start,
      end: d.plannedEnd,
      overrun: d.overrunMinutes > 0 ? labels.overrun(d.computedEnd, d.overrunMinutes) : null,
      rows: [],
    }),
  );
  workshop.sequences.forEach((s, i) => {
    const slot = schedule.sequences[i];
    const day = days[s.day];
    if (!slot || !day) return;
    day.rows.push({
      sequenceId: s.id,
      start: slot.start,
      end: slot.end,
      title: s.title,
      duration: formatDuration(s.durationMinutes, locale),
      group: labels.group(s.group),
      activity: labels.activities[s.activity],
      isBreak: isBreak(s, library),
      graphicRecording: s.graphicRecording,
      instructions: s.instructions,
      questions: s.questions.filter((q) => q.trim() !== ''),
      roles: s.roles.map((r) => ({ name: r.name, description: r.description })),
      materials: s.materials,
      facilitatorNotes: s.facilitatorNotes,
      outputs: s.outputs.map((o) => o.label),
    });
  });
  return {
    labels,
    missionTitle: mission.title,
    clientName: mission.clientName,
    workshopTitle: workshop.title,
    dates: first && last ? formatDateRange(first, last, locale) : '',
    place: placeLabel(workshop, locale),
    expectedParticipants: workshop.expectedParticipants,
    facilitators: workshop.facilitators,
    objective: workshop.objective,
    days,
  };
}

/** A break's title tagged as one ("Déjeuner (Pause)"), unless it already says so. */
export function rowTitle(row: RunOfShowRow, l: Labels): string {
  if (!row.isBreak || row.title.toLowerCase().includes(l.breakTag.toLowerCase())) return row.title;
  return `${row.title} (${l.breakTag})`;
}

/** The title-page facts as label/value pairs, in print order, empty values left out. */
export function titleFacts(r: RunOfShow): [string, string][] {
  const l = r.labels;
  const facts: [string, string][] = [
    [l.mission, r.missionTitle],
    [l.client, r.clientName],
    [l.dates, r.dates],
    [l.place, r.place],
    [l.expectedParticipants, String(r.expectedParticipants)],
    [l.facilitators, r.facilitators.join(', ')],
    [l.objective, r.objective],
  ];
  return facts.filter(([, v]) => v.trim() !== '');
}

/** The details printed under a sequence, in order; facilitator notes are flagged for styling. */
export function rowDetails(
  row: RunOfShowRow,
  l: Labels,
): { label: string; lines: string[]; facilitatorOnly?: boolean }[] {
  const blocks = [
    { label: l.instructions, lines: row.instructions ? [row.instructions] : [] },
    { label: l.questions, lines: row.questions.map((q, i) => `${i + 1}. ${q}`) },
    {
      label: l.roles,
      lines: row.roles.map((r) => (r.description ? `${r.name}${l.colon}${r.description}` : r.name)),
    },
    { label: l.materials, lines: row.materials },
    { label: l.outputs, lines: row.outputs },
    {
      label: l.facilitatorNotes,
      lines: row.facilitatorNotes ? [row.facilitatorNotes] : [],
      facilitatorOnly: true,
    },
  ];
  if (row.graphicRecording) blocks.push({ label: l.graphicRecording, lines: [l.graphicRecordingNote] });
  return blocks.filter((b) => b.lines.length > 0);
}
