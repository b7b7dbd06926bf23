/**
 * FANOUT-1, SUBMIT-2 and AUTH-5 across two real server processes sharing
 * PostgreSQL and Redis. Runs when DATABASE_URL and REDIS_URL are set (CI's
 * second pass); PGlite is single-process by nature.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl } from '../src/test-support/harness.ts';
import { HttpClient } from '../src/test-support/http-client.ts';
import { LiveClient } from '../src/test-support/live-client.ts';
import { type ServerProcess, startServerProcess } from '../src/test-support/server-process.ts';

const enabled = !!process.env.DATABASE_URL && !!process.env.REDIS_URL;

describe.skipIf(!enabled)('two server processes sharing PostgreSQL and Redis', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await freshDatabaseUrl();
    drop = db.drop;
    const env = { DATABASE_URL: db.url as string, REDIS_URL: process.env.REDIS_URL as string };
    a = await startServerProcess(env);
    b = await startServerProcess(env);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await drop?.();
  });

  async function participant(server: ServerProcess, token: string) {
    const c = new LiveClient(server.url);
    await c.opened();
    c.send({ type: 'hello', token, since: 0 });
    await c.until((x) => x.find('welcome').length > 0);
    return c;
  }

  async function staff(server: ServerProcess, cookie: string, sessionId: string) {
    const c = new LiveClient(server.url, { cookie });
    await c.opened();
    c.send({ type: 'hello', sessionId, since: 0 });
    await c.until((x) => x.find('welcome').length > 0);
    return c;
  }

  it('FANOUT-1: a client on one process receives what was submitted on the other, in order', async () => {
    const fac = new HttpClient(a.url);
    await fac.signUp(`mp-${Date.now()}@example.org`);
    const { code, sessionId } = await fac.orgWithSession();
    const onA = await participant(a, (await fac.join(code, 'On A')).token);
    const onB = await participant(b, (await fac.join(code, 'On B')).token);
    const wallA = await staff(a, fac.cookie, sessionId);
    const wallB = await staff(b, fac.cookie, sessionId);
    for (let i = 0; i < 10; i++) {
      onB.send({ type: 'submit', id: `from-b-${i}`, action: { kind: 'contribution.post', text: `B${i}` } });
      onA.send({ type: 'submit', id: `from-a-${i}`, action: { kind: 'contribution.post', text: `A${i}` } });
    }
    await wallA.until((c) => c.events.length === 20, 10_000);
    await wallB.until((c) => c.events.length === 20, 10_000);
    const seqs = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(wallA.events.map((e) => e.seq)).toEqual(seqs);
    expect(wallB.events.map((e) => e.seq)).toEqual(seqs);
    // A facilitator event from process B reaches a phone on process A.
    wallB.send({ type: 'submit', id: 'message-from-b', action: { kind: 'message.set', text: 'Pause' } });
    await onA.until((c) => c.events.some((e) => e.type === 'message.set'), 10_000);
    for (const c of [onA, onB, wallA, wallB]) c.close();
  });

  it('SUBMIT-2: the same submission sent to both processes is stored once with one sequence', async () => {
    const fac = new HttpClient(a.url);
    await fac.signUp(`mp2-${Date.now()}@example.org`);
    const { code, sessionId } = await fac.orgWithSession();
    const { token } = await fac.join(code, 'Twice');
    const onA = await participant(a, token);
    const onB = await participant(b, token);
    const wall = await staff(a, fac.cookie, sessionId);
    const msg = { type: 'submit', id: 'both-processes', action: { kind: 'contribution.post', text: 'once' } };
    onA.send(msg);
    onB.send(msg);
    const ackA = await onA.until((c) => c.find('ack')[0]);
    const ackB = await onB.until((c) => c.find('ack')[0]);
    expect(ackA.seq).toBe(ackB.seq);
    await new Promise((r) => setTimeout(r, 200));
    expect(wall.events.filter((e) => e.type === 'contribution.posted')).toHaveLength(1);
    for (const c of [onA, onB, wall]) c.close();
  });

  it('ACT-9: an activity opened on one process is usable at once by a phone on the other', async () => {
    const fac = new HttpClient(a.url);
    await fac.signUp(`mp4-${Date.now()}@example.org`);
    const { code, sessionId } = await fac.orgWithSession();
    const phone = await participant(b, (await fac.join(code, 'Quick')).token);
    const consoleA = await staff(a, fac.cookie, sessionId);
    for (let i = 0; i < 5; i++) {
      const activityId = `quick-${i}`;
      consoleA.send({
        type: 'submit',
        id: `open-${activityId}`,
        action: { kind: 'activity.open', activity: { id: activityId, kind: 'contributions', title: 'Vite' } },
      });
      await consoleA.until((c) => c.find('ack').length === i + 1);
      // No waiting for the pub/sub: the phone on process B answers right after the console's ack.
      phone.send({
        type: 'submit',
        id: `note-${activityId}`,
        action: { kind: 'contribution.post', text: 'Déjà là', activityId },
      });
    }
    await phone.until((c) => c.find('ack').length + c.find('nack').length === 5, 10_000);
    expect(phone.find('nack')).toEqual([]);
    for (const c of [phone, consoleA]) c.close();
  });

  it('AUTH-5: removing a member on one process closes their socket on the other', async () => {
    const owner = new HttpClient(a.url);
    await owner.signUp(`mp3-${Date.now()}@example.org`);
    const { orgId, sessionId } = await owner.orgWithSession();
    const invite = await owner.call<{ invitation: { token: string } }>(
      'POST',
      `/api/organisations/${orgId}/invitations`,
      {
        role: 'facilitator',
      },
    );
    const colleague = new HttpClient(b.url);
    const user = await colleague.signUp(`mp3c-${Date.now()}@example.org`);
    expect(
      (await colleague.call('POST', `/api/invitations/${invite.body.invitation.token}/accept`)).status,
    ).toBe(200);
    const socket = new LiveClient(b.url, { cookie: colleague.cookie });
    await socket.opened();
    socket.send({ type: 'hello', sessionId });
    await socket.until((c) => c.find('welcome').length > 0);
    expect((await owner.call('DELETE', `/api/organisations/${orgId}/members/${user.id}`)).status).toBe(204);
    expect(await socket.closed()).toBe(4410);
  });
});
