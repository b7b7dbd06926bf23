/**
 * Playwright's `webServer`: gives Cercle fresh storage, runs it, and cleans up after it.
 *
 * - Without DATABASE_URL: a new temporary PGlite directory (DATA_DIR), removed at the end.
 * - With DATABASE_URL: a new database `cercle_e2e_<run>` on the same PostgreSQL server
 *   (created through DATABASE_URL's connection), dropped once the server has stopped.
 *
 * Playwright sends SIGTERM to the whole process group: the server shuts down gracefully,
 * this process waits for it, then drops what it created.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const run = (process.env.CERCLE_E2E_RUN ?? `${process.pid}`).replace(/[^a-z0-9]/gi, '').toLowerCase();
const adminUrl = process.env.DATABASE_URL;
const databaseName = `cercle_e2e_${run}`;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

if (adminUrl) await admin(`CREATE DATABASE "${databaseName}"`);
const dataDir = mkdtempSync(join(tmpdir(), 'cercle-e2e-'));
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
delete env.CERCLE_E2E_RUN;
if (adminUrl) env.DATABASE_URL = withDatabase(adminUrl, databaseName);

let cleaned = false;
async function cleanUp(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  rmSync(dataDir, { recursive: true, force: true });
  if (adminUrl) {
    try {
      await admin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    } catch (error) {
      console.error(`e2e: could not drop ${databaseName}:`, error instanceof Error ? error.message : error);
    }
  }
}

const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
  env,
  stdio: 'inherit',
});

const exited = new Promise<number>((resolve) => {
  server.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  // Usually already signalled with the whole group; a second SIGTERM is harmless.
  if (server.exitCode === null && server.signalCode === null) server.kill(signal);
  const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
  force.unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

const code = await exited;
await cleanUp();
process.exit(stopping ? 0 : code || 1);
