/**
 * The fan-out port between server processes. In-process by default; Redis
 * when REDIS_URL is set so N stateless servers share every room.
 * Messages are strings serialised once by the publisher.
 */
import { Redis } from 'ioredis';

export type Handler = (message: string) => void;

export interface PubSub {
  publish(channel: string, message: string): Promise<void>;
  subscribe(channel: string, handler: Handler): Promise<void>;
  unsubscribe(channel: string, handler: Handler): Promise<void>;
  close(): Promise<void>;
}

/** Delivers on the next microtask, like a broker would, never re-entrantly. */
export class InProcessPubSub implements PubSub {
  private readonly handlers = new Map<string, Set<Handler>>();

  async publish(channel: string, message: string): Promise<void> {
    const set = this.handlers.get(channel);
    if (!set) return;
    for (const handler of [...set]) queueMicrotask(() => handler(message));
  }

  async subscribe(channel: string, handler: Handler): Promise<void> {
    const set = this.handlers.get(channel) ?? new Set<Handler>();
    this.handlers.set(channel, set);
    set.add(handler);
  }

  async unsubscribe(channel: string, handler: Handler): Promise<void> {
    const set = this.handlers.get(channel);
    set?.delete(handler);
    if (set?.size === 0) this.handlers.delete(channel);
  }

  async close(): Promise<void> {
    this.handlers.clear();
  }
}

export class RedisPubSub implements PubSub {
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly handlers = new Map<string, Set<Handler>>();

  constructor(url: string) {
    // Commands wait while reconnecting rather than failing at once: a short Redis blip loses nothing
    // (events are in the database and clients catch up by sequence).
    this.pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.sub = new Redis(url, { lazyConnect: false });
    this.sub.on('message', (channel: string, message: string) => {
      const set = this.handlers.get(channel);
      if (set) for (const handler of set) handler(message);
    });
    // Connection errors are retried by ioredis; an unhandled 'error' event would crash the process.
    this.pub.on('error', () => {});
    this.sub.on('error', () => {});
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.pub.publish(channel, message);
  }

  async subscribe(channel: string, handler: Handler): Promise<void> {
    const set = this.handlers.get(channel);
    if (set) {
      set.add(handler);
      return;
    }
    this.handlers.set(channel, new Set([handler]));
    await this.sub.subscribe(channel);
  }

  async unsubscribe(channel: string, handler: Handler): Promise<void> {
    const set = this.handlers.get(channel);
    if (!set) return;
    set.delete(handler);
    if (set.size === 0) {
      this.handlers.delete(channel);
      await this.sub.unsubscribe(channel);
    }
  }

  async close(): Promise<void> {
    this.handlers.clear();
    this.pub.disconnect();
    this.sub.disconnect();
  }
}

export function createPubSub(redisUrl: string | undefined): PubSub {
  return redisUrl ? new RedisPubSub(redisUrl) : new InProcessPubSub();
}
