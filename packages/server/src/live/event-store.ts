/**
 * The room event log in the database. `appendBatch` is the group commit:
 * one transaction for everything queued, rooms locked in a fixed order,
 * duplicates found under the room lock so a resend racing on another
 * process can never be stored twice.
 */
import { createHash } from 'node:crypto';
import type { LiveEvent, LiveEventBody } from '@cercle/core';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

export interface PendingAppend {
  sessionId: string;
  body: LiveEventBody;
  at: number;
  /** `<author>:<client id>` for client submissions; null for server-made events. */
  submissionKey: string | null;
  /** Refuse when the session is closed (participant writes). */
  requireOpen: boolean;
}

export type AppendResult =
  | { ok: true; seq: number; duplicate: boolean }
  | { ok: false; code: 'SESSION_CLOSED' | 'NOT_FOUND' };

export interface BatchOutcome {
  results: AppendResult[];
  /** Newly committed events per room, in sequence order. */
  committed: Map<string, LiveEvent[]>;
}

export async function appendBatch(db: Db, items: PendingAppend[]): Promise<BatchOutcome> {
  const byRoom = new Map<string, number[]>();
  items.forEach((item, i) => {
    const list = byRoom.get(item.sessionId);
    if (list) list.push(i);
    else byRoom.set(item.sessionId, [i]);
  });
  const results: AppendResult[] = new Array(items.length);
  const committed = new Map<string, LiveEvent[]>();
  const rooms = [...byRoom.keys()].sort();

  await db.transaction().execute(async (trx) => {
    for (const sessionId of rooms) {
      const indexes = byRoom.get(sessionId) as number[];
      const room = await trx
        .selectFrom('live_sessions')
        .select(['last_seq', 'status'])
        .where('id', '=', sessionId)
        .forUpdate()
        .executeTakeFirst();
      if (!room) {
        for (const i of indexes) results[i] = { ok: false, code: 'NOT_FOUND' };
        continue;
      }
      const keys = indexes.map((i) => items[i]?.submissionKey).filter((k): k is string => !!k);
      const known = new Map<string, number>();
      if (keys.length > 0) {
        const rows = await trx
          .selectFrom('live_events')
          .select(['submission_key', 'seq'])
          .where('live_session_id', '=', sessionId)
          .where('submission_key', 'in', keys)
          .execute();
        for (const r of rows) if (r.submission_key) known.set(r.submission_key, Number(r.seq));
      }
      let last = Number(room.last_seq);
      let closed = room.status === 'closed';
      const fresh: LiveEvent[] = [];
      const rows: { key: string | null; event: LiveEvent }[] = [];
      for (const i of indexes) {
        const item = items[i] as PendingAppend;
        const seen = item.submissionKey ? known.get(item.submissionKey) : undefined;
        if (seen !== undefined) {
          results[i] = { ok: true, seq: seen, duplicate: true };
          continue;
        }
        if (closed && item.requireOpen) {
          results[i] = { ok: false, code: 'SESSION_CLOSED' };
          continue;
        }
        const event = { ...item.body, seq: ++last, at: item.at } as LiveEvent;
        if (item.submissionKey) known.set(item.submissionKey, event.seq);
        if (event.type === 'session.closed') closed = true;
        rows.push({ key: item.submissionKey, event });
        fresh.push(event);
        results[i] = { ok: true, seq: event.seq, duplicate: false };
      }
      if (rows.length === 0) continue;
      await trx
        .insertInto('live_events')
        .values(
          rows.map(({ key, event }) => ({
            live_session_id: sessionId,
            seq: String(event.seq),
            type: event.type,
            data: JSON.stringify(event.data),
            submission_key: key,
            created_at: new Date(event.at),
          })),
        )
        .execute();
      for (const { event } of rows) {
        if (event.type === 'contribution.deleted')
          await eraseContribution(trx, sessionId, event.data.contributionId);
      }
      await trx
        .updateTable('live_sessions')
        .set({ last_seq: String(last), ...(closed ? { status: 'closed' as const } : {}) })
        .where('id', '=', sessionId)
        .execute();
      committed.set(sessionId, fresh);
    }
  });
  return { results, committed };
}

export async function readEvents(db: Db, sessionId: string, afterSeq = 0): Promise<LiveEvent[]> {
  const rows = await db
    .selectFrom('live_events')
    .select(['seq', 'type', 'data', 'created_at'])
    .where('live_session_id', '=', sessionId)
    .where('seq', '>', String(afterSeq))
    .orderBy('seq')
    .execute();
  return rows.map(
    (r) =>
      ({
        seq: Number(r.seq),
        type: r.type,
        data: r.data,
        at: new Date(r.created_at).getTime(),
      }) as LiveEvent,
  );
}

export async function countEvents(db: Db, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom('live_events')
    .select(sql<string>`count(*)`.as('n'))
    .where('live_session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The stored form of a submission's idempotency key: a hash, so the log
 * never ties an anonymous contribution or ballot to the participant's id.
 */
export function submissionKeyOf(authorId: string, clientId: string): string {
  return createHash('sha256').update(`${authorId}:${clientId}`).digest('base64url').slice(0, 32);
}

export async function findSubmission(
  db: Db,
  sessionId: string,
  submissionKey: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('live_events')
    .select('seq')
    .where('live_session_id', '=', sessionId)
    .where('submission_key', '=', submissionKey)
    .executeTakeFirst();
  return row ? Number(row.seq) : undefined;
}

/**
 * ACT-13: a deleted contribution's words leave the log, in the deletion's own
 * transaction. The events stay (sequences are gap-free and replays must still
 * apply) but carry an empty text; the deletion event then removes the entry.
 */
async function eraseContribution(trx: Db, sessionId: string, contributionId: string): Promise<void> {
  await sql`
    UPDATE live_events
       SET data = (data - 'fields' - 'anchor' - 'flagged') || jsonb_build_object('text', '', 'nickname', '')
     WHERE live_session_id = ${sessionId}
       AND type = 'contribution.posted' AND data->>'id' = ${contributionId}`.execute(trx);
  await sql`
    UPDATE live_events
       SET data = (data - 'flagged') || jsonb_build_object('text', '')
     WHERE live_session_id = ${sessionId}
       AND type = 'contribution.edited' AND data->>'contributionId' = ${contributionId}`.execute(trx);
}
