import cluster from 'node:cluster';
import { buildApp } from './app.js';
import { createContext } from './bootstrap.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { printDemoInformation, seedDemoData } from './demo-seed.js';
import { startAutoAcceptance } from './features/applications/acceptance-service.js';
import { startHousekeeping } from './housekeeping.js';
import { runPrimary } from './server-processes.js';

/** One server: the HTTP app and, where configured, the background jobs. In a forked worker the primary seeded the demo. */
async function runServer(config: Config): Promise<void> {
  const ctx = await createContext(config);
  if (config.seedDemo) await seedDemoData(ctx);
  const app = await buildApp(ctx);
  if (config.jobs.enabled) ctx.jobs.start(config.jobs.pollMs);
  const stopHousekeeping = config.jobs.enabled ? startHousekeeping(ctx, app.log) : () => undefined;
  const stopAcceptance = config.jobs.enabled ? startAutoAcceptance(ctx, app.log) : () => undefined;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    stopHousekeeping();
    stopAcceptance();
    await app.close(); // stops accepting and waits for in-flight requests
    await ctx.close(); // jobs, mail transport, database pool
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  if (config.seedDemo) printDemoInformation(config);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  if (config.processes > 1 && cluster.isPrimary) await runPrimary(config);
  else await runServer(config);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
