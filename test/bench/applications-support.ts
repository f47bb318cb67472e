/**
 * Seeding and the raw-pg baselines of the applications benchmark (test/bench/applications.ts).
 */
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import pg from 'pg';
import { SESSION_POLICY } from '../../src/domain/auth/session-policy.js';
import { systemClock } from '../../src/domain/calendar/clock.js';
import { openDatabase } from '../../src/server/db/client.js';
import { individualProfiles, sessions } from '../../src/server/db/schema.js';
import { createAccount } from '../../src/server/features/accounts/account-factory.js';
import { newToken, sha256Hex } from '../../src/server/features/accounts/tokens.js';
import { multipartBody, type PartSpec } from '../../src/server/adapters/uploads/test-support/multipart-body.js';
import { submissionReceivedMail } from '../../src/server/features/applications/mail-templates.js';
import type { ProcedureCode } from '../../src/domain/reference/procedures.js';

export interface Client {
  base: string;
  /** Cookie header with the session and the CSRF secret, and the CSRF token for state changes. */
  headers: Record<string, string>;
  /** The same headers for each of the filer's sessions (as many as load connections: one browser tab each). */
  sessions: Record<string, string>[];
}

/**
 * An individual filer (card holder) with open sessions, written straight into the database. Each load connection
 * uses its own session, as separate users would: one shared session row would make every request queue on it.
 */
export async function seedFiler(databaseUrl: string, base: string, sessionCount: number): Promise<Client> {
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl });
  const tokens = Array.from({ length: sessionCount }, () => newToken());
  try {
    await database.db.transaction(async (tx) => {
      const account = await createAccount(tx, systemClock, { kind: 'INDIVIDUAL', displayName: 'BENCH FILER', email: 'bench-filer@example.test' });
      const now = new Date();
      const serial = randomUUID();
      await tx.insert(individualProfiles).values({
        accountId: account.id, status: 'ACTIVE', userType: 'SELF', relationship: null,
        facts: { name: 'BENCH FILER', sex: 'M', dateOfBirth: '1990-01-02', address: '東京都新宿区西新宿二丁目8番1号' }, personKey: serial,
        authCertIssuer: 'CN=bench', authCertSerial: serial, authCertFingerprint: serial, sigCertSerial: serial, createdAt: now, updatedAt: now,
      });
      const absolute = new Date(now.getTime() + SESSION_POLICY.absoluteMs);
      await tx.insert(sessions).values(tokens.map((token) => ({
        idHash: sha256Hex(token), accountId: account.id, stage: 'ACTIVE' as const, createdAt: now, lastSeenAt: now, idleExpiresAt: absolute, absoluteExpiresAt: absolute,
      })));
    });
  } finally {
    await database.close();
  }
  const res = await fetch(`${base}/api/v1/csrf-token`);
  const csrfCookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { token: csrf } = (await res.json()) as { token: string };
  const sessionHeaders = tokens.map((token) => ({ cookie: `__Host-session=${token}; ${csrfCookie}`, 'x-csrf-token': csrf }));
  return { base, headers: sessionHeaders[0] ?? {}, sessions: sessionHeaders };
}

export async function call(client: Client, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${client.base}${path}`, {
    method, headers: { ...client.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** Streams a multipart body (64 KiB at a time) the way a browser would send a large upload. */
export function upload(client: Client, method: 'PUT' | 'POST', path: string, parts: PartSpec[]): Promise<number> {
  const body = multipartBody(parts);
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${client.base}${path}`, { method, headers: { ...client.headers, 'content-type': body.contentType, 'content-length': body.length } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    body.stream().pipe(req);
  });
}

/**
 * Copies a complete draft (answers, receipt method, photo and document rows) `count` times in SQL, so the
 * submission load measures submissions and not the set-up. The copies share the template's stored objects.
 */
export async function cloneDraft(pool: pg.Pool, templateId: string, count: number, prefix: string): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ id: string }>(`
      insert into applications (id, owner_account_id, organization_id, requesting_range_id, filer_type, creation_key, state, answers, revision, saved_at,
        last_field, procedures, main_procedure, applicant_name, applicant_residence_card_number, applicant_nationality, applicant_passport_number,
        receipt_method, created_at, updated_at)
      select gen_random_uuid(), owner_account_id, organization_id, requesting_range_id, filer_type, $2 || i, state, answers, revision, saved_at,
        last_field, procedures, main_procedure, applicant_name, applicant_residence_card_number, applicant_nationality, applicant_passport_number,
        receipt_method, created_at, updated_at
      from applications, generate_series(1, $3::int) i where id = $1 returning id`, [templateId, prefix, count]);
    await client.query(`
      insert into stored_files (id, storage_key, content_type, size_bytes, sha256, purpose, created_at)
      select md5(a.id::text || f.id::text)::uuid, s.storage_key, s.content_type, s.size_bytes, s.sha256, s.purpose, s.created_at
      from applications a cross join application_files f join stored_files s on s.id = f.stored_file_id
      where a.creation_key like $2 || '%' and f.application_id = $1`, [templateId, prefix]);
    await client.query(`
      insert into application_files (id, application_id, kind, document_code, stored_file_id, created_at)
      select gen_random_uuid(), a.id, f.kind, f.document_code, md5(a.id::text || f.id::text)::uuid, f.created_at
      from applications a cross join application_files f
      where a.creation_key like $2 || '%' and f.application_id = $1`, [templateId, prefix]);
    await client.query('commit');
    return rows.map((r) => r.id);
  } finally {
    client.release();
  }
}

export interface RawResult {
  perSecond: number;
  p99Ms: number;
}

function p99(latencies: number[]): number {
  const sorted = [...latencies].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length * 0.99)] ?? 0) * 10) / 10;
}

/** Runs `work` on `concurrency` workers until the items (or the time) run out; per-operation latency. */
async function runWorkers<T>(items: T[] | (() => T), concurrency: number, seconds: number, work: (item: T) => Promise<void>): Promise<RawResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const next = () => (typeof items === 'function' ? items() : items.shift());
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (;;) {
      if (performance.now() > deadline) return;
      const item = next();
      if (item === undefined) return;
      const t0 = performance.now();
      await work(item);
      latencies.push(performance.now() - t0);
    }
  }));
  return { perSecond: Math.round(latencies.length / ((performance.now() - started) / 1000)), p99Ms: p99(latencies) };
}

/**
 * The database's own limit for a submission: one transaction writing the rows the server writes, in the fewest
 * statements — the row lock, the action log read, then in one statement (as the server sends them) the SUBMIT action,
 * the case state with the answers re-written (the search columns keep their values), both outbox mails (the real
 * texts) and the audit row with the same details (in audit_pending, chained into audit_log at commit under the chain's lock).
 */
export function rawSubmissions(pool: pg.Pool, ids: string[], concurrency: number): Promise<RawResult> {
  return runWorkers([...ids], concurrency, 600, async (id) => {
    const c = await pool.connect();
    try {
      await c.query('begin');
      const { rows: [row] } = await c.query<{ answers: Record<string, unknown>; procedures: string[]; applicant_name: string | null }>(
        'select * from applications where id = $1 for update', [id]);
      await c.query('select * from application_actions where application_id = $1 order by id', [id]);
      const now = new Date();
      const facts = { procedures: (row?.procedures ?? []) as ProcedureCode[], applicantName: row?.applicant_name ?? null, office: 'TOKYO' as const, at: now };
      const owner = submissionReceivedMail('bench-filer@example.test', facts, `http://127.0.0.1/applications/${id}`);
      const applicant = submissionReceivedMail('applicant@example.test', facts, null);
      const details = { procedures: row?.procedures ?? [], office: 'TOKYO', filerType: 'FOREIGN_NATIONAL', applicantAccountsNotified: 0 };
      const head = `{"action":"application.submitted","actorId":null,"actorType":"APPLICANT","at":"${now.toISOString()}","details":${JSON.stringify(details)},"id":`;
      // The four writes in one statement, as the server sends them (writeTogether).
      await c.query(`with action as (
          insert into application_actions (application_id, type, idempotency_key, actor_type, actor_id, at, details) values ($1, 'SUBMIT', $2, 'APPLICANT', null, $3, '{}')
            on conflict (application_id, idempotency_key) do nothing),
        submitted as (
          update applications set state = 'SUBMITTED', answers = $4, office = 'TOKYO', submitted_at = $3, submitted_by = owner_account_id, updated_at = $3 where id = $1),
        mails as (
          insert into outbox (kind, job_key, payload, run_after, created_at) values ('mail.send', $5, $6, $3, $3), ('mail.send', $7, $8, $3, $3) on conflict (job_key) do nothing)
        insert into audit_pending (at, actor_type, actor_id, action, subject_type, subject_id, ip_address, outcome, details, hashed_head, hashed_middle, hashed_tail, genesis_hash)
          values ($3, 'APPLICANT', null, 'application.submitted', 'application', $1, '127.0.0.1', 'SUCCESS', $9, $10, $11, $12, $13)`,
      [id, `raw-${id}`, now, row?.answers ?? {}, `raw-submitted:${id}:owner`, owner, `raw-submitted:${id}:applicant`, applicant,
        details, head, ',"ipAddress":"127.0.0.1","outcome":"SUCCESS","prevHash":', `,"subjectId":${JSON.stringify(id)},"subjectType":"application"}`, '0'.repeat(64)]);
      await c.query('commit');
    } finally {
      c.release();
    }
  });
}

/** The database's own limit for an autosave: read the draft, write the merged answers at the revision. */
export function rawAutosaves(pool: pg.Pool, ids: string[], concurrency: number, seconds: number): Promise<RawResult> {
  let n = 0;
  return runWorkers(() => ({ id: ids[n++ % ids.length] ?? '' }), concurrency, seconds, async (draft) => {
    const { rows } = await pool.query<{ answers: Record<string, unknown>; revision: number }>('select answers, revision from applications where id = $1', [draft.id]);
    const row = rows[0];
    if (!row) throw new Error('draft missing');
    await pool.query(`update applications set answers = $2, revision = revision + 1, saved_at = now(), updated_at = now(), last_field = 'applicant.occupation'
      where id = $1 and revision = $3 and state = 'DRAFT'`, [draft.id, { ...row.answers, 'applicant.occupation': `会社員${n}` }, row.revision]);
  });
}
