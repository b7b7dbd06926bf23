import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_WEB_DIST, registeredRoutes } from '../app.ts';
import { ApiClient, uniqueAddress, uniqueEmail } from '../test-support/client.ts';
import { type Harness, startHarness } from '../test-support/harness.ts';

let h: Harness;
let code: string;
beforeAll(async () => {
  h = await startHarness();
  const owner = await new ApiClient(h.app, uniqueAddress()).signUp(uniqueEmail());
  code = (await owner.openSession(await owner.createOrganisation())).code;
});
afterAll(async () => {
  await h?.close();
});

function csp(res: LightMyRequestResponse): Map<string, string[]> {
  const header = res.headers['content-security-policy'];
  expect(typeof header, 'content-security-policy').toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectSecurityHeaders(res: LightMyRequestResponse) {
  const directives = csp(res);
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
  expect(scriptSrc, 'script-src or default-src').toBeDefined();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(scriptSrc).not.toContain('*');
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toMatch(
    /^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/,
  );
}

describe('security headers', () => {
  test.each([
    ['API JSON', 'GET', '/api/health', 200],
    ['OpenAPI document', 'GET', '/api/openapi.json', 200],
    ['unauthenticated', 'GET', '/api/auth/me', 401],
    ['unknown API path', 'GET', '/api/does-not-exist', 404],
    ['validation error', 'GET', '/api/organisations/not-a-uuid', 400],
    ['wrong join code', 'GET', '/api/join/AAAAAA', 404],
    ['unknown non-API path', 'POST', '/somewhere', 404],
  ] as const)('%s (%s %s → %i) carries them', async (_name, method, url, status) => {
    const res = await h.app.inject({ method, url, remoteAddress: uniqueAddress() });
    expect(res.statusCode).toBe(status);
    expectSecurityHeaders(res);
  });

  test('error responses produced while parsing the body carry them', async () => {
    for (const [type, payload, status] of [
      ['text/plain', 'x', 415],
      ['application/json', '{', 400],
      ['application/json', JSON.stringify({ x: 'a'.repeat(300_000) }), 413],
    ] as const) {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': type },
        payload,
        remoteAddress: uniqueAddress(),
      });
      expect(res.statusCode).toBe(status);
      expectSecurityHeaders(res);
    }
  });

  test('QR images carry them', async () => {
    for (const format of ['svg', 'png']) {
      const res = await h.app.inject({ method: 'GET', url: `/api/join/${code}/qr.${format}` });
      expect(res.statusCode).toBe(200);
      expectSecurityHeaders(res);
    }
  });

  const hasWebApp = existsSync(resolve(DEFAULT_WEB_DIST, 'index.html'));
  test.skipIf(!hasWebApp)('the web app (/, a client route, index.html) carries them', async () => {
    for (const url of ['/', '/join/ABCDEF', '/index.html']) {
      const res = await h.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expectSecurityHeaders(res);
    }
  });

  test('HSTS is not sent over plain http', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('OpenAPI', () => {
  type Operation = {
    responses?: Record<string, unknown>;
    parameters?: { in: string; name: string; required?: boolean }[];
  };
  let doc: {
    openapi: string;
    info: { title: string; version: string };
    paths: Record<string, Record<string, Operation>>;
  };
  beforeAll(async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });

  test('is an OpenAPI 3 document whose operations declare responses and their path parameters', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toBe('Cercle API');
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path).toMatch(/^\/[^:]*$/);
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(item)) {
        expect(methods.has(method), `${method} ${path}`).toBe(true);
        expect(Object.keys(op.responses ?? {}).length, `${method} ${path} responses`).toBeGreaterThan(0);
        const declared = (op.parameters ?? []).filter((p) => p.in === 'path');
        expect(declared.map((p) => p.name).sort(), `${method} ${path} path parameters`).toEqual(
          [...params].sort(),
        );
        expect(declared.every((p) => p.required === true)).toBe(true);
      }
    }
  });

  test('documents exactly the registered /api routes, except the WebSocket and itself', () => {
    const registered = registeredRoutes(h.app)
      .filter((r) => r.url.startsWith('/api/') && !r.websocket && r.url !== '/api/openapi.json')
      .map((r) => `${r.method.toLowerCase()} ${r.url.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`))
      .sort();
    expect(registered.length).toBeGreaterThan(20);
    expect(documented).toEqual(registered);
  });

  test('the error responses follow the {code, message, issues?} shape', () => {
    const op = doc.paths['/api/organisations/{orgId}/missions']?.post as Operation & {
      responses: Record<string, { content?: Record<string, { schema?: { required?: string[] } }> }>;
    };
    const schema = op.responses['404']?.content?.['application/json']?.schema;
    expect(schema?.required?.sort()).toEqual(['code', 'message']);
  });
});
