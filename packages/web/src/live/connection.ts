/**
 * One live connection to the hub: hello with the last sequence seen, events
 * folded with the shared reducer, reconnection with backoff, clock offset from
 * ping/pong. React reads it through useSyncExternalStore (see hooks.ts).
 */
import {
  type Action,
  CLOSE_CODES,
  EMPTY_ROOM,
  foldEvents,
  type RoomState,
  type ServerMessage,
  type Welcome,
  withOpenSpaceCounts,
} from '@cercle/core';
import { backoffDelay } from './backoff.ts';
import { OffsetEstimator, sampleOffset } from './clock.ts';
import { newClientId } from './outbox.ts';

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'fatal';
export type FatalReason = 'unauthenticated' | 'forbidden' | 'notFound' | 'revoked' | 'closed';

export interface LiveView {
  status: ConnectionStatus;
  fatal: FatalReason | null;
  state: RoomState;
  welcome: Welcome | null;
  /** Server time ≈ Date.now() + offsetMs. */
  offsetMs: number;
  online: boolean;
  /** Staff only (PRESENCE-1): phones connected to the room, null until the server says. */
  connectedParticipants: number | null;
}

export type Credentials = { token: string } | { sessionId: string };

export interface LiveOptions {
  credentials: Credentials;
  /** Called after every welcome: the moment to (re)send what is not acknowledged. */
  onWelcome?: (welcome: Welcome) => void;
  onAck?: (id: string, seq: number) => void;
  onNack?: (id: string, code: string, message: string) => void;
  onFatal?: (reason: FatalReason) => void;
}

/** Close codes after which retrying cannot help. */
const FATAL: ReadonlyMap<number, FatalReason> = new Map([
  [CLOSE_CODES.UNAUTHENTICATED, 'unauthenticated'],
  [CLOSE_CODES.FORBIDDEN, 'forbidden'],
  [CLOSE_CODES.NOT_FOUND, 'notFound'],
  [CLOSE_CODES.MEMBERSHIP_REVOKED, 'revoked'],
  // A closed session never reopens: retrying would only loop.
  [CLOSE_CODES.SESSION_CLOSED, 'closed'],
]);

const PING_EVERY_MS = 10_000;
/** No message at all for this long means a half-open socket (common on venue Wi-Fi). */
const SILENCE_LIMIT_MS = 25_000;

export class RequestError extends Error {
  readonly code: string;
  /** The server's explanation (nack), e.g. the field a refused activity got wrong. */
  readonly detail: string;
  constructor(code: string, detail = '') {
    super(code);
    this.code = code;
    this.detail = detail;
  }
}

export function liveSocketUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live/ws`;
}

export class LiveConnection {
  private view: LiveView = {
    status: 'connecting',
    fatal: null,
    state: EMPTY_ROOM,
    welcome: null,
    offsetMs: 0,
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    connectedParticipants: null,
  };
  private readonly options: LiveOptions;
  private readonly listeners = new Set<() => void>();
  private readonly clock = new OffsetEstimator();
  private readonly requests = new Map<
    string,
    { resolve: (seq: number) => void; reject: (e: Error) => void }
  >();
  private socket: WebSocket | null = null;
  private running = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private lastMessageAt = 0;

  constructor(options: LiveOptions) {
    this.options = options;
  }

  getSnapshot = (): LiveView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(): void {
    if (this.running) return;
    this.running = true;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    document.addEventListener('visibilitychange', this.onVisible);
    this.connect();
  }

  stop(): void {
    this.running = false;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    document.removeEventListener('visibilitychange', this.onVisible);
    clearTimeout(this.retryTimer);
    this.dropSocket();
  }

  get isOpen(): boolean {
    return this.view.status === 'open' && this.socket?.readyState === WebSocket.OPEN;
  }

  /** Sends a submission if the hub is ready; false means "keep it for the next welcome". */
  submit(id: string, action: Action): boolean {
    if (!this.isOpen) return false;
    return this.send({ type: 'submit', id, action });
  }

  /** Facilitator actions: resolved on ack, rejected on nack or when the connection is not open. */
  request(action: Action): Promise<number> {
    const id = newClientId();
    return new Promise((resolve, reject) => {
      if (!this.submit(id, action)) {
        reject(new RequestError('NETWORK'));
        return;
      }
      this.requests.set(id, { resolve, reject });
    });
  }

  private connect(): void {
    clearTimeout(this.retryTimer);
    if (!this.running) return;
    this.setView({ status: this.view.welcome ? 'reconnecting' : 'connecting' });
    let socket: WebSocket;
    try {
      socket = new WebSocket(liveSocketUrl());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.lastMessageAt = Date.now();
      this.send({ type: 'hello', ...this.options.credentials, since: this.view.state.seq });
    };
    socket.onmessage = (event) => {
      if (this.socket !== socket) return;
      this.lastMessageAt = Date.now();
      try {
        this.handle(JSON.parse(String(event.data)) as ServerMessage);
      } catch {
        // A malformed frame is ignored; the next snapshot or event will set things right.
      }
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.afterClose();
      if (!this.running) return;
      const fatal = FATAL.get(event.code);
      if (fatal) {
        this.running = false;
        this.setView({ status: 'fatal', fatal });
        this.options.onFatal?.(fatal);
        return;
      }
      this.scheduleReconnect();
    };
  }

  private handle(message: ServerMessage): void {
    switch (message.type) {
      case 'welcome': {
        this.attempt = 0;
        if (this.view.offsetMs === 0)
          this.clock.add({ offsetMs: message.serverTime - Date.now(), rttMs: 60_000 });
        this.setView({ status: 'open', welcome: message, offsetMs: this.clock.offsetMs, online: true });
        this.startPinging();
        this.options.onWelcome?.(message);
        return;
      }
      case 'events':
        this.setView({ state: foldEvents(message.events, this.view.state) });
        return;
      case 'snapshot':
        this.setView({ state: { ...message.state, seq: message.seq } });
        return;
      case 'ack': {
        const request = this.requests.get(message.id);
        this.requests.delete(message.id);
        request?.resolve(message.seq);
        this.options.onAck?.(message.id, message.seq);
        return;
      }
      case 'nack': {
        const request = this.requests.get(message.id);
        this.requests.delete(message.id);
        request?.reject(new RequestError(message.code, message.message ?? ''));
        this.options.onNack?.(message.id, message.code, message.message ?? '');
        return;
      }
      case 'counts':
        this.setView({ state: withOpenSpaceCounts(this.view.state, message) });
        return;
      case 'presence':
        this.setView({ connectedParticipants: message.participants });
        return;
      case 'pong':
        if (typeof message.t === 'number') {
          this.clock.add(sampleOffset(message.t, message.serverTime, Date.now()));
          this.setView({ offsetMs: this.clock.offsetMs });
        }
        return;
      case 'error':
        return;
    }
  }

  private send(message: unknown): boolean {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return false;
    try {
      socket.send(JSON.stringify(message));
      return true;
    } catch {
      return false;
    }
  }

  private startPinging(): void {
    clearInterval(this.pingTimer);
    this.send({ type: 'ping', t: Date.now() });
    this.pingTimer = setInterval(() => {
      if (Date.now() - this.lastMessageAt > SILENCE_LIMIT_MS) {
        this.dropSocket();
        this.scheduleReconnect();
        return;
      }
      this.send({ type: 'ping', t: Date.now() });
    }, PING_EVERY_MS);
  }

  /** Forgets the current socket at once, without waiting for a closing handshake. */
  private dropSocket(): void {
    const socket = this.socket;
    this.socket = null;
    this.afterClose();
    if (socket && socket.readyState <= WebSocket.OPEN) socket.close(1000);
  }

  private afterClose(): void {
    clearInterval(this.pingTimer);
    for (const request of this.requests.values()) request.reject(new RequestError('NETWORK'));
    this.requests.clear();
  }

  private scheduleReconnect(): void {
    if (!this.running) return;
    this.setView({ status: 'reconnecting' });
    clearTimeout(this.retryTimer);
    // While the browser knows it is offline, retrying only fails (and fills the console):
    // the `online` event reconnects at once.
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
    this.retryTimer = setTimeout(() => this.connect(), backoffDelay(this.attempt++));
  }

  private reconnectNow = (): void => {
    if (!this.running || this.socket?.readyState === WebSocket.OPEN) return;
    // A socket still connecting may have been opened while offline: start afresh.
    this.dropSocket();
    this.attempt = 0;
    this.connect();
  };

  private onOnline = (): void => {
    this.setView({ online: true });
    this.reconnectNow();
  };

  private onOffline = (): void => {
    this.setView({ online: false });
    // The socket cannot work without a network, even if it has not noticed yet (it would
    // only after the silence limit): drop it, so the phone says "offline" and the `online`
    // event reconnects at once instead of waiting for that half-open socket to time out.
    if (!this.running || !this.socket) return;
    this.dropSocket();
    this.scheduleReconnect();
  };

  private onVisible = (): void => {
    if (document.visibilityState === 'visible') this.reconnectNow();
  };

  private setView(change: Partial<LiveView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener();
  }
}
