/**
 * Test harness: a whole Cercle (storage, pub/sub, hub, HTTP app) on a fresh
 * database. PGlite in memory by default; with DATABASE_URL set, a brand-new
 * PostgreSQL database per harness (dropped at the end), and Redis pub/sub
 * when REDIS_URL is set. The same tests run on both.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Config, loadConfig } from '../config.ts';
import { type Cercle, createCercle } from '../server.ts';

export interface Harness extends Cercle {
  config: Config;
  databaseUrl: string | undefined;
}

/** Creates an empty PostgreSQL database next to DATABASE_URL's and returns its URL (or undefined on PGlite). */
export async function freshDatabaseUrl(): Promise<{ url: string | undefined; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) return { url: undefined, drop: async () => {} };
  const name = `cercle_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const database = await freshDatabaseUrl();
  const config = loadConfig({
    DATA_DIR: 'memory://',
    LOG_LEVEL: 'silent',
    DEMO: 'false',
    PUBLIC_URL: 'http://localhost:3000',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    ...env,
  });
  // memory:// is not a folder: keep it verbatim for PGlite.
  config.dataDir = env.DATA_DIR ?? 'memory://';
  const cercle = await createCercle(config, { logger: false });
  return {
    ...cercle,
    config,
    databaseUrl: database.url,
    async close() {
      await cercle.close();
      await database.drop();
    },
  };
}
