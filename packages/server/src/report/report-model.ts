/**
 * The mission report's content, built once from the mission, its live sessions and its harvest,
 * so the DOCX, PDF and Markdown versions print the same thing. Pure: data in, model out.
 */
import type { HarvestItem, HarvestMark, Locale, Mission, RoomState } from '@cercle/core';
import { formatDate, formatDateRange, LABELS } from '../exports/labels.ts';
import { REPORT_LABELS, type ReportLabels } from './report-labels.ts';
import { type ResultBlock, summariseActivity } from './summarise.ts';

export const REPORT_SECTIONS = ['context', 'programme', 'workshops', 'photos', 'themes', 'annex'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export interface ReportSession {
  id: string;
  title: string;
  workshopId: string | null;
  participantCount: number;
  state: RoomState;
  /** Open Space proceedings of this session, one block per breakout session (empty without one). */
  openSpace: ResultBlock[];
}

export interface ReportCluster {
  id: string;
  name: string;
  keyTerms: string[];
}

export interface ReportPhoto {
  caption: string;
  workshopTitle: string | null;
  /** The stored JPEG (already re-encoded, metadata-free). */
  jpeg: Buffer;
  width: number;
  height: number;
}

export interface ReportInput {
  mission: Mission;
  locale: Locale;
  introduction: string;
  sections: readonly ReportSection[];
  sessions: readonly ReportSession[];
  items: readonly HarvestItem[];
  marks: ReadonlyMap<string, HarvestMark>;
  clusters: readonly ReportCluster[];
  /** Graphic recordings and flipcharts, oldest first. */
  photos: readonly ReportPhoto[];
  /** `YYYY-MM-DD`, the day printed on the cover. */
  today: string;
}

export interface Verbatim {
  text: string;
  author: string;
  source: string;
}

export interface ReportModel {
  locale: Locale;
  labels: ReportLabels;
  title: string;
  cover: [string, string][];
  generatedOn: string;
  introduction: string;
  context: { text: string; goals: string[] } | null;
  programme: { head: string[]; rows: string[][] } | null;
  workshops:
    | {
        title: string;
        dates: string;
        sessions: { heading: string; blocks: ResultBlock[] }[];
      }[]
    | null;
  photos: ReportPhoto[] | null;
  themes: { name: string; count: number; keyTerms: string[]; verbatims: Verbatim[] }[] | null;
  annex: { head: string[]; rows: string[][] } | null;
}

/** Verbatims per theme: the facilitator's picks first, then in the order they were written. */
const VERBATIMS_PER_THEME = 5;

export function buildReport(input: ReportInput): ReportModel {
  const l = REPORT_LABELS[input.locale];
  const exportLabels = LABELS[input.locale];
  const { mission } = input;
  const has = (s: ReportSection) => input.sections.includes(s);
  const visible = input.items.filter((i) => !i.hidden);
  const sourceOf = (i: HarvestItem) =>
    [
      i.workshopTitle ?? i.sessionTitle,
      i.sequenceTitle,
      i.activityTitle,
      i.place && l.tablePlace(i.place.title, i.place.round + 1, i.place.table + 1),
    ]
      .filter(Boolean)
      .join(' · ');
  const authorOf = (i: HarvestItem) => i.author || l.anonymous;

  const cover: [string, string][] = [[l.client, mission.clientName]];
  if (mission.sponsor) cover.push([l.sponsor, mission.sponsor]);
  cover.push([l.dates, formatDateRange(mission.startsOn, mission.endsOn, input.locale)]);

  const workshopSteps = mission.steps.filter((s) => s.workshop);
  const participantsOf = (workshopId: string) =>
    input.sessions.filter((s) => s.workshopId === workshopId).reduce((n, s) => n + s.participantCount, 0);

  return {
    locale: input.locale,
    labels: l,
    title: mission.title,
    cover,
    generatedOn: l.generatedOn(formatDate(input.today, input.locale)),
    introduction: input.introduction.trim(),
    context: has('context') ? { text: mission.context, goals: mission.goals } : null,
    programme: has('programme')
      ? {
          head: [l.step, l.kind, l.dates, l.participants],
          rows: mission.steps.map((s) => [
            s.title,
            exportLabels.stepKinds[s.kind],
            formatDateRange(s.startsOn, s.endsOn, input.locale),
            s.workshop
              ? String(participantsOf(s.workshop.id) || s.workshop.expectedParticipants)
              : s.expectedParticipants === null
                ? '–'
                : String(s.expectedParticipants),
          ]),
        }
      : null,
    workshops: has('workshops')
      ? workshopSteps.map((step) => ({
          title: step.title,
          dates: formatDateRange(step.startsOn, step.endsOn, input.locale),
          sessions: input.sessions
            .filter((s) => s.workshopId === step.workshop?.id)
            .map((s) => ({
              heading: l.session(s.title, s.participantCount),
              blocks: [...s.state.activities.map((a) => summariseActivity(a, s.state, l)), ...s.openSpace],
            })),
        }))
      : null,
    photos: has('photos') ? [...input.photos] : null,
    themes: has('themes')
      ? input.clusters.map((c) => {
          const members = visible.filter((i) => input.marks.get(i.key)?.clusterId === c.id);
          const picked = [
            ...members.filter((i) => input.marks.get(i.key)?.verbatim),
            ...members.filter(
              (i) => !input.marks.get(i.key)?.verbatim && !input.marks.get(i.key)?.duplicateOf,
            ),
          ].slice(0, VERBATIMS_PER_THEME);
          return {
            name: c.name,
            count: members.length,
            keyTerms: c.keyTerms,
            verbatims: picked.map((i) => ({ text: i.text, author: authorOf(i), source: sourceOf(i) })),
          };
        })
      : null,
    annex: has('annex')
      ? {
          head: [l.text, l.author, l.source, l.cluster],
          rows: visible.map((i) => {
            const clusterId = input.marks.get(i.key)?.clusterId;
            return [
              i.text,
              authorOf(i),
              sourceOf(i),
              input.clusters.find((c) => c.id === clusterId)?.name ?? '',
            ];
          }),
        }
      : null,
  };
}
