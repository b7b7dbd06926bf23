/**
 * Group commit: submissions arriving while a transaction is in flight wait
 * and go together in the next one, so a burst of 1,000 phones costs a few
 * transactions instead of 1,000, and the event loop stays free for sockets.
 */

import type { LiveEvent } from '@cercle/core';
import type { Db } from '../db/database.ts';
import { type AppendResult, appendBatch, type PendingAppend } from './event-store.ts';

interface Waiting {
  item: PendingAppend;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

export type CommittedListener = (sessionId: string, events: LiveEvent[]) => void;

export class GroupCommitWriter {
  private queue: Waiting[] = [];
  private flushing: Promise<void> | null = null;
  private readonly maxBatch: number;

  constructor(
    private readonly db: Db,
    private readonly onCommitted: CommittedListener,
    options: { maxBatch?: number } = {},
  ) {
    this.maxBatch = options.maxBatch ?? 2_000;
  }

  append(item: PendingAppend): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.flushing) this.flushing = this.drain();
    });
  }

  /** Resolves once everything queued so far is committed (or failed). */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async drain(): Promise<void> {
    // Let the submissions that arrive in the same tick join this batch.
    await new Promise<void>((r) => setImmediate(r));
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          const { results, committed } = await appendBatch(
            this.db,
            batch.map((w) => w.item),
          );
          // Acknowledge first: a phone's ack must not wait behind the fan-out of the whole batch.
          for (const [i, w] of batch.entries()) w.resolve(results[i] as AppendResult);
          // The acks' continuations run first; the fan-out follows on the next turn, in commit order.
          setImmediate(() => {
            for (const [sessionId, events] of committed) this.onCommitted(sessionId, events);
          });
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.flushing = null;
    }
  }
}
