/**
 * A small HTTP client over `app.inject` that keeps a facilitator's cookie and
 * CSRF token, so tests read like a person using the API.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class ApiClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  user: { id: string; email: string; name: string } | undefined;

  /** The client's address (`app.inject` defaults to 127.0.0.1); per-address rate limits key on it. */
  constructor(
    private readonly app: FastifyInstance,
    /** Each client looks like its own device by default, so per-address limits do not mix test users up. */
    readonly remoteAddress: string = `10.${rnd()}.${rnd()}.${rnd()}`,
  ) {}

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.remoteAddress,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    const setCookie = res.cookies.find((c) => c.name === 'cercle_session');
    if (setCookie) this.cookie = setCookie.value ? `cercle_session=${setCookie.value}` : undefined;
    return res;
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body, headers);
  delete = (url: string) => this.request('DELETE', url);

  async signUp(email: string, password = 'correct horse battery', name = 'Test Person'): Promise<this> {
    const res = await this.post('/api/auth/signup', { email, password, name });
    if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
    const body = res.json() as { user: ApiClient['user']; csrfToken: string };
    this.user = body.user;
    this.csrfToken = body.csrfToken;
    return this;
  }

  async createOrganisation(name = 'Org'): Promise<string> {
    const res = await this.post('/api/organisations', { name });
    if (res.statusCode !== 201) throw new Error(`create organisation failed: ${res.statusCode} ${res.body}`);
    return (res.json() as { organisation: { id: string } }).organisation.id;
  }

  async openSession(orgId: string, title = 'Live'): Promise<{ id: string; code: string }> {
    const res = await this.post(`/api/organisations/${orgId}/live-sessions`, { title });
    if (res.statusCode !== 201) throw new Error(`open session failed: ${res.statusCode} ${res.body}`);
    return (res.json() as { session: { id: string; code: string } }).session;
  }
}

const rnd = () => Math.floor(Math.random() * 254) + 1;
let counter = 0;
/** A fresh client address, so per-address rate limits in one test do not spill into the next. */
export const uniqueAddress = () => `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter++ & 255}`;
export const uniqueEmail = (prefix = 'user') => `${prefix}-${Date.now()}-${counter++}@example.org`;
