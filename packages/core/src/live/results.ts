/**
 * The results of a live activity, computed from the room's state with the
 * tallies of ../voting. The same function serves the wall, the console and
 * the stored results the harvest reads (filed under the activity's sequence).
 */
import {
  type Cast,
  tallyBorda,
  tallyConsent,
  tallyDots,
  tallyGrid,
  tallyMajority,
  tallyPoll,
  tallyQuestions,
  tallySchulze,
  wordCloud,
} from '../voting/index.ts';
import { type ActivityState, scaleOf } from './activity-state.ts';
import type { Ballot } from './ballots.ts';
import { pollConfigOf } from './poll-config.ts';
import type { Contribution, RoomState } from './room-state.ts';

function castsOf<B>(state: RoomState, activityId: string): Cast<B>[] {
  // The state keeps each voter's latest ballot only; their order is the order of the record.
  return Object.entries(state.ballots[activityId] ?? {}).map(([participantId, ballot], seq) => ({
    participantId,
    seq,
    ballot: ballot as B,
  }));
}

export function tallyActivity(activity: ActivityState, state: RoomState) {
  const { options } = activity;
  const own = state.contributions.filter((c) => c.activityId === activity.id && !c.hidden);
  switch (activity.kind) {
    case 'contributions': {
      const byColumn: Record<string, number> = {};
      for (const c of own) byColumn[c.column ?? ''] = (byColumn[c.column ?? ''] ?? 0) + 1;
      return {
        kind: 'contributions' as const,
        count: own.length,
        byColumn,
        words: wordCloud(
          own.map((c) => c.text),
          { top: 30 },
        ),
      };
    }
    case 'form':
      // One row per submitted form, in arrival order, values in the form's field order.
      return {
        kind: 'form' as const,
        fields: activity.fields,
        rows: own.map((c) => ({
          id: c.id,
          nickname: c.nickname,
          values: activity.fields.map((f) => c.fields?.[f.key] ?? ''),
        })),
      };
    case 'poll':
      return {
        kind: 'poll' as const,
        result: tallyPoll(pollConfigOf(activity), options, castsOf<Ballot['poll']>(state, activity.id)),
      };
    case 'dots':
      return {
        kind: 'dots' as const,
        result: tallyDots(
          {
            tokens: activity.tokens ?? 0,
            ...(activity.capPerOption ? { capPerOption: activity.capPerOption } : {}),
          },
          options,
          castsOf<Ballot['dots']>(state, activity.id),
        ),
      };
    case 'ranking': {
      const casts = castsOf<Ballot['ranking']>(state, activity.id);
      return {
        kind: 'ranking' as const,
        borda: tallyBorda({}, options, casts),
        schulze: tallySchulze({}, options, casts),
      };
    }
    case 'judgment':
      return {
        kind: 'judgment' as const,
        grades: activity.grades ?? [],
        result: tallyMajority(
          { gradeCount: activity.grades?.length ?? 0 },
          options,
          castsOf<Ballot['judgment']>(state, activity.id),
        ),
      };
    case 'consent':
      return { kind: 'consent' as const, result: tallyConsent(castsOf(state, activity.id) as never) };
    case 'scale':
      return {
        kind: 'scale' as const,
        scale: activity.scale ?? null,
        result: tallyPoll(
          { kind: 'scale', ...scaleOf(activity) },
          options,
          castsOf<Ballot['scale']>(state, activity.id),
        ),
      };
    case 'grid':
      return {
        kind: 'grid' as const,
        axes: activity.axes ?? null,
        scale: scaleOf(activity),
        result: tallyGrid(scaleOf(activity), options, castsOf<Ballot['grid']>(state, activity.id)),
      };
    case 'words':
      // Every answer counts (a word cloud of 200 phones); words are grouped by stem (WORD-3).
      return {
        kind: 'words' as const,
        count: own.length,
        words: wordCloud(
          own.map((c) => c.text),
          { top: 60 },
        ),
      };
    case 'reading':
      return { kind: 'reading' as const, count: own.length, passages: passagesOf(own) };
    case 'qa':
      return {
        kind: 'qa' as const,
        questions: tallyQuestions(
          own.map((c) => ({
            id: c.id,
            text: c.text,
            askedAt: c.seq,
            hidden: c.hidden,
            answered: c.answered,
          })),
          castsOf<Ballot['qa']>(state, activity.id),
        ),
      };
  }
}

export type ActivityResult = ReturnType<typeof tallyActivity>;

export interface Passage {
  start: number;
  end: number;
  /** The longest quote among the notes on this passage (the others are inside it or overlap it). */
  quote: string;
  notes: { id: string; text: string; nickname: string }[];
}

/**
 * Read-Discuss-Apply: margin notes grouped by passage. Overlapping highlights
 * form one passage, so the table discusses "the paragraph on governance" once,
 * most annotated first, then in reading order.
 */
export function passagesOf(notes: readonly Contribution[]): Passage[] {
  const anchored = notes
    .filter((c): c is Contribution & { anchor: NonNullable<Contribution['anchor']> } => !!c.anchor)
    .sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
  const passages: Passage[] = [];
  for (const c of anchored) {
    const last = passages.at(-1);
    const note = { id: c.id, text: c.text, nickname: c.nickname };
    if (last && c.anchor.start < last.end) {
      last.end = Math.max(last.end, c.anchor.end);
      if (c.anchor.quote.length > last.quote.length) last.quote = c.anchor.quote;
      last.notes.push(note);
    } else {
      passages.push({ start: c.anchor.start, end: c.anchor.end, quote: c.anchor.quote, notes: [note] });
    }
  }
  return passages.sort((a, b) => b.notes.length - a.notes.length || a.start - b.start);
}
