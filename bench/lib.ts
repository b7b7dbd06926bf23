/**
 * Small shared helpers: a request/response channel over the child-process IPC
 * pipe, percentiles, and the settings read from the environment.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';

export const here = fileURLToPath(new URL('.', import.meta.url));

export interface MemorySample {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

let inspector: Session | undefined;

/** Built into every child: CPU time used so far (µs), and a CPU profile of a chosen window. */
const builtins: Record<string, (args: never) => unknown> = {
  cpu: () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  },
  async profileStart() {
    inspector = new Session();
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
  },
  async profileStop(file: string) {
    const { profile } = await (inspector as Session).post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    inspector?.disconnect();
  },
};

/** Runs in a child: answers `{id, cmd, args}` messages with `{id, result}` or `{id, error}`. */
export function serve(own: Record<string, (args: never) => unknown>): void {
  const handlers = { ...builtins, ...own };
  process.on('message', async (message: { id: number; cmd: string; args: unknown }) => {
    if (message.cmd === 'exit') {
      await Promise.resolve(handlers.exit?.(undefined as never)).catch(() => {});
      process.exit(0);
    }
    const handler = handlers[message.cmd];
    try {
      if (!handler) throw new Error(`unknown command ${message.cmd}`);
      const result = await handler(message.args as never);
      process.send?.({ id: message.id, result });
    } catch (err) {
      process.send?.({ id: message.id, error: (err as Error).stack ?? String(err) });
    }
  });
  process.send?.({ id: 0, result: 'ready' });
}

/** Memory of this process after a full collection (the children run with --expose-gc). */
export async function memorySample(): Promise<MemorySample> {
  for (let i = 0; i < 3; i++) {
    globalThis.gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { rss, heapUsed, external, arrayBuffers };
}

export interface Child {
  process: ChildProcess;
  call<T>(cmd: string, args?: unknown): Promise<T>;
  /** Asks the child to exit (so a --cpu-prof profile gets written) and waits for it. */
  stop(): Promise<void>;
}

/** Forks a TypeScript child in its own process and waits until it is ready. */
export async function startChild(file: string): Promise<Child> {
  const child = fork(new URL(file, import.meta.url), [], {
    execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=8192'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (m: { id: number; result?: unknown; error?: string }) => {
      if (m.id === 0) return resolve();
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(`${file}: ${m.error}`));
      else p?.resolve(m.result);
    });
    child.once('exit', (code) => {
      const error = new Error(`${file} exited with ${code}`);
      reject(error);
      for (const p of pending.values()) p.reject(error);
    });
  });
  await ready;
  return {
    process: child,
    call<T>(cmd: string, args?: unknown) {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, cmd, args });
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.send({ id: -1, cmd: 'exit', args: null });
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Nearest-rank percentile of unsorted numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const quick = process.env.BENCH_QUICK === '1';
const list = (raw: string | undefined, fallback: number[]) =>
  raw
    ? raw
        .split(',')
        .map((s) => Number(s.trim()))
        .filter((n) => Number.isInteger(n) && n > 0)
    : fallback;

/** Every knob, from the environment. */
export const settings = {
  quick,
  sizes: list(process.env.BENCH_SIZES, quick ? [200, 1000] : [1000, 5000, 10000]),
  events: Number(process.env.BENCH_EVENTS ?? (quick ? 5 : 20)),
  spacingMs: Number(process.env.BENCH_SPACING_MS ?? 200),
  burst: Number(process.env.BENCH_BURST ?? (quick ? 5 : 20)),
  payloadBytes: Number(process.env.BENCH_PAYLOAD ?? 200),
  ingestParticipants: Number(process.env.BENCH_INGEST_PARTICIPANTS ?? (quick ? 200 : 1000)),
  ingestPerParticipant: Number(process.env.BENCH_INGEST_PER_PARTICIPANT ?? 10),
  voteParticipants: Number(process.env.BENCH_VOTE_PARTICIPANTS ?? (quick ? 200 : 2000)),
  voteWindowMs: Number(process.env.BENCH_VOTE_WINDOW_MS ?? (quick ? 5_000 : 30_000)),
  only: (process.env.BENCH_ONLY ?? 'fanout,ingest,votes').split(','),
  backends: (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(','),
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  profile: process.env.BENCH_PROFILE === '1',
};

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';

/** Starts counting CPU time in the server and client children; the returned function gives each one's share of a core. */
export async function startCpu(
  server: Child,
  clients: Child,
): Promise<() => Promise<{ serverCpu: number; clientCpu: number }>> {
  const t0 = performance.now();
  const [s0, c0] = [await server.call<number>('cpu'), await clients.call<number>('cpu')];
  return async () => {
    const [s1, c1] = [await server.call<number>('cpu'), await clients.call<number>('cpu')];
    const wallUs = (performance.now() - t0) * 1000;
    return { serverCpu: (s1 - s0) / wallUs, clientCpu: (c1 - c0) / wallUs };
  };
}
