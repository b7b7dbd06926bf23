/**
 * A simulated phone that behaves like the participant app: an outbox of
 * submissions with client ids, sent when connected, resent after every
 * reconnect until acknowledged; it reconnects with `since` on any close.
 */
import WebSocket from 'ws';

export interface Acked {
  id: string;
  seq: number;
}

export class SimParticipant {
  readonly acked = new Map<string, number>();
  readonly outbox: { id: string; text: string }[] = [];
  lastSeq = 0;
  connects = 0;
  private socket: WebSocket | null = null;
  private stopped = false;
  private connectedOnce: Promise<void>;
  private markConnected!: () => void;

  constructor(
    private readonly baseUrl: () => string,
    private readonly token: string,
  ) {
    this.connectedOnce = new Promise((r) => {
      this.markConnected = r;
    });
  }

  start(): Promise<void> {
    this.connect();
    return this.connectedOnce;
  }

  private connect(): void {
    if (this.stopped) return;
    const socket = new WebSocket(`${this.baseUrl().replace(/^http/, 'ws')}/api/live/ws`);
    this.socket = socket;
    socket.on('open', () => {
      socket.send(JSON.stringify({ type: 'hello', token: this.token, since: this.lastSeq }));
    });
    socket.on('message', (data) => {
      const m = JSON.parse(data.toString());
      if (m.type === 'welcome') {
        this.connects++;
        this.markConnected();
        // Resend everything not yet acknowledged: the server answers duplicates with the original ack.
        for (const item of this.outbox) if (!this.acked.has(item.id)) this.sendItem(item);
      } else if (m.type === 'ack') {
        this.acked.set(m.id, m.seq);
      } else if (m.type === 'events') {
        for (const e of m.events) this.lastSeq = Math.max(this.lastSeq, e.seq);
      } else if (m.type === 'snapshot') {
        this.lastSeq = m.seq;
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      this.socket = null;
      if (!this.stopped) setTimeout(() => this.connect(), 100 + Math.random() * 300);
    });
  }

  submit(id: string, text: string): void {
    const item = { id, text };
    this.outbox.push(item);
    this.sendItem(item);
  }

  private sendItem(item: { id: string; text: string }): void {
    if (this.socket?.readyState === WebSocket.OPEN) {
      this.socket.send(
        JSON.stringify({
          type: 'submit',
          id: item.id,
          action: { kind: 'contribution.post', text: item.text },
        }),
      );
    }
  }

  get allAcked(): boolean {
    return this.outbox.every((i) => this.acked.has(i.id));
  }

  stop(): void {
    this.stopped = true;
    this.socket?.close();
  }
}
