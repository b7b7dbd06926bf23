/**
 * One typed configuration object, read from the environment and validated at
 * boot: a bad value stops the start with a message naming the variable.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const urlWithProtocol = (protocols: string[]) =>
  z.url().refine((u) => protocols.some((p) => u.startsWith(`${p}:`)), {
    message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
  });

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: urlWithProtocol(['postgres', 'postgresql']).optional(),
  REDIS_URL: urlWithProtocol(['redis', 'rediss']).optional(),
  PUBLIC_URL: urlWithProtocol(['http', 'https']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Create the demo organisation, account and mission when the database is empty. */
  DEMO: z.enum(['true', 'false']).default('true'),
  /** Trust X-Forwarded-* from a reverse proxy (needed for HTTPS detection behind one). */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Where the built web app lives; empty disables serving it. */
  WEB_DIST: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** The address people type or scan; join links and the WebSocket origin check use it. */
  publicUrl: string;
  /** Cookies get `Secure` and responses HSTS when the public address is HTTPS. */
  secure: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  demo: boolean;
  trustProxy: boolean;
  webDist: string | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    publicUrl,
    secure: publicUrl.startsWith('https:'),
    logLevel: e.LOG_LEVEL,
    demo: e.DEMO === 'true',
    trustProxy: e.TRUST_PROXY === 'true',
    webDist: e.WEB_DIST ? resolve(e.WEB_DIST) : undefined,
  };
}
