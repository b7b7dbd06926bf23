import type { ActivityState } from '@cercle/core';
import { activityConfigSchema, validateBallot } from '@cercle/core';
import { describe, expect, it } from 'vitest';
import {
  type ActivityDraft,
  checkWords,
  draftToActivity,
  gridBallot,
  scaleBallot,
  scaleBounds,
  scaleValues,
  wallShowsDetail,
} from './activity-model.ts';

const draft = (patch: Partial<ActivityDraft>): ActivityDraft => ({
  kind: 'scale',
  title: 'Énergie',
  prompt: '',
  options: '',
  columns: '',
  fields: '',
  tokens: '5',
  cap: '',
  maxChoices: '1',
  grades: '',
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

const DOC = { id: '6f1c2b1e-3f4a-4d5b-9c6d-7e8f9a0b1c2d', title: 'Charte', length: 120 };

describe('scaleBounds (ACT-10)', () => {
  it('takes whole numbers going up, within ±10 and at most 11 steps', () => {
    expect(scaleBounds('1', '5')).toEqual({ min: 1, max: 5 });
    expect(scaleBounds('-5', '5')).toEqual({ min: -5, max: 5 });
    expect(scaleBounds('0', '10')).toEqual({ min: 0, max: 10 });
    expect(scaleBounds('0', '11')).toBeNull();
    expect(scaleBounds('-6', '5')).toBeNull();
    expect(scaleBounds('3', '3')).toBeNull();
    expect(scaleBounds('5', '1')).toBeNull();
    expect(scaleBounds('1.5', '4')).toBeNull();
    expect(scaleBounds('', '4')).toBeNull();
  });
});

describe('draftToActivity for the new kinds', () => {
  it('builds a scale with bounds and end labels the server schema accepts', () => {
    const r = draftToActivity(
      draft({ scaleMin: '0', scaleMax: '10', minLabel: ' Épuisé ', maxLabel: 'En forme' }),
      'a1',
      null,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.activity.scale).toEqual({ min: 0, max: 10, minLabel: 'Épuisé', maxLabel: 'En forme' });
    expect(activityConfigSchema.safeParse(r.activity).success).toBe(true);
  });

  it('refuses a scale going down', () => {
    const r = draftToActivity(draft({ scaleMin: '5', scaleMax: '1' }), 'a1', null);
    expect(r).toEqual({ ok: false, problems: { scale: 'scaleRange' } });
  });

  it('builds a grid with its axes and items, no end labels', () => {
    const r = draftToActivity(
      draft({
        kind: 'grid',
        options: 'Recruter\nFormer\n',
        axisX: 'Importance',
        axisY: 'Urgence',
        minLabel: 'ignored',
      }),
      'g1',
      null,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.activity.options).toEqual([
      { id: 'o1', label: 'Recruter' },
      { id: 'o2', label: 'Former' },
    ]);
    expect(r.activity.axes).toEqual({ x: 'Importance', y: 'Urgence' });
    expect(r.activity.scale).toEqual({ min: 1, max: 5, minLabel: '', maxLabel: '' });
    expect(activityConfigSchema.safeParse(r.activity).success).toBe(true);
  });

  it('names what a grid lacks: an item, each axis', () => {
    const r = draftToActivity(draft({ kind: 'grid', axisX: ' ' }), 'g1', null);
    expect(r).toEqual({ ok: false, problems: { options: 'oneItem', axisX: 'required', axisY: 'required' } });
  });

  it('builds a word cloud with nothing more than a title', () => {
    const r = draftToActivity(draft({ kind: 'words' }), 'w1', null);
    expect(r.ok && activityConfigSchema.safeParse(r.activity).success).toBe(true);
    expect(r.ok && r.activity.scale).toBeUndefined();
  });

  it('needs a document for a reading', () => {
    expect(draftToActivity(draft({ kind: 'reading' }), 'r1', null)).toEqual({
      ok: false,
      problems: { document: 'document' },
    });
    const r = draftToActivity(draft({ kind: 'reading', document: DOC }), 'r1', null);
    expect(r.ok && r.activity.document).toEqual(DOC);
    expect(r.ok && activityConfigSchema.safeParse(r.activity).success).toBe(true);
  });
});

const opened = (config: object) =>
  ({
    ...activityConfigSchema.parse(config),
    status: 'open',
    revealed: false,
    resultsShown: false,
    openedSeq: 1,
  }) as ActivityState;

describe('scale and grid ballots', () => {
  it('lists the values of a scale, 1–5 unless set', () => {
    expect(scaleValues({})).toEqual([1, 2, 3, 4, 5]);
    expect(scaleValues({ scale: { min: -2, max: 2, minLabel: '', maxLabel: '' } })).toEqual([
      -2, -1, 0, 1, 2,
    ]);
  });

  it('casts a scale value the server accepts', () => {
    const a = opened({ id: 's', kind: 'scale', title: 'S', scale: { min: 0, max: 3 } });
    expect(validateBallot(a, scaleBallot(3), { questionIds: [] }).ok).toBe(true);
    expect(validateBallot(a, scaleBallot(4), { questionIds: [] }).ok).toBe(false);
  });

  it('scores items placed on both axes, leaves untouched ones out', () => {
    const r = gridBallot(['o1', 'o2', 'o3'], { o1: { x: 4, y: 2 }, o3: {} });
    expect(r).toEqual({ ok: true, ballot: { scores: { o1: { x: 4, y: 2 } } } });
    const a = opened({
      id: 'g',
      kind: 'grid',
      title: 'G',
      options: [
        { id: 'o1', label: 'A' },
        { id: 'o2', label: 'B' },
      ],
      axes: { x: 'X', y: 'Y' },
    });
    expect(r.ok && validateBallot(a, r.ballot, { questionIds: [] }).ok).toBe(true);
  });

  it('names items placed on one axis only, and refuses an empty grid', () => {
    expect(gridBallot(['o1', 'o2'], { o1: { x: 1 }, o2: { x: 2, y: 2 } })).toEqual({
      ok: false,
      incomplete: ['o1'],
    });
    expect(gridBallot(['o1'], {})).toEqual({ ok: false, incomplete: [] });
  });
});

describe('checkWords (ACT-11)', () => {
  it('takes a few words, trimmed, up to the limit', () => {
    expect(checkWords('  écoute  ', 60)).toEqual({ ok: true, text: 'écoute' });
    expect(checkWords('   ', 60)).toEqual({ ok: false, reason: 'required' });
    expect(checkWords('x'.repeat(61), 60)).toEqual({ ok: false, reason: 'tooLong' });
    expect(checkWords('x'.repeat(60), 60).ok).toBe(true);
  });
});

describe('wallShowsDetail for words and readings', () => {
  it('shows them once public or revealed, like sticky notes; scales and grids wait for the results', () => {
    const base = { private: true, revealed: false, resultsShown: false };
    expect(wallShowsDetail({ ...base, kind: 'words' })).toBe(false);
    expect(wallShowsDetail({ ...base, kind: 'words', revealed: true })).toBe(true);
    expect(wallShowsDetail({ ...base, kind: 'reading', private: false })).toBe(true);
    expect(wallShowsDetail({ ...base, kind: 'scale', private: false })).toBe(false);
    expect(wallShowsDetail({ ...base, kind: 'grid', resultsShown: true })).toBe(true);
  });
});
