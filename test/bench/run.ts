/**
 * `npm run bench`: the built server on PostgreSQL against a bare Fastify "hello" measured in the same run.
 * Prints requests/s, p99 and the ratio to the baseline. Not a test: nothing fails on speed.
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 32) tune the load.
 */
import { cpus, totalmem } from 'node:os';
import { SAMPLE_ELIGIBILITY_REQUEST, benchEligibilityFunction } from './eligibility.js';
import { freshPostgresDatabase, load, printTable, startProcess, stopProcess, type LoadResult } from './harness.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SERVER_PORT = 3990;
const HELLO_PORT = 3991;

console.log(`Benchmark ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log(`${seconds} s per endpoint, ${connections} connections, loopback`);

const hello = await startProcess('test/bench/hello-server.ts', { PORT: String(HELLO_PORT) }, `http://127.0.0.1:${HELLO_PORT}/hello`);
const baseline = await load('bare Fastify hello (baseline)', `http://127.0.0.1:${HELLO_PORT}/hello`, seconds, connections);
await stopProcess(hello);

const databaseUrl = await freshPostgresDatabase('zairyu_bench');
const server = await startProcess(
  'src/server/server.ts',
  {
    NODE_ENV: 'production', DATABASE_URL: databaseUrl, COOKIE_SECRET: 'benchmark-cookie-secret-0123456789abcdef', SIGNING_KEY_SECRET: 'benchmark-signing-key-secret-0123456789', PORT: String(SERVER_PORT),
    LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', ELIGIBILITY_RATE_LIMIT_PER_MINUTE: '100000000', SERVE_WEB: 'false', JOBS_ENABLED: 'false',
  },
  `http://127.0.0.1:${SERVER_PORT}/readyz`,
);
const rows: LoadResult[] = [baseline];
try {
  rows.push(await load('GET /healthz', `http://127.0.0.1:${SERVER_PORT}/healthz`, seconds, connections));
  rows.push(await load('GET /api/v1/reference', `http://127.0.0.1:${SERVER_PORT}/api/v1/reference`, seconds, connections));
  rows.push(await load('GET /readyz (database round trip)', `http://127.0.0.1:${SERVER_PORT}/readyz`, seconds, connections));
  rows.push(
    await load('POST /api/v1/eligibility/check', `http://127.0.0.1:${SERVER_PORT}/api/v1/eligibility/check`, seconds, connections, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(SAMPLE_ELIGIBILITY_REQUEST),
    }),
  );
} finally {
  await stopProcess(server);
}
printTable(rows, baseline);

const micro = benchEligibilityFunction();
const microBaseline = micro[0];
console.log('\n| in-process | calls/s | ratio to parse alone |');
console.log('|---|---:|---:|');
for (const m of micro) console.log(`| ${m.name} | ${m.callsPerSecond} | ${microBaseline ? (m.callsPerSecond / microBaseline.callsPerSecond).toFixed(2) : '-'} |`);
