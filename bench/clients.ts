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
        const peer: Peer = { ws: await open(args.url, hello), got: 0, doneMs: 0 };
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

serve({ connect, fanout, burst, ingest });
