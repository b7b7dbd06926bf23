/**
 * `npm run bench`: fan-out and idle memory (Cercle beside a raw `ws` server),
 * then ingest on PGlite and PostgreSQL. Servers and clients run in separate
 * child processes. Prints a Markdown summary; nothing here asserts timings.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { type FanoutResult, measureFanout } from './fanout.ts';
import { type IngestResult, measureIngest } from './ingest.ts';
import { fmt, here, settings } from './lib.ts';
import { topFrames } from './profile.ts';
import { measureVotes } from './votes.ts';

const shell = (command: string) => execFileSync('sh', ['-c', command], { encoding: 'utf8' }).trim();

/** Each child holds up to N+1 sockets: raise the soft open-file limit to the hard one if needed (re-exec once). */
function ensureFileLimit(): void {
  const needed = Math.max(...settings.sizes, settings.ingestParticipants) + 1_000;
  const soft = shell('ulimit -n');
  const hard = shell('ulimit -Hn');
  if (soft === 'unlimited' || Number(soft) >= needed) return;
  if (process.env.BENCH_REEXEC !== '1' && (hard === 'unlimited' || Number(hard) > Number(soft))) {
    const args = [...process.execArgv, ...process.argv.slice(1)];
    const r = spawnSync('sh', ['-c', `ulimit -n ${hard} && exec "$0" "$@"`, process.execPath, ...args], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_REEXEC: '1' },
    });
    process.exit(r.status ?? 1);
  }
  console.warn(
    `open-file limit ${soft} (hard ${hard}) is below ${needed}: raise it with \`ulimit -n ${needed}\`.`,
  );
  settings.sizes = settings.sizes.filter((n) => n + 1_000 <= Number(soft));
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: settings.databaseUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const kb = (bytes: number) => fmt(bytes / 1024, 1);
const ms = (v: number) => fmt(v, 1);
const pct = (share: number) => `${fmt(share * 100)}%`;
const ratio = (a: number, b: number) => `${fmt(a / b, 2)}×`;

function fanoutTable(rows: { cercle: FanoutResult; raw: FanoutResult }[]): string[] {
  const out = [
    '| N | server | all received p50 / p99 / max (ms) | median participant (ms) | deliveries/s single (N/p50) | deliveries/s burst | CPU server / clients | RSS / conn (KB) | heap / conn (KB) | connect (s) |',
    '|---:|---|---|---:|---:|---:|---|---:|---:|---:|',
  ];
  for (const { cercle, raw } of rows) {
    for (const r of [cercle, raw]) {
      out.push(
        `| ${fmt(r.n)} | ${r.target} | ${ms(r.allP50)} / ${ms(r.allP99)} / ${ms(r.allMax)} | ${ms(r.medianDelivery)} | ${fmt(r.n / (r.allP50 / 1000))} | ${fmt(r.throughput)} | ${pct(r.serverCpu)} / ${pct(r.clientCpu)} | ${kb(r.rssPerConn)} | ${kb(r.heapPerConn)} | ${fmt(r.connectMs / 1000, 1)} |`,
      );
    }
  }
  out.push(
    '',
    '| N | Cercle/raw p50 | Cercle/raw p99 | Cercle/raw throughput single | Cercle/raw throughput burst | missed deliveries (Cercle, raw) |',
  );
  out.push('|---:|---:|---:|---:|---:|---|');
  for (const { cercle, raw } of rows) {
    out.push(
      `| ${fmt(cercle.n)} | ${ratio(cercle.allP50, raw.allP50)} | ${ratio(cercle.allP99, raw.allP99)} | ${ratio(raw.allP50, cercle.allP50)} | ${ratio(cercle.throughput, raw.throughput)} | ${cercle.missing + cercle.failed}, ${raw.missing + raw.failed} |`,
    );
  }
  return out;
}

function ingestTable(rows: (IngestResult | { backend: string; skipped: string })[]): string[] {
  const out = [
    '| backend | participants × submissions | acked | stored | acked/s | commit batches | CPU server / clients | generate_series rows/s | 1,000-row INSERT rows/s | single-row INSERT rows/s |',
    '|---|---|---:|---:|---:|---:|---|---:|---:|---:|',
  ];
  for (const r of rows) {
    if ('skipped' in r) {
      out.push(`| ${r.backend} | skipped (${r.skipped}) | | | | | | | | |`);
      continue;
    }
    const check = r.stored === r.acked ? '' : ' ≠ acked!';
    out.push(
      `| ${r.backend} | ${fmt(r.participants)} × ${settings.ingestPerParticipant} | ${fmt(r.acked)}${r.nacked ? ` (+${r.nacked} nack)` : ''} | ${fmt(r.stored)}${check} | ${fmt(r.ackedPerSec)} | ${fmt(r.batches)} | ${pct(r.serverCpu)} / ${pct(r.clientCpu)} | ${fmt(r.seriesRowsPerSec)} | ${fmt(r.multiRowRowsPerSec)} | ${fmt(r.singleRowsPerSec)} |`,
    );
  }
  return out;
}

async function main(): Promise<void> {
  ensureFileLimit();
  const dataDir = join(here, '.bench-data');
  const profileRoot = join(dataDir, 'profiles');
  if (settings.profile) rmSync(profileRoot, { recursive: true, force: true });
  const profiles: string[] = [];
  const profileFile = (name: string) => {
    if (!settings.profile) return undefined;
    mkdirSync(profileRoot, { recursive: true });
    profiles.push(join(profileRoot, `${name}.cpuprofile`));
    return profiles.at(-1);
  };
  console.log(`Cercle benchmarks — ${JSON.stringify(settings)}`);
  const summary: string[] = [];

  if (settings.only.includes('fanout')) {
    const rows: { cercle: FanoutResult; raw: FanoutResult }[] = [];
    for (const n of settings.sizes) {
      console.log(`fan-out N=${n}: Cercle…`);
      const cercle = await measureFanout('cercle', n, profileFile(`fanout-${n}`));
      console.log(`fan-out N=${n}: raw ws…`);
      const raw = await measureFanout('raw', n);
      rows.push({ cercle, raw });
      console.log(fanoutTable([{ cercle, raw }]).slice(2, 4).join('\n'));
    }
    summary.push('## Fan-out and idle memory', '', ...fanoutTable(rows), '');
  }

  if (settings.only.includes('ingest')) {
    const rows: (IngestResult | { backend: string; skipped: string })[] = [];
    for (const backend of settings.backends as ('pglite' | 'postgres')[]) {
      if (backend === 'postgres' && !(await postgresReachable())) {
        rows.push({ backend, skipped: `${settings.databaseUrl} unreachable` });
        continue;
      }
      console.log(`ingest on ${backend}…`);
      const r = await measureIngest(backend, profileFile(`ingest-${backend}`));
      rows.push(r);
      console.log(ingestTable([r]).slice(2).join('\n'));
    }
    summary.push('## Ingest', '', ...ingestTable(rows), '');
  }

  if (settings.only.includes('votes')) {
    const rows: string[] = [
      '| backend | participants | ballots sent | acked | stored ballots | voters counted | tally exact | wall p50 / p99 (ms) | server CPU |',
      '|---|---:|---:|---:|---:|---:|---|---|---:|',
    ];
    for (const backend of settings.backends as ('pglite' | 'postgres')[]) {
      if (backend === 'postgres' && !(await postgresReachable())) {
        rows.push(`| ${backend} | skipped: ${settings.databaseUrl} unreachable |`);
        continue;
      }
      console.log(`votes on ${backend}…`);
      const v = await measureVotes(backend);
      rows.push(
        `| ${v.backend} | ${fmt(v.participants)} | ${fmt(v.sent)} | ${fmt(v.acked)}${v.nacked ? ` (+${v.nacked} nack)` : ''} | ${fmt(v.ballotEvents)} | ${fmt(v.voters)} | ${v.countedRight ? 'yes' : 'NO'} | ${fmt(v.p50Ms)} / ${fmt(v.p99Ms)} | ${pct(v.serverCpu)} |`,
      );
      console.log(rows.at(-1));
    }
    summary.push(
      `## Votes (${fmt(settings.voteParticipants)} participants within ${settings.voteWindowMs / 1000} s)`,
      '',
      ...rows,
      '',
    );
  }

  if (profiles.length > 0) {
    summary.push('## Server CPU profiles (measured phase only)', '', '```');
    for (const file of profiles) summary.push(...topFrames(file));
    summary.push('```', '');
  }

  console.log(`\n${summary.join('\n')}`);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'last-run.md'), summary.join('\n'));
}

await main();
