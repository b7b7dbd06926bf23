import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAgenda } from '../openspace/check-agenda.ts';
import { foldCheckIns } from '../openspace/check-ins.ts';
import { compileProceedings } from '../openspace/proceedings.ts';
import { type Actor, decide } from './decide.ts';
import { EMPTY_OPEN_SPACE, proceedingsInputOf, sessionsOf, wallFlags } from './open-space.ts';
import { seedOf } from './open-space-decide.ts';
import { type Action, actionSchema } from './protocol.ts';
import {
  EMPTY_ROOM,
  foldEvents,
  type LiveEvent,
  participantView,
  type RoomState,
  visibleToParticipants,
} from './room-state.ts';

const person = (id: string, nickname = id): Actor => ({ role: 'participant', participantId: id, nickname });
const facilitator: Actor = { role: 'facilitator', participantId: null, nickname: '' };
const observer: Actor = { role: 'observer', participantId: null, nickname: '' };
const ana = person('ana', 'Ana');
const ben = person('ben', 'Ben');
const chloe = person('chloe', 'Chloé');

/** Decides and appends one action, as the hub does; the event is the one stored. */
function step(state: RoomState, actor: Actor, action: Action, id = `e${state.seq + 1}`) {
  const decision = decide(actionSchema.parse(action), actor, state, 1_000 + state.seq, id);
  if (!decision.ok) return { state, decision, event: null };
  const event = { ...decision.event, seq: state.seq + 1, at: 1_000 + state.seq } as LiveEvent;
  return { state: foldEvents([event], state), decision, event };
}

function must(state: RoomState, actor: Actor, action: Action, id?: string): RoomState {
  const r = step(state, actor, action, id);
  if (!r.decision.ok) throw new Error(`${action.kind} refused: ${r.decision.message ?? r.decision.code}`);
  return r.state;
}

const refusal = (state: RoomState, actor: Actor, action: Action) => {
  const r = step(state, actor, action);
  return r.decision.ok ? null : { code: r.decision.code, message: r.decision.message ?? '' };
};

const grid: Action = {
  kind: 'openspace.grid.set',
  slots: [
    { id: 't1', label: '10:00', start: '10:00', end: '11:00' },
    { id: 't2', label: '11:15' },
  ],
  spaces: [
    { id: 'big', name: 'Agora', capacity: 20 },
    { id: 'small', name: 'Atelier', capacity: 5 },
  ],
};

/** Three conveners, four topics, interests that make «climat» and «mobilité» clash if run together. */
function marketplace(): RoomState {
  let s = must(EMPTY_ROOM, facilitator, grid);
  s = must(
    s,
    ana,
    { kind: 'openspace.topic.propose', title: 'Climat', description: 'Adapter la ville' },
    'climat',
  );
  s = must(s, ben, { kind: 'openspace.topic.propose', title: 'Mobilité' }, 'mobilite');
  s = must(s, chloe, { kind: 'openspace.topic.propose', title: 'Budget' }, 'budget');
  s = must(s, ana, { kind: 'openspace.topic.propose', title: 'Jardins' }, 'jardins');
  for (const [who, topics] of [
    [ana, ['climat', 'mobilite']],
    [ben, ['climat', 'mobilite', 'jardins']],
    [chloe, ['mobilite', 'budget']],
  ] as const) {
    for (const topicId of topics) s = must(s, who, { kind: 'openspace.interest', topicId, interested: true });
  }
  return s;
}

describe('Open Space in the live room', () => {
  it('OS-LIVE-1: a participant proposes a topic and convenes it; the id is the submission’s', () => {
    const s = must(EMPTY_ROOM, ana, {
      kind: 'openspace.topic.propose',
      title: '  Climat  ',
      description: 'Adapter la ville',
    });
    expect(s.openSpace?.topics).toEqual([
      {
        id: 'e1',
        title: 'Climat',
        description: 'Adapter la ville',
        convenerId: 'ana',
        convenerName: 'Ana',
      },
    ]);
  });

  it('OS-LIVE-1: titles over 120 and descriptions over 1000 characters are refused with a message', () => {
    expect(refusal(EMPTY_ROOM, ana, { kind: 'openspace.topic.propose', title: 'x'.repeat(121) })).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'title: at most 120 characters (121 given)',
    });
    expect(refusal(EMPTY_ROOM, ana, { kind: 'openspace.topic.propose', title: '   ' })?.message).toBe(
      'title: must not be empty',
    );
    expect(
      refusal(EMPTY_ROOM, ana, {
        kind: 'openspace.topic.propose',
        title: 'ok',
        description: 'd'.repeat(1_001),
      })?.message,
    ).toBe('description: at most 1000 characters (1001 given)');
    expect(refusal(EMPTY_ROOM, ana, { kind: 'openspace.topic.propose', title: 'a\u0007b' })?.message).toMatch(
      /control characters/,
    );
    expect(refusal(EMPTY_ROOM, ana, { kind: 'openspace.topic.propose', title: 'x'.repeat(120) })).toBeNull();
  });

  it('OS-LIVE-1: a facilitator proposes for someone without a phone; only facilitators name a convener', () => {
    const s = must(EMPTY_ROOM, facilitator, {
      kind: 'openspace.topic.propose',
      title: 'Accessibilité',
      convenerName: 'Marc',
    });
    expect(s.openSpace?.topics[0]).toMatchObject({ convenerId: 'proxy:e1', convenerName: 'Marc' });
    expect(
      refusal(EMPTY_ROOM, ana, { kind: 'openspace.topic.propose', title: 'x', convenerName: 'Marc' })?.code,
    ).toBe('VALIDATION_FAILED');
    expect(refusal(EMPTY_ROOM, observer, { kind: 'openspace.topic.propose', title: 'x' })?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('OS-LIVE-1: one convener proposes at most 10 topics; words to review are flagged (MOD-1)', () => {
    let s = EMPTY_ROOM;
    for (let i = 0; i < 10; i++) s = must(s, ana, { kind: 'openspace.topic.propose', title: `Sujet ${i}` });
    expect(refusal(s, ana, { kind: 'openspace.topic.propose', title: 'Un de plus' })?.message).toMatch(
      /already convene 10 topics/,
    );
    expect(refusal(s, ben, { kind: 'openspace.topic.propose', title: 'À moi' })).toBeNull();
    const rude = must(EMPTY_ROOM, ben, { kind: 'openspace.topic.propose', title: 'Les connards du budget' });
    expect(rude.openSpace?.topics[0]?.flagged?.length).toBeGreaterThan(0);
  });

  it('OS-LIVE-2: the facilitator edits or withdraws a topic; participants may not', () => {
    let s = marketplace();
    expect(refusal(s, ana, { kind: 'openspace.topic.edit', topicId: 'climat', title: 'x' })?.code).toBe(
      'FORBIDDEN',
    );
    expect(refusal(s, facilitator, { kind: 'openspace.topic.edit', topicId: 'nope', title: 'x' })).toEqual({
      code: 'NOT_FOUND',
      message: 'No such topic.',
    });
    expect(refusal(s, facilitator, { kind: 'openspace.topic.edit', topicId: 'climat' })?.message).toBe(
      'Nothing to change.',
    );
    s = must(s, facilitator, { kind: 'openspace.topic.edit', topicId: 'climat', title: 'Climat et ville' });
    expect(s.openSpace?.topics.find((t) => t.id === 'climat')).toMatchObject({
      title: 'Climat et ville',
      description: 'Adapter la ville',
    });
    s = must(s, facilitator, { kind: 'openspace.schedule' });
    s = must(s, facilitator, { kind: 'openspace.topic.withdraw', topicId: 'mobilite' });
    const os = s.openSpace ?? EMPTY_OPEN_SPACE;
    expect(os.topics.map((t) => t.id)).toEqual(['climat', 'budget', 'jardins']);
    expect(os.agenda.some((p) => p.sessionId === 'mobilite')).toBe(false);
    expect(os.interestCounts.mobilite).toBeUndefined();
    expect(Object.values(os.interests).flat()).not.toContain('mobilite');
  });

  it('OS-LIVE-3: the facilitator sets the grid; repeated ids are refused; cards in removed cells leave the wall', () => {
    let s = marketplace();
    expect(refusal(s, ana, grid)?.code).toBe('FORBIDDEN');
    expect(
      refusal(s, facilitator, {
        kind: 'openspace.grid.set',
        slots: [
          { id: 't1', label: 'a' },
          { id: 't1', label: 'b' },
        ],
        spaces: [],
      })?.message,
    ).toBe('slots: two slots share the id t1');
    s = must(s, facilitator, { kind: 'openspace.schedule' });
    expect(s.openSpace?.agenda.length).toBe(4);
    s = must(s, facilitator, { ...grid, slots: [{ id: 't1', label: '10:00' }] } as Action);
    expect(s.openSpace?.agenda.every((p) => p.slotId === 't1')).toBe(true);
    expect(s.openSpace?.agenda.length).toBe(2);
  });

  it('OS-LIVE-4: interests are a set per participant; phones get counts and their own interests only', () => {
    let s = marketplace();
    s = must(s, ana, { kind: 'openspace.interest', topicId: 'climat', interested: true });
    s = must(s, ben, { kind: 'openspace.interest', topicId: 'jardins', interested: false });
    const os = s.openSpace ?? EMPTY_OPEN_SPACE;
    expect(os.interests.ana).toEqual(['climat', 'mobilite']);
    expect(os.interestCounts).toEqual({ climat: 2, mobilite: 3, budget: 1 });
    expect(
      refusal(s, facilitator, { kind: 'openspace.interest', topicId: 'climat', interested: true }),
    ).toEqual({ code: 'FORBIDDEN', message: 'Only participants mark their interest.' });
    expect(refusal(s, ana, { kind: 'openspace.interest', topicId: 'zzz', interested: true })?.code).toBe(
      'NOT_FOUND',
    );
    const marked = step(s, chloe, { kind: 'openspace.interest', topicId: 'climat', interested: true }).event;
    expect(marked && visibleToParticipants(marked, s)).toBe(false);
    const phone = participantView(s, 'ana').openSpace;
    expect(phone?.interests).toEqual({ ana: ['climat', 'mobilite'] });
    expect(phone?.interestCounts).toEqual(os.interestCounts);
    expect(participantView(s).openSpace?.interests).toEqual({});
  });

  it('OS-LIVE-5: the server schedules once; the event carries the placements, with no convener clash', () => {
    const s = marketplace();
    expect(refusal(s, ana, { kind: 'openspace.schedule' })?.code).toBe('FORBIDDEN');
    expect(refusal(EMPTY_ROOM, facilitator, { kind: 'openspace.schedule' })?.message).toBe(
      'Set the time slots and spaces before scheduling.',
    );
    const { state, event } = step(s, facilitator, { kind: 'openspace.schedule' }, 'run-1');
    if (event?.type !== 'openspace.scheduled') throw new Error('not scheduled');
    const os = state.openSpace ?? EMPTY_OPEN_SPACE;
    expect(event.data.seed).toBe(seedOf('run-1'));
    expect(os.agenda).toEqual(event.data.agenda);
    expect(os.agenda).toHaveLength(4);
    expect(os.lastRun).toMatchObject({ seq: event.seq, unplaced: [] });
    // Ana convenes «climat» and «jardins»: never at the same time (OS-5). Two people want both climat
    // and mobilité, so those run apart; Ben then misses one of jardins/mobilité: the best is 1.
    const flags = checkAgenda({
      sessions: sessionsOf(os),
      slots: os.slots,
      spaces: os.spaces,
      interests: os.interests,
      agenda: os.agenda,
    });
    expect(flags.filter((f) => f.severity === 'error')).toEqual([]);
    expect(event.data.conflicts).toBe(1);
    const slotOf = (id: string) => os.agenda.find((p) => p.sessionId === id)?.slotId;
    expect(slotOf('climat')).not.toBe(slotOf('jardins'));
    expect(slotOf('climat')).not.toBe(slotOf('mobilite'));
    // Spaces follow demand (OS-9): mobilité, wanted by 3, gets the Agora.
    expect(os.agenda.find((p) => p.sessionId === 'mobilite')?.spaceId).toBe('big');
    // A resend (same submission id) decides the same agenda; a replay only applies the event.
    expect(step(s, facilitator, { kind: 'openspace.schedule' }, 'run-1').event).toEqual(event);
    expect(foldEvents([event], s).openSpace?.agenda).toEqual(os.agenda);
    expect(visibleToParticipants(event, s)).toBe(true);
  });

  it('OS-LIVE-5: keepPlaced pins the wall; a pinned convener clash is refused with the scheduler’s message', () => {
    let s = marketplace();
    s = must(s, facilitator, {
      kind: 'openspace.session.move',
      sessionId: 'budget',
      slotId: 't2',
      spaceId: 'small',
    });
    s = must(s, facilitator, { kind: 'openspace.schedule', keepPlaced: true });
    expect(s.openSpace?.agenda).toContainEqual({ sessionId: 'budget', slotId: 't2', spaceId: 'small' });
    s = must(s, facilitator, {
      kind: 'openspace.session.move',
      sessionId: 'climat',
      slotId: 't1',
      spaceId: 'big',
    });
    s = must(s, facilitator, {
      kind: 'openspace.session.move',
      sessionId: 'jardins',
      slotId: 't1',
      spaceId: 'small',
    });
    expect(refusal(s, facilitator, { kind: 'openspace.schedule', keepPlaced: true })?.message).toMatch(
      /^OS-1: /,
    );
  });

  it('OS-LIVE-6: a hand move that gives a convener two sessions at once is accepted and flagged (OS-23)', () => {
    let s = must(marketplace(), facilitator, { kind: 'openspace.schedule' });
    const os = s.openSpace ?? EMPTY_OPEN_SPACE;
    const climat = os.agenda.find((p) => p.sessionId === 'climat');
    if (!climat) throw new Error('climat not placed');
    const otherSpace = climat.spaceId === 'big' ? 'small' : 'big';
    const r = step(s, facilitator, {
      kind: 'openspace.session.move',
      sessionId: 'jardins',
      slotId: climat.slotId,
      spaceId: otherSpace,
    });
    if (r.event?.type !== 'openspace.session.moved') throw new Error('not moved');
    expect(r.event.data.flags.map((f) => f.rule)).toEqual(['OS-23']);
    expect(r.event.data.flags[0]?.sessionIds.sort()).toEqual(['climat', 'jardins']);
    s = r.state;
    expect(wallFlags(s.openSpace ?? EMPTY_OPEN_SPACE).filter((f) => f.severity === 'error')).toEqual(
      r.event.data.flags,
    );
    expect(s.openSpace?.agenda).toContainEqual({
      sessionId: 'jardins',
      slotId: climat.slotId,
      spaceId: otherSpace,
    });
    expect(new Set(s.openSpace?.agenda.map((p) => `${p.slotId}/${p.spaceId}`)).size).toBe(4);
    expect(
      refusal(s, facilitator, {
        kind: 'openspace.session.move',
        sessionId: 'jardins',
        slotId: 'nope',
        spaceId: 'big',
      }),
    ).toEqual({ code: 'NOT_FOUND', message: 'No such time slot.' });
    s = must(s, facilitator, { kind: 'openspace.session.unplace', sessionId: 'jardins' });
    expect(s.openSpace?.agenda.map((p) => p.sessionId)).not.toContain('jardins');
    expect(refusal(s, facilitator, { kind: 'openspace.session.unplace', sessionId: 'jardins' })?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('OS-LIVE-7: law of two feet — the latest check-in wins; phones see counts and their own', () => {
    let s = must(marketplace(), facilitator, { kind: 'openspace.schedule' });
    const placed = (id: string) => s.openSpace?.agenda.find((p) => p.sessionId === id);
    const climat = placed('climat');
    const sameSlot = s.openSpace?.agenda.find((p) => p.slotId === climat?.slotId && p.sessionId !== 'climat');
    if (!climat || !sameSlot) throw new Error('expected two sessions in one slot');
    s = must(s, ana, { kind: 'openspace.checkin', sessionId: 'climat' });
    s = must(s, ben, { kind: 'openspace.checkin', sessionId: 'climat' });
    s = must(s, ben, { kind: 'openspace.checkin', sessionId: sameSlot.sessionId });
    expect(s.openSpace?.presentCounts).toEqual({ climat: 1, [sameSlot.sessionId]: 1 });
    s = must(s, ben, { kind: 'openspace.checkin', sessionId: null, slotId: climat.slotId });
    expect(s.openSpace?.presentCounts).toEqual({ climat: 1 });
    const attendance = foldCheckIns(s.openSpace?.checkIns ?? []).attendance.find(
      (a) => a.sessionId === 'climat',
    );
    expect(attendance).toMatchObject({ present: ['ana'], visited: ['ana', 'ben'] });
    expect(refusal(s, facilitator, { kind: 'openspace.checkin', sessionId: 'climat' })?.code).toBe(
      'FORBIDDEN',
    );
    expect(refusal(s, ana, { kind: 'openspace.checkin', sessionId: null })?.message).toMatch(/^slotId/);
    const off = must(s, facilitator, { kind: 'openspace.session.unplace', sessionId: 'budget' });
    expect(refusal(off, ana, { kind: 'openspace.checkin', sessionId: 'budget' })?.message).toBe(
      'This session is not on the wall.',
    );
    const checkedIn = step(s, chloe, { kind: 'openspace.checkin', sessionId: 'climat' }).event;
    expect(checkedIn && visibleToParticipants(checkedIn, s)).toBe(false);
    const phone = participantView(s, 'ben').openSpace;
    expect(phone?.checkIns.every((c) => c.participantId === 'ben')).toBe(true);
    expect(phone?.presentCounts).toEqual({ climat: 1 });
  });

  it('OS-LIVE-8: the convener or a scribe checked in files the report; the last one wins', () => {
    let s = must(marketplace(), facilitator, { kind: 'openspace.schedule' });
    const report = { sessionId: 'mobilite', title: 'Mobilité douce', keyPoints: ['Pistes cyclables'] };
    expect(refusal(s, chloe, { kind: 'openspace.report.file', report })).toEqual({
      code: 'FORBIDDEN',
      message: 'The convener, a scribe checked in to the session or a facilitator files its report.',
    });
    expect(
      refusal(s, ben, { kind: 'openspace.report.file', report: { ...report, sessionId: 'ghost' } }),
    ).toEqual({ code: 'NOT_FOUND', message: 'No session has the id ghost.' });
    expect(
      refusal(s, ben, { kind: 'openspace.report.file', report: { ...report, title: 't'.repeat(201) } })
        ?.message,
    ).toBe('report.title: title must be at most 200 characters');
    expect(refusal(s, ben, { kind: 'openspace.report.file', report: { ...report, extra: 1 } })?.code).toBe(
      'VALIDATION_FAILED',
    );
    s = must(s, ben, { kind: 'openspace.report.file', report });
    s = must(s, chloe, { kind: 'openspace.checkin', sessionId: 'mobilite' });
    s = must(s, chloe, {
      kind: 'openspace.report.file',
      report: { ...report, proposals: ['Une rue aux écoles'] },
    });
    const reports = s.openSpace?.reports ?? [];
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      filedBy: 'chloe',
      nickname: 'Chloé',
      proposals: ['Une rue aux écoles'],
    });
    expect(participantView(s).openSpace?.reports).toEqual(reports);
    const proceedings = compileProceedings(
      proceedingsInputOf(s.openSpace ?? EMPTY_OPEN_SPACE, { chloe: 'Chloé' }),
    );
    const section = proceedings.sections.find((x) => x.session.id === 'mobilite');
    expect(section?.report?.title).toBe('Mobilité douce');
    expect(section?.participants).toEqual([{ id: 'chloe', name: 'Chloé' }]);
    expect(section?.convener).toEqual({ id: 'ben', name: 'Ben' });
  });
});

/** Random days of Open Space: any actor, any action, refused or not. */
const actorArb = fc.constantFrom(ana, ben, chloe, facilitator);
const topicArb = fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'zz');
const slotArb = fc.constantFrom('t1', 't2');
const spaceArb = fc.constantFrom('big', 'small');
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('openspace.topic.propose' as const), title: fc.constantFrom('A', 'B', 'C') }),
  fc.record({ kind: fc.constant('openspace.topic.withdraw' as const), topicId: topicArb }),
  fc.constant(grid),
  fc.constant({ ...grid, slots: [{ id: 't2', label: 'x' }] } as Action),
  fc.record({
    kind: fc.constant('openspace.interest' as const),
    topicId: topicArb,
    interested: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('openspace.schedule' as const), keepPlaced: fc.boolean() }),
  fc.record({
    kind: fc.constant('openspace.session.move' as const),
    sessionId: topicArb,
    slotId: slotArb,
    spaceId: spaceArb,
  }),
  fc.record({ kind: fc.constant('openspace.session.unplace' as const), sessionId: topicArb }),
  fc.record({
    kind: fc.constant('openspace.checkin' as const),
    sessionId: fc.option(topicArb, { nil: null }),
    slotId: slotArb,
  }),
  fc.record({
    kind: fc.constant('openspace.report.file' as const),
    report: fc.record({ sessionId: topicArb, title: fc.constantFrom('R1', 'R2') }),
  }),
);

describe('Open Space invariants (property tests)', () => {
  it('OS-LIVE-5, LOG-2: replaying the log equals the live fold; the wall never holds a session or a cell twice', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(actorArb, actionArb), { maxLength: 40 }), fc.nat(), (script, cut) => {
        let s = EMPTY_ROOM;
        const log: LiveEvent[] = [];
        for (const [actor, action] of script) {
          const r = step(s, actor, action);
          s = r.state;
          if (r.event) log.push(r.event);
        }
        // A late joiner folds a snapshot and the rest; nothing is decided again.
        const k = log.length === 0 ? 0 : cut % log.length;
        expect(foldEvents(log.slice(k), foldEvents(log.slice(0, k)))).toEqual(s);
        const os = s.openSpace ?? EMPTY_OPEN_SPACE;
        expect(new Set(os.agenda.map((p) => p.sessionId)).size).toBe(os.agenda.length);
        expect(new Set(os.agenda.map((p) => `${p.slotId}/${p.spaceId}`)).size).toBe(os.agenda.length);
        const topics = new Set(os.topics.map((t) => t.id));
        expect(os.agenda.every((p) => topics.has(p.sessionId))).toBe(true);
      }),
      { seed: 20261202, numRuns: 150 },
    );
  });

  it('OS-LIVE-4, OS-LIVE-7, OS-LIVE-9: the counts phones see always match the interests and check-ins staff see', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(actorArb, actionArb), { maxLength: 50 }), (script) => {
        let s = EMPTY_ROOM;
        for (const [actor, action] of script) s = step(s, actor, action).state;
        const os = s.openSpace ?? EMPTY_OPEN_SPACE;
        const interestCounts: Record<string, number> = {};
        for (const ids of Object.values(os.interests))
          for (const id of ids) interestCounts[id] = (interestCounts[id] ?? 0) + 1;
        expect(os.interestCounts).toEqual(interestCounts);
        const present: Record<string, number> = {};
        for (const a of foldCheckIns(os.checkIns).attendance) {
          if (a.present.length > 0 && os.topics.some((t) => t.id === a.sessionId))
            present[a.sessionId] = (present[a.sessionId] ?? 0) + a.present.length;
        }
        expect(os.presentCounts).toEqual(present);
        for (const viewer of ['ana', 'ben']) {
          const phone = participantView(s, viewer).openSpace ?? EMPTY_OPEN_SPACE;
          expect(Object.keys(phone.interests).every((p) => p === viewer)).toBe(true);
          expect(phone.checkIns.every((c) => c.participantId === viewer)).toBe(true);
        }
      }),
      { seed: 4242, numRuns: 150 },
    );
  });
});
