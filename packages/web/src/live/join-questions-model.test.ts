import { checkJoinAnswers, joinQuestionsSchema } from '@cercle/core';
import { describe, expect, it } from 'vitest';
import {
  answerCounts,
  draftsFromQuestions,
  emptyQuestionDraft,
  joinAttributes,
  joinProblemOf,
  questionsFromDrafts,
  type RosterEntry,
  splitOptions,
} from './join-questions-model.ts';

describe('splitOptions (JOIN-1)', () => {
  it('takes options separated by commas or lines, trimmed, once each', () => {
    expect(splitOptions('Ventes, Finance\nRH\n\n ventes ,  ')).toEqual(['Ventes', 'Finance', 'RH']);
    expect(splitOptions('')).toEqual([]);
  });
});

describe('questionsFromDrafts', () => {
  it('keeps saved keys, gives new rows the first free q-key, and the server schema accepts them', () => {
    const r = questionsFromDrafts([
      { key: 'q2', label: ' Service ', options: 'Ventes, RH', required: true },
      { ...emptyQuestionDraft(), label: 'Site' },
      { ...emptyQuestionDraft(), label: 'Rôle', options: 'Manager\nAgent' },
    ]);
    expect(r).toEqual({
      ok: true,
      questions: [
        { key: 'q2', label: 'Service', options: ['Ventes', 'RH'], required: true },
        { key: 'q1', label: 'Site', options: [], required: false },
        { key: 'q3', label: 'Rôle', options: ['Manager', 'Agent'], required: false },
      ],
    });
    expect(r.ok && joinQuestionsSchema.safeParse(r.questions).success).toBe(true);
  });

  it('names the rows without a label', () => {
    expect(questionsFromDrafts([emptyQuestionDraft(), { ...emptyQuestionDraft(), label: 'A' }])).toEqual({
      ok: false,
      missingLabel: [0],
    });
  });

  it('round-trips saved questions through the editor', () => {
    const saved = [{ key: 'q1', label: 'Service', options: ['Ventes', 'RH'], required: true }];
    expect(questionsFromDrafts(draftsFromQuestions(saved))).toEqual({ ok: true, questions: saved });
  });
});

describe('answerCounts', () => {
  it('counts each option (zeros included), then free answers, and who did not answer', () => {
    const questions = [
      { key: 'q1', label: 'Service', options: ['Ventes', 'RH'], required: false },
      { key: 'q2', label: 'Site', options: [], required: false },
    ];
    const roster: RosterEntry[] = [
      { id: '1', nickname: 'A', attributes: { q1: 'Ventes', q2: 'Lyon' } },
      { id: '2', nickname: 'B', attributes: { q1: 'Ventes', q2: 'Nantes' } },
      { id: '3', nickname: 'C', attributes: { q2: 'Lyon' } },
    ];
    expect(answerCounts(questions, roster)).toEqual([
      {
        key: 'q1',
        counts: [
          { answer: 'Ventes', count: 2 },
          { answer: 'RH', count: 0 },
        ],
        unanswered: 1,
      },
      {
        key: 'q2',
        counts: [
          { answer: 'Lyon', count: 2 },
          { answer: 'Nantes', count: 1 },
        ],
        unanswered: 0,
      },
    ]);
  });
});

describe('joinAttributes and joinProblemOf', () => {
  const questions = [
    { key: 'q1', label: 'Service', options: ['Ventes', 'RH'], required: true },
    { key: 'q2', label: 'Site', options: [], required: false },
  ];

  it('sends trimmed answers, leaves empty optional ones out, agrees with the server', () => {
    const r = joinAttributes(questions, { q1: 'RH', q2: '  ' });
    expect(r).toEqual({ ok: true, attributes: { q1: 'RH' } });
    expect(r.ok && checkJoinAnswers(questions, r.attributes)).toEqual({ ok: true, attributes: { q1: 'RH' } });
  });

  it('names a missing required answer and an answer outside the options', () => {
    expect(joinAttributes(questions, {})).toEqual({ ok: false, problems: { q1: 'required' } });
    expect(joinAttributes(questions, { q1: 'Compta' })).toEqual({ ok: false, problems: { q1: 'choose' } });
  });

  it('maps the server’s refusal to its question', () => {
    for (const [answers, expected] of [
      [{}, { key: 'q1', problem: 'required' }],
      [{ q1: 'Compta' }, { key: 'q1', problem: 'choose' }],
      [
        { q1: 'RH', q2: 'x'.repeat(200) },
        { key: 'q2', problem: 'invalid' },
      ],
    ] as const) {
      const refused = checkJoinAnswers(questions, answers);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(joinProblemOf(refused.message)).toEqual(expected);
    }
    expect(joinProblemOf('nickname: too long')).toBeNull();
  });
});
