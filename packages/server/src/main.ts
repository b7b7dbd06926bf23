/** `npm start`: validate the configuration, open storage, seed the demo, listen. */
import { ConfigError, loadConfig } from './config.ts';
import { seedDemo } from './demo/seed.ts';
import { createCercle } from './server.ts';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const cercle = await createCercle(config);
  const { app } = cercle;
  const demo = config.demo ? await seedDemo(cercle.ctx.db, cercle.ctx.hub, config.dataDir) : null;
  await app.listen({ port: config.port, host: config.host });
  const storage = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  const lines = [
    '',
    `  Cercle is running on ${config.publicUrl}  (storage: ${storage}; pub/sub: ${config.redisUrl ? 'Redis' : 'in-process'})`,
  ];
  if (demo) lines.push(`  Demo facilitator: ${demo.email}  password: ${demo.password}`);
  lines.push('');
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await cercle.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  console.error('Cercle could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
