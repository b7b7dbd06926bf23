/**
 * Live activity kinds and state, free of zod so that browsers (under a CSP
 * without 'unsafe-eval') can import them; the schemas live in ./activities.ts.
 */
import type { ActivityConfig } from './activities.ts';

export const LIVE_ACTIVITY_KINDS = [
  'contributions',
  'form',
  'poll',
  'dots',
  'ranking',
  'judgment',
  'consent',
  'qa',
  'scale',
  'grid',
  'words',
  'reading',
] as const;
export type LiveActivityKind = (typeof LIVE_ACTIVITY_KINDS)[number];

export type ActivityStatus = 'open' | 'locked' | 'closed';

export interface ActivityState extends ActivityConfig {
  status: ActivityStatus;
  revealed: boolean;
  resultsShown: boolean;
  openedSeq: number;
}

/** Participants see an activity's contributions when it is not private or was revealed; free posts stay on the wall. */
/** Kinds whose input is contributions (sticky notes, questions, form rows, words, margin notes). */
export const CONTRIBUTION_KINDS: ReadonlySet<LiveActivityKind> = new Set([
  'contributions',
  'form',
  'qa',
  'words',
  'reading',
]);

/** A scale or grid activity's bounds (1–5 unless configured). */
export const scaleOf = (a: Pick<ActivityConfig, 'scale'>): { min: number; max: number } => ({
  min: a.scale?.min ?? 1,
  max: a.scale?.max ?? 5,
});

export const isVisibleToParticipants = (a: ActivityState | undefined): boolean =>
  !!a && (!a.private || a.revealed);
