/**
 * The storage contract: runs on PGlite always and on PostgreSQL when
 * DATABASE_URL is set (a fresh database per run).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl } from '../test-support/harness.ts';
import { openStorage, type Storage } from './database.ts';
import { migrateToLatest } from './migrate.ts';

let storage: Storage;
let drop: () => Promise<void>;

beforeAll(async () => {
  const fresh = await freshDatabaseUrl();
  drop = fresh.drop;
  storage = await openStorage({ databaseUrl: fresh.url, dataDir: 'memory://' });
});
afterAll(async () => {
  await storage.close();
  await drop();
});

describe(`storage on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('migrates an empty database to the latest schema, and a second run does nothing', async () => {
    const tables = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`.execute(
      storage.db,
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual([
      'auth_sessions',
      'harvest_clusters',
      'harvest_marks',
      'invitations',
      'kysely_migration',
      'kysely_migration_lock',
      'live_documents',
      'live_events',
      'live_sessions',
      'memberships',
      'mission_photos',
      'missions',
      'organisation_methods',
      'organisations',
      'participants',
      'photo_drafts',
      'session_photos',
      'users',
    ]);
    expect(await migrateToLatest(storage.db as never)).toEqual([]);
  });

  it('enforces one account per email whatever its case', async () => {
    await storage.db
      .insertInto('users')
      .values({ email: 'Same@Example.org', name: 'A', password_hash: 'x' })
      .execute();
    await expect(
      storage.db
        .insertInto('users')
        .values({ email: 'same@example.org', name: 'B', password_hash: 'x' })
        .execute(),
    ).rejects.toMatchObject({ code: '23505' });
  });

  it('rejects a role outside owner / facilitator / observer', async () => {
    const user = await storage.db
      .insertInto('users')
      .values({ email: 'role@example.org', name: 'R', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const org = await storage.db
      .insertInto('organisations')
      .values({ name: 'O' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(
      storage.db
        .insertInto('memberships')
        .values({ organisation_id: org.id, user_id: user.id, role: 'admin' as never })
        .execute(),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('stores timestamps, bigints and JSON the same way on both engines', async () => {
    const row = await sql<{
      t: Date;
      n: string;
      j: unknown;
    }>`SELECT now() AS t, 9007199254740991::bigint AS n, '{"a":[1]}'::jsonb AS j`.execute(storage.db);
    expect(row.rows[0]?.t).toBeInstanceOf(Date);
    expect(row.rows[0]?.n).toBe('9007199254740991');
    expect(row.rows[0]?.j).toEqual({ a: [1] });
  });
});
