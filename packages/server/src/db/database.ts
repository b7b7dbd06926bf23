/**
 * The storage adapter: PostgreSQL when DATABASE_URL is set, otherwise PGlite
 * (PostgreSQL compiled to WebAssembly, in-process) in DATA_DIR. Both are
 * driven through `pg` so every query is the same Kysely code.
 */
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrate.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export interface Storage {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface StorageOptions {
  databaseUrl?: string | undefined;
  /** A folder for PGlite, or `memory://` for a throwaway in-memory database. */
  dataDir?: string;
  poolSize?: number;
}

export async function openStorage(options: StorageOptions): Promise<Storage> {
  let pool: pg.Pool;
  let kind: Storage['kind'];
  let closeExtra = async () => {};
  if (options.databaseUrl) {
    kind = 'postgres';
    pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
  } else {
    kind = 'pglite';
    const dataDir = options.dataDir ?? 'memory://';
    if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    const pglite = await PGlite.create(dataDir);
    pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
    closeExtra = () => pglite.close();
  }
  // A broken idle connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db as Kysely<unknown>);
  } catch (err) {
    await db.destroy().catch(() => {});
    await closeExtra().catch(() => {});
    throw err;
  }
  return {
    db,
    kind,
    async close() {
      await db.destroy();
      await closeExtra();
    },
  };
}
