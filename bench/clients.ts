/**
 * Child process: the audience. Opens N WebSocket connections (Cercle
 * participants, or plain sockets to the raw server) plus one driver (the
 * facilitator) and timestamps what they receive, so the server's process
 * only does server work. Times are `performance.now()` of this process, for
 * the send and for every receipt.
 */
import { WebSocket } from 'ws';
import { percentile, serve } from './lib.ts';

interface Peer {
  /** Index of the token this peer joined with (peers connect concurrently, so not their order here). */
  index: number;
  ws: WebSocket;
  got: number;
  doneMs: number;
}

interface Round {
  marker: string;
  expect: number;
  t0: number;
  remaining: number;
  finish: () => void;
}

const peers: Peer[] = [];
let driver: WebSocket | undefined;
let round: Round | null = null;
let rounds = 0;
const ingestState = { acked: 0, nacked: 0, lastAt: 0, expected: 0, frames: 0, events: 0, finish: () => {} };

function open(url: string, hello: object | null, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers, perMessageDeflate: false });
    ws.once('error', reject);
    ws.once('close', (code) => reject(new Error(`closed with ${code} before welcome`)));
    ws.once('open', () => {
      if (!hello) return resolve(ws);
      const onWelcome = (data: Buffer) => {
        if (!data.toString().startsWith('{"type":"welcome"')) return;
        ws.off('message', onWelcome);
        resolve(ws);
      };
      ws.on('message', onWelcome);
      ws.send(JSON.stringify(hello));
    });
  });
}

function onPeerMessage(peer: Peer, data: Buffer): void {
  if (data.length < 200) {
    const s = data.toString();
    if (s.startsWith('{"type":"ack"') || s.startsWith('{"type":"nack"')) {
      onAck(s);
      return;
    }
  }
  // The first participant counts the event frames it gets: one per group-commit batch.
  if (peer === peers[0] && ingestState.expected > 0) {
    ingestState.frames++;
    ingestState.events += data.toString().split('"contribution.posted"').length - 1;
  }
  const r = round;
  if (!r) return;
  const s = data.toString();
  let i = s.indexOf(r.marker);
  while (i !== -1) {
    peer.got++;
    i = s.indexOf(r.marker, i + r.marker.length);
  }
  if (peer.got >= r.expect && peer.doneMs < 0) {
    peer.doneMs = performance.now() - r.t0;
    if (--r.remaining === 0) r.finish();
  }
}

function onAck(s: string): void {
  if (s.startsWith('{"type":"ack"')) ingestState.acked++;
  else ingestState.nacked++;
  ingestState.lastAt = performance.now();
  if (ingestState.acked + ingestState.nacked === ingestState.expected) ingestState.finish();
}

async function connect(args: {
  url: string;
  kind: 'cercle' | 'raw';
  tokens?: string[];
  count: number;
  facilitator?: { cookie: string; sessionId: string };
}) {
  const t0 = performance.now();
  driver =
    args.kind === 'cercle'
      ? await open(
          args.url,
          { type: 'hello', sessionId: args.facilitator?.sessionId, since: 0 },
          {
            cookie: args.facilitator?.cookie ?? '',
          },
        )
      : await open(args.url, null);
  let next = 0;
  let failed = 0;
  let firstError = '';
  const worker = async () => {
    while (next < args.count) {
      const i = next++;
      try {
        const hello = args.kind === 'cercle' ? { type: 'hello', token: args.tokens?.[i], since: 0 } : null;
        const peer: Peer = { index: i, ws: await open(args.url, hello), got: 0, doneMs: 0 };
        peer.ws.on('message', (data: Buffer) => onPeerMessage(peer, data));
        peer.ws.on('error', () => {});
        peers.push(peer);
      } catch (err) {
        failed++;
        firstError ||= (err as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: 200 }, worker));
  return { connected: peers.length, failed, firstError, ms: performance.now() - t0 };
}

/** Sends `expect` events back to back; resolves when every peer has all of them (or after the timeout). */
function runRound(expect: number, payloadBytes: number, timeoutMs = 30_000) {
  const id = ++rounds;
  for (const p of peers) {
    p.got = 0;
    p.doneMs = -1;
  }
  return new Promise<{ allMs: number; p50Ms: number; p99Ms: number; missing: number }>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      round = null;
      const times = peers.map((p) => p.doneMs).filter((t) => t >= 0);
      resolve({
        allMs: Math.max(...times),
        p50Ms: percentile(times, 50),
        p99Ms: percentile(times, 99),
        missing: peers.length - times.length,
      });
    };
    timer = setTimeout(finish, timeoutMs);
    round = { marker: `"r${id}-`, expect, t0: performance.now(), remaining: peers.length, finish };
    for (let k = 0; k < expect; k++) {
      const prefix = `r${id}-${k}-`;
      const text = prefix + 'x'.repeat(Math.max(0, payloadBytes - prefix.length));
      driver?.send(
        JSON.stringify({ type: 'submit', id: `bench${id}x${k}`, action: { kind: 'message.set', text } }),
      );
    }
  });
}

async function fanout(args: { events: number; spacingMs: number; payloadBytes: number }) {
  const results = [];
  for (let k = 0; k < args.events; k++) {
    results.push(await runRound(1, args.payloadBytes));
    await new Promise((r) => setTimeout(r, args.spacingMs));
  }
  return results;
}

const burst = (args: { events: number; payloadBytes: number }) => runRound(args.events, args.payloadBytes);

/** Every peer sends `perPeer` contributions at once, then everyone waits for the acks. */
function ingest(args: { perPeer: number; textBytes: number; timeoutMs: number }) {
  ingestState.acked = 0;
  ingestState.nacked = 0;
  ingestState.expected = peers.length * args.perPeer;
  ingestState.frames = 0;
  ingestState.events = 0;
  type Result = {
    acked: number;
    nacked: number;
    ms: number;
    sendMs: number;
    batches: number;
    batchedEvents: number;
  };
  return new Promise<Result>((resolve) => {
    const t0 = performance.now();
    let sendMs = 0;
    const timer = setTimeout(() => ingestState.finish(), args.timeoutMs);
    ingestState.finish = () => {
      clearTimeout(timer);
      const { acked, nacked, lastAt, frames, events } = ingestState;
      resolve({ acked, nacked, ms: lastAt - t0, sendMs, batches: frames, batchedEvents: events });
    };
    const text = 'y'.repeat(args.textBytes);
    peers.forEach((peer, i) => {
      for (let k = 0; k < args.perPeer; k++) {
        peer.ws.send(
          JSON.stringify({
            type: 'submit',
            id: `c${i}x${k}xbench`,
            action: { kind: 'contribution.post', text },
          }),
        );
      }
    });
    sendMs = performance.now() - t0;
  });
}

/**
 * Votes: the facilitator opens a dot vote; every participant casts a ballot at
 * a random moment within `windowMs` (one in ten changes their mind once). The
 * wall (the facilitator's socket) timestamps each ballot's event: latency is
 * wall receipt minus the voter's send, both clocks of this process.
 */
async function votes(args: { windowMs: number; participantIds: string[]; timeoutMs: number }) {
  const activityId = 'bench-dots';
  const options = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: `Option ${id}` }));
  await new Promise<void>((resolve, reject) => {
    const onAck = (data: Buffer) => {
      const s = data.toString();
      if (s.includes('"id":"bench-open-vote"')) {
        driver?.off('message', onAck);
        s.startsWith('{"type":"ack"') ? resolve() : reject(new Error(s));
      }
    };
    driver?.on('message', onAck);
    driver?.send(
      JSON.stringify({
        type: 'submit',
        id: 'bench-open-vote',
        action: {
          kind: 'activity.open',
          activity: { id: activityId, kind: 'dots', title: 'Bench', tokens: 3, capPerOption: 2, options },
        },
      }),
    );
  });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const expected = new Map<string, Record<string, number>>();
  let acked = 0;
  let nacked = 0;
  let sent = 0;
  const t0 = performance.now();
  const onWall = (data: Buffer) => {
    const s = data.toString();
    if (!s.startsWith('{"type":"events"')) return;
    for (const e of JSON.parse(s).events as { type: string; data: { voter: string } }[]) {
      if (e.type !== 'ballot.cast') continue;
      const at = sentAt.get(e.data.voter);
      if (at !== undefined) latencies.push(performance.now() - at);
    }
  };
  driver?.on('message', onWall);
  return new Promise<{
    sent: number;
    acked: number;
    nacked: number;
    ms: number;
    p50Ms: number;
    p99Ms: number;
    seen: number;
    expected: Record<string, number>;
  }>((resolve) => {
    const done = () => {
      if (process.env.BENCH_DEBUG)
        console.error(
          JSON.stringify(
            [...latencies]
              .sort((a, b) => a - b)
              .filter((_, i) => i % 10 === 0)
              .map(Math.round),
          ),
        );
      driver?.off('message', onWall);
      const totals: Record<string, number> = {};
      for (const ballot of expected.values())
        for (const [k, v] of Object.entries(ballot)) totals[k] = (totals[k] ?? 0) + v;
      resolve({
        sent,
        acked,
        nacked,
        ms: performance.now() - t0,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        seen: latencies.length,
        expected: totals,
      });
    };
    const timer = setTimeout(done, args.timeoutMs);
    peers.forEach((peer, i) => {
      const voter = args.participantIds[peer.index] as string;
      const ballots = Math.random() < 0.1 ? 2 : 1;
      for (let k = 0; k < ballots; k++) {
        setTimeout(
          () => {
            const pick = options[Math.floor(Math.random() * options.length)]?.id as string;
            const other = options[(options.findIndex((o) => o.id === pick) + 1) % options.length]
              ?.id as string;
            const dots = { [pick]: 2, [other]: 1 };
            expected.set(voter, dots);
            sentAt.set(voter, performance.now());
            sent++;
            peer.ws.send(
              JSON.stringify({
                type: 'submit',
                id: `vote-${i}-${k}-bench`,
                action: { kind: 'ballot.cast', activityId, ballot: { dots } },
              }),
            );
          },
          (k + Math.random()) * (args.windowMs / ballots),
        );
      }
      peer.ws.on('message', (data: Buffer) => {
        const s = data.toString();
        if (!s.includes('"id":"vote-')) return;
        if (s.startsWith('{"type":"ack"')) acked++;
        else if (s.startsWith('{"type":"nack"')) nacked++;
        if (acked + nacked === sent && performance.now() - t0 > args.windowMs) {
          clearTimeout(timer);
          done();
        }
      });
    });
  });
}

serve({ connect, fanout, burst, ingest, votes });
