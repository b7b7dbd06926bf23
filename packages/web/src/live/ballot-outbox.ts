/**
 * The participant's ballots: one entry per activity (the latest ballot wins on
 * the server, so only the latest is kept here). Each cast gets a fresh client
 * id, is pending until its ack, and is re-sent with the same id on every
 * reconnection. A refusal keeps the server's message to show next to the vote.
 * Phones never receive ballots (FANOUT-3): this is also how a phone remembers
 * what it voted. Storage is a port (localStorage in browsers, memory in tests).
 */
import { isTransientRefusal, newClientId } from './outbox.ts';

export type BallotState = 'pending' | 'sent' | 'refused';

export interface BallotItem {
  id: string;
  activityId: string;
  ballot: unknown;
  state: BallotState;
  code?: string;
  message?: string;
}

export interface BallotStore {
  load(): BallotItem[];
  save(items: BallotItem[]): void;
}

export class MemoryBallotStore implements BallotStore {
  items: BallotItem[] = [];
  load(): BallotItem[] {
    return this.items.map((i) => ({ ...i }));
  }
  save(items: BallotItem[]): void {
    this.items = items.map((i) => ({ ...i }));
  }
}

export function localBallotStore(code: string): BallotStore {
  const key = `cercle.ballots.${code}`;
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
        return Array.isArray(parsed) ? (parsed as BallotItem[]) : [];
      } catch {
        return [];
      }
    },
    save(items) {
      try {
        localStorage.setItem(key, JSON.stringify(items));
      } catch {
        // Private mode or full storage: the ballot still goes out, it is just not remembered.
      }
    },
  };
}

export class BallotOutbox {
  private items: BallotItem[];
  private readonly listeners = new Set<() => void>();
  private readonly store: BallotStore;
  private readonly newId: () => string;

  constructor(store: BallotStore, newId: () => string = newClientId) {
    this.store = store;
    this.newId = newId;
    this.items = store.load();
  }

  /** Records a new ballot for the activity (replacing the previous one) and returns it to send. */
  cast(activityId: string, ballot: unknown): BallotItem {
    const item: BallotItem = { id: this.newId(), activityId, ballot, state: 'pending' };
    this.commit([...this.items.filter((i) => i.activityId !== activityId), item]);
    return item;
  }

  latest(activityId: string): BallotItem | undefined {
    return this.items.find((i) => i.activityId === activityId);
  }

  pending(): BallotItem[] {
    return this.items.filter((i) => i.state === 'pending');
  }

  has(id: string): boolean {
    return this.items.some((i) => i.id === id);
  }

  acknowledge(id: string): void {
    this.patch(id, { state: 'sent', code: undefined, message: undefined });
  }

  /** Transient refusals stay pending (re-sent on reconnect); others show the server's message. */
  refuse(id: string, code: string, message: string): void {
    this.patch(id, isTransientRefusal(code) ? { code, message } : { state: 'refused', code, message });
  }

  getSnapshot = (): readonly BallotItem[] => this.items;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private patch(id: string, change: Partial<BallotItem>): void {
    const current = this.items.find((i) => i.id === id);
    if (!current) return;
    this.commit(this.items.map((i) => (i.id === id ? { ...i, ...change } : i)));
  }

  private commit(items: BallotItem[]): void {
    this.items = items;
    this.store.save(items);
    for (const listener of this.listeners) listener();
  }
}
