import cluster, { type Worker } from 'node:cluster';
import { createContext } from './bootstrap.js';
import type { Config } from './config.js';
import { printDemoInformation, seedDemoData } from './demo-seed.js';

/** A replacement is forked after this pause, so a process that keeps crashing cannot spin the machine. */
const REFORK_DELAY_MS = 1_000;

/**
 * SERVER_PROCESSES > 1 (DESIGN §5, stateless instances): this primary process migrates the database and seeds the
 * demo once, then forks that many server processes sharing the port. Only the first runs the background jobs
 * (outbox, housekeeping, daily acceptance: safe on several instances, but the polling once is enough). A process
 * that dies after it started listening is replaced; one that dies before is failing to boot (port taken, database
 * unreachable), so all stop. SIGTERM / SIGINT let every process finish its requests in flight, then the primary exits.
 */
export async function runPrimary(config: Config): Promise<void> {
  const ctx = await createContext(config);
  if (config.seedDemo) await seedDemoData(ctx);
  await ctx.close();

  let stopping = false;
  const running = new Map<Worker, { env: Record<string, string>; listening: boolean }>();
  const fork = (env: Record<string, string>) => running.set(cluster.fork(env), { env, listening: false });
  const stopAll = (exitCode: number) => {
    if (exitCode !== 0) process.exitCode = exitCode;
    if (stopping) return;
    stopping = true;
    if (running.size === 0) process.exit();
    for (const worker of running.keys()) worker.process.kill('SIGTERM');
  };

  let firstStart = true;
  cluster.on('listening', (worker) => {
    const record = running.get(worker);
    if (record) record.listening = true;
    if (!firstStart || [...running.values()].some((r) => !r.listening)) return;
    firstStart = false;
    console.log(`Zairyu Online: ${config.processes} server processes on http://${config.host}:${config.port}`);
    if (config.seedDemo) printDemoInformation(config);
  });
  cluster.on('exit', (worker, code, signal) => {
    const record = running.get(worker);
    running.delete(worker);
    if (stopping || !record) {
      if (running.size === 0) process.exit();
      return;
    }
    console.error(`server process ${worker.process.pid} ended (${signal ?? `exit code ${code}`})`);
    if (!record.listening) {
      console.error('it ended before it could listen; stopping the others');
      stopAll(1);
      return;
    }
    setTimeout(() => { if (!stopping) fork(record.env); }, REFORK_DELAY_MS);
  });
  process.on('SIGTERM', () => stopAll(0));
  process.on('SIGINT', () => stopAll(0));

  for (let i = 0; i < config.processes; i += 1) fork({ SEED_DEMO: 'false', JOBS_ENABLED: i === 0 && config.jobs.enabled ? 'true' : 'false' });
}
