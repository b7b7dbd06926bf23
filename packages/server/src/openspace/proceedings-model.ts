/**
 * The Open Space proceedings as printable blocks, shared by the Word and PDF renderers so both
 * print the same words in the same order (OS-LIVE-10). Content comes from core's
 * `compileProceedings` (OS-60…OS-63); this file only adds the labels of both languages.
 */
import type { Locale, Proceedings, ProceedingsSection } from '@cercle/core';
import { LABELS, type Labels } from '../exports/labels.ts';
import type { ProceedingsPhoto } from './session-photos.ts';

interface ProceedingsLabels {
  proceedings: string;
  sessions: string;
  reports: string;
  participants: string;
  proposals: string;
  keyPoints: string;
  nextSteps: string;
  convener: string;
  when: string;
  offTheWall: string;
  noReport: string;
  missingReports: string;
  anonymous: string;
  reportTitle: string;
  photos: (n: number) => string;
}

const WORDS: Record<Locale, ProceedingsLabels> = {
  fr: {
    proceedings: 'Actes du forum ouvert',
    sessions: 'Sessions',
    reports: 'Comptes rendus',
    participants: 'Participants',
    proposals: 'Propositions',
    keyPoints: 'Points clés',
    nextSteps: 'Prochaines étapes',
    convener: 'Initiateur',
    when: 'Créneau',
    offTheWall: 'Hors programme',
    noReport: 'Pas encore de compte rendu.',
    missingReports: 'Comptes rendus manquants',
    anonymous: 'Anonyme',
    reportTitle: 'Compte rendu',
    photos: (n) => `${n} photo${n > 1 ? 's' : ''} jointe${n > 1 ? 's' : ''}`,
  },
  en: {
    proceedings: 'Open Space proceedings',
    sessions: 'Sessions',
    reports: 'Reports',
    participants: 'Participants',
    proposals: 'Proposals',
    keyPoints: 'Key points',
    nextSteps: 'Next steps',
    convener: 'Convener',
    when: 'Time and place',
    offTheWall: 'Not on the agenda',
    noReport: 'No report filed yet.',
    missingReports: 'Reports missing',
    anonymous: 'Anonymous',
    reportTitle: 'Report',
    photos: (n) => `${n} photo${n > 1 ? 's' : ''} attached`,
  },
};

/** A labelled list under a section (key points, proposals…), left out when empty. */
export interface ProceedingsList {
  label: string;
  items: string[];
}

export interface PrintableSection {
  heading: string;
  facts: [string, string][];
  description: string | null;
  /** The report's own title, or null with `noReport` printed instead. */
  reportTitle: string | null;
  lists: ProceedingsList[];
  /** "2 photos attached", or null. */
  photos: string | null;
  /** The report's photos to embed after its text, in the report's order. */
  images: ProceedingsPhoto[];
}

export interface PrintableProceedings {
  title: string;
  subtitle: string;
  labels: Labels;
  words: ProceedingsLabels;
  summary: [string, string][];
  sections: PrintableSection[];
}

function slotText(section: ProceedingsSection, words: ProceedingsLabels): string {
  if (!section.slot) return words.offTheWall;
  const time = section.slot.start
    ? `${section.slot.start}${section.slot.end ? `–${section.slot.end}` : ''}`
    : '';
  const slot = time && time !== section.slot.label ? `${section.slot.label} (${time})` : section.slot.label;
  return section.space ? `${slot} — ${section.space.name}` : slot;
}

export function printableProceedings(
  proceedings: Proceedings,
  sessionTitle: string,
  locale: Locale,
  /**
   * The session's photos by id (session-photos.ts). When given, only ids found here are counted
   * and embedded, so a report cannot name another session's photo; without it (no database),
   * ids are counted as filed.
   */
  photos?: ReadonlyMap<string, ProceedingsPhoto>,
): PrintableProceedings {
  const labels = LABELS[locale];
  const words = WORDS[locale];
  const name = (p: { name: string | null }) => p.name || words.anonymous;
  const { summary } = proceedings;
  const titleOf = new Map(proceedings.sections.map((s) => [s.session.id, s.session.title]));
  return {
    title: sessionTitle,
    subtitle: words.proceedings,
    labels,
    words,
    summary: [
      [words.sessions, String(summary.sessions)],
      [words.reports, String(summary.reports)],
      [words.participants, String(summary.participants)],
      [words.proposals, String(summary.proposals)],
      ...(summary.missingReports.length > 0
        ? [
            [words.missingReports, summary.missingReports.map((id) => titleOf.get(id) ?? id).join(', ')] as [
              string,
              string,
            ],
          ]
        : []),
    ],
    sections: proceedings.sections.map((s) => {
      const r = s.report;
      const lists: ProceedingsList[] = [
        { label: words.keyPoints, items: r?.keyPoints ?? [] },
        { label: words.proposals, items: s.proposals.map((p) => p.text) },
        { label: words.nextSteps, items: r?.nextSteps ?? [] },
      ].filter((l) => l.items.length > 0);
      const ids = r ? (photos ? r.photoIds.filter((id) => photos.has(id)) : r.photoIds) : [];
      const images = photos ? ids.flatMap((id) => photos.get(id) ?? []) : [];
      return {
        heading: s.session.title,
        facts: [
          [words.when, slotText(s, words)],
          [words.convener, name(s.convener)],
          ...(s.participants.length > 0
            ? [[words.participants, s.participants.map(name).join(', ')] as [string, string]]
            : []),
        ],
        description: s.session.description || null,
        reportTitle: r ? r.title : null,
        lists,
        photos: ids.length > 0 ? words.photos(ids.length) : null,
        images,
      };
    }),
  };
}
