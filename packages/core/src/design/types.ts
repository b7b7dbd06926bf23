/**
 * The design domain: missions, workshops and their run of show.
 *
 * Two kinds of shapes live here:
 * - the method library (`Method`, `MethodStep`) is bilingual data shipped with the code;
 * - the persisted model (`Mission`, `MissionStep`, `Workshop`, `Sequence`) is what the server
 *   stores as JSON. Its texts are in one language, the facilitator's working language chosen
 *   when a sequence is added from the library (`Workshop.locale`).
 * The persisted shapes are also described by the zod schemas in `schemas.ts`; a compile-time
 * check there keeps both in step.
 */

export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];

/** A text in both languages of the product. */
export interface Localized {
  fr: string;
  en: string;
}

/** How participants are arranged during a sequence. */
export type GroupForm =
  | { kind: 'solo' }
  | { kind: 'pairs' }
  | { kind: 'groups'; size: number }
  | { kind: 'tables'; size: number }
  | { kind: 'plenary' }
  | { kind: 'free' };

export type GroupKind = GroupForm['kind'];

/** What participants do on their phone during a sequence (drives the live console). */
export type ActivityKind =
  | 'none'
  | 'write'
  | 'vote'
  | 'read'
  | 'interview'
  | 'discuss'
  | 'move'
  | 'canvas'
  | 'report'
  | 'consent'
  | 'poll'
  | 'qa';

export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  'none',
  'write',
  'vote',
  'read',
  'interview',
  'discuss',
  'move',
  'canvas',
  'report',
  'consent',
  'poll',
  'qa',
];

/** Why a facilitator reaches for a method (search filter). */
export type Purpose =
  | 'open'
  | 'connect'
  | 'explore'
  | 'diagnose'
  | 'ideate'
  | 'vision'
  | 'prioritise'
  | 'decide'
  | 'plan'
  | 'design'
  | 'share'
  | 'consult'
  | 'harvest'
  | 'close'
  | 'rest';

export type MethodFamily =
  | 'essentials'
  | 'conversation'
  | 'design-thinking'
  | 'strategy'
  | 'decision'
  | 'consultation'
  | 'break';

export interface Range {
  min: number;
  max: number;
}

export interface MethodRole {
  key: string;
  name: Localized;
  description: Localized;
}

export interface MethodOutput {
  key: string;
  label: Localized;
}

/** One step of a method's template: becomes one sequence of a run of show. */
export interface MethodStep {
  key: string;
  title: Localized;
  /** Default, shortest and longest sensible duration in minutes. */
  durationMinutes: number;
  durationRange: Range;
  group: GroupForm;
  /** People per group or table this step works with (RUN-3); only for groups and tables. */
  groupSizeRange?: Range;
  activity: ActivityKind;
  /** Shown on participants' phones and on the wall. */
  instructions: Localized;
  /** Shown to the facilitator only. */
  facilitatorNotes: Localized;
  /** Default questions or prompts of this step (a facilitator edits them). */
  questions: Localized[];
  /** The step is meaningless without at least one question (RUN-4). */
  requiresQuestions: boolean;
  /** Keys into `Method.roles`. */
  roles: string[];
  /** Keys into `Method.outputs`: what this step harvests. */
  outputs: string[];
  /** Step-specific materials; the method's materials otherwise. */
  materials?: Localized[];
}

export interface Method {
  /** Stable slug, e.g. `world-cafe`; sequences refer to it. */
  id: string;
  name: Localized;
  summary: Localized;
  family: MethodFamily;
  purposes: Purpose[];
  /** Head counts the method works well with (search filter). */
  participants: Range;
  /** Total duration range in minutes (all steps). */
  durationMinutes: Range;
  /** Below this total the method does not do its job (RUN-5). */
  minTotalMinutes: number;
  steps: MethodStep[];
  roles: MethodRole[];
  materials: Localized[];
  outputs: MethodOutput[];
  /** Some step needs questions before the method can run (RUN-4). */
  requiresQuestions: boolean;
  /** Breaks and meals reset the continuous-work counter (RUN-2). */
  isBreak: boolean;
}

// ——— Persisted model (one language) ———

export interface SequenceRole {
  key: string;
  name: string;
  description: string;
}

export interface SequenceOutput {
  key: string;
  label: string;
}

/** One line of a run of show. */
export interface Sequence {
  id: string;
  /** Shared by the sequences inserted together from one method (RUN-5 sums per block). */
  blockId: string;
  methodId: string;
  /** The method step it was made from, if any. */
  stepKey?: string | undefined;
  /** Index into `Workshop.days`; non-decreasing along `Workshop.sequences`. */
  day: number;
  title: string;
  durationMinutes: number;
  group: GroupForm;
  activity: ActivityKind;
  instructions: string;
  facilitatorNotes: string;
  questions: string[];
  roles: SequenceRole[];
  materials: string[];
  outputs: SequenceOutput[];
  /** A graphic recorder draws this sequence; photos get linked to it. */
  graphicRecording: boolean;
}

export interface WorkshopDay {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, local time of the venue. */
  start: string;
  /** `HH:MM`, the planned end; after `start`. */
  end: string;
}

export interface Workshop {
  id: string;
  title: string;
  /** Language of every text of the sequences. */
  locale: Locale;
  objective: string;
  days: WorkshopDay[];
  place: string;
  remote: boolean;
  expectedParticipants: number;
  facilitators: string[];
  /** The run of show, in order; days are non-decreasing. */
  sequences: Sequence[];
}

export type MissionStepKind = 'interviews' | 'workshop' | 'consultation' | 'deliverable';
export type MissionStepStatus = 'planned' | 'in_progress' | 'done' | 'cancelled';
export type MissionStatus = 'draft' | 'active' | 'completed' | 'archived';

export type ConsultationAudience = 'open' | 'invitation' | 'verified';
export type ConsultationFormat = 'questionnaire' | 'proposals' | 'opinion-map' | 'draft-comments';

/** What a consultation step will open online (configured in detail by the consultation module). */
export interface ConsultationPlan {
  audience: ConsultationAudience;
  formats: ConsultationFormat[];
}

export interface MissionStep {
  id: string;
  kind: MissionStepKind;
  title: string;
  description: string;
  /** `YYYY-MM-DD`; for a workshop, its first day. */
  startsOn: string;
  /** `YYYY-MM-DD`; for a workshop, its last day. */
  endsOn: string;
  status: MissionStepStatus;
  expectedParticipants: number | null;
  /** Present exactly when `kind` is `workshop`. */
  workshop?: Workshop | undefined;
  /** Only for `consultation` steps. */
  consultation?: ConsultationPlan | undefined;
}

export interface Mission {
  id: string;
  title: string;
  locale: Locale;
  clientName: string;
  sponsor: string;
  context: string;
  goals: string[];
  startsOn: string;
  endsOn: string;
  status: MissionStatus;
  /** On the timeline, ordered by start date. */
  steps: MissionStep[];
}

/** Ids are made by the caller (UUIDs on the server, counters in tests). */
export type IdFactory = () => string;
