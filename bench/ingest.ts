/**
 * Ingest: P participants each send S contributions at once and wait for
 * their acks; acknowledged per second, and the stored count must equal the
 * acknowledged count. Beside it, the raw insert speed of the same backend.
 */
import { settings, startChild } from './lib.ts';

export interface IngestResult {
  backend: 'pglite' | 'postgres';
  participants: number;
  sent: number;
  acked: number;
  nacked: number;
  stored: number;
  ms: number;
  ackedPerSec: number;
  seriesRowsPerSec: number;
  multiRowRowsPerSec: number;
  singleRowsPerSec: number;
}

export async function measureIngest(backend: 'pglite' | 'postgres', profileDir?: string): Promise<IngestResult> {
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const server = await startChild('./cercle-server.ts', profile);
  const clients = await startChild('./clients.ts');
  try {
    const { url } = await server.call<{ url: string }>('start', { backend, databaseUrl: settings.databaseUrl });
    const participants = settings.ingestParticipants;
    const room = await server.call<{ sessionId: string; cookie: string; tokens: string[] }>('setup', { participants });
    const base = await server.call<{ seriesRowsPerSec: number; multiRowRowsPerSec: number; singleRowsPerSec: number }>(
      'dbBaseline',
      { batches: 20, batchRows: 1000, singlesMs: 3000 },
    );
    const conn = await clients.call<{ connected: number; failed: number; firstError: string }>('connect', {
      url,
      kind: 'cercle',
      count: participants,
      tokens: room.tokens,
      facilitator: { cookie: room.cookie, sessionId: room.sessionId },
    });
    if (conn.failed > 0) console.warn(`  ingest ${backend}: ${conn.failed} connections failed (${conn.firstError})`);
    const run = await clients.call<{ acked: number; nacked: number; ms: number }>('ingest', {
      perPeer: settings.ingestPerParticipant,
      textBytes: 100,
      timeoutMs: 120_000,
    });
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
      ...base,
    };
  } finally {
    await clients.stop();
    await server.stop();
  }
}
