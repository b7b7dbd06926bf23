/**
 * Words printed by the exports, in both languages of the product. `Record<Locale, Labels>`
 * makes a missing translation a compile error, so neither language can fall behind.
 */
import type { ActivityKind, GroupForm, Locale, MissionStepKind } from '@cercle/core';

export interface Labels {
  runOfShow: string;
  programme: string;
  mission: string;
  client: string;
  workshop: string;
  dates: string;
  place: string;
  remote: string;
  expectedParticipants: string;
  facilitators: string;
  objective: string;
  day: (n: number) => string;
  time: string;
  sequence: string;
  duration: string;
  groupForm: string;
  activity: string;
  instructions: string;
  questions: string;
  roles: string;
  materials: string;
  facilitatorNotes: string;
  outputs: string;
  graphicRecording: string;
  graphicRecordingNote: string;
  /** " : " in French typography, ": " in English. */
  colon: string;
  breakTag: string;
  overrun: (end: string, minutes: number) => string;
  page: (current: number, total: number) => string;
  group: (form: GroupForm) => string;
  activities: Record<ActivityKind, string>;
  stepKinds: Record<MissionStepKind, string>;
  /** Intl locale for dates. */
  intl: string;
}

export const LABELS: Record<Locale, Labels> = {
  fr: {
    runOfShow: 'Déroulé détaillé',
    programme: 'Programme',
    mission: 'Mission',
    client: 'Client',
    workshop: 'Atelier',
    dates: 'Dates',
    place: 'Lieu',
    remote: 'À distance',
    expectedParticipants: 'Participants attendus',
    facilitators: 'Facilitation',
    objective: 'Objectif',
    day: (n) => `Jour ${n}`,
    time: 'Horaire',
    sequence: 'Séquence',
    duration: 'Durée',
    groupForm: 'Configuration',
    activity: 'Activité',
    instructions: 'Consigne aux participants',
    questions: 'Questions',
    roles: 'Rôles',
    materials: 'Matériel',
    facilitatorNotes: 'Notes du facilitateur (ne pas diffuser)',
    outputs: 'Productions à récolter',
    graphicRecording: 'Facilitation graphique',
    graphicRecordingNote: 'Cette séquence est dessinée par le facilitateur graphique.',
    colon: '\u00a0: ',
    breakTag: 'Pause',
    overrun: (end, minutes) => `Attention : la journée finit à ${end}, ${minutes} min après l’horaire prévu.`,
    page: (current, total) => `Page ${current} sur ${total}`,
    group: (form) => {
      switch (form.kind) {
        case 'solo':
          return 'Individuel';
        case 'pairs':
          return 'En binômes';
        case 'groups':
          return `Groupes de ${form.size}`;
        case 'tables':
          return `Tables de ${form.size}`;
        case 'plenary':
          return 'Plénière';
        case 'free':
          return 'Déplacement libre';
      }
    },
    activities: {
      none: '—',
      write: 'Écrire',
      vote: 'Voter',
      read: 'Lire',
      interview: 'Entretien',
      discuss: 'Discussion',
      move: 'Se déplacer',
      canvas: 'Canevas',
      report: 'Compte rendu',
      consent: 'Consentement',
      poll: 'Sondage',
      qa: 'Questions-réponses',
    },
    stepKinds: {
      interviews: 'Entretiens',
      workshop: 'Atelier',
      consultation: 'Consultation',
      deliverable: 'Livrable',
    },
    intl: 'fr-FR',
  },
  en: {
    runOfShow: 'Detailed run of show',
    programme: 'Programme',
    mission: 'Mission',
    client: 'Client',
    workshop: 'Workshop',
    dates: 'Dates',
    place: 'Venue',
    remote: 'Remote',
    expectedParticipants: 'Expected participants',
    facilitators: 'Facilitators',
    objective: 'Objective',
    day: (n) => `Day ${n}`,
    time: 'Time',
    sequence: 'Sequence',
    duration: 'Duration',
    groupForm: 'Group form',
    activity: 'Activity',
    instructions: 'Instructions for participants',
    questions: 'Questions',
    roles: 'Roles',
    materials: 'Materials',
    facilitatorNotes: 'Facilitator notes (do not share)',
    outputs: 'Outputs to harvest',
    graphicRecording: 'Graphic recording',
    graphicRecordingNote: 'A graphic recorder draws this sequence.',
    colon: ': ',
    breakTag: 'Break',
    overrun: (end, minutes) => `Warning: the day ends at ${end}, ${minutes} min later than planned.`,
    page: (current, total) => `Page ${current} of ${total}`,
    group: (form) => {
      switch (form.kind) {
        case 'solo':
          return 'Individual';
        case 'pairs':
          return 'In pairs';
        case 'groups':
          return `Groups of ${form.size}`;
        case 'tables':
          return `Tables of ${form.size}`;
        case 'plenary':
          return 'Plenary';
        case 'free':
          return 'Free movement';
      }
    },
    activities: {
      none: '—',
      write: 'Write',
      vote: 'Vote',
      read: 'Read',
      interview: 'Interview',
      discuss: 'Discussion',
      move: 'Move around',
      canvas: 'Canvas',
      report: 'Report',
      consent: 'Consent',
      poll: 'Poll',
      qa: 'Q&A',
    },
    stepKinds: {
      interviews: 'Interviews',
      workshop: 'Workshop',
      consultation: 'Consultation',
      deliverable: 'Deliverable',
    },
    intl: 'en-GB',
  },
};

/** `2027-04-08` → "jeudi 8 avril 2027" / "Thursday 8 April 2027" (a calendar day, no time zone). */
export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(LABELS[locale].intl, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utc);
}

export function formatDateRange(first: string, last: string, locale: Locale): string {
  return first === last
    ? formatDate(first, locale)
    : `${formatDate(first, locale)} – ${formatDate(last, locale)}`;
}

/** 15 → "15 min"; 75 → "1 h 15" (fr) / "1 h 15 min" (en); 120 → "2 h". */
export function formatDuration(minutes: number, locale: Locale): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (m === 0) return `${h} h`;
  const mm = String(m).padStart(2, '0');
  return locale === 'fr' ? `${h} h ${mm}` : `${h} h ${mm} min`;
}
