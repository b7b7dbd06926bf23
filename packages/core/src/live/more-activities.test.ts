/** Scales, scoring grids, word clouds, readings, reactions, ready checks and hard deletes (ACT-10…15). */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.ts';
import { type ActivityConfig, activityConfigSchema } from './activities.ts';
import { type Actor, decide } from './decide.ts';
import { type Action, actionSchema } from './protocol.ts';
import { tallyActivity } from './results.ts';
import {
  EMPTY_ROOM,
  foldEvents,
  type LiveEvent,
  participantView,
  type RoomState,
  visibleToParticipants,
} from './room-state.ts';

const facilitator: Actor = { role: 'facilitator', participantId: null, nickname: '' };
const lea: Actor = { role: 'participant', participantId: 'p-lea', nickname: 'Léa', anonymousKey: 'anon-lea' };
const tom: Actor = { role: 'participant', participantId: 'p-tom', nickname: 'Tom', anonymousKey: 'anon-tom' };

let seq = 0;
function decided(state: RoomState, actor: Actor, action: Action): LiveEvent {
  const d = decide(action, actor, state, 1_000, `e${++seq}`);
  if (!d.ok) throw new Error(`${d.code} ${d.message ?? ''}`);
  return { ...d.event, seq: state.seq + 1, at: 1_000 } as LiveEvent;
}
const act = (state: RoomState, actor: Actor, action: Action) =>
  foldEvents([decided(state, actor, action)], state);
const refusal = (state: RoomState, actor: Actor, action: Action) => {
  const d = decide(action, actor, state, 1_000, 'x');
  return d.ok ? 'accepted' : `${d.code}${d.message ? `: ${d.message}` : ''}`;
};
const open = (state: RoomState, over: Partial<ActivityConfig> & Pick<ActivityConfig, 'id' | 'kind'>) =>
  act(state, facilitator, {
    kind: 'activity.open',
    activity: activityConfigSchema.parse({ title: 'Activité', ...over }),
  });
const resultOf = (s: RoomState, id: string) => {
  const activity = s.activities.find((a) => a.id === id);
  if (!activity) throw new Error(`no activity ${id}`);
  return tallyActivity(activity, s);
};

describe('scales, grids, word clouds and readings', () => {
  it('ACT-10: a scale takes a whole number within its bounds; the wall gets mean, median and distribution', () => {
    let s = open(EMPTY_ROOM, {
      id: 'mood',
      kind: 'scale',
      scale: { min: 1, max: 5, minLabel: 'Pas du tout', maxLabel: 'Tout à fait' },
    });
    expect(refusal(s, lea, { kind: 'ballot.cast', activityId: 'mood', ballot: { value: 6 } })).toMatch(
      /POLL-5/,
    );
    expect(refusal(s, lea, { kind: 'ballot.cast', activityId: 'mood', ballot: { choices: ['a'] } })).toMatch(
      /VALIDATION_FAILED/,
    );
    s = act(s, lea, { kind: 'ballot.cast', activityId: 'mood', ballot: { value: 4 } });
    s = act(s, tom, { kind: 'ballot.cast', activityId: 'mood', ballot: { value: 2 } });
    s = act(s, lea, { kind: 'ballot.cast', activityId: 'mood', ballot: { value: 5 } });
    const r = resultOf(s, 'mood');
    expect(r.kind === 'scale' && r.result.kind === 'scale' && [r.result.voters, r.result.mean]).toEqual([
      2, 3.5,
    ]);
    expect(
      r.kind === 'scale' && r.result.kind === 'scale' && r.result.distribution.map((d) => d.count),
    ).toEqual([0, 1, 0, 0, 1]);
  });

  it('ACT-10: a scale must go from low to high and a grid needs items and axes', () => {
    expect(
      activityConfigSchema.safeParse({ id: 'x', kind: 'scale', title: 'T', scale: { min: 5, max: 1 } })
        .success,
    ).toBe(false);
    const grid = activityConfigSchema.safeParse({ id: 'g', kind: 'grid', title: 'T', options: [] });
    expect(grid.success).toBe(false);
    expect(grid.error?.issues.map((i) => i.path.join('.'))).toEqual(['options', 'axes']);
  });

  it('ACT-10: a scoring grid averages each item on both axes, live', () => {
    let s = open(EMPTY_ROOM, {
      id: 'drivers',
      kind: 'grid',
      axes: { x: 'Importance', y: 'Incertitude' },
      options: [
        { id: 'climat', label: 'Climat' },
        { id: 'budget', label: 'Budget' },
      ],
    });
    expect(
      refusal(s, lea, {
        kind: 'ballot.cast',
        activityId: 'drivers',
        ballot: { scores: { climat: { x: 0, y: 3 } } },
      }),
    ).toMatch(/GRID-3/);
    expect(
      refusal(s, lea, {
        kind: 'ballot.cast',
        activityId: 'drivers',
        ballot: { scores: { nope: { x: 1, y: 3 } } },
      }),
    ).toMatch(/GRID-2/);
    s = act(s, lea, {
      kind: 'ballot.cast',
      activityId: 'drivers',
      ballot: { scores: { climat: { x: 5, y: 4 } } },
    });
    s = act(s, tom, {
      kind: 'ballot.cast',
      activityId: 'drivers',
      ballot: { scores: { climat: { x: 4, y: 2 }, budget: { x: 1, y: 1 } } },
    });
    const r = resultOf(s, 'drivers');
    if (r.kind !== 'grid') throw new Error('not a grid');
    expect(r.result.items).toEqual([
      { optionId: 'climat', count: 2, meanX: 4.5, meanY: 3, quadrant: 'high-x-high-y' },
      { optionId: 'budget', count: 1, meanX: 1, meanY: 1, quadrant: 'low-x-low-y' },
    ]);
    expect(r.axes).toEqual({ x: 'Importance', y: 'Incertitude' });
  });

  it('ACT-11: a word cloud takes a few words, groups them by stem and refuses sentences', () => {
    let s = open(EMPTY_ROOM, { id: 'cloud', kind: 'words', private: false });
    s = act(s, lea, { kind: 'contribution.post', activityId: 'cloud', text: 'Coopération' });
    s = act(s, tom, { kind: 'contribution.post', activityId: 'cloud', text: 'coopérations, confiance' });
    expect(
      refusal(s, tom, {
        kind: 'contribution.post',
        activityId: 'cloud',
        text: 'x'.repeat(LIMITS.wordsTextMax + 1),
      }),
    ).toMatch(/at most 60 characters/);
    const r = resultOf(s, 'cloud');
    if (r.kind !== 'words') throw new Error('not words');
    expect(r.count).toBe(2);
    expect(r.words[0]).toMatchObject({ count: 2 });
    expect(r.words.map((w) => w.count)).toEqual([2, 1]);
  });

  it('ACT-12: margin notes on a reading carry their passage; overlapping highlights form one passage', () => {
    let s = open(EMPTY_ROOM, {
      id: 'read',
      kind: 'reading',
      private: false,
      document: { id: '2b0c6bba-7ad4-4c8e-9b1f-2a57d1b5a9a1', title: 'Projet', length: 1_000 },
    });
    const note = (text: string, start: number, end: number, quote: string): Action => ({
      kind: 'contribution.post',
      activityId: 'read',
      text,
      anchor: { start, end, quote },
    });
    s = act(s, lea, note('Qui décide ?', 100, 140, 'la gouvernance partagée'));
    s = act(s, tom, note('Oui, à préciser', 120, 160, 'partagée entre les membres'));
    s = act(s, tom, note('Beau début', 0, 20, 'Notre projet'));
    expect(refusal(s, lea, note('trop loin', 990, 1_001, 'fin'))).toMatch(/beyond the end/);
    const noted = open(EMPTY_ROOM, { id: 'notes', kind: 'contributions' });
    expect(
      refusal(noted, lea, {
        kind: 'contribution.post',
        activityId: 'notes',
        text: 'x',
        anchor: { start: 0, end: 1, quote: 'a' },
      }),
    ).toMatch(/only margin notes/);
    const r = resultOf(s, 'read');
    if (r.kind !== 'reading') throw new Error('not reading');
    expect(r.passages.map((p) => [p.start, p.end, p.notes.length, p.quote])).toEqual([
      [100, 160, 2, 'partagée entre les membres'],
      [0, 20, 1, 'Notre projet'],
    ]);
  });
});

describe('reactions, ready checks and deletes', () => {
  it('ACT-13: a deleted contribution disappears for everyone and cannot be deleted twice', () => {
    let s = open(EMPTY_ROOM, { id: 'n', kind: 'contributions', private: false });
    s = act(s, lea, { kind: 'contribution.post', activityId: 'n', text: 'Numéro perso 06 12 34 56 78' });
    const id = s.contributions[0]?.id as string;
    expect(refusal(s, lea, { kind: 'contribution.moderate', contributionId: id, deleted: true })).toMatch(
      /FORBIDDEN/,
    );
    const deletion = decided(s, facilitator, {
      kind: 'contribution.moderate',
      contributionId: id,
      deleted: true,
    });
    expect(visibleToParticipants(deletion, s)).toBe(true);
    s = foldEvents([deletion], s);
    expect(s.contributions).toEqual([]);
    expect(
      refusal(s, facilitator, { kind: 'contribution.moderate', contributionId: id, deleted: true }),
    ).toMatch(/NOT_FOUND/);
  });

  it('ACT-14: reactions carry no author, are counted, and are not echoed to phones', () => {
    let s = EMPTY_ROOM;
    const applause = decided(s, lea, { kind: 'reaction.send', reaction: 'applause' });
    expect(applause.data).toEqual({ reaction: 'applause' });
    expect(visibleToParticipants(applause, s)).toBe(false);
    s = foldEvents([applause], s);
    s = act(s, tom, { kind: 'reaction.send', reaction: 'applause' });
    s = act(s, tom, { kind: 'reaction.send', reaction: 'question' });
    expect(s.reactions).toEqual({ applause: 2, question: 1 });
    expect(participantView(s).reactions).toEqual({});
    // The wire schema refuses reactions outside the list (the hub parses every message with it).
    expect(actionSchema.safeParse({ kind: 'reaction.send', reaction: 'boo' }).success).toBe(false);
  });

  it('ACT-15: a ready check counts answers to the open check only; phones do not see who', () => {
    let s = EMPTY_ROOM;
    expect(refusal(s, lea, { kind: 'ready.answer', ready: true })).toMatch(/No ready check/);
    expect(refusal(s, lea, { kind: 'ready.check', open: true })).toMatch(/FORBIDDEN/);
    s = act(s, facilitator, { kind: 'ready.check', open: true });
    s = act(s, lea, { kind: 'ready.answer', ready: true });
    s = act(s, tom, { kind: 'ready.answer', ready: false });
    s = act(s, tom, { kind: 'ready.answer', ready: true });
    expect(s.ready?.answers).toEqual({ 'p-lea': true, 'p-tom': true });
    expect(participantView(s).ready).toMatchObject({ open: true, answers: {} });
    expect(refusal(s, facilitator, { kind: 'ready.answer', ready: true })).toMatch(/Only participants/);
    s = act(s, facilitator, { kind: 'ready.check', open: false });
    expect(refusal(s, lea, { kind: 'ready.answer', ready: true })).toMatch(/No ready check/);
    // A new check starts from nobody ready.
    s = act(s, facilitator, { kind: 'ready.check', open: true });
    expect(s.ready?.answers).toEqual({});
  });
});
