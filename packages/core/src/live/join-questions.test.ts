import { describe, expect, it } from 'vitest';
import { checkJoinAnswers, type JoinQuestion, joinQuestionsSchema } from './join-questions.ts';

const questions: JoinQuestion[] = joinQuestionsSchema.parse([
  { key: 'service', label: 'Votre service', options: ['RH', 'Finances', 'Technique'], required: true },
  { key: 'site', label: 'Votre site' },
]);

describe('join questions', () => {
  it('JOIN-1: answers are trimmed, optional ones may be left out, required ones may not', () => {
    expect(checkJoinAnswers(questions, { service: ' RH ', site: ' Lyon ' })).toEqual({
      ok: true,
      attributes: { service: 'RH', site: 'Lyon' },
    });
    expect(checkJoinAnswers(questions, { service: 'Finances', site: '' })).toEqual({
      ok: true,
      attributes: { service: 'Finances' },
    });
    expect(checkJoinAnswers(questions, {})).toEqual({
      ok: false,
      message: 'attributes.service: please answer "Votre service"',
    });
  });

  it('JOIN-1: answers outside the options, unknown questions and long or non-text answers are refused', () => {
    expect(checkJoinAnswers(questions, { service: 'Marketing' })).toMatchObject({
      ok: false,
      message: /options/,
    });
    expect(checkJoinAnswers(questions, { service: 'RH', age: '40' })).toMatchObject({
      ok: false,
      message: /attributes.age/,
    });
    expect(checkJoinAnswers(questions, { service: 'RH', site: 'x'.repeat(81) })).toMatchObject({
      ok: false,
      message: /at most 80/,
    });
    expect(checkJoinAnswers(questions, { service: 3 })).toMatchObject({ ok: false, message: /takes text/ });
  });

  it('JOIN-1: at most 6 questions, unique keys and distinct options', () => {
    const q = (key: string) => ({ key, label: key });
    expect(joinQuestionsSchema.safeParse([q('a'), q('a')]).success).toBe(false);
    expect(joinQuestionsSchema.safeParse(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(q)).success).toBe(false);
    expect(joinQuestionsSchema.safeParse([{ key: 'a', label: 'A', options: ['x', 'x'] }]).success).toBe(
      false,
    );
    expect(joinQuestionsSchema.safeParse([{ key: 'Dépt', label: 'A' }]).success).toBe(false);
  });
});
