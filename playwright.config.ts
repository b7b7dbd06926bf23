/**
 * End-to-end suite: the real server (as `npm start` runs it) and Debian's Chromium.
 *
 * Storage: a fresh PGlite directory per run by default; with DATABASE_URL set (CI's second
 * pass), a fresh PostgreSQL database `cercle_e2e_<run>` instead, created before the server
 * starts and dropped after it stops by `e2e/support/web-server.ts` (Playwright starts
 * `webServer` before `globalSetup` and stops it after `globalTeardown`, so only the process
 * that owns the server can own the database's whole life). REDIS_URL is passed through.
 */
import { randomBytes } from 'node:crypto';
import { defineConfig } from '@playwright/test';

const CI = Boolean(process.env.CI);
const PORT = Number(process.env.E2E_PORT ?? 3210);
const BASE_URL = `http://localhost:${PORT}`;

// One id per run: the config module is loaded again in each worker, which inherits the runner's env.
process.env.CERCLE_E2E_RUN ??= randomBytes(6).toString('hex');

const serverEnv: Record<string, string> = {
  PORT: String(PORT),
  PUBLIC_URL: BASE_URL,
  DEMO: 'false',
  LOG_LEVEL: 'warn',
  CERCLE_E2E_RUN: process.env.CERCLE_E2E_RUN,
};
if (process.env.DATABASE_URL) serverEnv.DATABASE_URL = process.env.DATABASE_URL;
if (process.env.REDIS_URL) serverEnv.REDIS_URL = process.env.REDIS_URL;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // `--reporter=list,json` on the command line wins; PLAYWRIGHT_JSON_OUTPUT_NAME names the JSON file.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: BASE_URL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The build takes 1–2 s: always rebuilding keeps `npx playwright test` honest (its errors still show).
    command:
      'npm run build --silent --workspace @cercle/web > /dev/null && node --import tsx e2e/support/web-server.ts',
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: serverEnv,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGTERM lets the wrapper stop the server and drop the database.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
