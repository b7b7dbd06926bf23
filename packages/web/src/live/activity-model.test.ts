import { type ActivityState, activityConfigSchema, LIVE_ACTIVITY_KINDS } from '@cercle/core';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_KINDS,
  type ActivityDraft,
  addDot,
  ballotCount,
  barPercent,
  canAddDot,
  consentBallot,
  currentActivity,
  dotRules,
  dotsBallot,
  dotsLeft,
  draftToActivity,
  formAnswer,
  formFields,
  initialOrder,
  judgmentBallot,
  moveInOrder,
  removeDot,
  splitLines,
  togglePollChoice,
  toggleUpvote,
  wallShowsDetail,
} from './activity-model.ts';

const activity = (id: string, openedSeq: number, status: ActivityState['status'] = 'open') =>
  ({ id, openedSeq, status }) as ActivityState;

const draft = (patch: Partial<ActivityDraft>): ActivityDraft => ({
  kind: 'contributions',
  title: 'Idées',
  prompt: '',
  options: '',
  columns: '',
  fields: '',
  tokens: '5',
  cap: '',
  maxChoices: '1',
  grades: 'A\nB\nC',
  anonymous: false,
  private: true,
  scaleMin: '1',
  scaleMax: '5',
  minLabel: '',
  maxLabel: '',
  axisX: '',
  axisY: '',
  document: null,
  ...patch,
});

describe('currentActivity', () => {
  it('is the latest opened activity that is not closed', () => {
    expect(currentActivity({ activities: [] })).toBeNull();
    const a = activity('a', 3);
    const b = activity('b', 7, 'locked');
    const c = activity('c', 9, 'closed');
    expect(currentActivity({ activities: [b, a, c] })?.id).toBe('b');
    expect(currentActivity({ activities: [c] })).toBeNull();
  });
});

describe('splitLines', () => {
  it('trims, drops blanks and duplicates, caps the count', () => {
    expect(splitLines(' Oui \n\nNon\r\noui\n Peut-être ')).toEqual(['Oui', 'Non', 'Peut-être']);
    expect(splitLines('a\nb\nc', 2)).toEqual(['a', 'b']);
  });
});

describe('draftToActivity', () => {
  it('builds sticky notes with columns and no options', () => {
    const r = draftToActivity(draft({ columns: 'Forces\nFaiblesses', options: 'x\ny' }), 'act1', 'seq1');
    expect(r).toEqual({
      ok: true,
      activity: {
        id: 'act1',
        kind: 'contributions',
        title: 'Idées',
        prompt: '',
        sequenceId: 'seq1',
        options: [],
        columns: ['Forces', 'Faiblesses'],
        fields: [],
        anonymous: false,
        private: true,
      },
    });
  });

  it('builds a form (an action plan) with keyed fields, accepted by the core schema', () => {
    const r = draftToActivity(
      draft({
        kind: 'form',
        title: ' Plan d’action ',
        fields: ' Action \n\nPilote\naction\nÉchéance',
        options: 'x\ny',
        columns: 'A\nB',
        private: false,
      }),
      'act9',
      'seq3',
    );
    expect(r).toEqual({
      ok: true,
      activity: {
        id: 'act9',
        kind: 'form',
        title: 'Plan d’action',
        prompt: '',
        sequenceId: 'seq3',
        options: [],
        columns: [],
        fields: [
          { key: 'f1', label: 'Action' },
          { key: 'f2', label: 'Pilote' },
          { key: 'f3', label: 'Échéance' },
        ],
        anonymous: false,
        private: false,
      },
    });
    expect(r.ok && activityConfigSchema.parse(r.activity).fields).toHaveLength(3);
    // Other kinds carry no fields; a form needs one.
    const notes = draftToActivity(draft({ fields: 'Action' }), 'x', null);
    expect(notes.ok && notes.activity.fields).toEqual([]);
    expect(draftToActivity(draft({ kind: 'form', title: '', fields: ' \n ' }), 'x', null)).toEqual({
      ok: false,
      problems: { title: 'required', fields: 'oneField' },
    });
    const many = Array.from({ length: 25 }, (_, i) => `Q${i}`).join('\n');
    expect(formFields(many)).toHaveLength(20);
    expect(formFields(many)[19]).toEqual({ key: 'f20', label: 'Q19' });
  });

  it('turns a filled form into a contribution: trimmed values, the first one as text', () => {
    const fields = formFields('Action\nPilote\nÉchéance');
    expect(formAnswer(fields, { f1: '  ', f2: ' Léa ', f4: 'ignored' })).toEqual({
      ok: true,
      text: 'Léa',
      fields: { f1: '', f2: 'Léa', f3: '' },
    });
    expect(formAnswer(fields, { f1: ' ' })).toEqual({ ok: false });
  });

  it('requires a title and two options for votes', () => {
    const r = draftToActivity(draft({ kind: 'poll', title: ' ', options: 'seule' }), 'x', null);
    expect(r).toEqual({ ok: false, problems: { title: 'required', options: 'twoOptions' } });
  });

  it('numbers option ids and reads dot tokens and cap', () => {
    const r = draftToActivity(draft({ kind: 'dots', options: 'A\nB\nC', tokens: '5', cap: '2' }), 'x', null);
    expect(r.ok && r.activity.options).toEqual([
      { id: 'o1', label: 'A' },
      { id: 'o2', label: 'B' },
      { id: 'o3', label: 'C' },
    ]);
    expect(r.ok && [r.activity.tokens, r.activity.capPerOption]).toEqual([5, 2]);
    expect(draftToActivity(draft({ kind: 'dots', options: 'A\nB', tokens: '0' }), 'x', null)).toEqual({
      ok: false,
      problems: { tokens: 'number' },
    });
  });

  it('sets the poll choice count and the judgment grades', () => {
    const poll = draftToActivity(draft({ kind: 'poll', options: 'A\nB\nC', maxChoices: '2' }), 'x', null);
    expect(poll.ok && [poll.activity.minChoices, poll.activity.maxChoices]).toEqual([1, 2]);
    const single = draftToActivity(draft({ kind: 'poll', options: 'A\nB' }), 'x', null);
    expect(single.ok && single.activity.maxChoices).toBeUndefined();
    const mj = draftToActivity(draft({ kind: 'judgment', options: 'A\nB' }), 'x', null);
    expect(mj.ok && mj.activity.grades).toEqual(['A', 'B', 'C']);
    expect(draftToActivity(draft({ kind: 'judgment', options: 'A\nB', grades: 'Bien' }), 'x', null)).toEqual({
      ok: false,
      problems: { grades: 'twoGrades' },
    });
  });
});

describe('dot budget', () => {
  const rules = dotRules({ tokens: 3, capPerOption: 2 });
  it('caps per option and in total', () => {
    let dots: Record<string, number> = {};
    dots = addDot(rules, dots, 'a');
    dots = addDot(rules, dots, 'a');
    expect(canAddDot(rules, dots, 'a')).toBe(false);
    expect(addDot(rules, dots, 'a')).toEqual({ a: 2 });
    dots = addDot(rules, dots, 'b');
    expect(dotsLeft(rules, dots)).toBe(0);
    expect(canAddDot(rules, dots, 'c')).toBe(false);
    dots = removeDot(dots, 'b');
    expect(dots).toEqual({ a: 2 });
    expect(removeDot(dots, 'zz')).toEqual({ a: 2 });
    expect(dotsLeft(rules, dots)).toBe(1);
  });
  it('defaults the cap to the tokens and drops zeros from the ballot', () => {
    expect(dotRules({ tokens: 4 })).toEqual({ tokens: 4, cap: 4 });
    expect(dotRules({ tokens: 4, capPerOption: 9 })).toEqual({ tokens: 4, cap: 4 });
    expect(dotsBallot({ a: 0, b: 2 })).toEqual({ dots: { b: 2 } });
  });
});

describe('ranking', () => {
  it('starts from the previous order completed with new options', () => {
    expect(initialOrder(['a', 'b', 'c'], ['c', 'x', 'c'])).toEqual(['c', 'a', 'b']);
    expect(initialOrder(['a', 'b'])).toEqual(['a', 'b']);
  });
  it('moves up and down within bounds', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('ballots', () => {
  it('poll choices: single replaces, multiple toggles up to max', () => {
    expect(togglePollChoice(['a'], 'b', 1)).toEqual(['b']);
    expect(togglePollChoice(['a'], 'b', 2)).toEqual(['a', 'b']);
    expect(togglePollChoice(['a', 'b'], 'c', 2)).toEqual(['a', 'b']);
    expect(togglePollChoice(['a', 'b'], 'a', 2)).toEqual(['b']);
  });
  it('judgment needs a grade for every option', () => {
    expect(judgmentBallot(['a', 'b'], { a: 0 })).toEqual({ ok: false, missing: ['b'] });
    expect(judgmentBallot(['a', 'b'], { a: 0, b: 6, z: 1 })).toEqual({
      ok: true,
      ballot: { grades: { a: 0, b: 6 } },
    });
  });
  it('consent requires an answer, and a reason for an objection', () => {
    expect(consentBallot(null, '')).toEqual({ ok: false, problem: 'answer' });
    expect(consentBallot('objection', '  ')).toEqual({ ok: false, problem: 'reason' });
    expect(consentBallot('objection', ' Trop cher ')).toEqual({
      ok: true,
      ballot: { answer: 'objection', reason: 'Trop cher' },
    });
    expect(consentBallot('consent', '')).toEqual({ ok: true, ballot: { answer: 'consent' } });
  });
  it('Q&A sends the full set of upvotes', () => {
    expect(toggleUpvote([], 'q1')).toEqual({ upvotes: ['q1'] });
    expect(toggleUpvote(['q1', 'q2'], 'q1')).toEqual({ upvotes: ['q2'] });
  });
  it('bar widths are relative to the largest value', () => {
    expect(barPercent(1, 4)).toBe(25);
    expect(barPercent(3, 0)).toBe(0);
  });
});

describe('wallShowsDetail', () => {
  it('shows notes once public or revealed, votes once results are shown', () => {
    const base = { private: true, revealed: false, resultsShown: false };
    expect(wallShowsDetail({ ...base, kind: 'contributions' })).toBe(false);
    expect(wallShowsDetail({ ...base, kind: 'contributions', revealed: true })).toBe(true);
    expect(wallShowsDetail({ ...base, kind: 'qa', private: false })).toBe(true);
    expect(wallShowsDetail({ ...base, kind: 'dots', revealed: true })).toBe(false);
    expect(wallShowsDetail({ ...base, kind: 'dots', resultsShown: true })).toBe(true);
    expect(wallShowsDetail({ ...base, kind: 'form' })).toBe(false);
    expect(wallShowsDetail({ ...base, kind: 'form', private: false })).toBe(true);
  });
  it('counts ballots', () => {
    expect(ballotCount({ ballots: { a: { p1: {}, p2: {} } } }, 'a')).toBe(2);
    expect(ballotCount({ ballots: {} }, 'a')).toBe(0);
  });
});

describe('ACTIVITY_KINDS', () => {
  it('lists every kind of core', () => {
    expect([...ACTIVITY_KINDS]).toEqual([...LIVE_ACTIVITY_KINDS]);
  });
});
