/** A facilitator against a real server over fetch (for multi-process and fault tests). */
export class HttpClient {
  cookie = '';
  csrfToken = '';

  constructor(public baseUrl: string) {}

  async call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const setCookie = res.headers.get('set-cookie');
    const match = setCookie?.match(/cercle_session=([^;]*)/);
    if (match) this.cookie = `cercle_session=${match[1]}`;
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  async signUp(email: string): Promise<{ id: string }> {
    const res = await this.call<{ user: { id: string }; csrfToken: string }>('POST', '/api/auth/signup', {
      email,
      password: 'correct horse battery',
      name: 'Process Test',
    });
    if (res.status !== 201) throw new Error(`sign-up: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrfToken = res.body.csrfToken;
    return res.body.user;
  }

  async orgWithSession(): Promise<{ orgId: string; sessionId: string; code: string }> {
    const org = await this.call<{ organisation: { id: string } }>('POST', '/api/organisations', {
      name: 'P',
    });
    const orgId = org.body.organisation.id;
    const s = await this.call<{ session: { id: string; code: string } }>(
      'POST',
      `/api/organisations/${orgId}/live-sessions`,
      {
        title: 'Process test',
      },
    );
    return { orgId, sessionId: s.body.session.id, code: s.body.session.code };
  }

  async join(code: string, nickname: string): Promise<{ token: string; participant: { id: string } }> {
    const res = await this.call<{ token: string; participant: { id: string } }>('POST', `/api/join/${code}`, {
      nickname,
    });
    if (res.status !== 201) throw new Error(`join: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
}
