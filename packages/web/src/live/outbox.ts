/**
 * The participant's outbox: a contribution is stored before it is shown, shown
 * as pending until the server acknowledges its commit, and re-sent (same id)
 * on every reconnection until then. Storage is a port so this runs in tests.
 */
import { type ErrorCode, LIMITS } from '@cercle/core';

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxItem {
  /** Client-generated id: the server's idempotency key. */
  id: string;
  text: string;
  /** The activity (and column) the contribution answers; absent for free posts. */
  activityId?: string;
  column?: string;
  /** A form's answer: field key → value (`text` is then its first non-empty value). */
  fields?: Record<string, string>;
  /** A margin note on a reading: the highlighted passage (character offsets in the document). */
  anchor?: { start: number; end: number; quote: string };
  createdAt: number;
  status: OutboxStatus;
  seq?: number;
  /** Catalogue code of the last refusal (nack). */
  error?: string;
}

export interface OutboxStore {
  all(): Promise<OutboxItem[]>;
  put(item: OutboxItem): Promise<void>;
}

export class MemoryOutboxStore implements OutboxStore {
  readonly items = new Map<string, OutboxItem>();

  async all(): Promise<OutboxItem[]> {
    return [...this.items.values()];
  }

  async put(item: OutboxItem): Promise<void> {
    this.items.set(item.id, { ...item });
  }
}

/** UUIDs need a secure context; phones testing over plain http on a LAN fall back to random hex. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // Insecure context.
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export type TextCheck = { ok: true; text: string } | { ok: false; reason: 'required' | 'tooLong' };

export function checkContribution(raw: string): TextCheck {
  const text = raw.trim();
  if (text.length === 0) return { ok: false, reason: 'required' };
  if (text.length > LIMITS.contributionTextMax) return { ok: false, reason: 'tooLong' };
  return { ok: true, text };
}

/** A refusal worth retrying automatically on the next connection. */
export function isTransientRefusal(code: string): boolean {
  const transient: readonly (ErrorCode | string)[] = ['RATE_LIMITED', 'INTERNAL', 'UNAVAILABLE'];
  return transient.includes(code);
}

export class Outbox {
  private items: OutboxItem[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly store: OutboxStore;
  private readonly newId: () => string;
  private readonly now: () => number;
  readonly ready: Promise<void>;

  constructor(store: OutboxStore, options: { newId?: () => string; now?: () => number } = {}) {
    this.store = store;
    this.newId = options.newId ?? newClientId;
    this.now = options.now ?? Date.now;
    this.ready = this.store.all().then((stored) => {
      const known = new Set(this.items.map((i) => i.id));
      this.items = [...stored.filter((i) => !known.has(i.id)), ...this.items];
      this.items.sort((a, b) => a.createdAt - b.createdAt);
      this.emit();
    });
  }

  /** Stores a new contribution; it is only returned (and so only sent) once stored. */
  async add(
    text: string,
    target: {
      activityId?: string;
      column?: string;
      fields?: Record<string, string>;
      anchor?: OutboxItem['anchor'];
    } = {},
  ): Promise<OutboxItem> {
    await this.ready;
    const item: OutboxItem = {
      id: this.newId(),
      text,
      ...(target.activityId ? { activityId: target.activityId } : {}),
      ...(target.column ? { column: target.column } : {}),
      ...(target.fields ? { fields: { ...target.fields } } : {}),
      ...(target.anchor ? { anchor: { ...target.anchor } } : {}),
      createdAt: this.now(),
      status: 'pending',
    };
    await this.store.put(item);
    this.items = [...this.items, item];
    this.emit();
    return item;
  }

  /** What to (re)send: every item the server has not acknowledged, oldest first. */
  pending(): OutboxItem[] {
    return this.items.filter((i) => i.status === 'pending');
  }

  async acknowledge(id: string, seq: number): Promise<void> {
    await this.update(id, (item) => ({ ...item, status: 'sent', seq, error: undefined }));
  }

  /** A refusal: transient ones stay pending (re-sent on reconnect), others wait for a manual retry. */
  async refuse(id: string, code: string): Promise<void> {
    await this.update(id, (item) =>
      item.status === 'sent'
        ? item
        : { ...item, status: isTransientRefusal(code) ? 'pending' : 'failed', error: code },
    );
  }

  async retry(id: string): Promise<OutboxItem | undefined> {
    return this.update(id, (item) =>
      item.status === 'failed' ? { ...item, status: 'pending', error: undefined } : item,
    );
  }

  getSnapshot = (): readonly OutboxItem[] => this.items;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private async update(
    id: string,
    change: (item: OutboxItem) => OutboxItem,
  ): Promise<OutboxItem | undefined> {
    await this.ready;
    const current = this.items.find((i) => i.id === id);
    if (!current) return undefined;
    const next = change(current);
    if (next === current) return current;
    this.items = this.items.map((i) => (i.id === id ? next : i));
    this.emit();
    await this.store.put(next);
    return next;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
