/**
 * Child process: the baseline. A plain `ws` server that, for each message it
 * receives, builds the same `events` frame Cercle would send (same shape and
 * size), serialises it once and sends that buffer to every client. No
 * authentication, no validation, no database.
 */
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { memorySample, serve } from './lib.ts';

let wss: WebSocketServer | undefined;
let seq = 0;

async function start(): Promise<{ url: string }> {
  const server = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    maxPayload: 16 * 1024,
    perMessageDeflate: false,
  });
  wss = server;
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  server.on('connection', (socket) => {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { action: { kind: string; text: string } };
      const event = {
        seq: ++seq,
        type: message.action.kind,
        data: { text: message.action.text },
        at: Date.now(),
      };
      const frame = Buffer.from(JSON.stringify({ type: 'events', events: [event] }));
      for (const client of server.clients) client.send(frame, { binary: false });
    });
  });
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

serve({
  start,
  mem: memorySample,
  connections: () => wss?.clients.size ?? 0,
  async exit() {
    for (const client of wss?.clients ?? []) client.terminate();
    await new Promise((resolve) => wss?.close(resolve));
  },
});
