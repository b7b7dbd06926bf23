import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, LIMITS } from '@cercle/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient, uniqueAddress, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';

let h: Harness;
let owner: ApiClient;
let orgId: string;
beforeAll(async () => {
  h = await startHarness();
  owner = await new ApiClient(h.app, uniqueAddress()).signUp(uniqueEmail());
  orgId = await owner.createOrganisation('Atelier');
});
afterAll(async () => {
  await h?.close();
});

const get = (url: string, headers: Record<string, string> = {}, remoteAddress = uniqueAddress()) =>
  h.app.inject({ method: 'GET', url, headers, remoteAddress });
const join = (code: string, nickname: string, remoteAddress = uniqueAddress()) =>
  h.app.inject({ method: 'POST', url: `/api/join/${code}`, payload: { nickname }, remoteAddress });

/** Well-formed codes (join alphabet, 6 characters) that no session has, barring a one-in-millions collision. */
const WRONG_CODES = Array.from(
  { length: LIMITS.joinCodeMisses + 5 },
  (_, i) => `XYX${JOIN_CODE_ALPHABET[i % 27]!}${JOIN_CODE_ALPHABET[Math.floor(i / 27)]!}Y`,
);
const otherCode = (code: string) => WRONG_CODES.find((c) => c !== code)!;

describe('opening a session', () => {
  test('gives a 6-character code from the join alphabet and joinUrl = PUBLIC_URL/join/CODE', async () => {
    const res = await owner.post(`/api/organisations/${orgId}/live-sessions`, { title: '  Plénière  ' });
    expect(res.statusCode).toBe(201);
    const { session } = res.json();
    expect(session.code).toHaveLength(JOIN_CODE_LENGTH);
    expect([...session.code].every((ch) => JOIN_CODE_ALPHABET.includes(ch))).toBe(true);
    expect(session).toMatchObject({
      organisationId: orgId,
      title: 'Plénière',
      status: 'open',
      participantCount: 0,
    });
    expect(session.joinUrl).toBe(`http://localhost:3000/join/${session.code}`);
    const listed = (await owner.get(`/api/organisations/${orgId}/live-sessions`)).json().sessions;
    expect(listed.map((s: { id: string }) => s.id)).toContain(session.id);
  });
});

describe('finding a session by code', () => {
  test('works case-insensitively and ignores spaces and dashes', async () => {
    const { code } = await owner.openSession(orgId, 'Atelier du matin');
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
    const dashed = `${code.slice(0, 3)}-${code.slice(3)}`.toLowerCase();
    for (const typed of [code, code.toLowerCase(), spaced, dashed, ` ${code} `]) {
      const res = await get(`/api/join/${encodeURIComponent(typed)}`);
      expect(res.statusCode, typed).toBe(200);
      expect(res.json()).toEqual({
        session: { title: 'Atelier du matin', code, status: 'open', joinQuestions: [] },
      });
    }
  });

  test('a wrong code is 404 JOIN_CODE_NOT_FOUND', async () => {
    const { code } = await owner.openSession(orgId);
    for (const typed of [otherCode(code), 'abc', '0000000000', 'ZZZZZZ']) {
      const res = await get(`/api/join/${typed}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('JOIN_CODE_NOT_FOUND');
    }
  });

  test('after too many wrong codes from one address it is 429, while another address still joins', async () => {
    const { code } = await owner.openSession(orgId);
    const guesser = uniqueAddress();
    for (const wrong of WRONG_CODES.filter((c) => c !== code).slice(0, LIMITS.joinCodeMisses)) {
      expect((await get(`/api/join/${wrong}`, {}, guesser)).statusCode).toBe(404);
    }
    for (const url of [`/api/join/${otherCode(code)}`, `/api/join/${code}`]) {
      const blocked = await get(url, {}, guesser);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().code).toBe('RATE_LIMITED');
    }
    expect((await join(code, 'Guesser', guesser)).statusCode).toBe(429);
    expect((await get(`/api/join/${code}`, {}, uniqueAddress())).statusCode).toBe(200);
    expect((await join(code, 'Someone else', uniqueAddress())).statusCode).toBe(201);
  });
});

describe('participants', () => {
  test('join with a nickname gives a token that restores the same participant', async () => {
    const { id, code } = await owner.openSession(orgId);
    const res = await join(code.toLowerCase(), '  Camille  ');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      participant: { id: expect.any(String), nickname: 'Camille' },
      token: expect.any(String),
      sessionId: id,
    });
    expect(body.token.length).toBeGreaterThanOrEqual(32);
    const me = await get(`/api/join/${code}/me`, { authorization: `Bearer ${body.token}` });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ participant: body.participant, sessionId: id });
    const stored = await h.ctx.db
      .selectFrom('participants')
      .selectAll()
      .where('id', '=', body.participant.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(body.token);
    expect(JSON.stringify(stored)).not.toContain(body.token);
    const session = (await owner.get(`/api/organisations/${orgId}/live-sessions/${id}`)).json().session;
    expect(session.participantCount).toBe(1);
  });

  test('an empty or too long nickname is 400', async () => {
    const { code } = await owner.openSession(orgId);
    for (const nickname of ['', '   ', 'x'.repeat(41)]) {
      const res = await join(code, nickname);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });

  test('a forged token, no token, or a token from another session is 401 INVALID_TOKEN', async () => {
    const first = await owner.openSession(orgId);
    const second = await owner.openSession(orgId);
    const { token } = (await join(first.code, 'Alex')).json();
    for (const headers of [
      { authorization: 'Bearer forged-token-forged-token-forged-token' },
      { authorization: `Bearer ${token}x` },
      {},
    ] as Record<string, string>[]) {
      const res = await get(`/api/join/${first.code}/me`, headers);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('INVALID_TOKEN');
    }
    const cross = await get(`/api/join/${second.code}/me`, { authorization: `Bearer ${token}` });
    expect(cross.statusCode).toBe(401);
    expect(cross.json().code).toBe('INVALID_TOKEN');
  });

  test('the participants table has no column that could hold an address or a user agent', async () => {
    const { rows } = await sql<{ column_name: string }>`
      SELECT column_name FROM information_schema.columns
      WHERE table_name = 'participants' AND table_schema = current_schema()
      ORDER BY ordinal_position`.execute(h.ctx.db);
    expect(rows.map((r) => r.column_name)).toEqual([
      'id',
      'live_session_id',
      'nickname',
      'token_hash',
      'created_at',
      // Answers to the facilitator's join questions (JOIN-1): validated against them, never free keys.
      'attributes',
    ]);
  });
});

describe('QR codes', () => {
  test('SVG and PNG of the join link', async () => {
    const { code } = await owner.openSession(orgId);
    const svg = await get(`/api/join/${code}/qr.svg`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toContain('<svg');
    expect(svg.body).not.toMatch(/<script|on\w+=/i);
    const png = await get(`/api/join/${code.toLowerCase()}/qr.png`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect([...png.rawPayload.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const wrong = await get(`/api/join/${otherCode(code)}/qr.svg`);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().code).toBe('JOIN_CODE_NOT_FOUND');
  });
});

describe('closing', () => {
  test('a facilitator closes the session; joining it afterwards is 409 SESSION_CLOSED', async () => {
    const { id, code } = await owner.openSession(orgId);
    const { token } = (await join(code, 'Early bird')).json();
    const res = await owner.post(`/api/organisations/${orgId}/live-sessions/${id}/close`);
    expect(res.statusCode).toBe(200);
    expect(res.json().session).toMatchObject({ id, status: 'closed', participantCount: 1 });
    const row = await h.ctx.db
      .selectFrom('live_sessions')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('closed');
    const late = await join(code, 'Latecomer');
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('SESSION_CLOSED');
    expect((await get(`/api/join/${code}`)).json().session.status).toBe('closed');
    expect((await get(`/api/join/${code}/me`, { authorization: `Bearer ${token}` })).statusCode).toBe(200);
    const again = await owner.post(`/api/organisations/${orgId}/live-sessions/${id}/close`);
    expect(again.statusCode).toBe(200);
    expect(again.json().session.status).toBe('closed');
  });

  test('the wall finds its session by code only for members of its organisation', async () => {
    const { id, code } = await owner.openSession(orgId);
    const wall = await owner.get(`/api/live-sessions/by-code/${code.toLowerCase()}`);
    expect(wall.statusCode).toBe(200);
    expect(wall.json().session.id).toBe(id);
    const stranger = await new ApiClient(h.app, uniqueAddress()).signUp(uniqueEmail());
    expect((await stranger.get(`/api/live-sessions/by-code/${code}`)).statusCode).toBe(404);
    expect((await get(`/api/live-sessions/by-code/${code}`)).statusCode).toBe(401);
  });
});
