/** Wires storage, pub/sub, the hub and the HTTP app together; the one way to start Cercle. */
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { LoginThrottle } from './accounts/throttle.ts';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { openStorage } from './db/database.ts';
import { LiveHub } from './live/hub.ts';
import { createPubSub } from './live/pubsub.ts';

export interface Cercle {
  app: FastifyInstance;
  ctx: AppContext;
  close(): Promise<void>;
}

export async function createCercle(
  config: Config,
  options: { logger?: FastifyServerOptions['logger'] } = {},
): Promise<Cercle> {
  const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const pubsub = createPubSub(config.redisUrl);
  const ctx = { config, storage, db: storage.db, pubsub, loginThrottle: new LoginThrottle() } as AppContext;
  let app: FastifyInstance;
  try {
    app = await buildApp(ctx, options);
    ctx.hub = new LiveHub(storage.db, pubsub, app.log);
    await ctx.hub.start();
  } catch (err) {
    await pubsub.close();
    await storage.close();
    throw err;
  }
  let closed = false;
  return {
    app,
    ctx,
    async close() {
      if (closed) return;
      closed = true;
      await ctx.hub.shutdown();
      await app.close();
      await pubsub.close();
      await storage.close();
    },
  };
}
