import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient, uniqueAddress, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';

let h: Harness;
let https: Harness;
beforeAll(async () => {
  // One after the other: two PGlite boots at once starve each other's plugin timers on a busy machine.
  h = await startHarness();
  https = await startHarness({ PUBLIC_URL: 'https://cercle.example.org' });
});
afterAll(async () => {
  await Promise.all([h?.close(), https?.close()]);
});

const client = (harness = h) => new ApiClient(harness.app, uniqueAddress());
const signUpRaw = (c: ApiClient, body: Record<string, unknown>) =>
  c.post('/api/auth/signup', { name: 'Ada', password: 'correct horse battery', ...body });
const logIn = (c: ApiClient, email: string, password: string) =>
  c.post('/api/auth/login', { email, password });
const sessionCookie = (res: { headers: Record<string, unknown> }) =>
  [res.headers['set-cookie']]
    .flat()
    .find((c): c is string => typeof c === 'string' && c.startsWith('cercle_session='));

describe('sign-up', () => {
  test('answers 201 with the user, a CSRF token and an HttpOnly SameSite=Lax cookie without Secure on http', async () => {
    const email = uniqueEmail();
    const res = await signUpRaw(client(), { email, name: 'Ada Lovelace' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.user).toEqual({ id: expect.any(String), email, name: 'Ada Lovelace' });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = sessionCookie(res);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/; Secure/);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  test('behind an https PUBLIC_URL the cookie is Secure and responses carry HSTS', async () => {
    const res = await signUpRaw(client(https), { email: uniqueEmail() });
    expect(res.statusCode).toBe(201);
    expect(sessionCookie(res)).toMatch(/; Secure/);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const health = await https.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  test('an email already used, in any case, is 409 EMAIL_TAKEN and creates no second user', async () => {
    const email = uniqueEmail('dup');
    expect((await signUpRaw(client(), { email })).statusCode).toBe(201);
    const again = await signUpRaw(client(), { email: email.toUpperCase() });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('EMAIL_TAKEN');
    const rows = await h.ctx.db
      .selectFrom('users')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
      .execute();
    expect(rows).toHaveLength(1);
  });

  test('passwords need 8 characters, long ones work and there are no composition rules', async () => {
    const short = await signUpRaw(client(), { email: uniqueEmail(), password: 'abcdefg' });
    expect(short.statusCode).toBe(400);
    expect(short.json().code).toBe('VALIDATION_FAILED');
    for (const password of ['abcdefgh', 'x'.repeat(64), 'y'.repeat(200)]) {
      const email = uniqueEmail();
      expect((await signUpRaw(client(), { email, password })).statusCode).toBe(201);
      expect((await logIn(client(), email, password)).statusCode).toBe(200);
    }
  });

  test('the stored password is an argon2id hash, never the password', async () => {
    const email = uniqueEmail();
    await signUpRaw(client(), { email, password: 'plain text secret' });
    const row = await h.ctx.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(row.password_hash).not.toContain('plain text secret');
  });
});

describe('log-in', () => {
  test('the right password logs in; the wrong one is 401 INVALID_CREDENTIALS', async () => {
    const email = uniqueEmail();
    await signUpRaw(client(), { email, password: 'right password' });
    const c = client();
    const ok = await logIn(c, email, 'right password');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.email).toBe(email);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    const wrong = await logIn(client(), email, 'wrong password');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
    expect(sessionCookie(wrong)).toBeUndefined();
  });

  test('a wrong password and an unknown email answer the identical status and body', async () => {
    const email = uniqueEmail();
    await signUpRaw(client(), { email });
    const wrong = await logIn(client(), email, 'not the password');
    const unknown = await logIn(client(), uniqueEmail('ghost'), 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.body).toBe(wrong.body);
  });

  test('after 5 failures for one email, even the right password is 429 RATE_LIMITED', async () => {
    const email = uniqueEmail();
    await signUpRaw(client(), { email, password: 'right password' });
    for (let i = 0; i < 5; i++) expect((await logIn(client(), email, `wrong ${i}`)).statusCode).toBe(401);
    for (let i = 0; i < 2; i++) {
      const res = await logIn(client(), email, 'right password');
      expect(res.statusCode).toBe(429);
      expect(res.json().code).toBe('RATE_LIMITED');
    }
  });

  test('a never-registered email is throttled the same way (no enumeration)', async () => {
    const email = uniqueEmail('ghost');
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await logIn(client(), email, `guess ${i}`);
      answers.push(`${res.statusCode} ${res.json().code}`);
    }
    expect(answers).toEqual([...Array(5).fill('401 INVALID_CREDENTIALS'), '429 RATE_LIMITED']);
  });
});

describe('session', () => {
  test('log-out ends the session: me is 401 afterwards, even with the old cookie', async () => {
    const c = await client().signUp(uniqueEmail());
    const oldCookie = c.cookie!;
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    const out = await c.post('/api/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(sessionCookie(out)).toMatch(/^cercle_session=;/);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
    const replay = await h.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: oldCookie } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('UNAUTHENTICATED');
  });

  test('me returns the user, the CSRF token and the memberships', async () => {
    const c = await client().signUp(uniqueEmail(), 'correct horse battery', 'Grace');
    const orgId = await c.createOrganisation('Atelier Nord');
    const me = await c.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      user: c.user,
      csrfToken: c.csrfToken,
      memberships: [{ organisation: { id: orgId, name: 'Atelier Nord' }, role: 'owner' }],
    });
  });
});

describe('CSRF', () => {
  const write = (c: ApiClient, headers: Record<string, string>) =>
    h.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { 'content-type': 'application/json', cookie: c.cookie!, ...headers },
      payload: JSON.stringify({ name: 'Sneaky' }),
    });
  const orgCount = async (c: ApiClient) => (await c.get('/api/organisations')).json().organisations.length;

  test('a cookie-authenticated write without the token or with a wrong one is 403 CSRF_FAILED and changes nothing', async () => {
    const c = await client().signUp(uniqueEmail());
    const attempts: Record<string, string>[] = [
      {},
      { 'x-csrf-token': 'wrong' },
      { 'x-csrf-token': `${c.csrfToken}x` },
    ];
    for (const headers of attempts) {
      const res = await write(c, headers);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('CSRF_FAILED');
    }
    const out = await h.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: c.cookie! },
    });
    expect(out.json().code).toBe('CSRF_FAILED');
    expect(await orgCount(c)).toBe(0);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    expect((await write(c, { 'x-csrf-token': c.csrfToken! })).statusCode).toBe(201);
  });

  test('text/plain and form-encoded bodies are 415 even with the token', async () => {
    const c = await client().signUp(uniqueEmail());
    for (const [type, payload] of [
      ['text/plain', '{"name":"Sneaky"}'],
      ['application/x-www-form-urlencoded', 'name=Sneaky'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nSneaky\r\n--x--',
      ],
    ]) {
      const res = await write(c, { 'content-type': type!, 'x-csrf-token': c.csrfToken! });
      const res2 = await h.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: { 'content-type': type!, cookie: c.cookie!, 'x-csrf-token': c.csrfToken! },
        payload,
      });
      for (const r of [res, res2]) {
        expect(r.statusCode).toBe(415);
        expect(r.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
      }
    }
    expect(await orgCount(c)).toBe(0);
  });

  test('GETs need no CSRF header', async () => {
    const c = await client().signUp(uniqueEmail());
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/organisations',
      headers: { cookie: c.cookie! },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ organisations: [] });
  });
});
