/**
 * Votes (live-workshop issue): P participants on one server process cast a
 * dot vote within 30 s (one in ten changes their mind); every vote must be
 * acknowledged and counted exactly once (the latest ballot per person), and
 * the wall's latency (ballot sent → wall has it) is measured while they pour in.
 */
import { settings, startChild, startCpu } from './lib.ts';

export interface VotesResult {
  backend: 'pglite' | 'postgres';
  participants: number;
  sent: number;
  acked: number;
  nacked: number;
  ballotEvents: number;
  voters: number;
  countedRight: boolean;
  p50Ms: number;
  p99Ms: number;
  serverCpu: number;
}

export async function measureVotes(backend: 'pglite' | 'postgres'): Promise<VotesResult> {
  const server = await startChild('./cercle-server.ts');
  const clients = await startChild('./clients.ts');
  try {
    const { url } = await server.call<{ url: string }>('start', {
      backend,
      databaseUrl: settings.databaseUrl,
    });
    const participants = settings.voteParticipants;
    const room = await server.call<{
      sessionId: string;
      cookie: string;
      tokens: string[];
      participantIds: string[];
    }>('setup', {
      participants,
    });
    await clients.call('connect', {
      url,
      kind: 'cercle',
      count: participants,
      tokens: room.tokens,
      facilitator: { cookie: room.cookie, sessionId: room.sessionId },
    });
    const cpu = await startCpu(server, clients);
    const run = await clients.call<{
      sent: number;
      acked: number;
      nacked: number;
      p50Ms: number;
      p99Ms: number;
      expected: Record<string, number>;
    }>('votes', {
      windowMs: settings.voteWindowMs,
      participantIds: room.participantIds,
      timeoutMs: settings.voteWindowMs + 60_000,
    });
    const { serverCpu } = await cpu();
    const tally = await server.call<{
      ballotEvents: number;
      result: { result: { voters: number; totals: { optionId: string; dots: number }[] } };
    }>('tallyVotes', { sessionId: room.sessionId, activityId: 'bench-dots' });
    const totals = Object.fromEntries(tally.result.result.totals.map((t) => [t.optionId, t.dots]));
    const countedRight =
      Object.entries(run.expected).every(([k, v]) => totals[k] === v) &&
      Object.values(totals).reduce((a, b) => a + b, 0) ===
        Object.values(run.expected).reduce((a, b) => a + b, 0);
    return {
      backend,
      participants,
      sent: run.sent,
      acked: run.acked,
      nacked: run.nacked,
      ballotEvents: tally.ballotEvents,
      voters: tally.result.result.voters,
      countedRight,
      p50Ms: run.p50Ms,
      p99Ms: run.p99Ms,
      serverCpu,
    };
  } finally {
    await clients.stop();
    await server.stop();
  }
}
