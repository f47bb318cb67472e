import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { periodicReports, usageApplications } from '../../db/schema.js';
import { TestBrowser, auditActions } from '../accounts/test-support.js';
import { groupKeyOf, insertReport } from '../usage-applications/periodic-report-repository.js';
import { approvedStaff, corporateNumber, usageForm } from '../usage-applications/test-support.js';
import { key, officer, type TestOfficer } from './test-support.js';

const QUEUE = '/api/v1/back-office/cases';
const REVIEWS = '/api/v1/back-office/reviews';

describe.each(testBackends())('usage applications and periodic reports in the back office (R-EXAM-5) on %s', (backend) => {
  let t: TestApp;
  let tokyoA: TestOfficer;
  let tokyoB: TestOfficer;
  let yokohama: TestOfficer;
  let osaka: TestOfficer;
  let supervisor: TestOfficer;
  let examiner: TestOfficer;
  let serial = 0;

  beforeAll(async () => {
    t = await startTestApp(backend, { RATE_LIMIT_PER_MINUTE: '100000' });
    tokyoA = await officer(t, 'USAGE_REVIEWER', 'TOKYO');
    tokyoB = await officer(t, 'USAGE_REVIEWER', 'TOKYO');
    yokohama = await officer(t, 'USAGE_REVIEWER', 'YOKOHAMA');
    osaka = await officer(t, 'USAGE_REVIEWER', 'OSAKA');
    supervisor = await officer(t, 'SUPERVISOR', 'TOKYO');
    examiner = await officer(t, 'EXAMINER', 'TOKYO');
  }, 60_000);
  afterAll(async () => t.close());

  /** A new usage application filed through the public route: Tokyo (prefecture 13) has jurisdiction. */
  async function fileUsageApplication(): Promise<string> {
    serial += 1;
    const res = await new TestBrowser(t.app).post('/api/v1/usage-applications', usageForm(`review-${backend}-${serial}`));
    expect(res.statusCode).toBe(201);
    return String(res.json().id);
  }

  /** A waiting periodic report of a Tokyo organisation, written straight into the table (filing is proven in the usage-applications tests). */
  async function seedReport(): Promise<string> {
    serial += 1;
    const staff = await approvedStaff(t, 'ACCEPTING', { corporateNumber: corporateNumber(90_000 + serial + (backend === 'postgres' ? 500 : 0)) });
    const id = randomUUID();
    const now = t.clock.now();
    await insertReport(t.ctx.database.db, {
      id, organizationId: staff.organizationId, requestingRangeId: null, groupKey: groupKeyOf(staff.organizationId, null), office: 'TOKYO', status: 'PENDING',
      filedBy: staff.seeded.account.id, body: { activities: '受入れを継続しています。', staff: [{ accountId: staff.seeded.account.id, inService: true }], pledgesAccepted: true },
      createdAt: now, updatedAt: now,
    });
    return id;
  }

  const usageRow = async (id: string) => (await t.ctx.database.db.select().from(usageApplications).where(eq(usageApplications.id, id)))[0];
  const reportRow = async (id: string) => (await t.ctx.database.db.select().from(periodicReports).where(eq(periodicReports.id, id)))[0];
  const claim = (who: TestOfficer, path: string, id: string) => who.browser.post(`${REVIEWS}/${path}/${id}/claim`, { idempotencyKey: key() });
  const listed = async (who: TestOfficer, kind: string) => {
    const res = await who.browser.get(`${QUEUE}?kind=${kind}&pageSize=100`);
    expect(res.statusCode).toBe(200);
    return res.json() as { kind: string; kindCounts: Record<string, number>; reviews: { id: string; holder: { id: string } | null }[]; items: unknown[] };
  };

  it('R-EXAM-5 R-EXAM-3 the work queue lists the bureau\'s usage applications and periodic reports by kind with counts; a branch reviewer sees the bureau, another bureau nothing', async () => {
    const usage = await fileUsageApplication();
    const report = await seedReport();
    const byDefault = (await tokyoA.browser.get(QUEUE)).json();
    expect(byDefault.kind).toBe('USAGE_APPLICATION');
    expect(byDefault.reviews.map((r: { id: string }) => r.id)).toContain(usage);
    expect(Object.keys(byDefault.kindCounts).sort()).toEqual(['PERIODIC_REPORT', 'USAGE_APPLICATION']);
    expect(byDefault.kindCounts.USAGE_APPLICATION).toBeGreaterThanOrEqual(1);
    expect(byDefault.kindCounts.PERIODIC_REPORT).toBeGreaterThanOrEqual(1);
    expect((await listed(tokyoA, 'PERIODIC_REPORT')).reviews.map((r) => r.id)).toContain(report);
    expect((await listed(yokohama, 'USAGE_APPLICATION')).reviews.map((r) => r.id)).toContain(usage);
    expect((await listed(supervisor, 'PERIODIC_REPORT')).reviews.map((r) => r.id)).toContain(report);
    const other = await listed(osaka, 'USAGE_APPLICATION');
    expect(other.reviews.map((r) => r.id)).not.toContain(usage);
    expect((await listed(osaka, 'PERIODIC_REPORT')).reviews.map((r) => r.id)).not.toContain(report);
    // An examiner reads cases only: no review kinds counted, none listed.
    const cases = (await examiner.browser.get(QUEUE)).json();
    expect(cases.kind).toBe('APPLICATION');
    expect(Object.keys(cases.kindCounts)).toEqual(['APPLICATION']);
    expect((await listed(examiner, 'USAGE_APPLICATION')).reviews).toEqual([]);
  });

  it('R-EXAM-1 R-EXAM-5 another bureau\'s reviewer is refused on every route (404 / 403), audited, and nothing changes', async () => {
    const usage = await fileUsageApplication();
    const report = await seedReport();
    const [usageBefore, reportBefore] = [await usageRow(usage), await reportRow(report)];
    expect((await claim(osaka, 'usage-applications', usage)).statusCode).toBe(404);
    expect((await claim(osaka, 'periodic-reports', report)).statusCode).toBe(404);
    expect((await osaka.browser.get(`/api/v1/usage-applications/${usage}`)).statusCode).toBe(403);
    expect((await osaka.browser.post(`/api/v1/usage-applications/${usage}/approve`)).statusCode).toBe(403);
    expect((await osaka.browser.post(`/api/v1/periodic-reports/${report}/approve`)).statusCode).toBe(403);
    expect(await usageRow(usage)).toEqual(usageBefore);
    expect(await reportRow(report)).toEqual(reportBefore);
    const denied = (await auditActions(t)).filter((a) => (a.subjectId === usage || a.subjectId === report) && a.outcome === 'DENIED').map((a) => a.action);
    expect(denied.sort()).toEqual(['back-office.claim', 'back-office.claim', 'periodic-report.approved', 'usage-application.approved', 'usage-application.read'].sort());
  });

  it('R-EXAM-3 R-EXAM-5 a decision needs the claim of the acting reviewer: unclaimed → 409 claim first, held by another → 409 naming them', async () => {
    const usage = await fileUsageApplication();
    const before = await usageRow(usage);
    const unclaimed = await tokyoA.browser.post(`/api/v1/usage-applications/${usage}/approve`);
    expect(unclaimed.statusCode).toBe(409);
    expect(unclaimed.json().message.en).toBe('Claim the case before taking this action.');
    expect(await usageRow(usage)).toEqual(before);

    const claimed = await claim(tokyoA, 'usage-applications', usage);
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ kind: 'USAGE_APPLICATION', status: 'PENDING', holder: { id: tokyoA.id } });
    expect((await claim(tokyoA, 'usage-applications', usage)).statusCode).toBe(200);
    const taken = await claim(tokyoB, 'usage-applications', usage);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().holder.id).toBe(tokyoA.id);
    const other = await tokyoB.browser.post(`/api/v1/usage-applications/${usage}/reject`, { reason: '確認できません。' });
    expect(other.statusCode).toBe(409);
    expect(other.json().holder.id).toBe(tokyoA.id);
    expect((await usageRow(usage))?.status).toBe('PENDING');
    expect((await listed(tokyoB, 'USAGE_APPLICATION')).reviews.find((r) => r.id === usage)?.holder?.id).toBe(tokyoA.id);

    expect((await tokyoA.browser.post(`/api/v1/usage-applications/${usage}/approve`)).statusCode).toBe(200);
    expect(await usageRow(usage)).toMatchObject({ status: 'APPROVED', holderId: null });
    expect((await claim(tokyoB, 'usage-applications', usage)).statusCode).toBe(409);

    const report = await seedReport();
    expect((await tokyoA.browser.post(`/api/v1/periodic-reports/${report}/reject`, { reason: '在職状況を確認できません。' })).statusCode).toBe(409);
    expect((await claim(tokyoA, 'periodic-reports', report)).statusCode).toBe(200);
    expect((await tokyoB.browser.post(`/api/v1/periodic-reports/${report}/approve`)).statusCode).toBe(409);
    expect((await tokyoA.browser.post(`/api/v1/periodic-reports/${report}/reject`, { reason: '在職状況を確認できません。' })).statusCode).toBe(200);
    expect(await reportRow(report)).toMatchObject({ status: 'REJECTED', holderId: null });
  });

  it('R-EXAM-3 R-EXAM-5 a supervisor reassigns to a reviewer of the bureau and frees a hold; a reviewer cannot reassign or free another\'s hold', async () => {
    const usage = await fileUsageApplication();
    const report = await seedReport();
    expect((await claim(tokyoA, 'usage-applications', usage)).statusCode).toBe(200);
    const byReviewer = await tokyoB.browser.post(`${REVIEWS}/usage-applications/${usage}/reassign`, { idempotencyKey: key(), officerId: tokyoB.id });
    expect(byReviewer.statusCode).toBe(403);
    expect((await tokyoB.browser.post(`${REVIEWS}/usage-applications/${usage}/release`, { idempotencyKey: key() })).statusCode).toBe(409);
    expect((await usageRow(usage))?.holderId).toBe(tokyoA.id);

    const toOsaka = await supervisor.browser.post(`${REVIEWS}/usage-applications/${usage}/reassign`, { idempotencyKey: key(), officerId: osaka.id });
    expect(toOsaka.statusCode).toBe(422);
    expect(toOsaka.json().fields[0].path).toBe('officerId');
    const toExaminer = await supervisor.browser.post(`${REVIEWS}/usage-applications/${usage}/reassign`, { idempotencyKey: key(), officerId: examiner.id });
    expect(toExaminer.statusCode).toBe(422);
    expect((await usageRow(usage))?.holderId).toBe(tokyoA.id);

    const moved = await supervisor.browser.post(`${REVIEWS}/usage-applications/${usage}/reassign`, { idempotencyKey: key(), officerId: yokohama.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().holder.id).toBe(yokohama.id);
    expect((await tokyoA.browser.post(`/api/v1/usage-applications/${usage}/approve`)).statusCode).toBe(409);
    expect((await yokohama.browser.post(`/api/v1/usage-applications/${usage}/request-more`, { request: '登記事項証明書を添付してください。' })).statusCode).toBe(200);
    expect(await usageRow(usage)).toMatchObject({ status: 'MORE_INFORMATION_REQUESTED', holderId: yokohama.id });

    expect((await supervisor.browser.post(`${REVIEWS}/usage-applications/${usage}/release`, { idempotencyKey: key() })).json().holder).toBeNull();
    expect((await supervisor.browser.post(`${REVIEWS}/usage-applications/${usage}/release`, { idempotencyKey: key() })).statusCode).toBe(409);
    expect((await supervisor.browser.post(`${REVIEWS}/periodic-reports/${report}/reassign`, { idempotencyKey: key(), officerId: tokyoB.id })).json().holder.id).toBe(tokyoB.id);
    expect((await examiner.browser.post(`${REVIEWS}/periodic-reports/${report}/claim`, { idempotencyKey: key() })).statusCode).toBe(403);
    expect((await reportRow(report))?.holderId).toBe(tokyoB.id);
  });

  it('R-EXAM-6 R-EXAM-5 every view and every action on a usage application or periodic report is a row of the audit log', async () => {
    const usage = await fileUsageApplication();
    const report = await seedReport();
    const rows = async (id: string) => (await auditActions(t)).filter((a) => a.subjectId === id && a.outcome === 'SUCCESS').map((a) => a.action);
    expect((await tokyoA.browser.get('/api/v1/usage-applications')).statusCode).toBe(200);
    expect((await tokyoA.browser.get(`/api/v1/usage-applications/${usage}`)).statusCode).toBe(200);
    expect((await claim(tokyoA, 'usage-applications', usage)).statusCode).toBe(200);
    expect((await tokyoA.browser.post(`${REVIEWS}/usage-applications/${usage}/release`, { idempotencyKey: key() })).statusCode).toBe(200);
    expect((await supervisor.browser.post(`${REVIEWS}/usage-applications/${usage}/reassign`, { idempotencyKey: key(), officerId: tokyoA.id })).statusCode).toBe(200);
    expect((await tokyoA.browser.post(`/api/v1/usage-applications/${usage}/reject`, { reason: '確認できません。' })).statusCode).toBe(200);
    expect(await rows(usage)).toEqual([
      'usage-application.filed', 'usage-application.viewed', 'usage-application.viewed', 'back-office.claim', 'back-office.release', 'back-office.reassign', 'usage-application.rejected',
    ]);

    expect((await tokyoB.browser.get('/api/v1/periodic-reports')).statusCode).toBe(200);
    expect((await claim(tokyoB, 'periodic-reports', report)).statusCode).toBe(200);
    expect((await tokyoB.browser.post(`/api/v1/periodic-reports/${report}/approve`)).statusCode).toBe(200);
    expect(await rows(report)).toEqual(['periodic-report.viewed', 'back-office.claim', 'periodic-report.approved']);
    const claimRow = (await auditActions(t)).find((a) => a.subjectId === report && a.action === 'back-office.claim');
    expect(claimRow).toMatchObject({ actorType: 'OFFICER', ipAddress: expect.any(String) });
  });
});
