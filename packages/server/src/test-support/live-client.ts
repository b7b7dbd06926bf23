/**
 * A participant's or facilitator's socket in tests: collects every server
 * message and lets the test wait for the ones it expects.
 */
import type { LiveEvent, ServerMessage } from '@cercle/core';
import WebSocket from 'ws';

export type Answer = Extract<ServerMessage, { type: 'ack' | 'nack' }>;

let submitted = 0;

export class LiveClient {
  readonly messages: ServerMessage[] = [];
  readonly socket: WebSocket;
  closeCode: number | undefined;
  closeReason: string | undefined;
  private waiters: (() => void)[] = [];

  constructor(baseUrl: string, headers: Record<string, string> = {}) {
    this.socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/live/ws`, { headers });
    this.socket.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()) as ServerMessage);
      this.wake();
    });
    this.socket.on('close', (code, reason) => {
      this.closeCode = code;
      this.closeReason = reason.toString();
      this.wake();
    });
    this.socket.on('error', () => this.wake());
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  opened(): Promise<void> {
    if (this.socket.readyState === WebSocket.OPEN) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
      this.socket.once('unexpected-response', (_req, res) =>
        reject(new Error(`upgrade refused: ${res.statusCode}`)),
      );
    });
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Waits until `predicate` holds over the messages received so far. */
  async until<T>(predicate: (c: LiveClient) => T | undefined | false, timeoutMs = 5_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate(this);
      if (value) return value;
      if (Date.now() > deadline)
        throw new Error(`timed out; received: ${JSON.stringify(this.messages).slice(0, 500)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** All events received, in the order they came (events frames only, not snapshots). */
  get events(): LiveEvent[] {
    return this.messages.flatMap((m) => (m.type === 'events' ? m.events : []));
  }

  find<K extends ServerMessage['type']>(type: K): Extract<ServerMessage, { type: K }>[] {
    return this.messages.filter((m): m is Extract<ServerMessage, { type: K }> => m.type === type);
  }

  /** Opens a socket and says hello (a participant's token, or a session id with a staff cookie); resolves once welcomed. */
  static async connect(
    baseUrl: string,
    hello: Record<string, unknown>,
    cookie?: string,
  ): Promise<LiveClient> {
    const c = new LiveClient(baseUrl, cookie ? { cookie } : {});
    await c.opened();
    c.send({ type: 'hello', ...hello });
    await c.until((x) => x.find('welcome').length > 0);
    return c;
  }

  /** Submits an action and waits for its ack or nack. */
  submit(action: Record<string, unknown>): Promise<Answer> {
    const id = `t-${Date.now()}-${submitted++}`;
    this.send({ type: 'submit', id, action });
    return this.until(
      (x) => x.find('ack').find((m) => m.id === id) ?? x.find('nack').find((m) => m.id === id),
    );
  }

  closed(): Promise<number> {
    return this.until((c) => c.closeCode);
  }

  close(): void {
    this.socket.close();
  }
}
