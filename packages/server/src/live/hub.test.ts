import { CLOSE_CODES } from '@cercle/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';
import { LiveClient } from '../test-support/live-client.ts';
import { countEvents, readEvents } from './event-store.ts';

let h: Harness;
let base: string;

beforeAll(async () => {
  h = await startHarness();
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await h.close();
});

async function facilitatorWithSession() {
  const api = new ApiClient(h.app);
  await api.signUp(uniqueEmail('fac'));
  const orgId = await api.createOrganisation();
  const session = await api.openSession(orgId);
  return { api, orgId, session };
}

async function join(code: string, nickname = 'Léa') {
  const res = await h.app.inject({ method: 'POST', url: `/api/join/${code}`, payload: { nickname } });
  expect(res.statusCode).toBe(201);
  return res.json() as { token: string; participant: { id: string }; sessionId: string };
}

async function participantSocket(token: string, since = 0) {
  const c = new LiveClient(base);
  await c.opened();
  c.send({ type: 'hello', token, since });
  await c.until((x) => x.find('welcome').length > 0);
  return c;
}

async function facilitatorSocket(api: ApiClient, sessionId: string, since = 0) {
  const c = new LiveClient(base, { cookie: api.cookie as string });
  await c.opened();
  c.send({ type: 'hello', sessionId, since });
  await c.until((x) => x.find('welcome').length > 0);
  return c;
}

const post = (id: string, text: string) => ({
  type: 'submit',
  id,
  action: { kind: 'contribution.post', text },
});

describe('connecting', () => {
  it('AUTH-1: a socket that never says hello is closed with 4408; another first message with 4401', async () => {
    const other = new LiveClient(base);
    await other.opened();
    other.send({ type: 'ping' });
    expect(await other.closed()).toBe(CLOSE_CODES.UNAUTHENTICATED);
  });

  it('AUTH-2: a forged token or a token presented for another session is refused with 4401', async () => {
    const a = await facilitatorWithSession();
    const b = await facilitatorWithSession();
    const pa = await join(a.session.code);
    const forged = new LiveClient(base);
    await forged.opened();
    forged.send({ type: 'hello', token: 'not-a-real-token' });
    expect(await forged.closed()).toBe(CLOSE_CODES.UNAUTHENTICATED);
    const crossed = new LiveClient(base);
    await crossed.opened();
    crossed.send({ type: 'hello', token: pa.token, sessionId: b.session.id });
    expect(await crossed.closed()).toBe(CLOSE_CODES.UNAUTHENTICATED);
  });

  it('AUTH-3: a facilitator of another organisation gets 4404, like a session that does not exist', async () => {
    const a = await facilitatorWithSession();
    const b = await facilitatorWithSession();
    const intruder = new LiveClient(base, { cookie: b.api.cookie as string });
    await intruder.opened();
    intruder.send({ type: 'hello', sessionId: a.session.id });
    expect(await intruder.closed()).toBe(CLOSE_CODES.NOT_FOUND);
    const own = await facilitatorSocket(a.api, a.session.id);
    expect(own.find('welcome')[0]?.role).toBe('owner');
    own.close();
  });

  it('AUTH-4: an upgrade from a foreign Origin is refused before the socket opens', async () => {
    const c = new LiveClient(base, { origin: 'https://evil.example' });
    await expect(c.opened()).rejects.toThrow(/403/);
    const ok = new LiveClient(base, { origin: 'http://localhost:3000' });
    await ok.opened();
    ok.close();
  });

  it('AUTH-5: removing a member closes their open sockets with 4410', async () => {
    const owner = await facilitatorWithSession();
    const invite = await owner.api.post(`/api/organisations/${owner.orgId}/invitations`, {
      role: 'facilitator',
    });
    const colleague = new ApiClient(h.app);
    await colleague.signUp(uniqueEmail('colleague'));
    const token = (invite.json() as { invitation: { token: string } }).invitation.token;
    expect((await colleague.post(`/api/invitations/${token}/accept`)).statusCode).toBe(200);
    const socket = await facilitatorSocket(colleague, owner.session.id);
    const res = await owner.api.delete(`/api/organisations/${owner.orgId}/members/${colleague.user?.id}`);
    expect(res.statusCode).toBe(204);
    expect(await socket.closed()).toBe(CLOSE_CODES.MEMBERSHIP_REVOKED);
  });
});

describe('limits and bad input', () => {
  it('LIMIT-1: an oversized frame closes the connection and stores nothing', async () => {
    const { session } = await facilitatorWithSession();
    const p = await participantSocket((await join(session.code)).token);
    p.send(post('oversized-1', 'x'.repeat(20_000)));
    expect(await p.closed()).toBe(1009);
    expect(await countEvents(h.ctx.db, session.id)).toBe(0);
  });

  it('LIMIT-2: a flooding connection is closed with 4429 while another keeps being served', async () => {
    const { session } = await facilitatorWithSession();
    const flooder = await participantSocket((await join(session.code, 'Flood')).token);
    const calm = await participantSocket((await join(session.code, 'Calm')).token);
    for (let i = 0; i < 200; i++) flooder.send({ type: 'ping', t: i });
    expect(await flooder.closed()).toBe(CLOSE_CODES.RATE_LIMITED);
    calm.send(post('calm-0001', 'still here'));
    const ack = await calm.until((c) => c.find('ack')[0]);
    expect(ack.seq).toBeGreaterThan(0);
    calm.close();
  });

  it.each([
    ['malformed JSON', '{"type":"submit",'],
    ['unknown message type', { type: 'explode' }],
    [
      'unknown field',
      { type: 'submit', id: 'abcdefgh', action: { kind: 'contribution.post', text: 'x', seq: 1 } },
    ],
    [
      '__proto__ key',
      '{"type":"submit","id":"abcdefgh","action":{"kind":"contribution.post","text":"x"},"__proto__":{"admin":true}}',
    ],
    ['wrong type', { type: 'submit', id: 42, action: { kind: 'contribution.post', text: 'x' } }],
    ['empty text', post('abcdefgh', '   ')],
  ])('LIMIT-3: %s closes the socket with 4400 and changes nothing', async (_name, message) => {
    const { session } = await facilitatorWithSession();
    const p = await participantSocket((await join(session.code)).token);
    p.send(message);
    expect(await p.closed()).toBe(CLOSE_CODES.BAD_MESSAGE);
    expect(await countEvents(h.ctx.db, session.id)).toBe(0);
  });
});

describe('the log', () => {
  it('LOG-1: sequences start at 1 with no gaps, across authors and facilitator events', async () => {
    const { api, session } = await facilitatorWithSession();
    const f = await facilitatorSocket(api, session.id);
    const sockets = await Promise.all(
      ['A', 'B', 'C'].map(async (n) => participantSocket((await join(session.code, n)).token)),
    );
    sockets.forEach((s, i) => {
      for (let k = 0; k < 5; k++) s.send(post(`p${i}-item-${k}`, `idea ${i}.${k}`));
    });
    f.send({ type: 'submit', id: 'facil-msg-1', action: { kind: 'message.set', text: 'Go!' } });
    await Promise.all(sockets.map((s) => s.until((c) => c.find('ack').length === 5)));
    await f.until((c) => c.find('ack').length === 1);
    const events = await readEvents(h.ctx.db, session.id);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    for (const s of [...sockets, f]) s.close();
  });

  it('LOG-2: a client reconnecting with `since` gets exactly what it missed, in order', async () => {
    const { api, session } = await facilitatorWithSession();
    const writer = await participantSocket((await join(session.code, 'W')).token);
    for (let k = 0; k < 10; k++) writer.send(post(`w-item-${k}`, `idea ${k}`));
    await writer.until((c) => c.find('ack').length === 10);
    const late = await facilitatorSocket(api, session.id, 4);
    const events = await late.until((c) => (c.events.length >= 6 ? c.events : undefined));
    expect(events.map((e) => e.seq)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(late.find('snapshot')).toHaveLength(0);
    writer.send(post('w-item-10', 'live one'));
    await late.until((c) => c.events.length === 7);
    expect(late.events.map((e) => e.seq)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    writer.close();
    late.close();
  });

  it('LOG-2: a client claiming a sequence the room does not have gets a snapshot', async () => {
    const { api, session } = await facilitatorWithSession();
    const p = await join(session.code);
    const w = await participantSocket(p.token);
    w.send(post('snap-item-1', 'first'));
    await w.until((c) => c.find('ack').length === 1);
    const confused = await facilitatorSocket(api, session.id, 999);
    const snapshot = await confused.until((c) => c.find('snapshot')[0]);
    expect(snapshot.seq).toBe(1);
    expect(snapshot.state.contributions.map((x) => x.text)).toEqual(['first']);
    // FANOUT-3: a participant's snapshot carries no one's contributions.
    const phone = await participantSocket(p.token, 999);
    const own = await phone.until((c) => c.find('snapshot')[0]);
    expect(own.seq).toBe(1);
    expect(own.state.contributions).toEqual([]);
    for (const c of [w, confused, phone]) c.close();
  });
});

describe('submissions', () => {
  it('SUBMIT-1/2: the ack comes after commit; the same id again returns the same seq and stores nothing', async () => {
    const { session } = await facilitatorWithSession();
    const p = await join(session.code);
    const s1 = await participantSocket(p.token);
    s1.send(post('dup-check-1', 'once'));
    const first = await s1.until((c) => c.find('ack')[0]);
    expect((await readEvents(h.ctx.db, session.id)).map((e) => e.seq)).toContain(first.seq);
    s1.send(post('dup-check-1', 'once'));
    s1.close();
    // The same id after a reconnect, too.
    const s2 = await participantSocket(p.token, first.seq);
    s2.send(post('dup-check-1', 'once'));
    const again = await s2.until((c) => c.find('ack')[0]);
    expect(again).toEqual(first);
    expect(await countEvents(h.ctx.db, session.id)).toBe(1);
    s2.close();
  });

  it('SUBMIT-2: racing copies of one submission are stored once', async () => {
    const { session } = await facilitatorWithSession();
    const p = await join(session.code);
    const sockets = await Promise.all([1, 2, 3].map(() => participantSocket(p.token)));
    for (const s of sockets) s.send(post('race-0001', 'same'));
    const acks = await Promise.all(sockets.map((s) => s.until((c) => c.find('ack')[0])));
    expect(new Set(acks.map((a) => a.seq)).size).toBe(1);
    expect(await countEvents(h.ctx.db, session.id)).toBe(1);
    for (const s of sockets) s.close();
  });

  it('SUBMIT-3: two authors may use the same client id', async () => {
    const { session } = await facilitatorWithSession();
    const a = await participantSocket((await join(session.code, 'A')).token);
    const b = await participantSocket((await join(session.code, 'B')).token);
    a.send(post('shared-id-1', 'from A'));
    b.send(post('shared-id-1', 'from B'));
    await a.until((c) => c.find('ack')[0]);
    await b.until((c) => c.find('ack')[0]);
    expect(await countEvents(h.ctx.db, session.id)).toBe(2);
    a.close();
    b.close();
  });

  it('SUBMIT-4: a participant cannot act as facilitator, an observer cannot write, a closed session refuses', async () => {
    const { api, orgId, session } = await facilitatorWithSession();
    const p = await participantSocket((await join(session.code)).token);
    p.send({ type: 'submit', id: 'takeover-1', action: { kind: 'message.set', text: 'I am in charge' } });
    expect((await p.until((c) => c.find('nack')[0])).code).toBe('FORBIDDEN');

    const invite = await api.post(`/api/organisations/${orgId}/invitations`, { role: 'observer' });
    const observer = new ApiClient(h.app);
    await observer.signUp(uniqueEmail('observer'));
    await observer.post(
      `/api/invitations/${(invite.json() as { invitation: { token: string } }).invitation.token}/accept`,
    );
    const o = await facilitatorSocket(observer, session.id);
    o.send(post('observer-1', 'hello'));
    expect((await o.until((c) => c.find('nack')[0])).code).toBe('FORBIDDEN');
    expect(await countEvents(h.ctx.db, session.id)).toBe(0);

    expect((await api.post(`/api/organisations/${orgId}/live-sessions/${session.id}/close`)).statusCode).toBe(
      200,
    );
    p.send(post('after-close', 'too late'));
    expect((await p.until((c) => c.find('nack').find((n) => n.id === 'after-close'))).code).toBe(
      'SESSION_CLOSED',
    );
    expect((await readEvents(h.ctx.db, session.id)).map((e) => e.type)).toEqual(['session.closed']);
    p.close();
    o.close();
  });
});

describe('activities over the hub', () => {
  const open = (id: string, extra: Record<string, unknown> = {}) => ({
    type: 'submit',
    id: `open-${id}`,
    action: { kind: 'activity.open', activity: { id, kind: 'contributions', title: 'Constats', ...extra } },
  });

  it('ACT-1: revealing an activity sends every phone one snapshot with its contributions', async () => {
    const { api, session } = await facilitatorWithSession();
    const f = await facilitatorSocket(api, session.id);
    f.send(open('findings'));
    await f.until((c) => c.find('ack').length === 1);
    const a = await participantSocket((await join(session.code, 'A')).token);
    const b = await participantSocket((await join(session.code, 'B')).token);
    a.send({
      type: 'submit',
      id: 'finding-a1',
      action: { kind: 'contribution.post', text: 'Trop de mails', activityId: 'findings' },
    });
    await a.until((c) => c.find('ack')[0]);
    expect(b.events.filter((e) => e.type === 'contribution.posted')).toEqual([]);
    f.send({
      type: 'submit',
      id: 'reveal-1',
      action: { kind: 'activity.update', activityId: 'findings', revealed: true },
    });
    const snap = await b.until((c) => c.find('snapshot').at(-1));
    expect(snap.state.contributions.map((c) => c.text)).toEqual(['Trop de mails']);
    expect(snap.state.ballots).toEqual({});
    for (const c of [a, b, f]) c.close();
  });

  it('ACT-3: a dot vote over sockets: over-budget ballots refused, last ballot counts, results filed per sequence', async () => {
    const { api, orgId, session } = await facilitatorWithSession();
    const f = await facilitatorSocket(api, session.id);
    f.send({
      type: 'submit',
      id: 'sequence-start',
      action: { kind: 'sequence.start', sequenceId: 'seq-priorities', title: 'Priorités' },
    });
    f.send({
      type: 'submit',
      id: 'open-dots-vote',
      action: {
        kind: 'activity.open',
        activity: {
          id: 'priorities',
          kind: 'dots',
          title: 'Priorités',
          sequenceId: 'seq-priorities',
          tokens: 3,
          capPerOption: 2,
          options: [
            { id: 'mails', label: 'Moins de mails' },
            { id: 'meetings', label: 'Réunions courtes' },
          ],
        },
      },
    });
    await f.until((c) => c.find('ack').length === 2);
    const voters = await Promise.all(
      ['A', 'B'].map(async (n) => participantSocket((await join(session.code, n)).token)),
    );
    const vote = (s: LiveClient, id: string, dots: Record<string, number>) =>
      s.send({
        type: 'submit',
        id,
        action: { kind: 'ballot.cast', activityId: 'priorities', ballot: { dots } },
      });
    vote(voters[0] as LiveClient, 'ballot-a-01', { mails: 3 });
    expect((await voters[0]?.until((c) => c.find('nack')[0]))?.message).toMatch(/DOT-4/);
    vote(voters[0] as LiveClient, 'ballot-a-02', { mails: 2, meetings: 1 });
    vote(voters[0] as LiveClient, 'ballot-a-03', { meetings: 2 });
    vote(voters[1] as LiveClient, 'ballot-b-01', { meetings: 1, mails: 1 });
    await voters[0]?.until((c) => c.find('ack').length === 2);
    await voters[1]?.until((c) => c.find('ack').length === 1);
    const res = await api.get(`/api/organisations/${orgId}/live-sessions/${session.id}/results`);
    const body = res.json() as {
      sequence: { sequenceId: string };
      activities: {
        activity: { sequenceId: string };
        result: { result: { totals: { optionId: string; dots: number }[] } };
      }[];
    };
    expect(body.sequence.sequenceId).toBe('seq-priorities');
    expect(body.activities[0]?.activity.sequenceId).toBe('seq-priorities');
    expect(body.activities[0]?.result.result.totals.map((t) => [t.optionId, t.dots])).toEqual([
      ['mails', 1],
      ['meetings', 3],
    ]);
    for (const c of [f, ...voters]) c.close();
  });

  it('SUBMIT-2: a resend after the activity was locked still gets its original ack', async () => {
    const { api, session } = await facilitatorWithSession();
    const f = await facilitatorSocket(api, session.id);
    f.send(open('locking'));
    await f.until((c) => c.find('ack').length === 1);
    const p = await participantSocket((await join(session.code)).token);
    const post = {
      type: 'submit',
      id: 'before-lock',
      action: { kind: 'contribution.post', text: 'À temps', activityId: 'locking' },
    };
    p.send(post);
    const first = await p.until((c) => c.find('ack')[0]);
    f.send({
      type: 'submit',
      id: 'lock-activity',
      action: { kind: 'activity.update', activityId: 'locking', status: 'locked' },
    });
    await f.until((c) => c.find('ack').length === 2);
    // ACT-4 is decided against this process's room, which learns of the lock through the pub/sub.
    await p.until((c) => c.events.some((e) => e.type === 'activity.updated'));
    p.send(post);
    p.send({
      type: 'submit',
      id: 'after-lock',
      action: { kind: 'contribution.post', text: 'Trop tard', activityId: 'locking' },
    });
    const nack = await p.until((c) => c.find('nack')[0]);
    expect(nack).toMatchObject({ id: 'after-lock', code: 'ACTIVITY_LOCKED' });
    expect(p.find('ack')).toEqual([first, first]);
    for (const c of [p, f]) c.close();
  });
});

describe('fan-out and time', () => {
  it('FANOUT-1: an event reaches every connection of the room, each exactly once, in order', async () => {
    const { api, session } = await facilitatorWithSession();
    const wall = await facilitatorSocket(api, session.id);
    const console_ = await facilitatorSocket(api, session.id);
    const phones = await Promise.all(
      Array.from({ length: 20 }, async (_, i) =>
        participantSocket((await join(session.code, `P${i}`)).token),
      ),
    );
    for (const [i, p] of phones.entries()) p.send(post(`fan-out-${i}`, `idea ${i}`));
    for (const screen of [wall, console_]) await screen.until((c) => c.events.length === 20);
    const seqs = Array.from({ length: 20 }, (_, i) => i + 1);
    for (const screen of [wall, console_]) expect(screen.events.map((e) => e.seq)).toEqual(seqs);
    console_.send({
      type: 'submit',
      id: 'fan-out-message',
      action: { kind: 'message.set', text: 'Table 4' },
    });
    for (const c of [wall, ...phones]) await c.until((x) => x.events.some((e) => e.seq === 21));
    for (const p of phones) expect(p.events.map((e) => [e.seq, e.type])).toEqual([[21, 'message.set']]);
    for (const c of [wall, console_, ...phones]) c.close();
  });

  it("FANOUT-3: participants receive facilitator events but not other participants' contributions", async () => {
    const { api, session } = await facilitatorWithSession();
    const a = await participantSocket((await join(session.code, 'A')).token);
    const b = await participantSocket((await join(session.code, 'B')).token);
    a.send(post('private-idea', 'only for the wall'));
    await a.until((c) => c.find('ack')[0]);
    const f = await facilitatorSocket(api, session.id);
    f.send({ type: 'submit', id: 'after-idea', action: { kind: 'message.set', text: 'Next' } });
    await b.until((c) => c.events.length === 1);
    expect(b.events.map((e) => e.type)).toEqual(['message.set']);
    expect(a.events.map((e) => e.type)).toEqual(['message.set']);
    for (const c of [a, b, f]) c.close();
  });

  it('PRESENCE-1: the console learns how many phones are connected', async () => {
    const { api, session } = await facilitatorWithSession();
    const f = await facilitatorSocket(api, session.id);
    expect((await f.until((c) => c.find('presence')[0])).participants).toBe(0);
    const phones = await Promise.all(
      ['A', 'B', 'C'].map(async (n) => participantSocket((await join(session.code, n)).token)),
    );
    await f.until((c) => c.find('presence').some((p) => p.participants === 3));
    phones[0]?.close();
    await f.until((c) => c.find('presence').at(-1)?.participants === 2);
    for (const c of [f, ...phones]) c.close();
  });

  it('TIME-1: the timer is decided by the server clock and pong carries server time', async () => {
    const { api, session } = await facilitatorWithSession();
    const f = await facilitatorSocket(api, session.id);
    const before = Date.now();
    f.send({ type: 'submit', id: 'timer-start', action: { kind: 'timer.start', durationSeconds: 300 } });
    const started = await f.until((c) => c.events.find((e) => e.type === 'timer.set'));
    if (started.type !== 'timer.set' || started.data.timer.status !== 'running')
      throw new Error('not running');
    expect(started.data.timer.endsAt).toBeGreaterThanOrEqual(before + 300_000);
    expect(started.data.timer.endsAt).toBeLessThanOrEqual(Date.now() + 300_000);
    f.send({ type: 'submit', id: 'timer-pause', action: { kind: 'timer.pause' } });
    const paused = await f.until((c) => c.events.filter((e) => e.type === 'timer.set')[1]);
    if (paused.type !== 'timer.set' || paused.data.timer.status !== 'paused') throw new Error('not paused');
    expect(paused.data.timer.remainingMs).toBeLessThanOrEqual(300_000);
    f.send({ type: 'ping', t: 7 });
    const pong = await f.until((c) => c.find('pong')[0]);
    expect(pong.t).toBe(7);
    expect(Math.abs(pong.serverTime - Date.now())).toBeLessThan(5_000);
    f.close();
  });
});
