import { describe, expect, it } from 'vitest';
import { type ActivityConfig, activityConfigSchema } from './activities.ts';
import { type Actor, decide } from './decide.ts';
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
/** Decides and applies, as the hub does; throws on refusal so the test shows why. */
function act(state: RoomState, actor: Actor, action: Parameters<typeof decide>[0]): RoomState {
  const d = decide(action, actor, state, 1_000, `e${++seq}`);
  if (!d.ok) throw new Error(`${d.code} ${d.message ?? ''}`);
  return foldEvents([{ ...d.event, seq: state.seq + 1, at: 1_000 } as LiveEvent], state);
}
const refusal = (state: RoomState, actor: Actor, action: Parameters<typeof decide>[0]) => {
  const d = decide(action, actor, state, 1_000, 'x');
  return d.ok ? 'accepted' : d.code;
};
const config = (over: Partial<ActivityConfig> & Pick<ActivityConfig, 'id' | 'kind'>): ActivityConfig =>
  activityConfigSchema.parse({ title: 'Activité', ...over });

describe('live activities', () => {
  it('ACT-1: contributions are private until revealed; phones then see them all', () => {
    let s = act(EMPTY_ROOM, facilitator, {
      kind: 'activity.open',
      activity: config({ id: 'findings-1', kind: 'contributions', columns: ['Constats', 'Enjeux'] }),
    });
    s = act(s, lea, {
      kind: 'contribution.post',
      text: 'Trop de réunions',
      activityId: 'findings-1',
      column: 'Constats',
    });
    const posted = {
      seq: s.seq,
      at: 0,
      type: 'contribution.posted',
      data: s.contributions[0],
    } as unknown as LiveEvent;
    expect(visibleToParticipants(posted, s)).toBe(false);
    expect(participantView(s).contributions).toEqual([]);
    s = act(s, facilitator, { kind: 'activity.update', activityId: 'findings-1', revealed: true });
    expect(participantView(s).contributions.map((c) => c.text)).toEqual(['Trop de réunions']);
    expect(
      refusal(s, lea, { kind: 'contribution.post', text: 'x', activityId: 'findings-1', column: 'Autre' }),
    ).toBe('VALIDATION_FAILED');
  });

  it('ACT-2: anonymous activities carry no name or id, for anyone, and votes use an opaque key', () => {
    let s = act(EMPTY_ROOM, facilitator, {
      kind: 'activity.open',
      activity: config({ id: 'anon-notes', kind: 'contributions', anonymous: true }),
    });
    s = act(s, lea, { kind: 'contribution.post', text: 'Je n’ose pas le dire', activityId: 'anon-notes' });
    expect(s.contributions[0]).toMatchObject({ participantId: null, nickname: '' });
    expect(
      refusal(s, lea, {
        kind: 'contribution.edit',
        contributionId: s.contributions[0]?.id as string,
        text: 'edit',
      }),
    ).toBe('FORBIDDEN');
    s = act(s, facilitator, {
      kind: 'activity.open',
      activity: config({
        id: 'anon-vote',
        kind: 'poll',
        anonymous: true,
        options: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
      }),
    });
    s = act(s, lea, { kind: 'ballot.cast', activityId: 'anon-vote', ballot: { choices: ['a'] } });
    expect(Object.keys(s.ballots['anon-vote'] ?? {})).toEqual(['anon-lea']);
  });

  it('ACT-3: ballots are checked against the activity; the last ballot of a voter counts', () => {
    let s = act(EMPTY_ROOM, facilitator, {
      kind: 'activity.open',
      activity: config({
        id: 'dots-1',
        kind: 'dots',
        tokens: 3,
        capPerOption: 2,
        options: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y' },
        ],
      }),
    });
    expect(
      refusal(s, lea, { kind: 'ballot.cast', activityId: 'dots-1', ballot: { dots: { x: 2, y: 2 } } }),
    ).toBe('VALIDATION_FAILED');
    expect(refusal(s, lea, { kind: 'ballot.cast', activityId: 'dots-1', ballot: { dots: { x: 3 } } })).toBe(
      'VALIDATION_FAILED',
    );
    expect(refusal(s, lea, { kind: 'ballot.cast', activityId: 'dots-1', ballot: { dots: { z: 1 } } })).toBe(
      'VALIDATION_FAILED',
    );
    s = act(s, lea, { kind: 'ballot.cast', activityId: 'dots-1', ballot: { dots: { x: 2, y: 1 } } });
    s = act(s, lea, { kind: 'ballot.cast', activityId: 'dots-1', ballot: { dots: { y: 2 } } });
    s = act(s, tom, { kind: 'ballot.cast', activityId: 'dots-1', ballot: { dots: { x: 1 } } });
    expect(s.ballots['dots-1']).toEqual({ 'p-lea': { dots: { y: 2 } }, 'p-tom': { dots: { x: 1 } } });
    expect(
      refusal(s, facilitator, { kind: 'ballot.cast', activityId: 'dots-1', ballot: { dots: { x: 1 } } }),
    ).toBe('FORBIDDEN');
  });

  it('ACT-4: a locked activity refuses input; unlocking accepts it again', () => {
    let s = act(EMPTY_ROOM, facilitator, {
      kind: 'activity.open',
      activity: config({ id: 'notes-1', kind: 'contributions' }),
    });
    s = act(s, facilitator, { kind: 'activity.update', activityId: 'notes-1', status: 'locked' });
    expect(refusal(s, lea, { kind: 'contribution.post', text: 'trop tard', activityId: 'notes-1' })).toBe(
      'ACTIVITY_LOCKED',
    );
    s = act(s, facilitator, { kind: 'activity.update', activityId: 'notes-1', status: 'open' });
    expect(refusal(s, lea, { kind: 'contribution.post', text: 'à temps', activityId: 'notes-1' })).toBe(
      'accepted',
    );
  });

  it('ACT-5: participants edit their own contributions only; facilitators moderate and enter for others', () => {
    let s = act(EMPTY_ROOM, facilitator, {
      kind: 'activity.open',
      activity: config({ id: 'notes-2', kind: 'contributions', private: false }),
    });
    s = act(s, lea, { kind: 'contribution.post', text: 'Réunoins courtes', activityId: 'notes-2' });
    const id = s.contributions[0]?.id as string;
    expect(refusal(s, tom, { kind: 'contribution.edit', contributionId: id, text: 'hack' })).toBe(
      'FORBIDDEN',
    );
    s = act(s, lea, { kind: 'contribution.edit', contributionId: id, text: 'Réunions courtes' });
    s = act(s, facilitator, {
      kind: 'contribution.proxy',
      text: 'Dit à l’oral',
      nickname: 'Paul (sans téléphone)',
      activityId: 'notes-2',
    });
    s = act(s, facilitator, { kind: 'contribution.moderate', contributionId: id, hidden: true });
    expect(s.contributions.map((c) => [c.text, c.nickname, c.hidden, c.edited])).toEqual([
      ['Réunions courtes', 'Léa', true, true],
      ['Dit à l’oral', 'Paul (sans téléphone)', false, false],
    ]);
    expect(participantView(s).contributions.map((c) => c.text)).toEqual(['Dit à l’oral']);
    expect(refusal(s, lea, { kind: 'contribution.moderate', contributionId: id, hidden: false })).toBe(
      'FORBIDDEN',
    );
  });

  it('ACT-6: an objection needs its reason; majority-judgment grades stay on the scale', () => {
    let s = act(EMPTY_ROOM, facilitator, {
      kind: 'activity.open',
      activity: config({ id: 'consent-1', kind: 'consent' }),
    });
    expect(
      refusal(s, lea, { kind: 'ballot.cast', activityId: 'consent-1', ballot: { answer: 'objection' } }),
    ).toBe('VALIDATION_FAILED');
    s = act(s, lea, {
      kind: 'ballot.cast',
      activityId: 'consent-1',
      ballot: { answer: 'objection', reason: 'Article 3 trop flou' },
    });
    s = act(s, facilitator, {
      kind: 'activity.open',
      activity: config({
        id: 'mj-1',
        kind: 'judgment',
        grades: ['Très bien', 'Bien', 'Passable', 'À rejeter'],
        options: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
      }),
    });
    expect(refusal(s, lea, { kind: 'ballot.cast', activityId: 'mj-1', ballot: { grades: { a: 4 } } })).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      refusal(s, lea, { kind: 'ballot.cast', activityId: 'mj-1', ballot: { grades: { a: 0, b: 3 } } }),
    ).toBe('accepted');
  });

  it('ACT-8: a form activity takes structured rows (an action plan): known fields only, at least one filled', () => {
    let s = act(EMPTY_ROOM, facilitator, {
      kind: 'activity.open',
      activity: config({
        id: 'actions',
        kind: 'form',
        private: false,
        fields: [
          { key: 'action', label: 'Action' },
          { key: 'owner', label: 'Pilote' },
          { key: 'due', label: 'Échéance' },
        ],
      }),
    });
    const row = { action: 'Réunions de 30 min', owner: 'Léa', due: '2027-03-31' };
    s = act(s, lea, { kind: 'contribution.post', text: row.action, activityId: 'actions', fields: row });
    expect(
      refusal(s, lea, {
        kind: 'contribution.post',
        text: 'x',
        activityId: 'actions',
        fields: { budget: '10k' },
      }),
    ).toBe('VALIDATION_FAILED');
    expect(
      refusal(s, lea, {
        kind: 'contribution.post',
        text: 'x',
        activityId: 'actions',
        fields: { action: '' },
      }),
    ).toBe('VALIDATION_FAILED');
    expect(refusal(s, lea, { kind: 'contribution.post', text: 'x', fields: row })).toBe('VALIDATION_FAILED');
    expect(s.contributions[0]?.fields).toEqual(row);
    expect(() => activityConfigSchema.parse({ id: 'f', kind: 'form', title: 'Vide' })).toThrow(
      /at least one field/,
    );
  });

  it('MOD-1: an insult is stored and flagged for review, never dropped; a correction clears the flag', () => {
    let s = act(EMPTY_ROOM, facilitator, {
      kind: 'activity.open',
      activity: config({ id: 'notes-m', kind: 'contributions' }),
    });
    s = act(s, lea, { kind: 'contribution.post', text: 'Ce projet est une MERDE', activityId: 'notes-m' });
    expect(s.contributions[0]).toMatchObject({ text: 'Ce projet est une MERDE', flagged: ['merde'] });
    s = act(s, facilitator, {
      kind: 'contribution.moderate',
      contributionId: s.contributions[0]?.id as string,
      text: 'Ce projet est mal parti',
    });
    expect(s.contributions[0]?.flagged).toEqual([]);
    s = act(s, tom, {
      kind: 'contribution.post',
      text: 'Une conférence constructive',
      activityId: 'notes-m',
    });
    expect(s.contributions[1]?.flagged).toBeUndefined();
  });

  it('ACT-7: the run of show drives the room: a sequence start reaches every phone', () => {
    const s = act(EMPTY_ROOM, facilitator, {
      kind: 'sequence.start',
      sequenceId: 'seq-3',
      title: 'Constats',
      instructions: 'Notez 3 constats',
    });
    expect(s.sequence).toEqual({ sequenceId: 'seq-3', title: 'Constats', instructions: 'Notez 3 constats' });
    expect(refusal(s, lea, { kind: 'sequence.start', sequenceId: 'x', title: 'x', instructions: '' })).toBe(
      'FORBIDDEN',
    );
  });
});

describe('activity results', () => {
  it('RESULT-1: tallies come from the latest ballots in the room state', async () => {
    const { tallyActivity } = await import('./results.ts');
    let s = act(EMPTY_ROOM, facilitator, {
      kind: 'activity.open',
      activity: config({
        id: 'dots-r',
        kind: 'dots',
        tokens: 3,
        options: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y' },
        ],
      }),
    });
    s = act(s, lea, { kind: 'ballot.cast', activityId: 'dots-r', ballot: { dots: { x: 3 } } });
    s = act(s, lea, { kind: 'ballot.cast', activityId: 'dots-r', ballot: { dots: { x: 1, y: 2 } } });
    s = act(s, tom, { kind: 'ballot.cast', activityId: 'dots-r', ballot: { dots: { y: 3 } } });
    const dots = tallyActivity(s.activities[0] as never, s);
    if (dots.kind !== 'dots') throw new Error(dots.kind);
    expect(dots.result.totals.map((t) => [t.optionId, t.dots])).toEqual([
      ['x', 1],
      ['y', 5],
    ]);
    expect(dots.result.winners).toEqual(['y']);

    s = act(s, facilitator, {
      kind: 'activity.open',
      activity: config({ id: 'qa-r', kind: 'qa', private: false }),
    });
    s = act(s, lea, { kind: 'contribution.post', text: 'Quel budget ?', activityId: 'qa-r' });
    s = act(s, tom, { kind: 'contribution.post', text: 'Quand commence-t-on ?', activityId: 'qa-r' });
    const [q1, q2] = s.contributions.filter((c) => c.activityId === 'qa-r').map((c) => c.id);
    s = act(s, lea, { kind: 'ballot.cast', activityId: 'qa-r', ballot: { upvotes: [q2] } });
    s = act(s, tom, { kind: 'ballot.cast', activityId: 'qa-r', ballot: { upvotes: [q2] } });
    expect(
      refusal(s, tom, { kind: 'ballot.cast', activityId: 'qa-r', ballot: { upvotes: ['not-a-question'] } }),
    ).toBe('VALIDATION_FAILED');
    s = act(s, facilitator, { kind: 'contribution.moderate', contributionId: q1 as string, answered: true });
    const qa = tallyActivity(s.activities[1] as never, s);
    if (qa.kind !== 'qa') throw new Error(qa.kind);
    expect(qa.questions.map((q) => [q.text, q.votes, q.answered])).toEqual([
      ['Quand commence-t-on ?', 2, false],
      ['Quel budget ?', 0, true],
    ]);
  });
});
