/**
 * Applications benchmark (issue 5): `npx tsx test/bench/applications.ts` (part of `npm run bench`; PostgreSQL as
 * for the other benchmarks). Each figure has its baseline from the same run:
 *  1. submissions/s and p99 at 32 clients against a raw `pg` transaction writing the same rows (goal: at least half);
 *  2. autosaves/s and p99 against a raw read + write of the answers;
 *  3. the server's peak RSS while 25 MiB (the photo and 19 documents) is uploaded, against its idle RSS (goal: < 50 MB).
 * Each load phase also reports the CPU time one operation costs the server (all its processes), the database (every
 * PostgreSQL process) and the benchmark process (the raw client, or the load generator): throughput moves with
 * whatever else the machine runs, CPU per operation much less.
 * The server runs as one process (BENCH_SERVER_PROCESSES for more: on this 2-core machine, with PostgreSQL on the same
 * cores, two processes measured slower than one).
 * Not a test: nothing fails on speed. BENCH_SECONDS, BENCH_CONNECTIONS and BENCH_SUBMISSIONS tune it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import sharp from 'sharp';
import { buildPdf, buildPdfOfSize } from '../../src/server/adapters/uploads/test-support/fixtures.js';
import { INDIVIDUAL_EXTENSION } from '../../src/server/features/applications/test-answers.js';
import { call, cloneDraft, rawAutosaves, rawSubmissions, seedFiler, upload, type Client } from './applications-support.js';
import { measureCpu, processTreePids, rssBytes } from './proc-stats.js';
import { freshPostgresDatabase, startProcess, stopProcess } from './harness.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const submissions = Number(process.env.BENCH_SUBMISSIONS ?? 2000);
const serverProcesses = Number(process.env.BENCH_SERVER_PROCESSES ?? 1);
const PORT = 3993;
const base = `http://127.0.0.1:${PORT}`;
const MiB = 1024 * 1024;

async function facePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 800, channels: 3, background: { r: 200, g: 210, b: 220 } } }).jpeg().toBuffer();
}

/** One complete draft through the API: answers, photo, a PDF per required document, the receipt method. */
async function templateDraft(client: Client): Promise<{ id: string; revision: number }> {
  const created = await call(client, 'POST', '/api/v1/applications', { idempotencyKey: 'bench-template' });
  const id = String(created.json.id);
  await call(client, 'PATCH', `/api/v1/applications/${id}/answers`, { revision: 0, changes: INDIVIDUAL_EXTENSION });
  await upload(client, 'PUT', `/api/v1/applications/${id}/photo`, [{ field: 'photo', content: await facePhoto() }]);
  const view = (await call(client, 'GET', `/api/v1/applications/${id}`)).json as { checklist: { code: string; requirement: string }[]; receiptMethods: string[] };
  for (const item of view.checklist.filter((i) => i.requirement === 'REQUIRED')) {
    await upload(client, 'POST', `/api/v1/applications/${id}/attachments`, [{ field: 'documentCode', isField: true, content: Buffer.from(item.code) }, { field: 'files', content: buildPdf() }]);
  }
  const chosen = await call(client, 'PUT', `/api/v1/applications/${id}/receipt-method`, { method: view.receiptMethods[0] });
  return { id, revision: Number(chosen.json.revision) };
}

/** The floor of any signed-in request: the session read and its idle-timeout touch, nothing else. */
function sessionLoad(client: Client): Promise<autocannon.Result> {
  let n = 0;
  return autocannon({
    url: base, connections, duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: '/api/v1/session', headers: client.sessions[n++ % client.sessions.length] }) }],
  });
}

function submitLoad(client: Client, ids: string[]): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url: base, connections, amount: ids.length,
    requests: [{
      method: 'POST',
      setupRequest: (req) => {
        const id = ids[i % ids.length] ?? '';
        const headers = { ...client.sessions[i % client.sessions.length], 'content-type': 'application/json' };
        i += 1;
        return { ...req, path: `/api/v1/applications/${id}/submit`, headers, body: JSON.stringify({ idempotencyKey: `bench-${id}` }) };
      },
    }],
  });
}

/**
 * Autosaves of drafts that are not being saved at that moment, each at its current revision. autocannon gives a
 * request's context to its response handler and then starts afresh, so the draft in hand is kept in the context
 * and its revision here.
 */
function autosaveLoad(client: Client, ids: string[], revision: number): Promise<autocannon.Result> {
  const free = [...ids];
  const revisions = new Map(ids.map((id) => [id, revision]));
  let n = 0;
  return autocannon({
    url: base, connections, duration: seconds,
    requests: [{
      method: 'PATCH',
      setupRequest: (req, shared: object) => {
        const context = shared as { id?: string };
        const id = free.shift() ?? ids[0] ?? '';
        context.id = id;
        n += 1;
        const body = JSON.stringify({ revision: revisions.get(id), lastField: 'applicant.occupation', changes: { 'applicant.occupation': `会社員${n}` } });
        const headers = { ...client.sessions[n % client.sessions.length], 'content-type': 'application/json' };
        return { ...req, path: `/api/v1/applications/${id}/answers`, headers, body };
      },
      onResponse: (status: number, body: string, shared: object) => {
        const { id } = shared as { id?: string };
        if (!id) return;
        if (status === 200) revisions.set(id, (JSON.parse(body) as { revision: number }).revision);
        free.push(id);
      },
    }],
  });
}

/** The photo, then 19 documents making 25 MiB in all, in one streamed request, sampling the server's RSS. */
async function uploadMemory(client: Client, pid: number): Promise<{ idleMb: number; peakMb: number; status: number }> {
  const created = await call(client, 'POST', '/api/v1/applications', { idempotencyKey: 'bench-upload' });
  const id = String(created.json.id);
  await call(client, 'PATCH', `/api/v1/applications/${id}/answers`, { revision: 0, changes: INDIVIDUAL_EXTENSION });
  const photo = (await upload(client, 'PUT', `/api/v1/applications/${id}/photo`, [{ field: 'photo', content: await facePhoto() }]));
  const view = (await call(client, 'GET', `/api/v1/applications/${id}`)).json as { checklist: { code: string }[]; limits: { usedBytes: number } };
  const each = Math.floor((25 * MiB - view.limits.usedBytes) / 19);
  const last = 25 * MiB - view.limits.usedBytes - 18 * each;
  const files = [...Array.from({ length: 18 }, () => buildPdfOfSize(each)), buildPdfOfSize(last)];
  await new Promise((r) => setTimeout(r, 2000));
  const pids = processTreePids(pid);
  const idle = rssBytes(pids);
  let peak = idle;
  const sampler = setInterval(() => { peak = Math.max(peak, rssBytes(pids)); }, 5);
  const status = await upload(client, 'POST', `/api/v1/applications/${id}/attachments`, [
    { field: 'documentCode', isField: true, content: Buffer.from(view.checklist[0]?.code ?? '') }, ...files.map((content) => ({ field: 'files', content })),
  ]);
  clearInterval(sampler);
  peak = Math.max(peak, rssBytes(pids));
  if (photo !== 200) throw new Error(`photo upload ${photo}`);
  return { idleMb: idle / MiB, peakMb: peak / MiB, status };
}

console.log(`Applications benchmark ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${serverProcesses} server process(es)`);
const databaseUrl = await freshPostgresDatabase('zairyu_bench_applications');
const storageDir = mkdtempSync(join(tmpdir(), 'zairyu-bench-files-'));
const server = await startProcess('src/server/server.ts', {
  NODE_ENV: 'production', DATABASE_URL: databaseUrl, COOKIE_SECRET: 'benchmark-cookie-secret-0123456789abcdef', SIGNING_KEY_SECRET: 'benchmark-signing-key-secret-0123456789',
  PORT: String(PORT), SERVER_PROCESSES: String(serverProcesses), LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', SERVE_WEB: 'false', JOBS_ENABLED: 'false', STORAGE_DIR: storageDir,
}, `${base}/readyz`);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
try {
  const client = await seedFiler(databaseUrl, base, connections);
  const template = await templateDraft(client);
  const forServer = await cloneDraft(pool, template.id, submissions, 'bench-submit-');
  const forRaw = await cloneDraft(pool, template.id, submissions, 'bench-raw-');
  const forAutosave = await cloneDraft(pool, template.id, connections * 2, 'bench-autosave-');
  const forRawAutosave = await cloneDraft(pool, template.id, connections * 2, 'bench-raw-autosave-');

  const pid = server.pid ?? 0;
  const raw = await measureCpu(pid, () => rawSubmissions(pool, forRaw, connections));
  const served = await measureCpu(pid, () => submitLoad(client, forServer));
  const rawSave = await measureCpu(pid, () => rawAutosaves(pool, forRawAutosave, connections, seconds));
  const saved = await measureCpu(pid, () => autosaveLoad(client, forAutosave, template.revision));
  const floor = await sessionLoad(client);
  const memory = await uploadMemory(client, pid);

  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  const ms = (total: number, count: number) => (total / count).toFixed(2);
  const rawCpu = (m: typeof raw, count: number) => `— | ${ms(m.databaseMs, count)} | ${ms(m.benchMs, count)}`;
  const servedCpu = (m: typeof served, count: number) => `${ms(m.serverMs, count)} | ${ms(m.databaseMs, count)} | ${ms(m.benchMs, count)}`;
  const rawSaves = Math.round(rawSave.result.perSecond * seconds);
  const saves = saved.result.requests.total;
  console.log(`\n| measure (${connections} concurrent clients) | per second | p99 (ms) | non-2xx | ratio to baseline | CPU ms per operation: server | database | bench process |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  console.log(`| raw pg submission transaction, same rows (baseline, pool of 10) | ${raw.result.perSecond} | ${raw.result.p99Ms} | — | 1.00 | ${rawCpu(raw, forRaw.length)} |`);
  console.log(`| POST /api/v1/applications/:id/submit (${submissions} drafts) | ${Math.round(served.result.requests.average)} | ${served.result.latency.p99} | ${served.result.non2xx} | ${ratio(served.result.requests.average, raw.result.perSecond)} | ${servedCpu(served, forServer.length)} |`);
  console.log(`| raw pg autosave, read + write at the revision (baseline) | ${rawSave.result.perSecond} | ${rawSave.result.p99Ms} | — | 1.00 | ${rawCpu(rawSave, rawSaves)} |`);
  console.log(`| PATCH /api/v1/applications/:id/answers (${seconds} s) | ${Math.round(saved.result.requests.average)} | ${saved.result.latency.p99} | ${saved.result.non2xx} | ${ratio(saved.result.requests.average, rawSave.result.perSecond)} | ${servedCpu(saved, saves)} |`);
  console.log(`| for scale: GET /api/v1/session, the session read + touch of every signed-in request (${seconds} s) | ${Math.round(floor.requests.average)} | ${floor.latency.p99} | ${floor.non2xx} | ${ratio(floor.requests.average, rawSave.result.perSecond)} | | | |`);
  console.log(`\n| upload of 25 MiB (photo + 19 documents, one request for the documents) | MiB |`);
  console.log('|---|---:|');
  console.log(`| server RSS idle, all its processes (baseline) | ${memory.idleMb.toFixed(1)} |`);
  console.log(`| server RSS peak during the upload (status ${memory.status}) | ${memory.peakMb.toFixed(1)} |`);
  console.log(`| growth | ${(memory.peakMb - memory.idleMb).toFixed(1)} |`);
} finally {
  await pool.end();
  await stopProcess(server);
  rmSync(storageDir, { recursive: true, force: true });
}
