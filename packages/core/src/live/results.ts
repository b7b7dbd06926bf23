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
  tallyMajority,
  tallyPoll,
  tallyQuestions,
  tallySchulze,
  wordCloud,
} from '../voting/index.ts';
import type { ActivityState } from './activity-state.ts';
import type { Ballot } from './ballots.ts';
import { pollConfigOf } from './poll-config.ts';
import type { RoomState } from './room-state.ts';

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
