/**
 * What a phone says about its seat: "Round 2 of 3: go to table 7" with the tablemates, "You host
 * table 3: welcome the newcomers", "You interview Alice"… as translation keys and parameters, so
 * the wording lives in strings.ts and the choice of sentence is tested here.
 */
import { type GroupsState, placementOf, tableOf } from '@cercle/core';

export interface Phrase {
  key: string;
  params: Record<string, string | number>;
}

export interface PhoneCard {
  /** The sentence in big type. */
  heading: Phrase;
  /** Smaller sentences under it (host's name, who listens in a trio, what to do). */
  lines: Phrase[];
  /** Tablemates' names (empty for interviews: the heading names the partner). */
  mates: string[];
  /** 1-based, for the tests and styling; null when not seated. */
  table: number | null;
  round: number;
  hosting: boolean;
  started: boolean;
}

const p = (key: string, params: Record<string, string | number> = {}): Phrase => ({
  key: `groups.phone.${key}`,
  params,
});

/** Null when the room has no plan (the card is not shown at all). */
export function phoneCard(groups: GroupsState | undefined, me: string): PhoneCard | null {
  const plan = groups?.plan;
  if (!groups || !plan) return null;
  const started = groups.round >= 0;
  const round = Math.max(0, groups.round);
  const at = placementOf(groups, me, round);
  if (!at) {
    return { heading: p('notSeated'), lines: [], mates: [], table: null, round, hosting: false, started };
  }
  const table = at.table + 1;
  const base = { table, round, hosting: at.hosting, started };
  if (plan.kind === 'interviews') {
    const lines: Phrase[] = [];
    let heading: Phrase;
    if (at.interviews) {
      heading = p('youInterview', { name: at.interviews.name });
      // In a trio the third person listens: say who, so nobody is surprised.
      const third = at.mates.find((m) => m.id !== at.interviews?.id);
      if (third) lines.push(p('witnessIs', { name: third.name }));
    } else if (at.interviewedBy) {
      heading = p('interviewsYou', { name: at.interviewedBy.name });
      const third = at.mates.find((m) => m.id !== at.interviewedBy?.id);
      if (third) lines.push(p('witnessIs', { name: third.name }));
    } else {
      // The witness of a trio: the two others, in the order of the phase.
      const people = plan.rounds[round]?.[at.table] ?? [];
      const n = people.length;
      const asker = plan.names[people[groups.phase % n] as string] ?? '';
      const answerer = plan.names[people[(groups.phase + 1) % n] as string] ?? '';
      heading = p('youWitness', { asker, answerer });
      lines.push(p('witnessHint'));
    }
    if (!started) lines.unshift(p('getReady'));
    return { ...base, heading, lines, mates: [] };
  }
  const multi = at.roundCount > 1;
  const lines: Phrase[] = [];
  let heading: Phrase;
  if (!started) {
    heading = p(at.hosting ? 'firstHost' : 'firstTable', { table });
  } else if (at.hosting) {
    heading = p(multi ? 'hostRound' : 'host', { round: round + 1, count: at.roundCount, table });
    lines.push(p(round > 0 ? 'welcomeNewcomers' : 'welcomeGuests'));
  } else {
    const stays = round > 0 && tableOf(plan, round - 1, me) === at.table;
    const key = stays ? 'stayRound' : multi ? 'goRound' : 'go';
    heading = p(key, { round: round + 1, count: at.roundCount, table });
  }
  if (at.hostName) lines.push(p('hostIs', { name: at.hostName }));
  return { ...base, heading, lines, mates: at.mates.map((m) => m.name) };
}
