/**
 * A second, independent Cercle instance for one test (e.g. to import an archive made on the
 * first one): its own port and its own fresh storage, like `web-server.ts` does for the main one.
 *
 * - Without DATABASE_URL: a new temporary PGlite directory (DATA_DIR), removed by `stop()`.
 * - With DATABASE_URL: a new database `cercle_e2e_import_<random>` on the same PostgreSQL server,
 *   dropped (`WITH (FORCE)`) by `stop()` once the server has exited.
 *
 * It serves the web app the main `webServer` already built (packages/web/dist).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

const REPO = resolve(import.meta.dirname, '../..');

export interface SecondServer {
  url: string;
  /** SIGTERM, wait for the exit (SIGKILL after 10 s), then remove the storage. Idempotent. */
  stop: () => Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitForHealth(health: string, server: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(
        `the second Cercle server exited (${server.exitCode ?? server.signalCode}):\n${output()}`,
      );
    }
    if (await answers(health)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the second Cercle server did not answer /api/health within ${timeoutMs} ms:\n${output()}`);
}

async function answers(healthUrl: string): Promise<boolean> {
  try {
    return (await fetch(healthUrl)).ok;
  } catch {
    return false;
  }
}

export async function startSecondServer(port = 3211, timeoutMs = 60_000): Promise<SecondServer> {
  const url = `http://localhost:${port}`;
  // The server listens on 127.0.0.1 (HOST's default); ask there, whatever `localhost` resolves to in Node.
  const health = `http://127.0.0.1:${port}/api/health`;
  // Something already there would answer the health check in our server's place.
  if (await answers(health)) throw new Error(`port ${port} is already in use: cannot start a second Cercle`);
  const adminUrl = process.env.DATABASE_URL;
  const databaseName = `cercle_e2e_import_${randomBytes(6).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'cercle-e2e-import-'));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PUBLIC_URL: url,
    DEMO: 'false',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
  };
  delete env.CERCLE_E2E_RUN;
  delete env.DATABASE_URL;
  if (adminUrl) {
    await admin(adminUrl, `CREATE DATABASE "${databaseName}"`);
    env.DATABASE_URL = withDatabase(adminUrl, databaseName);
  }

  let logs = '';
  const server = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    logs = (logs + chunk.toString()).slice(-8_000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => {
    if (server.exitCode !== null || server.signalCode !== null) done();
    else server.once('exit', () => done());
  });

  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGTERM');
        const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(force);
      }
      rmSync(dataDir, { recursive: true, force: true });
      if (adminUrl) await admin(adminUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    })();
    return stopped;
  };

  try {
    await waitForHealth(health, server, () => logs, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
