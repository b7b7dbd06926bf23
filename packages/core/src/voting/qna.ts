/**
 * Q&A: participants ask questions and upvote them. A participant's ballot is the set of questions
 * they currently upvote (last ballot wins), so "one upvote per participant per question" holds by
 * construction and upvoting again withdraws the vote (toggle). The wall shows visible questions by
 * votes, then oldest first.
 */
import { type BallotValidation, type Cast, invalid, latestBallots, VALID } from './ballots.ts';

export const QUESTION_TEXT_MAX = 500;

export interface Question {
  id: string;
  text: string;
  /** Event seq (or server time) when asked: the tie-break after votes (QA-3). */
  askedAt: number;
  hidden: boolean;
  answered: boolean;
}

/** The questions a participant upvotes right now. */
export interface QaBallot {
  upvotes: readonly string[];
}

export interface QuestionView extends Question {
  votes: number;
}

export function validateQuestionText(text: string): BallotValidation {
  if (typeof text !== 'string' || text.trim() === '') return invalid('QA-1', 'Write a question.');
  if (text.length > QUESTION_TEXT_MAX)
    return invalid('QA-1', `Keep questions under ${QUESTION_TEXT_MAX} characters.`);
  return VALID;
}

/** QA-2: upvotes name existing questions, each once. */
export function validateQaBallot(questions: readonly Question[], ballot: QaBallot): BallotValidation {
  const upvotes = ballot?.upvotes;
  if (!Array.isArray(upvotes)) return invalid('QA-2', 'Upvotes are a list of questions.');
  const known = new Set(questions.map((q) => q.id));
  const seen = new Set<string>();
  for (const id of upvotes) {
    if (typeof id !== 'string' || !known.has(id)) return invalid('QA-2', `Unknown question: ${String(id)}.`);
    if (seen.has(id)) return invalid('QA-2', `Question ${id} is upvoted twice.`);
    seen.add(id);
  }
  return VALID;
}

/** QA-2: the participant's next ballot after tapping a question's upvote button. */
export function toggleUpvote(ballot: QaBallot | undefined, questionId: string): QaBallot {
  const current = ballot?.upvotes ?? [];
  return current.includes(questionId)
    ? { upvotes: current.filter((id) => id !== questionId) }
    : { upvotes: [...current, questionId] };
}

/**
 * QA-3/4: votes per question from each participant's latest ballot (ids of questions that no longer
 * exist are ignored, duplicates count once), then most votes first, oldest first, then id. Hidden
 * questions are left out unless `includeHidden` (the facilitator's view); answered ones stay,
 * flagged, unless `hideAnswered`.
 */
export function tallyQuestions(
  questions: readonly Question[],
  casts: readonly Cast<QaBallot>[],
  view: { includeHidden?: boolean; hideAnswered?: boolean } = {},
): QuestionView[] {
  const votes = new Map(questions.map((q) => [q.id, 0]));
  for (const { ballot } of latestBallots(casts)) {
    if (!Array.isArray(ballot?.upvotes)) continue;
    for (const id of new Set(ballot.upvotes)) {
      const n = votes.get(id);
      if (n !== undefined) votes.set(id, n + 1);
    }
  }
  return questions
    .filter((q) => (view.includeHidden || !q.hidden) && !(view.hideAnswered && q.answered))
    .map((q) => ({ ...q, votes: votes.get(q.id) ?? 0 }))
    .sort((a, b) => b.votes - a.votes || a.askedAt - b.askedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
