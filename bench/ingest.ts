/**
 * Ingest: P participants each send S contributions at once and wait for
 * their acks; acknowledged per second, and the stored count must equal the
 * acknowledged count. Beside it, the raw insert speed of the same backend.
 */
import { settings, startChild, startCpu } from './lib.ts';

export interface IngestResult {
  backend: 'pglite' | 'postgres';
  participants: number;
  sent: number;
  acked: number;
  nacked: number;
  stored: number;
  ms: number;
  ackedPerSec: number;
  /** Group-commit batches seen by one participant (one events frame each). */
  batches: number;
  serverCpu: number;
  clientCpu: number;
  seriesRowsPerSec: number;
  multiRowRowsPerSec: number;
  singleRowsPerSec: number;
}

export async function measureIngest(
  backend: 'pglite' | 'postgres',
  profileFile?: string,
): Promise<IngestResult> {
  const server = await startChild('./cercle-server.ts');
  const clients = await startChild('./clients.ts');
  try {
    const { url } = await server.call<{ url: string }>('start', {
      backend,
      databaseUrl: settings.databaseUrl,
    });
    const participants = settings.ingestParticipants;
    const room = await server.call<{ sessionId: string; cookie: string; tokens: string[] }>('setup', {
      participants,
    });
    const base = await server.call<{
      seriesRowsPerSec: number;
      multiRowRowsPerSec: number;
      singleRowsPerSec: number;
    }>('dbBaseline', { batches: 20, batchRows: 1000, singlesMs: 3000 });
    const conn = await clients.call<{ connected: number; failed: number; firstError: string }>('connect', {
      url,
      kind: 'cercle',
      count: participants,
      tokens: room.tokens,
      facilitator: { cookie: room.cookie, sessionId: room.sessionId },
    });
    if (conn.failed > 0)
      console.warn(`  ingest ${backend}: ${conn.failed} connections failed (${conn.firstError})`);
    if (profileFile) await server.call('profileStart');
    const cpu = await startCpu(server, clients);
    const run = await clients.call<{ acked: number; nacked: number; ms: number; batches: number }>('ingest', {
      perPeer: settings.ingestPerParticipant,
      textBytes: 100,
      timeoutMs: 120_000,
    });
    const { serverCpu, clientCpu } = await cpu();
    if (profileFile) await server.call('profileStop', profileFile);
    const stored = await server.call<number>('countEvents', { sessionId: room.sessionId });
    return {
      backend,
      participants: conn.connected,
      sent: conn.connected * settings.ingestPerParticipant,
      acked: run.acked,
      nacked: run.nacked,
      stored,
      ms: run.ms,
      ackedPerSec: run.acked / (run.ms / 1000),
      batches: run.batches,
      serverCpu,
      clientCpu,
      ...base,
    };
  } finally {
    await clients.stop();
    await server.stop();
  }
}
