/**
 * The rooms loaded in this process: loaded once on first use (concurrent
 * hellos share the load), subscribed to their pub/sub channel, fed what it
 * delivers, and unloaded a minute after their last connection leaves.
 */
import { EMPTY_ROOM, foldEvents, type LiveEvent } from '@cercle/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import { readEvents } from './event-store.ts';
import type { SessionRow } from './lookups.ts';
import type { PubSub } from './pubsub.ts';
import { Room } from './room.ts';

const ROOM_IDLE_UNLOAD_MS = 60_000;
export const roomChannel = (id: string) => `cercle:room:${id}`;

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly handlers = new Map<string, (message: string) => void>();

  constructor(
    private readonly db: Db,
    private readonly pubsub: PubSub,
    private readonly log: FastifyBaseLogger,
  ) {}

  get(sessionId: string): Room | undefined {
    return this.rooms.get(sessionId);
  }

  /** The room, loaded if needed; a pending unload is cancelled since someone is back. */
  async open(session: SessionRow): Promise<Room> {
    const room = this.rooms.get(session.id) ?? (await this.load(session));
    this.cancelUnload(session.id);
    return room;
  }

  private load(session: SessionRow): Promise<Room> {
    let pending = this.loading.get(session.id);
    if (!pending) {
      pending = this.doLoad(session).finally(() => this.loading.delete(session.id));
      this.loading.set(session.id, pending);
    }
    return pending;
  }

  private async doLoad(session: SessionRow): Promise<Room> {
    const handler = (message: string) => this.onMessage(session.id, message);
    // Subscribe before reading, so nothing committed in between is missed (duplicates are ignored by seq).
    await this.pubsub.subscribe(roomChannel(session.id), handler);
    const history = await readEvents(this.db, session.id);
    const room = new Room(
      { id: session.id, organisationId: session.organisationId, title: session.title, code: session.code },
      foldEvents(history, EMPTY_ROOM),
      history,
      (r) => this.fillGap(r),
    );
    this.rooms.set(session.id, room);
    this.handlers.set(session.id, handler);
    return room;
  }

  private onMessage(sessionId: string, message: string): void {
    const room = this.rooms.get(sessionId);
    if (!room) return;
    try {
      room.receive(JSON.parse(message) as LiveEvent[], message);
    } catch (err) {
      this.log.error({ err }, 'bad room message');
    }
  }

  /** LOG-3: events still missing after the wait are read from the log. */
  private fillGap(room: Room): void {
    readEvents(this.db, room.info.id, room.seq)
      .then((events) => room.receive(events))
      .catch((err) => this.log.warn({ err }, 'gap fill failed'));
  }

  private cancelUnload(sessionId: string): void {
    const timer = this.unloadTimers.get(sessionId);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(sessionId);
  }

  /** Called when a connection leaves: an empty room is unloaded after a minute. */
  released(room: Room): void {
    if (room.members.size > 0 || this.unloadTimers.has(room.info.id)) return;
    const timer = setTimeout(() => this.unload(room.info.id), ROOM_IDLE_UNLOAD_MS);
    timer.unref();
    this.unloadTimers.set(room.info.id, timer);
  }

  private unload(sessionId: string): void {
    this.unloadTimers.delete(sessionId);
    const room = this.rooms.get(sessionId);
    if (!room || room.members.size > 0) return;
    room.dispose();
    this.rooms.delete(sessionId);
    const handler = this.handlers.get(sessionId);
    this.handlers.delete(sessionId);
    if (handler) this.pubsub.unsubscribe(roomChannel(sessionId), handler).catch(() => {});
  }

  /** Shutdown: forget every room and its subscription. */
  unloadAll(): void {
    for (const [id, room] of [...this.rooms]) {
      this.cancelUnload(id);
      room.members.clear();
      this.unload(id);
    }
  }
}
