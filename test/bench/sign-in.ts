/**
 * Sign-in benchmark (R-AUTH-8): `npx tsx test/bench/sign-in.ts` (PostgreSQL as for `npm run bench`).
 * Reports the Argon2id cost, sign-ins (認証ID + password step) per second, the p99 of GET /healthz alone and
 * while sign-ins run (hashing runs on the libuv pool, not the event loop), and the latency of a wrong password
 * for a known 認証ID against an unknown 認証ID (equal work by construction: a dummy verification).
 * Source addresses vary through X-Forwarded-For (TRUSTED_PROXIES=127.0.0.1) so the per-address limit does not
 * cut the run short; nothing leaves the loopback interface. Not a test: nothing fails on speed.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { normalisePassword } from '../../src/domain/auth/password-policy.js';
import { systemClock } from '../../src/domain/calendar/clock.js';
import { openDatabase } from '../../src/server/db/client.js';
import { createAccount } from '../../src/server/features/accounts/account-factory.js';
import { ARGON2_OPTIONS, hashPassword, verifyPasswordOrDummy } from '../../src/server/features/accounts/password-hashing.js';
import { freshPostgresDatabase, load, startProcess, stopProcess } from './harness.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const PORT = 3992;
const base = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'benchmark passphrase 2026';
const ACCOUNTS = 200;

async function argon2Cost(): Promise<{ hashMs: number; verifyMs: number }> {
  const started = performance.now();
  const stored = await hashPassword(PASSWORD);
  const hashMs = performance.now() - started;
  const t = performance.now();
  for (let i = 0; i < 20; i += 1) await verifyPasswordOrDummy(stored, PASSWORD);
  return { hashMs, verifyMs: (performance.now() - t) / 20 };
}

async function seedAccounts(databaseUrl: string): Promise<string[]> {
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl });
  try {
    const passwordHash = await hashPassword(normalisePassword(PASSWORD));
    return await database.db.transaction(async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < ACCOUNTS; i += 1) {
        const a = await createAccount(tx, systemClock, { kind: 'ORG_STAFF', displayName: `Bench ${i}`, email: `bench-${i}@example.test`, passwordHash, totpSecret: 'v1.unused' });
        ids.push(a.authId);
      }
      return ids;
    });
  } finally {
    await database.close();
  }
}

async function csrf(): Promise<{ cookie: string; token: string }> {
  const res = await fetch(`${base}/api/v1/csrf-token`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, token: ((await res.json()) as { token: string }).token };
}

let addressCounter = 0;
function nextAddress(): string {
  addressCounter += 1;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

function signInLoad(authIds: string[], token: { cookie: string; token: string }, duration: number): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url: base, duration, connections,
    requests: [{
      method: 'POST', path: '/api/v1/sign-in',
      setupRequest: (req) => {
        i += 1;
        const body = JSON.stringify({ authId: authIds[i % authIds.length], password: PASSWORD });
        return { ...req, body, headers: { 'content-type': 'application/json', cookie: token.cookie, 'x-csrf-token': token.token, 'x-forwarded-for': nextAddress() } };
      },
    }],
  });
}

async function timedAttempt(authId: string, token: { cookie: string; token: string }): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${base}/api/v1/sign-in`, {
    method: 'POST', body: JSON.stringify({ authId, password: 'a wrong password for timing' }),
    headers: { 'content-type': 'application/json', cookie: token.cookie, 'x-csrf-token': token.token, 'x-forwarded-for': nextAddress() },
  });
  await res.arrayBuffer();
  if (res.status !== 401) throw new Error(`expected 401, got ${res.status}`);
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const cost = await argon2Cost();
console.log(`Argon2id m=${ARGON2_OPTIONS.memoryCost} KiB t=${ARGON2_OPTIONS.timeCost} p=${ARGON2_OPTIONS.parallelism}: hash ${cost.hashMs.toFixed(1)} ms, verify ${cost.verifyMs.toFixed(1)} ms (in-process, one at a time)`);
const databaseUrl = await freshPostgresDatabase('zairyu_bench_sign_in');
const server = await startProcess('src/server/server.ts', {
  NODE_ENV: 'production', DATABASE_URL: databaseUrl, COOKIE_SECRET: 'benchmark-cookie-secret-0123456789abcdef', SIGNING_KEY_SECRET: 'benchmark-signing-key-secret-0123456789', PORT: String(PORT), LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '100000000', SERVE_WEB: 'false', JOBS_ENABLED: 'false', TRUSTED_PROXIES: '127.0.0.1',
}, `${base}/readyz`);
try {
  const authIds = await seedAccounts(databaseUrl);
  const token = await csrf();
  const alone = await load('GET /healthz alone', `${base}/healthz`, seconds, 4);
  const [signIns, during] = await Promise.all([
    signInLoad(authIds, token, seconds),
    load('GET /healthz during sign-ins', `${base}/healthz`, seconds, 4),
  ]);
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < 100; i += 1) {
    known.push(await timedAttempt(authIds[i % authIds.length] ?? '', token));
    unknown.push(await timedAttempt(`ZZ${randomUUID().slice(0, 10).toUpperCase()}`, token));
  }
  console.log(`\n| measure | value |\n|---|---:|`);
  console.log(`| sign-ins (password step) per second, ${connections} connections | ${Math.round(signIns.requests.average)} (non-2xx ${signIns.non2xx}) |`);
  console.log(`| sign-in latency p50 / p99 (ms) | ${signIns.latency.p50} / ${signIns.latency.p99} |`);
  console.log(`| GET /healthz p99 alone (ms), req/s | ${alone.p99Ms}, ${alone.requestsPerSecond} |`);
  console.log(`| GET /healthz p99 during sign-ins (ms), req/s | ${during.p99Ms}, ${during.requestsPerSecond} |`);
  console.log(`| wrong password, known 認証ID: median (ms) | ${median(known).toFixed(1)} |`);
  console.log(`| unknown 認証ID: median (ms) | ${median(unknown).toFixed(1)} |`);
} finally {
  await stopProcess(server);
}
