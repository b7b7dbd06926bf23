/**
 * Child process: one whole Cercle server (HTTP app, hub, storage) on a fresh
 * database, driven over IPC by the benchmark. Storage is PGlite in a temporary
 * folder (the default deployment) or a brand-new PostgreSQL database.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foldEvents, tallyActivity } from '@cercle/core';
import { sql } from 'kysely';
import pg from 'pg';
import { hashSecret, newSecret } from '../packages/server/src/accounts/tokens.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { readEvents } from '../packages/server/src/live/event-store.ts';
import { type Cercle, createCercle } from '../packages/server/src/server.ts';
import { ApiClient } from '../packages/server/src/test-support/client.ts';
import { memorySample, serve } from './lib.ts';

let cercle: Cercle | undefined;
let cleanup = async () => {};

async function start(args: {
  backend: 'pglite' | 'postgres';
  databaseUrl?: string;
}): Promise<{ url: string }> {
  let databaseUrl: string | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'cercle-bench-'));
  if (args.backend === 'postgres') {
    const name = `cercle_bench_${randomBytes(6).toString('hex')}`;
    await adminQuery(args.databaseUrl as string, `CREATE DATABASE ${name}`);
    const url = new URL(args.databaseUrl as string);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    cleanup = () => adminQuery(args.databaseUrl as string, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const config = loadConfig({
    DATA_DIR: join(dataDir, 'pglite'),
    LOG_LEVEL: 'silent',
    DEMO: 'false',
    PUBLIC_URL: 'http://localhost:3000',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  cercle = await createCercle(config, { logger: false });
  const previous = cleanup;
  cleanup = async () => {
    await previous();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const address = await cercle.app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `${address.replace('http', 'ws')}/api/live/ws` };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(text);
  await client.end();
}

/** A facilitator, an organisation, an open session and `participants` joined participants (inserted directly). */
async function setup(args: { participants: number }) {
  const c = cercle as Cercle;
  const api = new ApiClient(c.app);
  await api.signUp(`bench-${Date.now()}@example.org`);
  const session = await api.openSession(await api.createOrganisation('Bench'), 'Benchmark');
  const tokens: string[] = [];
  const participantIds: string[] = [];
  for (let start = 0; start < args.participants; start += 1000) {
    const rows = [];
    for (let i = start; i < Math.min(args.participants, start + 1000); i++) {
      const token = newSecret();
      tokens.push(token);
      rows.push({ live_session_id: session.id, nickname: `p${i}`, token_hash: hashSecret(token) });
    }
    const ids = await c.ctx.db.insertInto('participants').values(rows).returning('id').execute();
    participantIds.push(...ids.map((r) => r.id));
  }
  return { sessionId: session.id, cookie: api.cookie as string, tokens, participantIds };
}

async function countEvents(args: { sessionId: string }): Promise<number> {
  const r = await sql<{
    n: string;
  }>`SELECT count(*) AS n FROM live_events WHERE live_session_id = ${args.sessionId}`.execute(
    (cercle as Cercle).ctx.db,
  );
  return Number(r.rows[0]?.n);
}

/** Raw insert speed of this backend into a copy of live_events: the ceiling for the group commit. */
async function dbBaseline(args: { batches: number; batchRows: number; singlesMs: number }) {
  const db = (cercle as Cercle).ctx.db;
  await sql`CREATE TABLE bench_events (LIKE live_events INCLUDING ALL)`.execute(db);
  const sid = '00000000-0000-4000-8000-000000000000';
  let seq = 0;

  let t = performance.now();
  for (let b = 0; b < args.batches; b++) {
    await sql`INSERT INTO bench_events SELECT ${sid}::uuid, g, 'contribution.posted',
      jsonb_build_object('text', repeat('x', 100)), 'k' || g, now()
      FROM generate_series(${seq + 1}::bigint, ${seq + args.batchRows}::bigint) g`.execute(db);
    seq += args.batchRows;
  }
  const seriesRowsPerSec = (args.batches * args.batchRows) / ((performance.now() - t) / 1000);

  t = performance.now();
  for (let b = 0; b < args.batches; b++) {
    const rows = Array.from({ length: args.batchRows }, () => {
      seq++;
      return {
        live_session_id: sid,
        seq: String(seq),
        type: 'contribution.posted',
        data: JSON.stringify({ text: 'x'.repeat(100) }),
        submission_key: `k${seq}`,
        created_at: new Date(),
      };
    });
    await db
      .insertInto('bench_events' as 'live_events')
      .values(rows)
      .execute();
  }
  const multiRowRowsPerSec = (args.batches * args.batchRows) / ((performance.now() - t) / 1000);

  t = performance.now();
  let singles = 0;
  while (performance.now() - t < args.singlesMs) {
    seq++;
    await db
      .insertInto('bench_events' as 'live_events')
      .values({
        live_session_id: sid,
        seq: String(seq),
        type: 'contribution.posted',
        data: JSON.stringify({ text: 'x'.repeat(100) }),
        submission_key: `k${seq}`,
        created_at: new Date(),
      })
      .execute();
    singles++;
  }
  const singleRowsPerSec = singles / ((performance.now() - t) / 1000);
  await sql`DROP TABLE bench_events`.execute(db);
  return { seriesRowsPerSec, multiRowRowsPerSec, singleRowsPerSec };
}

/** The vote as the server counts it, from the stored log (not from memory). */
async function tallyVotes(args: { sessionId: string; activityId: string }) {
  const c = cercle as Cercle;
  const state = foldEvents(await readEvents(c.ctx.db, args.sessionId));
  const activity = state.activities.find((a) => a.id === args.activityId);
  if (!activity) throw new Error('no such activity');
  const result = tallyActivity(activity, state);
  const ballotEvents = await sql<{ n: string }>`SELECT count(*) AS n FROM live_events
    WHERE live_session_id = ${args.sessionId} AND type = 'ballot.cast'`.execute(c.ctx.db);
  return { result, ballotEvents: Number(ballotEvents.rows[0]?.n) };
}

serve({
  start,
  setup,
  countEvents,
  tallyVotes,
  dbBaseline,
  mem: memorySample,
  connections: () => (cercle as Cercle).ctx.hub.connectionCount,
  async exit() {
    await cercle?.close();
    await cleanup();
  },
});
