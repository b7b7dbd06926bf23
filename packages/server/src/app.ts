/**
 * Builds the Fastify application around an already-opened context. Tests
 * build it with `app.inject`; main.ts listens on a port.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '@cercle/core';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { accountRoutes } from './accounts/routes.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { groupRoutes } from './groups/routes.ts';
import { harvestRoutes } from './harvest/routes.ts';
import { frameworkErrors, installErrorHandling } from './http/error-handler.ts';
import { installSecurityHeaders } from './http/security.ts';
import { liveRoutes } from './live/routes.ts';
import { liveSessionRoutes } from './live/session-routes.ts';
import { methodRoutes } from './methods/routes.ts';
import { missionExportRoutes } from './missions/export-routes.ts';
import { missionRoutes } from './missions/routes.ts';
import { openSpacePhotoRoutes } from './openspace/photo-routes.ts';
import { openSpaceRoutes } from './openspace/routes.ts';
import { organisationRoutes } from './organisations/routes.ts';
import { photoRoutes } from './photos/routes.ts';
import { reportRoutes } from './report/routes.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_WEB_DIST = resolve(here, '../../web/dist');

/** A route as registered (one entry per method); tests walk these so new routes are covered automatically. */
export interface RegisteredRoute {
  method: string;
  url: string;
  websocket: boolean;
}
const routesByApp = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Every route `buildApp` registered on this app, plugins' included (HEAD twins of GET routes left out). */
export const registeredRoutes = (app: FastifyInstance): readonly RegisteredRoute[] =>
  routesByApp.get(app) ?? [];

export async function buildApp(
  ctx: AppContext,
  options: { logger?: FastifyServerOptions['logger'] } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? {
      level: ctx.config.logLevel,
      // Secrets travel in some paths (invitation links): they never reach the logs.
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: redactSecrets(req.url) }),
      },
    },
    bodyLimit: LIMITS.httpBodyMaxBytes,
    trustProxy: ctx.config.trustProxy,
    // Fastify's defaults already reject `__proto__` and `constructor.prototype` keys in JSON bodies.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    frameworkErrors,
  });
  // First, so that it sees every route registered below, in plugins too.
  const routes: RegisteredRoute[] = [];
  routesByApp.set(app, routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, websocket: Boolean(route.websocket) });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  // JSON only: a cross-site form can post text/plain without a preflight, so refuse it (415).
  app.removeContentTypeParser('text/plain');

  await installSecurityHeaders(app, ctx.config);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    ...(ctx.config.redisUrl ? { redis: new Redis(ctx.config.redisUrl, { maxRetriesPerRequest: 1 }) } : {}),
    errorResponseBuilder: (_request, context) => {
      const error = new AppError('RATE_LIMITED');
      return Object.assign(error, { statusCode: 429, retryAfter: context.after });
    },
  });
  await app.register(websocket, {
    options: { maxPayload: LIMITS.socketMessageMaxBytes, perMessageDeflate: false },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Cercle API',
        version: '0.1.0',
        description: 'Design, run, consult, harvest and deliver collective-intelligence missions.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cercle_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
          participant: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  const r = app.withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>();
  r.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        response: {
          200: z.object({
            status: z.literal('ok'),
            storage: z.enum(['pglite', 'postgres']),
            pubsub: z.enum(['in-process', 'redis']),
          }),
        },
      },
    },
    async () => {
      await ctx.db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
      return {
        status: 'ok' as const,
        storage: ctx.storage.kind,
        pubsub: ctx.config.redisUrl ? ('redis' as const) : ('in-process' as const),
      };
    },
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  accountRoutes(app, ctx);
  organisationRoutes(app, ctx);
  methodRoutes(app, ctx);
  missionRoutes(app, ctx);
  missionExportRoutes(app, ctx);
  photoRoutes(app, ctx);
  liveRoutes(app, ctx);
  liveSessionRoutes(app, ctx);
  openSpaceRoutes(app, ctx);
  openSpacePhotoRoutes(app, ctx);
  groupRoutes(app, ctx);
  harvestRoutes(app, ctx);
  reportRoutes(app, ctx);

  await serveWebApp(app, ctx.config.webDist ?? DEFAULT_WEB_DIST);
  return app;
}

/** Invitation tokens in paths are credentials; logs keep only their first characters. */
export function redactSecrets(url: string): string {
  return url.replace(/(\/invitations\/)([A-Za-z0-9_-]{6})[A-Za-z0-9_-]+/g, '$1$2…');
}

/** The built single-page app; unknown non-API paths get index.html so client routes work on reload. */
async function serveWebApp(app: FastifyInstance, dist: string): Promise<void> {
  const hasApp = existsSync(resolve(dist, 'index.html'));
  // Routes for the built files are made at start (npm start builds first); after rebuilding the web
  // app while the server runs, restart it (in development, use Vite's dev server instead).
  if (hasApp) await app.register(fastifyStatic, { root: dist, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api' || !hasApp || request.method !== 'GET') {
      reply.status(404).send(new AppError('NOT_FOUND').toBody());
      return;
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
