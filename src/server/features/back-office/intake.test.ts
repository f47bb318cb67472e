import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { rowsOf } from '../../db/client.js';
import { applications } from '../../db/schema.js';
import { auditActions, queuedMailTo } from '../accounts/test-support.js';
import { testStorageEnv } from '../applications/test-support.js';
import { COUNT_CAP } from './repository.js';
import { key, officer, seedCase, type TestOfficer } from './test-support.js';

const NOTIFICATION = 'an.nguyen@example.test';

describe.each(testBackends())('back office: intake, claims and audit (R-EXAM-2, R-EXAM-3, R-EXAM-6) on %s', (backend) => {
  let t: TestApp;
  let clerk: TestOfficer;
  let other: TestOfficer;
  let supervisor: TestOfficer;

  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
    clerk = await officer(t, 'INTAKE_CLERK', 'TOKYO');
    other = await officer(t, 'INTAKE_CLERK', 'TOKYO');
    supervisor = await officer(t, 'SUPERVISOR', 'TOKYO');
  }, 60_000);
  afterAll(async () => t.close());

  const post = (o: TestOfficer, id: string, action: string, body: Record<string, unknown> = {}) =>
    o.browser.post(`/api/v1/back-office/cases/${id}/${action}`, { idempotencyKey: key(), ...body });

  it('R-EXAM-2: claim then accept assigns the reception number through acceptApplication, mails it, and a retry returns the same number', async () => {
    const c = await seedCase(t);
    expect((await post(clerk, c.id, 'claim')).statusCode).toBe(200);
    const accepted = await post(clerk, c.id, 'accept');
    expect(accepted.statusCode).toBe(200);
    const { receptionNumber, status, holder } = accepted.json() as { receptionNumber: string; status: string; holder: unknown };
    expect(status).toBe('UNDER_EXAMINATION');
    expect(receptionNumber).toMatch(/^東/);
    expect(holder).toBeNull();
    expect((await post(clerk, c.id, 'accept')).json()).toMatchObject({ receptionNumber });
    for (const to of [c.ownerEmail, NOTIFICATION]) expect((await queuedMailTo(t, to)).some((m) => m.text.includes(receptionNumber))).toBe(true);
    const audit = (await auditActions(t)).filter((a) => a.subjectId === c.id);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['back-office.claim', 'back-office.accept', 'application.accepted']));
    expect(audit.find((a) => a.action === 'back-office.accept')).toMatchObject({ actorType: 'OFFICER', outcome: 'SUCCESS', ipAddress: '127.0.0.1' });
  });

  it('R-EXAM-2: return for defects with reasons; the filer and the notification address are emailed; status 差戻し; audited', async () => {
    const c = await seedCase(t);
    expect((await post(clerk, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(clerk, c.id, 'return', { reasons: [] })).statusCode).toBe(400);
    const returned = await post(clerk, c.id, 'return', { reasons: ['顔写真が不鮮明です。', '旅券の写しが不足しています。'] });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'RETURNED', receptionNumber: null });
    for (const to of [c.ownerEmail, NOTIFICATION]) {
      const mails = await queuedMailTo(t, to);
      expect(mails.some((m) => m.subject.includes('差戻し') && m.text.includes('旅券の写しが不足しています。'))).toBe(true);
    }
    expect((await auditActions(t)).some((a) => a.subjectId === c.id && a.action === 'back-office.return')).toBe(true);
    const again = await post(clerk, c.id, 'accept');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'ACTION_NOT_ALLOWED', status: 'RETURNED' });
  });

  it('R-EXAM-3: a claimed case refuses another officer\'s claim and writes with a 409 naming the holder; release and reassign move it', async () => {
    const c = await seedCase(t);
    expect((await post(other, c.id, 'accept')).statusCode).toBe(409);
    expect((await post(clerk, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(clerk, c.id, 'claim')).statusCode).toBe(200);
    for (const action of ['claim', 'accept', 'release']) {
      const res = await post(other, c.id, action);
      expect(res.statusCode).toBe(409);
      expect(JSON.stringify(res.json())).toContain('INTAKE_CLERK TOKYO');
    }
    const reassigned = await post(supervisor, c.id, 'reassign', { officerId: other.id });
    expect(reassigned.statusCode).toBe(200);
    expect(reassigned.json()).toMatchObject({ holder: { id: other.id } });
    expect((await post(clerk, c.id, 'accept')).statusCode).toBe(409);
    expect((await post(other, c.id, 'release')).json()).toMatchObject({ holder: null });
    expect((await post(clerk, c.id, 'claim')).json()).toMatchObject({ holder: { id: clerk.id } });
    const osaka = await officer(t, 'EXAMINER', 'OSAKA');
    expect((await post(supervisor, c.id, 'reassign', { officerId: osaka.id })).statusCode).toBe(422);
    const audit = (await auditActions(t)).filter((a) => a.subjectId === c.id).map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['back-office.claim', 'back-office.reassign', 'back-office.release']));
  });

  it('R-EXAM-6: every view of a case and of a file is audited, and a refused view is audited as DENIED', async () => {
    const c = await seedCase(t);
    expect((await clerk.browser.get(`/api/v1/back-office/cases/${c.id}`)).statusCode).toBe(200);
    const osaka = await officer(t, 'INTAKE_CLERK', 'OSAKA');
    expect((await osaka.browser.get(`/api/v1/back-office/cases/${c.id}`)).statusCode).toBe(404);
    const audit = (await auditActions(t)).filter((a) => a.subjectId === c.id && a.action === 'back-office.case.viewed');
    expect(audit.map((a) => a.outcome)).toEqual(['SUCCESS', 'DENIED']);
  });

  it('R-EXAM-3: the queue filters by procedure, filer type, received dates, overdue and status, pages with a total and counts per status', async () => {
    const supervisorOsaka = await officer(t, 'SUPERVISOR', 'OSAKA');
    const day = (d: string) => new Date(`${d}T03:00:00Z`);
    await seedCase(t, { office: 'OSAKA', submittedAt: day('2026-11-01') });
    await seedCase(t, { office: 'KOBE', submittedAt: day('2026-11-23'), procedures: ['EXTENSION', 'REENTRY'] });
    await seedCase(t, { office: 'OSAKA', status: 'UNDER_EXAMINATION', submittedAt: day('2026-10-01'), filerType: 'ORG_ACCEPTING' });
    await seedCase(t, { office: 'OSAKA', status: 'UNDER_EXAMINATION', submittedAt: day('2026-11-20') });
    await seedCase(t, { office: 'TOKYO', submittedAt: day('2026-11-01') });
    const q = async (query: string) => (await supervisorOsaka.browser.get(`/api/v1/back-office/cases?${query}`)).json() as { total: number; items: { isOverdue: boolean }[]; counts: Record<string, number> };
    expect((await q('')).total).toBe(4);
    expect((await q('')).counts).toEqual({ SUBMITTED: 2, UNDER_EXAMINATION: 2 });
    expect((await q('status=SUBMITTED')).total).toBe(2);
    expect((await q('status=SUBMITTED')).counts).toEqual({ SUBMITTED: 2, UNDER_EXAMINATION: 2 });
    expect((await q('procedure=REENTRY')).total).toBe(1);
    expect((await q('filerType=ORG_ACCEPTING')).total).toBe(1);
    expect((await q('receivedFrom=2026-11-01&receivedTo=2026-11-20')).total).toBe(2);
    const overdue = await q('overdue=true');
    expect(overdue.total).toBe(2);
    expect(overdue.items.every((i) => i.isOverdue)).toBe(true);
    const paged = await q('pageSize=20&page=2');
    expect(paged).toMatchObject({ total: 4, items: [] });
    expect((await supervisorOsaka.browser.get('/api/v1/back-office/cases?pageSize=7')).statusCode).toBe(400);
  });

  it('R-EXAM-3: totals and counts stop above COUNT_CAP (a big bureau is not counted row by row); paging goes on past it', async () => {
    const hiroshima = await officer(t, 'SUPERVISOR', 'HIROSHIMA');
    const { id } = await seedCase(t, { office: 'HIROSHIMA' });
    await seedCase(t, { office: 'HIROSHIMA', status: 'UNDER_EXAMINATION' });
    // COUNT_CAP + 1 more submissions, copies of the seeded row (the queue reads no action log for SUBMITTED cases).
    await t.ctx.database.db.execute(sql`
      insert into applications (id, owner_account_id, filer_type, creation_key, state, answers, revision, saved_at, procedures, main_procedure,
        applicant_name, receipt_method, office, submitted_at, submitted_by, created_at, updated_at)
      select gen_random_uuid(), owner_account_id, filer_type, creation_key || '-' || n, state, answers, revision, saved_at, procedures, main_procedure,
        applicant_name, receipt_method, office, submitted_at, submitted_by, created_at, updated_at
      from applications, generate_series(1, ${COUNT_CAP + 1}) as n where id = ${id}`);
    const page = (await hiroshima.browser.get('/api/v1/back-office/cases?pageSize=100&page=11')).json() as { total: number; countCap: number; counts: Record<string, number>; items: unknown[] };
    expect(page.countCap).toBe(COUNT_CAP);
    expect(page.total).toBe(COUNT_CAP + 1);
    expect(page.counts).toEqual({ SUBMITTED: COUNT_CAP + 1, UNDER_EXAMINATION: 1 });
    expect(page.items).toHaveLength(3); // 1,003 cases in all: the 11th page of 100 holds the last 3
  });

  it('R-EXAM-3: a bureau\'s queue (one office, one status, oldest first) reads applications_queue_idx on office and status (EXPLAIN)', async () => {
    for (let i = 0; i < 30; i += 1) await seedCase(t, { office: i % 2 ? 'SAPPORO' : 'KOBE' });
    const plan = await t.ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`analyze applications`);
      const query = tx.select({ id: applications.id }).from(applications)
        .where(sql`${applications.office} in ('SAPPORO') and ${applications.state} = 'SUBMITTED'`)
        .orderBy(applications.submittedAt, applications.id).limit(20);
      return rowsOf<Record<string, string>>(await tx.execute(sql`explain ${query.getSQL()}`)).map((r) => Object.values(r).join(' ')).join('\n');
    });
    expect(plan).toContain('applications_queue_idx');
  });
});
