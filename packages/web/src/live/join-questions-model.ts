/**
 * Join questions (JOIN-1) on the client: the facilitator's editor rows turned into questions,
 * the roster's answers counted, and the server's refusal of a join mapped to its question.
 * Pure: tested in Node.
 */
import { LIMITS } from '@cercle/core';

export interface JoinQuestion {
  key: string;
  label: string;
  options: string[];
  required: boolean;
}

/** One row of the editor; `key` is kept from the saved question so earlier answers still match. */
export interface QuestionDraft {
  key: string | null;
  label: string;
  /** Comma- or line-separated; empty for free text. */
  options: string;
  required: boolean;
}

export const MAX_JOIN_QUESTIONS = LIMITS.joinQuestionsMax;
const LABEL_MAX = 100;
const OPTIONS_MAX = 30;

/** Options typed as "Sales, Finance" or one per line: trimmed, empty and repeated ones dropped. */
export function splitOptions(text: string): string[] {
  const seen = new Set<string>();
  const options: string[] = [];
  for (const raw of text.split(/[,\n\r;]/)) {
    const option = raw.trim().slice(0, LIMITS.joinAnswerMax);
    const key = option.toLocaleLowerCase();
    if (!option || seen.has(key)) continue;
    seen.add(key);
    options.push(option);
    if (options.length >= OPTIONS_MAX) break;
  }
  return options;
}

export function draftsFromQuestions(questions: readonly JoinQuestion[]): QuestionDraft[] {
  return questions.map((q) => ({
    key: q.key,
    label: q.label,
    options: q.options.join(', '),
    required: q.required,
  }));
}

export const emptyQuestionDraft = (): QuestionDraft => ({
  key: null,
  label: '',
  options: '',
  required: false,
});

/**
 * The questions to save. Rows without a label are problems (by index); new rows get the first
 * free key `q1`, `q2`… (keys are lower-case ids the server checks, labels may be anything).
 */
export function questionsFromDrafts(
  drafts: readonly QuestionDraft[],
): { ok: true; questions: JoinQuestion[] } | { ok: false; missingLabel: number[] } {
  const missingLabel = drafts.flatMap((d, i) => (d.label.trim() ? [] : [i]));
  if (missingLabel.length > 0) return { ok: false, missingLabel };
  const used = new Set(drafts.flatMap((d) => (d.key ? [d.key] : [])));
  let next = 1;
  const freeKey = () => {
    while (used.has(`q${next}`)) next += 1;
    used.add(`q${next}`);
    return `q${next}`;
  };
  const questions = drafts.slice(0, MAX_JOIN_QUESTIONS).map((d) => ({
    key: d.key ?? freeKey(),
    label: d.label.trim().slice(0, LABEL_MAX),
    options: splitOptions(d.options),
    required: d.required,
  }));
  return { ok: true, questions };
}

export interface RosterEntry {
  id: string;
  nickname: string;
  attributes: Record<string, string>;
}

/**
 * Per question, how many people gave each answer: options in their order (zeros included),
 * then free answers by count; `unanswered` counts those who said nothing.
 */
export function answerCounts(
  questions: readonly JoinQuestion[],
  roster: readonly RosterEntry[],
): { key: string; counts: { answer: string; count: number }[]; unanswered: number }[] {
  return questions.map((q) => {
    const counts = new Map<string, number>(q.options.map((o) => [o, 0]));
    let unanswered = 0;
    for (const p of roster) {
      const answer = p.attributes[q.key];
      if (!answer) unanswered += 1;
      else counts.set(answer, (counts.get(answer) ?? 0) + 1);
    }
    const listed = q.options.map((o) => ({ answer: o, count: counts.get(o) ?? 0 }));
    const free = [...counts.entries()]
      .filter(([answer]) => !q.options.includes(answer))
      .map(([answer, count]) => ({ answer, count }))
      .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer));
    return { key: q.key, counts: [...listed, ...free], unanswered };
  });
}

export type JoinAnswerProblem = 'required' | 'choose' | 'invalid';

/** The join questions' answers a person may send: trimmed, empty ones left out. */
export function joinAttributes(
  questions: readonly JoinQuestion[],
  answers: Readonly<Record<string, string>>,
):
  | { ok: true; attributes: Record<string, string> }
  | { ok: false; problems: Record<string, JoinAnswerProblem> } {
  const attributes: Record<string, string> = {};
  const problems: Record<string, JoinAnswerProblem> = {};
  for (const q of questions) {
    const value = (answers[q.key] ?? '').trim();
    if (!value) {
      if (q.required) problems[q.key] = 'required';
    } else if (q.options.length > 0 && !q.options.includes(value)) problems[q.key] = 'choose';
    else if (value.length > LIMITS.joinAnswerMax) problems[q.key] = 'invalid';
    else attributes[q.key] = value;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, attributes };
}

/**
 * The question a refused join names (`attributes.<key>: …`, from core's `checkJoinAnswers`) and
 * what went wrong, so the form can say it next to that question in the person's language.
 */
export function joinProblemOf(message: string): { key: string; problem: JoinAnswerProblem } | null {
  const match = /^attributes\.([a-z0-9-]{1,40}):\s*(.*)$/s.exec(message);
  if (!match) return null;
  const [, key = '', rest = ''] = match;
  const problem: JoinAnswerProblem = /please answer/i.test(rest)
    ? 'required'
    : /choose one of the options/i.test(rest)
      ? 'choose'
      : 'invalid';
  return { key, problem };
}
