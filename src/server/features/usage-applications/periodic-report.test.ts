import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appForSuite } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { accounts, periodicReports } from '../../db/schema.js';
import { TestBrowser, auditActions, queuedMailTo, seedAccount, signIn, signedInBrowser } from '../accounts/test-support.js';
import { insertStaff } from './repository.js';
import { approvedStaff, corporateNumber, claimForReview } from './test-support.js';

const REPORTS = '/api/v1/organisation/periodic-reports';
const DAY = 24 * 60 * 60_000;

describe.each(testBackends())('periodic reports (定期報告, R-ORG-3) on %s', (backend) => {
  const t = appForSuite(backend);

  const reviewer = (office = 'TOKYO') => signedInBrowser(t, { officerRole: 'USAGE_REVIEWER', office });
  const accountRow = async (id: string) => (await t.ctx.database.db.select().from(accounts).where(eq(accounts.id, id)))[0];

  /** A staff member whose 認証ID expires in `days`, and a colleague in the same group. */
  async function group(seed: number, days: number) {
    const expiresAt = new Date(t.clock.now().getTime() + days * DAY);
    const staff = await approvedStaff(t, 'ACCEPTING', { corporateNumber: corporateNumber(seed), expiresAt });
    const colleague = await seedAccount(t, { kind: 'ORG_STAFF', authIdExpiresAt: expiresAt, email: `colleague-${seed}-${backend}@example.test` });
    await insertStaff(t.ctx.database.db, { accountId: colleague.account.id, organizationId: staff.organizationId, requestingRangeId: null, usageApplicationId: staff.organizationId, createdAt: t.clock.now() });
    return { ...staff, colleague, expiresAt };
  }

  it('R-ORG-3 R-EXAM-5 filed within 3 months of expiry, approved by the usage reviewer: staff in service get 3 more years, the others\' 認証IDs end', async () => {
    const g = await group(6001, 120);
    const overview = (await g.browser.get('/api/v1/organisation')).json();
    expect(overview.periodicReport).toMatchObject({ isOpen: false, pendingSince: null });
    expect(overview.staff.map((s: { accountId: string }) => s.accountId).sort()).toEqual([g.seeded.account.id, g.colleague.account.id].sort());
    const body = { activities: '特定技能外国人2名の受入れを継続しています。', staff: [{ accountId: g.seeded.account.id, inService: true }, { accountId: g.colleague.account.id, inService: false }], pledgesAccepted: true };
    const early = await g.browser.post(REPORTS, body);
    expect(early.statusCode).toBe(409);
    expect(early.json().message.ja).toContain('3か月前から');

    t.clock.advance(40 * DAY); // 80 days before expiry
    await signIn(t, g.browser, g.seeded);
    expect((await g.browser.get('/api/v1/organisation')).json().periodicReport.isOpen).toBe(true);
    const filed = await g.browser.post(REPORTS, body);
    expect(filed.statusCode).toBe(201);
    const id = String(filed.json().id);
    expect((await g.browser.post(REPORTS, body)).statusCode).toBe(409);
    expect((await g.browser.get('/api/v1/organisation')).json().periodicReport.pendingSince).not.toBeNull();
    expect((await queuedMailTo(t, g.seeded.account.email)).map((m) => m.subject)).toContain('定期報告の受付 / Periodic report received');

    const { browser } = await reviewer();
    const listed = (await browser.get('/api/v1/periodic-reports')).json().reports.find((r: { id: string }) => r.id === id);
    expect(listed).toMatchObject({ activities: body.activities, filedBy: { email: g.seeded.account.email }, staff: [{ inService: true }, { inService: false }] });
    const approvedAt = t.clock.now();
    await claimForReview(browser, 'periodic-reports', id);
    expect((await browser.post(`/api/v1/periodic-reports/${id}/approve`)).statusCode).toBe(200);
    expect((await browser.post(`/api/v1/periodic-reports/${id}/approve`)).statusCode).toBe(409);

    const renewed = new Date(g.expiresAt.getTime());
    renewed.setUTCFullYear(renewed.getUTCFullYear() + 3);
    expect((await accountRow(g.seeded.account.id))?.authIdExpiresAt?.toISOString()).toBe(renewed.toISOString());
    expect((await accountRow(g.colleague.account.id))?.authIdExpiresAt?.toISOString()).toBe(approvedAt.toISOString());
    expect((await queuedMailTo(t, g.seeded.account.email)).at(-1)?.subject).toBe('定期報告の承認（認証IDの有効期限の更新） / Periodic report approved: 認証ID renewed');
    expect((await queuedMailTo(t, g.colleague.account.email)).at(-1)?.subject).toBe('認証IDの利用の終了 / Your 認証ID has ended');
    const actions = (await auditActions(t)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['periodic-report.filed', 'periodic-report.approved', 'auth-id.renewed', 'auth-id.ended']));

    // Past the old expiry, the renewed 認証ID signs in; the ended one cannot.
    t.clock.advance(90 * DAY);
    expect((await new TestBrowser(t.app).post('/api/v1/sign-in', { authId: g.seeded.account.authId, password: g.seeded.password })).statusCode).toBe(200);
    expect((await new TestBrowser(t.app).post('/api/v1/sign-in', { authId: g.colleague.account.authId, password: g.colleague.password })).json()).toMatchObject({ reason: 'AUTH_ID_EXPIRED' });
  });

  it('R-ORG-3 a rejected report is emailed with its reason and can be filed again', async () => {
    const g = await group(6101, 50);
    const body = { activities: '受入れ継続', staff: [{ accountId: g.seeded.account.id, inService: true }, { accountId: g.colleague.account.id, inService: true }], pledgesAccepted: true };
    const id = String((await g.browser.post(REPORTS, body)).json().id);
    const { browser } = await reviewer();
    await claimForReview(browser, 'periodic-reports', id);
    expect((await browser.post(`/api/v1/periodic-reports/${id}/reject`, { reason: '' })).json().fields[0].path).toBe('reason');
    expect((await browser.post(`/api/v1/periodic-reports/${id}/reject`, { reason: '在職状況を確認できません。' })).statusCode).toBe(200);
    expect((await queuedMailTo(t, g.seeded.account.email)).at(-1)?.text).toContain('在職状況を確認できません。');
    expect((await accountRow(g.seeded.account.id))?.authIdExpiresAt?.toISOString()).toBe(g.expiresAt.toISOString());
    expect((await g.browser.get('/api/v1/organisation')).json().periodicReport.last).toMatchObject({ status: 'REJECTED', decisionNote: '在職状況を確認できません。' });
    expect((await g.browser.post(REPORTS, body)).statusCode).toBe(201);
  });

  it('R-ORG-3 bad input, another organisation\'s staff, anonymous, wrong-role and other-bureau callers are refused; nothing changes', async () => {
    const g = await group(6201, 50);
    const other = await group(6202, 50);
    const reportsBefore = (await t.ctx.database.db.select().from(periodicReports)).length;
    const bad = await g.browser.post(REPORTS, { activities: ' ', staff: [{ accountId: g.seeded.account.id, inService: false }], pledgesAccepted: false });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual(expect.arrayContaining([
      { path: 'activities', message: { ja: '現在の活動状況を入力してください。', en: 'Enter the current activities.' } },
      { path: 'staff', message: { ja: '在職中の職員を1人以上選んでください。', en: 'Mark at least one staff member as still in service.' } },
    ]));
    const foreign = await g.browser.post(REPORTS, { activities: '継続', staff: [{ accountId: other.seeded.account.id, inService: true }, { accountId: other.colleague.account.id, inService: false }], pledgesAccepted: true });
    expect(foreign.statusCode).toBe(409);
    expect(foreign.json().fields[0].path).toBe('staff');
    const body = { activities: '継続', staff: [{ accountId: g.seeded.account.id, inService: true }, { accountId: g.colleague.account.id, inService: true }], pledgesAccepted: true };
    expect((await new TestBrowser(t.app).post(REPORTS, body)).statusCode).toBe(401);
    expect((await (await reviewer()).browser.post(REPORTS, body)).statusCode).toBe(403);
    expect((await t.ctx.database.db.select().from(periodicReports)).length).toBe(reportsBefore);

    const id = String((await g.browser.post(REPORTS, body)).json().id);
    expect((await new TestBrowser(t.app).get('/api/v1/periodic-reports')).statusCode).toBe(401);
    expect((await g.browser.get('/api/v1/periodic-reports')).statusCode).toBe(403);
    expect((await g.browser.post(`/api/v1/periodic-reports/${id}/approve`)).statusCode).toBe(403);
    expect((await new TestBrowser(t.app).post(`/api/v1/periodic-reports/${id}/approve`)).statusCode).toBe(401);
    expect((await new TestBrowser(t.app).post(`/api/v1/periodic-reports/${id}/reject`, { reason: 'x' })).statusCode).toBe(401);
    expect((await g.browser.post(`/api/v1/periodic-reports/${id}/reject`, { reason: 'x' })).statusCode).toBe(403);
    const { browser: osaka } = await reviewer('OSAKA');
    expect((await osaka.get('/api/v1/periodic-reports')).json().reports.map((r: { id: string }) => r.id)).not.toContain(id);
    const refused = await osaka.post(`/api/v1/periodic-reports/${id}/approve`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message.en).toMatch(/jurisdiction/);
    expect((await t.ctx.database.db.select().from(periodicReports).where(eq(periodicReports.id, id)))[0]?.status).toBe('PENDING');
    expect((await accountRow(g.seeded.account.id))?.authIdExpiresAt?.toISOString()).toBe(g.expiresAt.toISOString());
    expect((await auditActions(t)).some((a) => a.subjectId === id && a.action === 'periodic-report.approved' && a.outcome === 'DENIED')).toBe(true);
  });
});
