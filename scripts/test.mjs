#!/usr/bin/env node
/**
 * `npm test`: every suite — unit and integration (Vitest), end-to-end
 * (Playwright in Debian Chromium) — then one line `N passed, N failed`.
 * Storage follows the environment: PGlite by default, PostgreSQL and Redis
 * when DATABASE_URL / REDIS_URL are set. TEST_SUMMARY_FILE, when set,
 * receives the counts as JSON (CI adds up its two passes).
 * `npm test -- --unit` or `-- --e2e` runs one kind only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const only = args.has('--unit') ? 'unit' : args.has('--e2e') ? 'e2e' : null;
const scratch = mkdtempSync(join(tmpdir(), 'cercle-test-'));
const suites = [];

function run(command, argv, env = {}) {
  const result = spawnSync(command, argv, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

if (only !== 'e2e') {
  const out = join(scratch, 'vitest.json');
  const status = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  const report = readJson(out);
  suites.push({
    name: 'unit + integration (vitest)',
    passed: report?.numPassedTests ?? 0,
    // A crash before the report counts as a failure, never as silence.
    failed: report ? report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0) : 1,
    skipped: report ? report.numPendingTests + report.numTodoTests : 0,
  });
}

if (only !== 'unit') {
  const out = join(scratch, 'playwright.json');
  let status = run('npm', ['run', 'build', '--silent']);
  if (status === 0) {
    status = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  }
  const stats = readJson(out)?.stats;
  suites.push({
    name: 'end-to-end (playwright)',
    passed: stats ? stats.expected + stats.flaky : 0,
    failed: stats ? stats.unexpected + (status !== 0 && stats.unexpected === 0 ? 1 : 0) : 1,
    skipped: stats?.skipped ?? 0,
  });
}

rmSync(scratch, { recursive: true, force: true });
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
const backend = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const pubsub = process.env.REDIS_URL ? 'Redis' : 'in-process';
console.log(`\n== Test summary (storage: ${backend}, pub/sub: ${pubsub}) ==`);
for (const s of suites)
  console.log(`  ${s.name}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
if (process.env.TEST_SUMMARY_FILE)
  writeFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify({ passed, failed, suites }));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
