/**
 * Back-office queue benchmark (issue 6): `npx tsx test/bench/queues.ts` (part of `npm run bench`; PostgreSQL as for
 * the other benchmarks). Seeds BENCH_APPLICATIONS (default 1,000,000) applications over the 11 offices, then times
 * the real HTTP queue routes as the Tokyo bureau's intake clerk and examiner, one request at a time
 * (BENCH_REQUESTS each, after a warm-up), with `GET /healthz` and `GET /api/v1/session` from the same run as
 * baselines; then prints EXPLAIN (ANALYZE, BUFFERS) summaries of the queue's three queries. Goal: p95 < 50 ms.
 * BENCH_REUSE=1 keeps the database of an earlier run when it holds the applications already (the seed of a million
 * takes minutes); the server applies any newer migrations to it on start.
 */
import { cpus, totalmem } from 'node:os';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import type { z } from 'zod';
import type { OfficerRole } from '../../src/domain/auth/roles.js';
import { systemClock } from '../../src/domain/calendar/clock.js';
import { addDays, jstDateOf } from '../../src/domain/calendar/jst.js';
import type { CaseStatus } from '../../src/domain/case/index.js';
import { openDatabase } from '../../src/server/db/client.js';
import { applications } from '../../src/server/db/schema.js';
import { createAccount } from '../../src/server/features/accounts/account-factory.js';
import { queueConditions } from '../../src/server/features/back-office/queue-service.js';
import { COUNT_CAP } from '../../src/server/features/back-office/repository.js';
import { QueueQuery } from '../../src/server/features/back-office/schemas.js';
import { freshPostgresDatabase, startProcess, stopProcess } from './harness.js';
import { seedApplications, seedOfficer, type Officer } from './queues-seed.js';

const total = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const PORT = 3994;
const base = `http://127.0.0.1:${PORT}`;
const today = jstDateOf(new Date());
const monthAgo = addDays(today, -30);

interface Timing {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  total?: number;
}

function percentile(sorted: number[], q: number): number {
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0) * 10) / 10;
}

/** One request at a time: the latency of the page itself, not of a queue in front of it. */
async function time(name: string, path: string, headers: Record<string, string> = {}): Promise<Timing> {
  const latencies: number[] = [];
  let non2xx = 0;
  let seen: number | undefined;
  for (let i = 0; i < requests + 20; i += 1) {
    const t0 = performance.now();
    const res = await fetch(`${base}${path}`, { headers });
    const body = await res.text();
    if (i < 20) continue;
    latencies.push(performance.now() - t0);
    if (res.status < 200 || res.status > 299) non2xx += 1;
    else if (seen === undefined && body.includes('"total"')) seen = (JSON.parse(body) as { total: number }).total;
  }
  latencies.sort((a, b) => a - b);
  return { name, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99), non2xx, total: seen };
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function scans(node: PlanNode): string[] {
  const own = node['Index Name'] ? [`${node['Node Type']} ${node['Index Name']}`] : node['Relation Name'] ? [`${node['Node Type']} ${node['Relation Name']}`] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

type QueueInput = z.input<typeof QueueQuery>;

/** The queue's three statements as queueFor builds them (page, total, counts per status), explained. */
async function explain(pool: pg.Pool, db: Awaited<ReturnType<typeof openDatabase>>['db'], role: OfficerRole, query: QueueInput, fixedStatus: CaseStatus | undefined): Promise<void> {
  const parsed = QueueQuery.parse(query);
  const { base, where } = queueConditions({ role, office: 'TOKYO' }, parsed, systemClock, fixedStatus);
  const statements = {
    page: db.select({ id: applications.id, state: applications.state, submittedAt: applications.submittedAt }).from(applications).where(where)
      .orderBy(asc(applications.submittedAt), asc(applications.id)).limit(parsed.pageSize).offset((parsed.page - 1) * parsed.pageSize).toSQL(),
    total: db.select({ n: count() }).from(db.select({ one: sql`1` }).from(applications).where(where).limit(COUNT_CAP + 1).as('matching')).toSQL(),
    'count UNDER_EXAMINATION': db.select({ n: count() }).from(db.select({ one: sql`1` }).from(applications).where(and(...base, eq(applications.state, 'UNDER_EXAMINATION'))).limit(COUNT_CAP + 1).as('matching')).toSQL(),
  };
  for (const [name, q] of Object.entries(statements)) {
    const { rows } = await pool.query<{ 'QUERY PLAN': [{ Plan: PlanNode & { 'Shared Hit Blocks': number; 'Shared Read Blocks': number }; 'Execution Time': number }] }>(
      `explain (analyze, buffers, format json) ${q.sql}`, q.params);
    const [plan] = rows[0]?.['QUERY PLAN'] ?? [];
    if (!plan) continue;
    console.log(`  ${name.padEnd(6)} ${plan['Execution Time'].toFixed(1).padStart(7)} ms  buffers hit ${plan.Plan['Shared Hit Blocks']} read ${plan.Plan['Shared Read Blocks']}  ${[...new Set(scans(plan.Plan))].join('; ')}`);
  }
}

console.log(`Queue benchmark ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
const DATABASE_NAME = 'zairyu_bench_queues';

/** The earlier run's database if BENCH_REUSE is set and it holds the applications, else a fresh one. */
async function benchDatabase(): Promise<{ url: string; reused: boolean }> {
  if (process.env.BENCH_REUSE === '1') {
    const url = new URL(process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    url.pathname = `/${DATABASE_NAME}`;
    const client = new pg.Client({ connectionString: url.toString() });
    const seeded = await client.connect().then(async () => {
      const { rows } = await client.query<{ n: string }>('select count(*) as n from applications');
      return Number(rows[0]?.n ?? 0) >= total;
    }, () => false).finally(() => client.end().catch(() => undefined));
    if (seeded) return { url: url.toString(), reused: true };
  }
  return { url: await freshPostgresDatabase(DATABASE_NAME), reused: false };
}

const { url: databaseUrl, reused } = await benchDatabase();
const server = await startProcess('src/server/server.ts', {
  NODE_ENV: 'production', DATABASE_URL: databaseUrl, COOKIE_SECRET: 'benchmark-cookie-secret-0123456789abcdef', SIGNING_KEY_SECRET: 'benchmark-signing-key-secret-0123456789',
  PORT: String(PORT), LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', SERVE_WEB: 'false', JOBS_ENABLED: 'false',
}, `${base}/readyz`);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
const database = await openDatabase({ kind: 'postgres', url: databaseUrl });
try {
  const owner = await database.db.transaction((tx) => createAccount(tx, systemClock, { kind: 'INDIVIDUAL', displayName: 'BENCH FILER', email: 'bench-owner@example.test' }));
  const clerk: Officer = await seedOfficer(databaseUrl, 'INTAKE_CLERK', 'TOKYO');
  const examiner: Officer = await seedOfficer(databaseUrl, 'EXAMINER', 'TOKYO');
  const seedStarted = performance.now();
  if (reused) await pool.query('vacuum (analyze) applications');
  else await seedApplications(pool, owner.id, examiner.id, total);
  const { rows: sizes } = await pool.query<{ n: string; bureau: string; actions: string }>(
    `select count(*) as n, count(*) filter (where office in ('TOKYO', 'YOKOHAMA')) as bureau, (select count(*) from application_actions) as actions from applications`);
  console.log(`${reused ? 'Reused' : 'Seeded'} ${sizes[0]?.n} applications (${sizes[0]?.bureau} in the Tokyo bureau), ${sizes[0]?.actions} action rows in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s`);

  const q = '/api/v1/back-office';
  const results: Timing[] = [
    await time('GET /healthz (baseline)', '/healthz'),
    await time('GET /api/v1/session, signed-in floor (baseline)', '/api/v1/session', examiner.headers),
    await time('intake, page 1', `${q}/intake`, clerk.headers),
    await time('intake, page 50', `${q}/intake?page=50`, clerk.headers),
    await time('work queue, no filter (open cases), page 1', `${q}/cases`, examiner.headers),
    await time('work queue, no filter (open cases), page 50', `${q}/cases?page=50`, examiner.headers),
    await time('work queue, every status (status=ALL), page 1', `${q}/cases?status=ALL`, examiner.headers),
    await time('work queue, status UNDER_EXAMINATION + procedure CHANGE', `${q}/cases?status=UNDER_EXAMINATION&procedure=CHANGE`, examiner.headers),
    await time('work queue, received in the last 30 days', `${q}/cases?receivedFrom=${monthAgo}&receivedTo=${today}`, examiner.headers),
    await time('work queue, overdue', `${q}/cases?overdue=true`, examiner.headers),
    await time('work queue, overdue, page 50', `${q}/cases?overdue=true&page=50`, examiner.headers),
  ];
  const floor = results[0]?.p95 ?? 1;
  console.log(`\n| request (${requests} sequential, after 20 warm-up) | rows matched | p50 (ms) | p95 (ms) | p99 (ms) | non-2xx | p95 ratio to /healthz |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(`| ${r.name} | ${r.total?.toLocaleString('en') ?? '—'} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.non2xx} | ${(r.p95 / floor).toFixed(1)} |`);
  }

  console.log('\nEXPLAIN (ANALYZE, BUFFERS), Tokyo bureau (TOKYO + YOKOHAMA):');
  const received = { receivedFrom: monthAgo, receivedTo: today };
  const cases: [string, OfficerRole, QueueInput, CaseStatus | undefined][] = [
    ['intake, page 1', 'INTAKE_CLERK', {}, 'SUBMITTED'],
    ['intake, page 50', 'INTAKE_CLERK', { page: 50 }, 'SUBMITTED'],
    ['work queue, no filter (open cases)', 'EXAMINER', {}, undefined],
    ['work queue, every status', 'EXAMINER', { status: 'ALL' }, undefined],
    ['status + procedure', 'EXAMINER', { status: 'UNDER_EXAMINATION', procedure: 'CHANGE' }, undefined],
    ['received date range', 'EXAMINER', received, undefined],
    ['overdue', 'EXAMINER', { overdue: 'true' }, undefined],
    ['overdue, page 50', 'EXAMINER', { overdue: 'true', page: 50 }, undefined],
  ];
  for (const [name, role, query, fixedStatus] of cases) {
    console.log(`${name}:`);
    await explain(pool, database.db, role, query, fixedStatus);
  }
} finally {
  await database.close();
  await pool.end();
  await stopProcess(server);
}
