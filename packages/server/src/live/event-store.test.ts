import type { LiveEventBody } from '@cercle/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../db/database.ts';
import { freshDatabaseUrl } from '../test-support/harness.ts';
import { appendBatch, countEvents, type PendingAppend, readEvents } from './event-store.ts';
import { GroupCommitWriter } from './writer.ts';

let storage: Storage;
let drop: () => Promise<void>;
let userId: string;
let orgId: string;

beforeAll(async () => {
  const fresh = await freshDatabaseUrl();
  drop = fresh.drop;
  storage = await openStorage({ databaseUrl: fresh.url, dataDir: 'memory://' });
  userId = (
    await storage.db
      .insertInto('users')
      .values({ email: 'w@example.org', name: 'W', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  orgId = (
    await storage.db
      .insertInto('organisations')
      .values({ name: 'O' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => {
  await storage.close();
  await drop();
});

let codes = 0;
async function newRoom(): Promise<string> {
  const row = await storage.db
    .insertInto('live_sessions')
    .values({
      organisation_id: orgId,
      title: 'R',
      join_code: `TEST${String(codes++).padStart(2, '0')}`,
      created_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const body = (text: string): LiveEventBody => ({
  type: 'contribution.posted',
  data: { id: text, participantId: null, nickname: 'n', text },
});
const item = (sessionId: string, key: string | null, text = key ?? 'x'): PendingAppend => ({
  sessionId,
  body: body(text),
  at: Date.now(),
  submissionKey: key,
  requireOpen: true,
});

describe('event store', () => {
  it('LOG-1 / SUBMIT-2: one batch over several rooms numbers each room from 1 and stores duplicates once', async () => {
    const a = await newRoom();
    const b = await newRoom();
    const { results, committed } = await appendBatch(storage.db, [
      item(a, 'u:1'),
      item(b, 'u:1'),
      item(a, 'u:2'),
      item(a, 'u:1'),
      item(a, null, 'system'),
    ]);
    expect(results).toEqual([
      { ok: true, seq: 1, duplicate: false },
      { ok: true, seq: 1, duplicate: false },
      { ok: true, seq: 2, duplicate: false },
      { ok: true, seq: 1, duplicate: true },
      { ok: true, seq: 3, duplicate: false },
    ]);
    expect(committed.get(a)?.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await readEvents(storage.db, a)).map((e) => e.seq)).toEqual([1, 2, 3]);
    const again = await appendBatch(storage.db, [item(a, 'u:2')]);
    expect(again.results).toEqual([{ ok: true, seq: 2, duplicate: true }]);
    expect(await countEvents(storage.db, a)).toBe(3);
  });

  it('SUBMIT-2: concurrent batches racing with the same key store it once', async () => {
    const room = await newRoom();
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () =>
        appendBatch(storage.db, [item(room, 'p:same'), item(room, null, 'other')]),
      ),
    );
    const seqs = new Set(outcomes.map((o) => (o.results[0]?.ok ? o.results[0].seq : -1)));
    expect(seqs.size).toBe(1);
    expect(await countEvents(storage.db, room)).toBe(7);
    expect((await readEvents(storage.db, room)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('SUBMIT-4: participant writes to a closed session are refused inside the transaction', async () => {
    const room = await newRoom();
    await appendBatch(storage.db, [
      { ...item(room, null), body: { type: 'session.closed', data: {} }, requireOpen: false },
    ]);
    const { results } = await appendBatch(storage.db, [item(room, 'late:1')]);
    expect(results).toEqual([{ ok: false, code: 'SESSION_CLOSED' }]);
  });

  it('SUBMIT-5: the writer groups concurrent submissions into few transactions, all acknowledged', async () => {
    const room = await newRoom();
    const batches: number[] = [];
    const writer = new GroupCommitWriter(storage.db, (_id, events) => batches.push(events.length));
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) => writer.append(item(room, `k:${i}`))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    // Fan-out follows the acknowledgements on the next turn of the event loop.
    await new Promise((r) => setImmediate(r));
    expect(batches.reduce((a, b) => a + b, 0)).toBe(500);
    expect(batches.length).toBeLessThan(10);
    expect(await countEvents(storage.db, room)).toBe(500);
  });
});
