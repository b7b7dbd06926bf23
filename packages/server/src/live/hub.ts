/**
 * The real-time hub: authenticates sockets, keeps one Room per live session
 * loaded in this process, appends submissions through the group-commit
 * writer, and fans committed events out through the pub/sub port (which
 * also reaches every other server process). Rules: ./SPEC.md.
 */
import { randomUUID } from 'node:crypto';
import {
  type Action,
  type Actor,
  CLOSE_CODES,
  type ClientMessage,
  clientMessageSchema,
  decide,
  ERRORS,
  type ErrorCode,
  foldEvents,
  LIMITS,
  participantView,
  type RoomState,
  type ServerMessage,
} from '@cercle/core';
import type { FastifyBaseLogger } from 'fastify';
import sjson from 'secure-json-parse';
import type { RawData, WebSocket } from 'ws';
import type { Db } from '../db/database.ts';
import { findSubmission, readEvents, submissionKeyOf } from './event-store.ts';
import { findRole, findSessionById, type SessionRow } from './lookups.ts';
import { ParticipantLookup } from './participant-lookup.ts';
import type { PubSub } from './pubsub.ts';
import type { Room, RoomMember } from './room.ts';
import { RoomRegistry, roomChannel } from './room-registry.ts';
import { TokenBucket } from './token-bucket.ts';
import { GroupCommitWriter } from './writer.ts';

const HELLO_TIMEOUT_MS = 5_000;
const CONTROL_CHANNEL = 'cercle:control';

interface Connection extends RoomMember {
  /** Set by hello. */
  actor: Actor | null;
  /** Stable author id for idempotency keys: participant id or user id. */
  authorId: string;
  userId: string | null;
  room: Room | null;
  bucket: TokenBucket;
  helloTimer: NodeJS.Timeout | null;
  helloReceived: boolean;
}

type ControlMessage = { type: 'member.removed'; organisationId: string; userId: string };

export class LiveHub {
  private readonly rooms: RoomRegistry;
  private readonly connections = new Set<Connection>();
  private readonly writer: GroupCommitWriter;
  private readonly participants: ParticipantLookup;
  private closing = false;
  private readonly controlHandler = (message: string) => this.onControl(message);

  constructor(
    private readonly db: Db,
    private readonly pubsub: PubSub,
    private readonly log: FastifyBaseLogger,
  ) {
    this.participants = new ParticipantLookup(db);
    this.rooms = new RoomRegistry(db, pubsub, log);
    this.writer = new GroupCommitWriter(db, (sessionId, events) => {
      this.pubsub.publish(roomChannel(sessionId), JSON.stringify(events)).catch((err) => {
        // Subscribers will find the events in the database when the next one reveals the gap.
        this.log.warn({ err, sessionId }, 'publish failed');
      });
    });
  }

  async start(): Promise<void> {
    await this.pubsub.subscribe(CONTROL_CHANNEL, this.controlHandler);
  }

  /** Number of sockets open on this process (health and benchmarks). */
  get connectionCount(): number {
    return this.connections.size;
  }

  // ---- sockets -------------------------------------------------------------------------------

  /** Takes a freshly upgraded socket; `userId` is the facilitator authenticated by cookie, if any. */
  accept(socket: WebSocket, userId: string | null): void {
    const conn: Connection = {
      socket,
      ready: false,
      audience: 'participant',
      actor: null,
      authorId: '',
      userId,
      room: null,
      bucket: new TokenBucket(LIMITS.socketRatePerSecond, LIMITS.socketRateBurst),
      helloTimer: null,
      helloReceived: false,
    };
    if (this.closing) {
      socket.close(CLOSE_CODES.SHUTTING_DOWN, 'UNAVAILABLE');
      return;
    }
    this.connections.add(conn);
    conn.helloTimer = setTimeout(
      () => this.close(conn, CLOSE_CODES.HELLO_TIMEOUT, 'UNAUTHENTICATED'),
      HELLO_TIMEOUT_MS,
    );
    socket.on('message', (data, isBinary) => this.onMessage(conn, data, isBinary));
    socket.on('close', () => this.onClose(conn));
    socket.on('error', (err) => this.log.debug({ err }, 'socket error'));
  }

  private onMessage(conn: Connection, data: RawData, isBinary: boolean): void {
    if (!conn.bucket.take()) {
      this.log.info({ authorId: conn.authorId }, 'socket rate limit exceeded');
      this.close(conn, CLOSE_CODES.RATE_LIMITED, 'RATE_LIMITED');
      return;
    }
    let message: ClientMessage;
    try {
      if (isBinary) throw new Error('binary frames are not accepted');
      const raw = sjson.parse(data.toString(), null, { protoAction: 'error', constructorAction: 'error' });
      const parsed = clientMessageSchema.safeParse(raw);
      if (!parsed.success)
        throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      message = parsed.data;
    } catch (err) {
      this.log.info({ reason: (err as Error).message }, 'bad socket message');
      this.close(conn, CLOSE_CODES.BAD_MESSAGE, 'VALIDATION_FAILED');
      return;
    }
    if (message.type === 'hello') {
      if (conn.helloReceived) {
        this.close(conn, CLOSE_CODES.BAD_MESSAGE, 'VALIDATION_FAILED');
        return;
      }
      conn.helloReceived = true;
      this.hello(conn, message).catch((err) => {
        this.log.error({ err }, 'hello failed');
        this.close(conn, CLOSE_CODES.SHUTTING_DOWN, 'INTERNAL');
      });
      return;
    }
    if (!conn.actor || !conn.room) {
      this.close(conn, CLOSE_CODES.UNAUTHENTICATED, 'UNAUTHENTICATED');
      return;
    }
    if (message.type === 'ping') {
      this.send(conn, {
        type: 'pong',
        ...(message.t !== undefined ? { t: message.t } : {}),
        serverTime: Date.now(),
      });
      return;
    }
    this.submitFromSocket(conn, message.id, message.action);
  }

  private async hello(conn: Connection, hello: Extract<ClientMessage, { type: 'hello' }>): Promise<void> {
    let session: SessionRow | undefined;
    let actor: Actor;
    if (hello.token) {
      const found = await this.participants.find(hello.token);
      if (!found || (hello.sessionId && hello.sessionId !== found.session.id)) {
        return this.close(conn, CLOSE_CODES.UNAUTHENTICATED, 'INVALID_TOKEN');
      }
      session = found.session;
      actor = {
        role: 'participant',
        participantId: found.participant.id,
        nickname: found.participant.nickname,
        anonymousKey: found.anonymousKey,
      };
      conn.authorId = found.participant.id;
    } else if (conn.userId && hello.sessionId) {
      session = await findSessionById(this.db, hello.sessionId);
      const role = session && (await findRole(this.db, session.organisationId, conn.userId));
      // Not a member looks exactly like no such session: nothing leaks across organisations.
      if (!session || !role) return this.close(conn, CLOSE_CODES.NOT_FOUND, 'NOT_FOUND');
      actor = { role, participantId: null, nickname: '' };
      conn.authorId = conn.userId;
    } else {
      return this.close(conn, CLOSE_CODES.UNAUTHENTICATED, 'UNAUTHENTICATED');
    }
    if (conn.socket.readyState !== conn.socket.OPEN) return;
    const room = await this.rooms.open(session);
    if (conn.socket.readyState !== conn.socket.OPEN) {
      this.rooms.released(room);
      return;
    }
    if (conn.helloTimer) clearTimeout(conn.helloTimer);
    conn.actor = actor;
    conn.audience = actor.role === 'participant' ? 'participant' : 'staff';
    conn.room = room;
    room.members.add(conn);

    // Everything below is synchronous: no event can slip between the catch-up and going live.
    this.send(conn, {
      type: 'welcome',
      role: actor.role,
      session: {
        id: session.id,
        title: session.title,
        code: session.code,
        status: room.state.closed ? 'closed' : 'open',
      },
      ...(actor.participantId ? { participant: { id: actor.participantId, nickname: actor.nickname } } : {}),
      serverTime: Date.now(),
      lastSeq: room.seq,
    });
    const since = hello.since ?? 0;
    const replay = since > room.seq ? null : room.replayAfter(since, conn.audience);
    if (replay === null) {
      const state = conn.audience === 'staff' ? room.state : participantView(room.state, actor.participantId);
      this.send(conn, { type: 'snapshot', seq: room.seq, state });
    } else if (replay.length > 0) {
      this.send(conn, { type: 'events', events: replay });
      // Phones were not sent others' interests and check-ins: they get the counts (OS-LIVE-4/7).
      const counts = conn.audience === 'participant' ? room.countsFrame() : null;
      if (counts) conn.socket.send(counts);
    }
    conn.ready = true;
    if (conn.audience === 'staff') room.sendPresence(conn);
    else room.presenceChanged();
  }

  private submitFromSocket(conn: Connection, clientId: string, action: Action): void {
    const room = conn.room as Room;
    this.submit(room.info.id, conn.actor as Actor, conn.authorId, clientId, action)
      .then((outcome) => {
        if (outcome.ok) this.send(conn, { type: 'ack', id: clientId, seq: outcome.seq, ref: outcome.ref });
        else
          this.send(conn, {
            type: 'nack',
            id: clientId,
            code: outcome.code,
            message: outcome.message ?? ERRORS[outcome.code].message,
          });
      })
      .catch((err) => {
        // Not committed: no ack, the client keeps it in its outbox and resends.
        this.log.error({ err }, 'submission failed');
        this.send(conn, {
          type: 'nack',
          id: clientId,
          code: 'UNAVAILABLE',
          message: ERRORS.UNAVAILABLE.message,
        });
      });
  }

  /**
   * Decides and appends one action. With a client id the append is idempotent:
   * a repeat returns the original sequence and changes nothing.
   */
  async submit(
    sessionId: string,
    actor: Actor,
    authorId: string,
    clientId: string | null,
    action: Action,
  ): Promise<{ ok: true; seq: number; ref: string } | { ok: false; code: ErrorCode; message?: string }> {
    const room = this.rooms.get(sessionId);
    const state = room?.state ?? foldEvents(await readEvents(this.db, sessionId));
    const now = Date.now();
    const submissionKey = clientId ? submissionKeyOf(authorId, clientId) : null;
    // Derived from the submission, so a resend names the same contribution (and stays opaque).
    const ref = submissionKey ? `c-${submissionKey}` : randomUUID();
    let decision = decide(action, actor, { ...state, closed: false }, now, ref);
    if (!decision.ok) {
      // Refusals are rare, so only they pay for the lookups. A resend of something already stored
      // gets its original ack even if the room moved on since (SUBMIT-2)…
      const seq = submissionKey ? await findSubmission(this.db, sessionId, submissionKey) : undefined;
      if (seq !== undefined) return { ok: true, seq, ref };
      // …and an action about something committed but still on its way here through the pub/sub
      // (an activity opened a moment ago) is decided again against the log (ACT-9).
      const fresh = await this.stateOf(sessionId);
      if (fresh.seq <= state.seq) return decision;
      decision = decide(action, actor, { ...fresh, closed: false }, now, ref);
      if (!decision.ok) return decision;
    }
    const result = await this.writer.append({
      sessionId,
      body: decision.event,
      at: now,
      submissionKey,
      requireOpen: true,
    });
    return result.ok ? { ok: true, seq: result.seq, ref } : result;
  }

  /** The room's state, including every committed event: memory plus whatever the log has beyond it. */
  async stateOf(sessionId: string): Promise<RoomState> {
    const room = this.rooms.get(sessionId);
    // Read-your-writes: an acknowledged event may still be on its way to the room (FANOUT-4).
    const missing = await readEvents(this.db, sessionId, room?.seq ?? 0);
    return foldEvents(missing, room?.state);
  }

  /** Appends a server-made event (closing a session). */
  async appendSystemEvent(
    sessionId: string,
    body: Parameters<GroupCommitWriter['append']>[0]['body'],
  ): Promise<number> {
    const result = await this.writer.append({
      sessionId,
      body,
      at: Date.now(),
      submissionKey: null,
      requireOpen: false,
    });
    if (!result.ok) throw new Error(`append failed: ${result.code}`);
    return result.seq;
  }

  // ---- membership changes --------------------------------------------------------------------

  /** Closes a removed member's sockets on every server process. */
  async memberRemoved(organisationId: string, userId: string): Promise<void> {
    const message: ControlMessage = { type: 'member.removed', organisationId, userId };
    await this.pubsub.publish(CONTROL_CHANNEL, JSON.stringify(message));
  }

  private onControl(raw: string): void {
    let message: ControlMessage;
    try {
      message = JSON.parse(raw) as ControlMessage;
    } catch {
      return;
    }
    if (message.type !== 'member.removed') return;
    for (const conn of this.connections) {
      if (conn.userId === message.userId && conn.room?.info.organisationId === message.organisationId) {
        this.close(conn, CLOSE_CODES.MEMBERSHIP_REVOKED, 'FORBIDDEN');
      }
    }
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private send(conn: Connection, message: ServerMessage): void {
    if (conn.socket.readyState === conn.socket.OPEN) conn.socket.send(JSON.stringify(message));
  }

  private close(conn: Connection, code: number, reason: ErrorCode | 'SLOW_CONSUMER'): void {
    if (conn.socket.readyState === conn.socket.OPEN || conn.socket.readyState === conn.socket.CONNECTING) {
      conn.socket.close(code, reason);
    }
    this.onClose(conn);
  }

  private onClose(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    if (conn.helloTimer) clearTimeout(conn.helloTimer);
    conn.ready = false;
    const room = conn.room;
    if (room) {
      room.members.delete(conn);
      if (conn.audience === 'participant') room.presenceChanged();
      this.rooms.released(room);
    }
  }

  /** Graceful stop: commit what is queued, then tell clients to reconnect elsewhere. */
  async shutdown(): Promise<void> {
    this.closing = true;
    await this.writer.idle();
    for (const conn of [...this.connections]) this.close(conn, CLOSE_CODES.SHUTTING_DOWN, 'UNAVAILABLE');
    this.rooms.unloadAll();
    await this.pubsub.unsubscribe(CONTROL_CHANNEL, this.controlHandler).catch(() => {});
  }
}
