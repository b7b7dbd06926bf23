import { CLOSE_CODES } from '@cercle/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LABELS } from '../exports/labels.ts';
import { renderPdf } from '../exports/pdf.ts';
import { ApiClient, uniqueAddress, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';
import { LiveClient } from '../test-support/live-client.ts';

let h: Harness;
let base: string;
let owner: ApiClient;
let orgId: string;

beforeAll(async () => {
  h = await startHarness();
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  owner = await new ApiClient(h.app, uniqueAddress()).signUp(uniqueEmail());
  orgId = await owner.createOrganisation('Atelier');
});
afterAll(async () => {
  await h?.close();
});

const join = (code: string, nickname: string, attributes?: Record<string, unknown>) =>
  h.app.inject({
    method: 'POST',
    url: `/api/join/${code}`,
    payload: { nickname, ...(attributes ? { attributes } : {}) },
    remoteAddress: uniqueAddress(),
  });

const QUESTIONS = [
  { key: 'service', label: 'Votre service', options: ['RH', 'Finances', 'Technique'], required: true },
  { key: 'site', label: 'Votre site', options: [], required: false },
];

async function sessionWithQuestions() {
  const session = await owner.openSession(orgId, 'Séminaire');
  const put = await owner.request(
    'PUT',
    `/api/organisations/${orgId}/live-sessions/${session.id}/join-questions`,
    { questions: QUESTIONS },
  );
  expect(put.statusCode).toBe(200);
  return session;
}

describe('join questions (JOIN-1)', () => {
  test('the facilitator sets them; the public session shows them to phones', async () => {
    const session = await sessionWithQuestions();
    const pub = await h.app.inject({ method: 'GET', url: `/api/join/${session.code}` });
    expect(pub.json().session.joinQuestions).toEqual(QUESTIONS);
  });

  test('bad questions are refused with a message: duplicate keys, too many, odd keys', async () => {
    const session = await owner.openSession(orgId);
    const url = `/api/organisations/${orgId}/live-sessions/${session.id}/join-questions`;
    const twice = await owner.request('PUT', url, { questions: [QUESTIONS[0], QUESTIONS[0]] });
    expect(twice.statusCode).toBe(400);
    expect(JSON.stringify(twice.json().issues)).toMatch(/unique/);
    const many = Array.from({ length: 7 }, (_, i) => ({ key: `q${i}`, label: `Q${i}` }));
    expect((await owner.request('PUT', url, { questions: many })).statusCode).toBe(400);
    const odd = await owner.request('PUT', url, { questions: [{ key: 'Sér vice', label: 'x' }] });
    expect(odd.statusCode).toBe(400);
    expect(JSON.stringify(odd.json().issues)).toMatch(/questions\.0\.key/);
  });

  test('answers are checked, naming the question; good answers are stored and listed on the roster', async () => {
    const session = await sessionWithQuestions();
    const missing = await join(session.code, 'Léa');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toContain('Votre service');
    const wrong = await join(session.code, 'Léa', { service: 'Marketing' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toMatch(/attributes\.service/);
    const extra = await join(session.code, 'Léa', { service: 'RH', shoe: '42' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().message).toMatch(/attributes\.shoe/);
    const long = await join(session.code, 'Léa', { service: 'RH', site: 'x'.repeat(81) });
    expect(long.statusCode).toBe(400);

    expect((await join(session.code, 'Léa', { service: 'RH', site: '  Nantes ' })).statusCode).toBe(201);
    expect((await join(session.code, 'Tom', { service: 'Finances' })).statusCode).toBe(201);
    const roster = await owner.get(`/api/organisations/${orgId}/live-sessions/${session.id}/participants`);
    expect(roster.statusCode).toBe(200);
    expect(
      roster
        .json()
        .participants.map((p: { nickname: string; attributes: unknown }) => [p.nickname, p.attributes]),
    ).toEqual([
      ['Léa', { service: 'RH', site: 'Nantes' }],
      ['Tom', { service: 'Finances' }],
    ]);
  });
});

describe('reading documents (ACT-12)', () => {
  const docs = (sessionId: string) => `/api/organisations/${orgId}/live-sessions/${sessionId}/documents`;

  test('a text document: stored, listed with its length, read by a phone with its token only', async () => {
    const session = await owner.openSession(orgId);
    const text = 'Notre projet associatif\r\n\r\n\r\n\r\nPremier axe : la proximité.';
    const res = await owner.post(docs(session.id), { title: 'Projet 2020', text });
    expect(res.statusCode).toBe(201);
    const { document } = res.json();
    expect(document).toMatchObject({ title: 'Projet 2020', source: 'text', length: 52 });
    expect((await owner.get(docs(session.id))).json().documents.map((d: { id: string }) => d.id)).toEqual([
      document.id,
    ]);

    const phone = (await join(session.code, 'Léa')).json() as { token: string };
    const url = `/api/join/${session.code}/documents/${document.id}`;
    const read = await h.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${phone.token}` },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().document.text).toBe('Notre projet associatif\n\nPremier axe : la proximité.');
    expect((await h.app.inject({ method: 'GET', url })).statusCode).toBe(401);

    // A phone of another session cannot read it, even knowing its id.
    const other = await owner.openSession(orgId);
    const stranger = (await join(other.code, 'Max')).json() as { token: string };
    const crossed = await h.app.inject({
      method: 'GET',
      url: `/api/join/${other.code}/documents/${document.id}`,
      headers: { authorization: `Bearer ${stranger.token}` },
    });
    expect(crossed.statusCode).toBe(404);
  });

  test('a PDF becomes its text; a file that is not a PDF and an empty text are refused', async () => {
    const session = await owner.openSession(orgId);
    const pdf = await renderPdf({
      title: 'Charte',
      labels: LABELS.fr,
      content: [{ text: 'Article 1 : le droit à la déconnexion est garanti après 19 h.' }],
    });
    const res = await owner.post(docs(session.id), { title: 'Charte', pdfBase64: pdf.toString('base64') });
    expect(res.statusCode).toBe(201);
    const { document } = res.json();
    expect(document.source).toBe('pdf');
    const phone = (await join(session.code, 'Léa')).json() as { token: string };
    const read = await h.app.inject({
      method: 'GET',
      url: `/api/join/${session.code}/documents/${document.id}`,
      headers: { authorization: `Bearer ${phone.token}` },
    });
    expect(read.json().document.text).toContain('le droit à la déconnexion est garanti');

    const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    const fake = await owner.post(docs(session.id), { title: 'x', pdfBase64: html });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().message).toMatch(/not a PDF/);
    const broken = await owner.post(docs(session.id), {
      title: 'x',
      pdfBase64: Buffer.from('%PDF-1.7 garbage').toString('base64'),
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().message).toMatch(/could not be read/);
    const empty = await owner.post(docs(session.id), { title: 'x', text: '   \n ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toMatch(/empty/);
    const huge = await owner.post(docs(session.id), { title: 'x', text: 'a'.repeat(200_001) });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().message).toMatch(/at most 200,000/);
  });
});

describe('over the hub', () => {
  async function sockets(session: { id: string; code: string }) {
    const f = new LiveClient(base, { cookie: owner.cookie as string });
    await f.opened();
    f.send({ type: 'hello', sessionId: session.id, since: 0 });
    await f.until((c) => c.find('welcome').length > 0);
    const joined = (await join(session.code, 'Léa')).json() as { token: string; participant: { id: string } };
    const p = new LiveClient(base);
    await p.opened();
    p.send({ type: 'hello', token: joined.token, since: 0 });
    await p.until((c) => c.find('welcome').length > 0);
    return { f, p, participantId: joined.participant.id };
  }
  const submit = (c: LiveClient, id: string, action: unknown) => c.send({ type: 'submit', id, action });

  test('ACT-13: a hard delete removes a note everywhere and erases its text from the stored log', async () => {
    const session = await owner.openSession(orgId);
    const { f, p } = await sockets(session);
    submit(p, 'secret-note-1', { kind: 'contribution.post', text: 'Mon n° de téléphone 06 12 34 56 78' });
    await p.until((c) => c.find('ack')[0]);
    const posted = await f.until((c) => c.events.find((e) => e.type === 'contribution.posted'));
    const contributionId = (posted.data as { id: string }).id;
    submit(p, 'secret-edit-1', { kind: 'contribution.edit', contributionId, text: 'Mon 06 12 34 56 79' });
    await p.until((c) => c.find('ack').length === 2);
    submit(f, 'delete-note-1', { kind: 'contribution.moderate', contributionId, deleted: true });
    // Phones never saw the note (not revealed); the screens that did see it drop it.
    await f.until((c) => c.events.find((e) => e.type === 'contribution.deleted'));
    const stored = await sql<{ data: unknown }>`
      SELECT data FROM live_events WHERE live_session_id = ${session.id}`.execute(h.ctx.db);
    expect(JSON.stringify(stored.rows)).not.toMatch(/06 12 34/);
    // A phone that reconnects from scratch replays the log without the note.
    const again = new LiveClient(base, { cookie: owner.cookie as string });
    await again.opened();
    again.send({ type: 'hello', sessionId: session.id, since: 0 });
    const welcome = await again.until((c) => c.find('welcome')[0]);
    expect(JSON.stringify(welcome)).not.toMatch(/06 12 34/);
    expect(JSON.stringify(again.messages)).not.toMatch(/06 12 34/);
    for (const c of [f, p, again]) c.close();
  });

  test('ACT-14, ACT-15: reactions are counted for the screens; a ready check collects answers for the facilitator only', async () => {
    const session = await owner.openSession(orgId);
    const { f, p, participantId } = await sockets(session);
    submit(p, 'reaction-001', { kind: 'reaction.send', reaction: 'applause' });
    submit(p, 'reaction-002', { kind: 'reaction.send', reaction: 'applause' });
    await f.until((c) => c.events.filter((e) => e.type === 'reaction.sent').length === 2);
    expect(p.events.filter((e) => e.type === 'reaction.sent')).toEqual([]);

    submit(p, 'ready-too-early', { kind: 'ready.answer', ready: true });
    expect((await p.until((c) => c.find('nack')[0])).id).toBe('ready-too-early');
    submit(p, 'ready-check-p', { kind: 'ready.check', open: true });
    expect((await p.until((c) => c.find('nack')[1])).code).toBe('FORBIDDEN');
    submit(f, 'ready-check-1', { kind: 'ready.check', open: true });
    await p.until((c) => c.events.find((e) => e.type === 'ready.checked'));
    submit(p, 'ready-answer-1', { kind: 'ready.answer', ready: true });
    const answered = await f.until((c) => c.events.find((e) => e.type === 'ready.answered'));
    expect(answered.data).toMatchObject({ participantId, ready: true });
    expect(p.events.filter((e) => e.type === 'ready.answered')).toEqual([]);
    // A reaction outside the list is a malformed message: that socket is closed, the room goes on.
    submit(p, 'reaction-bad', { kind: 'reaction.send', reaction: 'boo' });
    expect(await p.closed()).toBe(CLOSE_CODES.BAD_MESSAGE);
    for (const c of [f, p]) c.close();
  });
});
