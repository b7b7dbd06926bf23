/**
 * The no-loss promise under a crash: 200 simulated participants submit while
 * the server is killed with SIGKILL and restarted. Every acknowledged
 * submission must be stored exactly once, and the clients' resends of the
 * unacknowledged ones must be stored exactly once too (SUBMIT-1, SUBMIT-2).
 * Runs on PGlite (an on-disk DATA_DIR) or on PostgreSQL when DATABASE_URL is set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage } from '../src/db/database.ts';
import { submissionKeyOf } from '../src/live/event-store.ts';
import { freshDatabaseUrl } from '../src/test-support/harness.ts';
import { HttpClient } from '../src/test-support/http-client.ts';
import { freePort, type ServerProcess, startServerProcess } from '../src/test-support/server-process.ts';
import { SimParticipant } from '../src/test-support/sim-participant.ts';

const PARTICIPANTS = 200;
const PER_PARTICIPANT = 10;
const backend = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite on disk';

describe(`crash while 200 participants submit (${backend})`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cercle-fault-'));
  let server: ServerProcess | undefined;
  let drop = async () => {};

  afterAll(async () => {
    await server?.kill('SIGKILL');
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('SUBMIT-1/SUBMIT-2: after SIGKILL and restart every acknowledged and every resent submission is stored exactly once', async () => {
    const db = await freshDatabaseUrl();
    drop = db.drop;
    const env = { DATA_DIR: dataDir, ...(db.url ? { DATABASE_URL: db.url } : {}) };
    const port = await freePort();
    server = await startServerProcess(env, port);
    const url = server.url;

    const fac = new HttpClient(url);
    await fac.signUp(`fault-${Date.now()}@example.org`);
    const { sessionId, code } = await fac.orgWithSession();
    const joined: Awaited<ReturnType<HttpClient['join']>>[] = [];
    for (let i = 0; i < PARTICIPANTS; i++) joined.push(await fac.join(code, `P${i}`));
    const phones = joined.map((j) => new SimParticipant(() => url, j.token));
    const authorOf = (i: number) => joined[i]?.participant.id as string;
    await Promise.all(phones.map((p) => p.start()));

    // Each phone submits one idea every ~40 ms; the crash lands in the middle of the stream.
    let sent = 0;
    const pump = setInterval(() => {
      for (const [i, p] of phones.entries()) {
        if (p.outbox.length < PER_PARTICIPANT && Math.random() < 0.5) {
          p.submit(`p${i}-idea-${p.outbox.length}`, `idée ${i}.${p.outbox.length}`);
          sent++;
        }
      }
    }, 40);
    const waitFor = async (cond: () => boolean, ms: number) => {
      const end = Date.now() + ms;
      while (!cond()) {
        if (Date.now() > end) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    // Crash mid-stream: some submissions acknowledged, others in flight.
    const ackCount = () => phones.reduce((n, p) => n + p.acked.size, 0);
    await waitFor(() => sent >= (PARTICIPANTS * PER_PARTICIPANT) / 3 && ackCount() >= 100, 30_000);
    const ackedBeforeCrash = new Map<string, number>();
    await server.kill('SIGKILL');
    for (const [i, p] of phones.entries()) {
      for (const [id, seq] of p.acked) ackedBeforeCrash.set(submissionKeyOf(authorOf(i), id), seq);
    }
    server = await startServerProcess(env, port);
    await waitFor(() => phones.every((p) => p.outbox.length === PER_PARTICIPANT), 60_000);
    clearInterval(pump);
    await waitFor(() => phones.every((p) => p.allAcked), 60_000);
    for (const p of phones) p.stop();
    await server.kill('SIGTERM');
    server = undefined;

    expect(ackedBeforeCrash.size).toBeGreaterThan(0);
    expect(phones.every((p) => p.connects >= 2)).toBe(true);

    const storage = await openStorage({ databaseUrl: db.url, dataDir });
    try {
      const rows = await storage.db
        .selectFrom('live_events')
        .select(['seq', 'submission_key', 'data'])
        .where('live_session_id', '=', sessionId)
        .where('type', '=', 'contribution.posted')
        .execute();
      const total = PARTICIPANTS * PER_PARTICIPANT;
      expect(rows).toHaveLength(total);
      expect(new Set(rows.map((r) => r.submission_key)).size).toBe(total);
      const seqByKey = new Map(rows.map((r) => [r.submission_key as string, Number(r.seq)]));
      // Every acknowledgement names the stored event, before and after the crash.
      for (const [i, p] of phones.entries()) {
        for (const [id, seq] of p.acked) expect(seqByKey.get(submissionKeyOf(authorOf(i), id))).toBe(seq);
      }
      for (const [key, seq] of ackedBeforeCrash) expect(seqByKey.get(key)).toBe(seq);
      const seqs = await sql<{ n: string; max: string }>`
        SELECT count(*) AS n, max(seq) AS max FROM live_events WHERE live_session_id = ${sessionId}`.execute(
        storage.db,
      );
      expect(Number(seqs.rows[0]?.n)).toBe(Number(seqs.rows[0]?.max));
    } finally {
      await storage.close();
    }
  }, 180_000);
});
