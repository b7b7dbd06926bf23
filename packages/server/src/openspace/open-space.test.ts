/**
 * Open Space over the live hub, end to end: three phones and a console on real sockets, the
 * scheduler run by the server, hand moves, the law of two feet, reports, then the proceedings
 * downloaded as DOCX, PDF and CSV. Rules: packages/server/src/live/SPEC.md, "Open Space".
 */
import { type AgendaFlag, type LiveEvent, type OpenSpaceState, wallFlags } from '@cercle/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx, readPdf, squash } from '../exports/test-helpers.ts';
import { readEvents } from '../live/event-store.ts';
import { ApiClient, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';
import { LiveClient } from '../test-support/live-client.ts';

let h: Harness;
let base: string;

beforeAll(async () => {
  h = await startHarness();
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await h.close();
});

async function join(code: string, nickname: string) {
  const res = await h.app.inject({ method: 'POST', url: `/api/join/${code}`, payload: { nickname } });
  expect(res.statusCode).toBe(201);
  return res.json() as { token: string; participant: { id: string } };
}

const socket = (hello: Record<string, unknown>, cookie?: string) => LiveClient.connect(base, hello, cookie);

const submit = (c: LiveClient, action: Record<string, unknown>) => c.submit(action);

async function accepted(c: LiveClient, action: Record<string, unknown>) {
  const answer = await submit(c, action);
  if (!('seq' in answer) || !answer.ref)
    throw new Error(`${String(action.kind)} refused: ${JSON.stringify(answer)}`);
  return { seq: answer.seq, ref: answer.ref };
}

const eventAt = (c: LiveClient, seq: number) => c.until((x) => x.events.find((e) => e.seq === seq));

/** The room's Open Space as the console folds it. */
async function consoleState(h: Harness, sessionId: string): Promise<OpenSpaceState> {
  const state = await h.ctx.hub.stateOf(sessionId);
  if (!state.openSpace) throw new Error('no open space');
  return state.openSpace;
}

describe('Open Space over the live hub', () => {
  it('OS-LIVE-1…10: a marketplace, a scheduled wall, two feet, reports and proceedings', async () => {
    const api = new ApiClient(h.app);
    await api.signUp(uniqueEmail('os'));
    const orgId = await api.createOrganisation();
    const session = await api.openSession(orgId, 'Forum ouvert des habitants');
    const console_ = await socket({ sessionId: session.id }, api.cookie);
    const [ana, ben, chloe] = await Promise.all(
      ['Ana', 'Ben', 'Chloé'].map(async (nickname) => {
        const joined = await join(session.code, nickname);
        return {
          id: joined.participant.id,
          token: joined.token,
          phone: await socket({ token: joined.token }),
        };
      }),
    );
    if (!ana || !ben || !chloe) throw new Error('phones missing');

    // OS-LIVE-3: the facilitator sets the grid; a phone may not.
    const grid = {
      kind: 'openspace.grid.set',
      slots: [
        { id: 'morning', label: 'Matin', start: '10:00', end: '11:00' },
        { id: 'noon', label: 'Midi', start: '11:15', end: '12:15' },
      ],
      spaces: [
        { id: 'agora', name: 'Agora', capacity: 30 },
        { id: 'atelier', name: 'Atelier', capacity: 8 },
      ],
    };
    expect(await submit(ana.phone, grid)).toMatchObject({ code: 'FORBIDDEN' });
    await accepted(console_, grid);

    // OS-LIVE-1: phones propose; the ack's ref is the topic id; over-long titles get a message.
    const climat = (await accepted(ana.phone, { kind: 'openspace.topic.propose', title: 'Climat en ville' }))
      .ref;
    const jardins = (
      await accepted(ana.phone, { kind: 'openspace.topic.propose', title: 'Jardins partagés' })
    ).ref;
    const mobilite = (
      await accepted(ben.phone, {
        kind: 'openspace.topic.propose',
        title: 'Mobilité douce',
        description: 'Vélo, marche, bus',
      })
    ).ref;
    const budget = (
      await accepted(chloe.phone, { kind: 'openspace.topic.propose', title: 'Budget participatif' })
    ).ref;
    expect(
      await submit(ben.phone, { kind: 'openspace.topic.propose', title: 'x'.repeat(121) }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'title: at most 120 characters (121 given)',
    });
    expect(ben.phone.closeCode).toBeUndefined();
    // Every phone sees the marketplace live.
    await chloe.phone.until(
      (x) => x.events.filter((e) => e.type === 'openspace.topic.proposed').length === 4,
    );

    // OS-LIVE-4: interests, staff-only events; phones are not sent others' interests.
    for (const [who, topics] of [
      [ana, [climat, mobilite]],
      [ben, [climat, mobilite, jardins]],
      [chloe, [mobilite, budget]],
    ] as const) {
      for (const topicId of topics)
        await accepted(who.phone, { kind: 'openspace.interest', topicId, interested: true });
    }
    const lastInterest = await accepted(chloe.phone, {
      kind: 'openspace.interest',
      topicId: budget,
      interested: true,
    });
    await eventAt(console_, lastInterest.seq);
    expect(ana.phone.events.some((e) => e.type === 'openspace.interest.set')).toBe(false);
    // …but they get the counts as they change, so the marketplace shows them live.
    const counts = await ana.phone.until((x) =>
      x.find('counts').find((m) => m.seq >= lastInterest.seq && m.interestCounts[budget] === 1),
    );
    expect(counts.interestCounts).toEqual({ [climat]: 2, [mobilite]: 3, [jardins]: 1, [budget]: 1 });
    expect(console_.find('counts')).toEqual([]);

    // OS-LIVE-5: a participant may not run the scheduler; the facilitator's run is one event with the wall.
    expect(await submit(ben.phone, { kind: 'openspace.schedule' })).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Your role does not allow this action.',
    });
    const run = await accepted(console_, { kind: 'openspace.schedule' });
    const scheduled = await eventAt(ana.phone, run.seq);
    if (scheduled.type !== 'openspace.scheduled') throw new Error(`unexpected ${scheduled.type}`);
    expect(scheduled.data.agenda).toHaveLength(4);
    expect(scheduled.data.unplaced).toEqual([]);
    let os = await consoleState(h, session.id);
    expect(os.agenda).toEqual(scheduled.data.agenda);
    const errors = (o: OpenSpaceState): AgendaFlag[] => wallFlags(o).filter((f) => f.severity === 'error');
    expect(errors(os)).toEqual([]);
    const cellOf = (o: OpenSpaceState, id: string) => {
      const p = o.agenda.find((x) => x.sessionId === id);
      if (!p) throw new Error(`${id} not on the wall`);
      return p;
    };
    expect(cellOf(os, climat).slotId).not.toBe(cellOf(os, jardins).slotId);

    // OS-LIVE-6: a hand move giving Ana two sessions at once is accepted and flagged; moving back clears it.
    const jardinsCell = cellOf(os, jardins);
    const besideClimat = os.agenda.find(
      (p) => p.slotId === cellOf(os, climat).slotId && p.sessionId !== climat,
    );
    if (!besideClimat) throw new Error('expected a neighbour of climat');
    const move = await accepted(console_, {
      kind: 'openspace.session.move',
      sessionId: jardins,
      slotId: besideClimat.slotId,
      spaceId: besideClimat.spaceId,
    });
    const moved = await eventAt(console_, move.seq);
    if (moved.type !== 'openspace.session.moved') throw new Error(`unexpected ${moved.type}`);
    expect(moved.data.flags.map((f) => f.rule)).toEqual(['OS-23']);
    expect(errors(await consoleState(h, session.id)).map((f) => f.rule)).toEqual(['OS-23']);
    await accepted(console_, {
      kind: 'openspace.session.move',
      sessionId: jardins,
      slotId: jardinsCell.slotId,
      spaceId: jardinsCell.spaceId,
    });
    os = await consoleState(h, session.id);
    expect(errors(os)).toEqual([]);

    // OS-LIVE-7: law of two feet — Ben leaves «climat» for the session next door; the last check-in wins.
    const nextDoor = os.agenda.find((p) => p.slotId === cellOf(os, climat).slotId && p.sessionId !== climat);
    if (!nextDoor) throw new Error('expected a session beside climat');
    await accepted(ana.phone, { kind: 'openspace.checkin', sessionId: climat });
    await accepted(ben.phone, { kind: 'openspace.checkin', sessionId: climat });
    await accepted(chloe.phone, { kind: 'openspace.checkin', sessionId: mobilite });
    await accepted(ben.phone, { kind: 'openspace.checkin', sessionId: nextDoor.sessionId });
    os = await consoleState(h, session.id);
    expect(os.presentCounts).toEqual({ [climat]: 1, [nextDoor.sessionId]: 1, [mobilite]: 1 });
    expect(ana.phone.events.some((e) => e.type === 'openspace.checked-in')).toBe(false);

    // OS-LIVE-8: the convener and a scribe file reports; a report for an unknown session is refused.
    expect(
      await submit(ana.phone, {
        kind: 'openspace.report.file',
        report: { sessionId: 'ghost', title: 'Rien' },
      }),
    ).toMatchObject({ code: 'NOT_FOUND', message: 'No session has the id ghost.' });
    expect(
      await submit(ana.phone, {
        kind: 'openspace.report.file',
        report: { sessionId: budget, title: 'Pas le mien' },
      }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    await accepted(ana.phone, {
      kind: 'openspace.report.file',
      report: {
        sessionId: climat,
        title: 'Une ville plus fraîche',
        keyPoints: ['Planter des arbres dans les cours d’école', 'Ombrer les arrêts de bus'],
        proposals: ['Un plan canopée par quartier'],
        nextSteps: ['Rencontrer le service des espaces verts'],
      },
    });
    const lastReport = await accepted(chloe.phone, {
      kind: 'openspace.report.file',
      report: {
        sessionId: mobilite,
        title: 'Rues apaisées',
        keyPoints: ['Des rues scolaires fermées aux voitures à 8 h 30'],
        proposals: ['Une rue aux écoles dans chaque quartier'],
      },
    });
    // Reports reach every phone.
    await ben.phone.until((x) => x.events.find((e) => e.seq === lastReport.seq));

    // A phone reconnecting gets its own interests and everyone's counts (OS-LIVE-9).
    const again = await socket({ token: ana.token, since: 1_000_000 });
    const snap = await again.until((x) => x.find('snapshot')[0]);
    expect(snap.state.openSpace?.interests).toEqual({ [ana.id]: [climat, mobilite] });
    expect(snap.state.openSpace?.interestCounts).toMatchObject({ [climat]: 2, [mobilite]: 3, [budget]: 1 });
    expect(snap.state.openSpace?.checkIns.every((c) => c.participantId === ana.id)).toBe(true);
    expect(snap.state.openSpace?.reports).toHaveLength(2);
    again.close();

    // OS-LIVE-10: proceedings with the reports' titles and key points, in both formats.
    const url = `/api/organisations/${orgId}/live-sessions/${session.id}/open-space`;
    const docxRes = await api.get(`${url}/proceedings.docx`);
    expect(docxRes.statusCode).toBe(200);
    expect(docxRes.headers['content-type']).toContain('wordprocessingml');
    const { text: docx } = await readDocx(docxRes.rawPayload);
    for (const snippet of [
      'Forum ouvert des habitants',
      'Actes du forum ouvert',
      'Compte rendu\u00a0: Une ville plus fraîche',
      'Planter des arbres dans les cours d’école',
      'Un plan canopée par quartier',
      'Compte rendu\u00a0: Rues apaisées',
      'Des rues scolaires fermées aux voitures à 8 h 30',
      'Initiateur\u00a0: Ben',
      'Participants\u00a0: Ana, Ben',
      'Participants\u00a0: Chloé',
      'Pas encore de compte rendu.',
    ]) {
      expect(docx).toContain(snippet);
    }
    const lines = docx.split('\n');
    // OS-60: sessions by slot then space.
    const rank = (p: { slotId: string; spaceId: string }) =>
      os.slots.findIndex((s) => s.id === p.slotId) * 10 + os.spaces.findIndex((s) => s.id === p.spaceId);
    const order = [...os.agenda]
      .sort((a, b) => rank(a) - rank(b))
      .map((p) => lines.indexOf(os.topics.find((t) => t.id === p.sessionId)?.title ?? ''));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));

    const pdfRes = await api.get(`${url}/proceedings.pdf?locale=en`);
    expect(pdfRes.statusCode).toBe(200);
    const pdf = squash((await readPdf(pdfRes.rawPayload)).text);
    for (const snippet of [
      'Open Space proceedings',
      'Report: Une ville plus fraîche',
      'Ombrer les arrêts de bus',
      'Report: Rues apaisées',
      'Une rue aux écoles dans chaque quartier',
      'No report filed yet.',
    ]) {
      expect(pdf).toContain(snippet);
    }

    const csv = await api.get(`${url}/action-plan.csv`);
    expect(csv.statusCode).toBe(200);
    const rows = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('Proposition,Action,Session,Responsable pressenti');
    expect(rows.slice(1).map((r) => r.split(',').slice(1).join(','))).toEqual([
      'Un plan canopée par quartier,Climat en ville,Ana',
      'Une rue aux écoles dans chaque quartier,Mobilité douce,Ben',
    ]);

    // The log holds the scheduler's result: replays apply it and never search again.
    const log = await readEvents(h.ctx.db, session.id);
    expect(log.filter((e: LiveEvent) => e.type === 'openspace.scheduled')).toHaveLength(1);

    for (const c of [console_, ana.phone, ben.phone, chloe.phone]) c.close();
  });

  it('OS-LIVE-10: proceedings are organisation-scoped and need a signed-in member', async () => {
    const owner = new ApiClient(h.app);
    await owner.signUp(uniqueEmail('os-owner'));
    const orgId = await owner.createOrganisation();
    const session = await owner.openSession(orgId);
    const url = `/api/organisations/${orgId}/live-sessions/${session.id}/open-space/proceedings.pdf`;
    const empty = await owner.get(url);
    expect(empty.statusCode).toBe(200);
    expect(squash((await readPdf(empty.rawPayload)).text)).toContain('Actes du forum ouvert');
    const stranger = new ApiClient(h.app);
    await stranger.signUp(uniqueEmail('os-stranger'));
    expect((await stranger.get(url)).statusCode).toBe(404);
    expect((await new ApiClient(h.app).get(url)).statusCode).toBe(401);
    expect((await owner.get(`${url}?locale=de`)).statusCode).toBe(400);
  });
});
