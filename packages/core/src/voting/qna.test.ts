import { describe, expect, it } from 'vitest';
import type { Cast } from './ballots.ts';
import {
  type QaBallot,
  type Question,
  tallyQuestions,
  toggleUpvote,
  validateQaBallot,
  validateQuestionText,
} from './qna.ts';

const question = (id: string, askedAt: number, flags: Partial<Question> = {}): Question => ({
  id,
  text: `Question ${id}`,
  askedAt,
  hidden: false,
  answered: false,
  ...flags,
});
const upvotes = (...lists: string[][]): Cast<QaBallot>[] =>
  lists.map((list, i) => ({ participantId: `p${i}`, seq: i + 1, ballot: { upvotes: list } }));

describe('Q&A', () => {
  it('QA-1: a question is non-blank and at most 500 characters', () => {
    expect(validateQuestionText('  ').ok).toBe(false);
    expect(validateQuestionText('x'.repeat(501))).toMatchObject({ ok: false, rule: 'QA-1' });
    expect(validateQuestionText('Pourquoi ?').ok).toBe(true);
  });

  it('QA-2: upvotes name known questions, once each; tapping again withdraws the upvote', () => {
    const qs = [question('q1', 1), question('q2', 2)];
    expect(validateQaBallot(qs, { upvotes: ['q9'] })).toMatchObject({ ok: false, rule: 'QA-2' });
    expect(validateQaBallot(qs, { upvotes: ['q1', 'q1'] })).toMatchObject({ ok: false, rule: 'QA-2' });
    expect(validateQaBallot(qs, { upvotes: ['q2', 'q1'] }).ok).toBe(true);
    let ballot = toggleUpvote(undefined, 'q1');
    ballot = toggleUpvote(ballot, 'q2');
    expect(ballot.upvotes).toEqual(['q1', 'q2']);
    expect(toggleUpvote(ballot, 'q1').upvotes).toEqual(['q2']);
  });

  it('QA-2: one vote per participant per question, from their latest ballot', () => {
    const qs = [question('q1', 1)];
    const casts: Cast<QaBallot>[] = [
      { participantId: 'p1', seq: 1, ballot: { upvotes: ['q1'] } },
      { participantId: 'p1', seq: 2, ballot: { upvotes: ['q1', 'q1'] } },
      { participantId: 'p2', seq: 3, ballot: { upvotes: ['q1'] } },
      { participantId: 'p2', seq: 4, ballot: { upvotes: [] } },
    ];
    expect(tallyQuestions(qs, casts)[0]?.votes).toBe(1);
  });

  it('QA-3: most votes first, then oldest, then id', () => {
    const qs = [question('d', 5), question('c', 5), question('a', 30), question('b', 20)];
    const ordered = tallyQuestions(qs, upvotes(['a', 'b'], ['b'], ['gone']));
    expect(ordered.map((q) => [q.id, q.votes])).toEqual([
      ['b', 2],
      ['a', 1],
      ['c', 0],
      ['d', 0],
    ]);
  });

  it('QA-4: hidden questions leave the participants view; answered ones stay, flagged', () => {
    const qs = [question('h', 1, { hidden: true }), question('a', 2, { answered: true })];
    expect(tallyQuestions(qs, []).map((q) => [q.id, q.answered])).toEqual([['a', true]]);
    expect(tallyQuestions(qs, [], { includeHidden: true }).map((q) => q.id)).toEqual(['h', 'a']);
    expect(tallyQuestions(qs, [], { hideAnswered: true })).toEqual([]);
  });
});
