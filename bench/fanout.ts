/**
 * Fan-out and idle memory: N participants in one room on one server process,
 * the facilitator sends events, the client process times how long until every
 * participant has each one. The same run against the raw `ws` server.
 */
import { type MemorySample, percentile, settings, startChild, startCpu } from './lib.ts';

export interface FanoutResult {
  target: 'cercle' | 'raw';
  n: number;
  connected: number;
  failed: number;
  connectMs: number;
  /** Per idle connection, bytes. */
  rssPerConn: number;
  heapPerConn: number;
  /** Time until every participant had the event, over the spaced events (ms). */
  allP50: number;
  allP99: number;
  allMax: number;
  /** Median over events of the median participant's latency (ms). */
  medianDelivery: number;
  missing: number;
  /** Event deliveries per second during a burst of back-to-back events. */
  throughput: number;
  /** Share of one core each process used while measuring. */
  serverCpu: number;
  clientCpu: number;
}

export async function measureFanout(
  target: 'cercle' | 'raw',
  n: number,
  profileFile?: string,
): Promise<FanoutResult> {
  const server = await startChild(target === 'cercle' ? './cercle-server.ts' : './raw-ws-server.ts');
  const clients = await startChild('./clients.ts');
  try {
    const { url } = await server.call<{ url: string }>('start', { backend: 'pglite' });
    const room =
      target === 'cercle'
        ? await server.call<{ sessionId: string; cookie: string; tokens: string[] }>('setup', {
            participants: n,
          })
        : undefined;
    const before = await server.call<MemorySample>('mem');
    const conn = await clients.call<{ connected: number; failed: number; firstError: string; ms: number }>(
      'connect',
      {
        url,
        kind: target,
        count: n,
        tokens: room?.tokens,
        facilitator: room && { cookie: room.cookie, sessionId: room.sessionId },
      },
    );
    if (conn.failed > 0)
      console.warn(`  ${target} N=${n}: ${conn.failed} connections failed (${conn.firstError})`);
    await new Promise((r) => setTimeout(r, 1000));
    const after = await server.call<MemorySample>('mem');
    type Round = { allMs: number; p50Ms: number; p99Ms: number; missing: number };
    if (profileFile) await server.call('profileStart');
    const cpu = await startCpu(server, clients);
    const rounds = await clients.call<Round[]>('fanout', {
      events: settings.events,
      spacingMs: settings.spacingMs,
      payloadBytes: settings.payloadBytes,
    });
    const burst = await clients.call<Round>('burst', {
      events: settings.burst,
      payloadBytes: settings.payloadBytes,
    });
    const { serverCpu, clientCpu } = await cpu();
    if (profileFile) await server.call('profileStop', profileFile);
    const all = rounds.map((r) => r.allMs);
    return {
      target,
      n,
      connected: conn.connected,
      failed: conn.failed,
      connectMs: conn.ms,
      rssPerConn: (after.rss - before.rss) / conn.connected,
      heapPerConn: (after.heapUsed - before.heapUsed) / conn.connected,
      allP50: percentile(all, 50),
      allP99: percentile(all, 99),
      allMax: Math.max(...all),
      medianDelivery: percentile(
        rounds.map((r) => r.p50Ms),
        50,
      ),
      missing: rounds.reduce((s, r) => s + r.missing, 0) + burst.missing,
      throughput: (conn.connected * settings.burst) / (burst.allMs / 1000),
      serverCpu,
      clientCpu,
    };
  } finally {
    await clients.stop();
    await server.stop();
  }
}
