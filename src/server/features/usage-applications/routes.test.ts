import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appForSuite } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { accounts, organizationRanges, organizationStaff, organizations, outbox, usageApplications } from '../../db/schema.js';
import { TestBrowser, auditActions, queuedMailTo, signedInBrowser, tokenFromMail } from '../accounts/test-support.js';
import { base32Decode, totpCode } from '../accounts/totp.js';
import { documentParts, postMultipart, claimForReview } from './test-support.js';

const PASSWORD = 'correct horse battery staple 42';

describe.each(testBackends())('usage applications (利用申出) on %s', (backend) => {
  const t = appForSuite(backend);

  let counter = 0;
  function form(overrides: Record<string, unknown> = {}) {
    counter += 1;
    return {
      organization: { name: `株式会社サンプル${counter}`, corporateNumber: '７００００１２０５０００２', prefectureCode: '13', address: '東京都千代田区霞が関1-1-1', category: 3, categoryEvidence: '法定調書合計表を提出済み' },
      type: 'ACCEPTING',
      contactEmail: `contact-${counter}-${backend}@example.test`,
      staff: [{ name: '山田 花子', email: `staff-${counter}-${backend}@example.test` }],
      pledgesAccepted: true,
      ...overrides,
    };
  }

  async function file(body: Record<string, unknown>): Promise<string> {
    const res = body.type === 'SUPPORT'
      ? await postMultipart(new TestBrowser(t.app), '/api/v1/usage-applications/with-documents', { form: JSON.stringify(body) }, documentParts())
      : await new TestBrowser(t.app).post('/api/v1/usage-applications', body);
    expect(res.statusCode).toBe(201);
    return String(res.json().id);
  }

  const reviewer = (office = 'TOKYO') => signedInBrowser(t, { officerRole: 'USAGE_REVIEWER', office });
  const row = async (id: string) => (await t.ctx.database.db.select().from(usageApplications).where(eq(usageApplications.id, id)))[0];

  it('R-ORG-1 R-ORG-2 R-ORG-3 R-ORG-4 filed → approved by the Tokyo reviewer → password from the mail → 認証ID mailed → sign-in with TOTP enrolment', async () => {
    const body = form();
    const anonymous = new TestBrowser(t.app);
    const invalid = await anonymous.post('/api/v1/usage-applications', { ...body, organization: { ...body.organization, corporateNumber: '1000012050002' } });
    expect(invalid.statusCode).toBe(400);
    expect(JSON.stringify(invalid.json())).toContain('法人番号');
    const filed = await anonymous.post('/api/v1/usage-applications', body);
    expect(filed.statusCode).toBe(201);
    expect(filed.json().message.ja).toContain('受け付けました');
    const id = String(filed.json().id);
    expect(await row(id)).toMatchObject({ status: 'PENDING', office: 'TOKYO', bureau: 'TOKYO', corporateNumber: '7000012050002' });
    expect((await queuedMailTo(t, body.contactEmail)).map((m) => m.subject)).toEqual(['利用申出の受付 / Usage application received']);

    const { browser } = await reviewer();
    const list = (await browser.get('/api/v1/usage-applications')).json();
    expect(list.applications.map((a: { id: string }) => a.id)).toContain(id);
    expect((await browser.get(`/api/v1/usage-applications/${id}`)).json()).toMatchObject({ organizationName: body.organization.name, type: 'ACCEPTING' });
    const approvedAt = t.clock.now();
    await claimForReview(browser, 'usage-applications', id);
    const approved = await browser.post(`/api/v1/usage-applications/${id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect((await browser.post(`/api/v1/usage-applications/${id}/approve`)).statusCode).toBe(409);

    const application = await row(id);
    expect(application?.status).toBe('APPROVED');
    expect((await queuedMailTo(t, body.contactEmail)).map((m) => m.subject)).toEqual(['利用申出の受付 / Usage application received', '利用申出の審査結果（承認） / Usage application approved']);
    const [organization] = await t.ctx.database.db.select().from(organizations).where(eq(organizations.id, application?.organizationId ?? ''));
    expect(organization).toMatchObject({ category: 2, orgType: 'ACCEPTING', office: 'TOKYO' }); // category 3 lifted to 2
    const staffEmail = body.staff[0]?.email ?? '';
    const [account] = await t.ctx.database.db.select().from(accounts).where(eq(accounts.email, staffEmail));
    expect(account?.kind).toBe('ORG_STAFF');
    const expectedExpiry = new Date(approvedAt.getTime());
    expectedExpiry.setUTCFullYear(expectedExpiry.getUTCFullYear() + 3);
    expect(Math.abs((account?.authIdExpiresAt?.getTime() ?? 0) - expectedExpiry.getTime())).toBeLessThan(120_000);

    const [approval] = await queuedMailTo(t, staffEmail);
    expect(approval?.subject).toBe('利用申出の承認 / Usage application approved');
    expect(approval?.text).not.toMatch(/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    const token = tokenFromMail(approval?.text ?? '');
    expect((await new TestBrowser(t.app).post('/api/v1/usage-applications/staff-password', { token, password: PASSWORD })).statusCode).toBe(200);
    expect((await new TestBrowser(t.app).post('/api/v1/usage-applications/staff-password', { token, password: PASSWORD })).statusCode).toBe(404);
    const idMail = (await queuedMailTo(t, staffEmail))[1];
    expect(idMail?.subject).toBe('認証IDのお知らせ / Your 認証ID');
    const authId = /([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/.exec(idMail?.text ?? '')?.[1]?.replaceAll('-', '') ?? '';
    expect(authId).toBe(account?.authId);

    const staff = new TestBrowser(t.app);
    expect((await staff.post('/api/v1/sign-in', { authId, password: PASSWORD })).json()).toMatchObject({ next: 'ENROL_SECOND_FACTOR' });
    const enrolment = (await staff.get('/api/v1/sign-in/second-factor/enrolment')).json();
    const enrolled = await staff.post('/api/v1/sign-in/second-factor/enrolment', { code: totpCode(base32Decode(enrolment.secret), t.clock.now()) });
    expect(enrolled.json()).toMatchObject({ signedIn: true, stage: 'ACTIVE' });
    expect((await staff.get('/api/v1/session')).json()).toMatchObject({ account: { kind: 'ORG_STAFF', role: 'ORG_STAFF' } });

    const actions = (await auditActions(t)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['usage-application.filed', 'usage-application.approved', 'org-staff.created', 'password.set', 'auth-id.issued']));
  });

  it('R-ORG-2 rejection with a reason and a request for more information are emailed and audited', async () => {
    const body = form({ organization: { ...form().organization, prefectureCode: '27', address: '大阪府大阪市中央区1-1' } });
    const id = await file(body);
    const { browser } = await reviewer('OSAKA');
    await claimForReview(browser, 'usage-applications', id);
    expect((await browser.post(`/api/v1/usage-applications/${id}/request-more`, { request: '登記事項証明書を提出してください。' })).statusCode).toBe(200);
    expect((await row(id))?.status).toBe('MORE_INFORMATION_REQUESTED');
    expect((await browser.post(`/api/v1/usage-applications/${id}/reject`, { reason: '' })).statusCode).toBe(400);
    expect((await browser.post(`/api/v1/usage-applications/${id}/reject`, { reason: '要件を満たしていません。' })).statusCode).toBe(200);
    expect(await row(id)).toMatchObject({ status: 'REJECTED', decisionNote: '要件を満たしていません。' });
    const mails = await queuedMailTo(t, body.contactEmail);
    expect(mails.map((m) => m.subject)).toEqual([
      '利用申出の受付 / Usage application received',
      '利用申出について追加の情報のお願い / More information needed for your usage application',
      '利用申出の審査結果（不承認） / Usage application not approved',
    ]);
    expect(mails[2]?.text).toContain('要件を満たしていません。');
    expect(await queuedMailTo(t, body.staff[0]?.email ?? '')).toEqual([]);
    const actions = (await auditActions(t)).filter((a) => a.subjectId === id).map((a) => a.action);
    expect(actions).toEqual(['usage-application.filed', 'back-office.claim', 'usage-application.more-requested', 'usage-application.rejected']);
  });

  it('R-ORG-2 another bureau, another role and anonymous callers are refused and nothing changes', async () => {
    const id = await file(form());
    const outboxBefore = (await t.ctx.database.db.select().from(outbox)).length;
    const { browser: osaka } = await reviewer('OSAKA');
    expect((await osaka.get('/api/v1/usage-applications')).json().applications.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await osaka.get(`/api/v1/usage-applications/${id}`)).statusCode).toBe(403);
    const refused = await osaka.post(`/api/v1/usage-applications/${id}/approve`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message.en).toMatch(/jurisdiction/);
    const { browser: examiner } = await signedInBrowser(t, { officerRole: 'EXAMINER', office: 'TOKYO' });
    expect((await examiner.post(`/api/v1/usage-applications/${id}/approve`)).statusCode).toBe(403);
    expect((await examiner.get('/api/v1/usage-applications')).statusCode).toBe(403);
    expect((await new TestBrowser(t.app).post(`/api/v1/usage-applications/${id}/reject`, { reason: 'x' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/usage-applications', payload: form() })).statusCode).toBe(403); // no CSRF token
    expect((await row(id))?.status).toBe('PENDING');
    expect((await t.ctx.database.db.select().from(outbox)).length).toBe(outboxBefore);
    expect((await auditActions(t)).some((a) => a.subjectId === id && a.action === 'usage-application.approved' && a.outcome === 'DENIED')).toBe(true);
  });

  it('R-ORG-3 a support organisation holds one 認証ID per requesting organisation; a supervising organisation keeps its implementing organisations', async () => {
    const staffMember = { name: '佐藤 一郎', email: `support-${backend}@example.test` };
    const base = form({ type: 'SUPPORT', staff: [staffMember] });
    const support = { ...base, organization: { ...base.organization, corporateNumber: '7000000000010' } };
    const first = await file({ ...support, requestingOrganization: { name: '委託元A', corporateNumber: '8000000000001' } });
    const second = await file({ ...support, requestingOrganization: { name: '委託元B', corporateNumber: '7000012050002' } });
    const { browser } = await reviewer();
    await claimForReview(browser, 'usage-applications', first);
    await claimForReview(browser, 'usage-applications', second);
    expect((await browser.post(`/api/v1/usage-applications/${first}/approve`)).statusCode).toBe(200);
    expect((await browser.post(`/api/v1/usage-applications/${second}/approve`)).statusCode).toBe(200);
    const held = await t.ctx.database.db.select().from(accounts).where(eq(accounts.email, staffMember.email));
    expect(held).toHaveLength(2);
    expect(new Set(held.map((a) => a.authId)).size).toBe(2);
    const links = await t.ctx.database.db.select().from(organizationStaff).innerJoin(organizationRanges, eq(organizationStaff.requestingRangeId, organizationRanges.id));
    const mine = links.filter((l) => held.some((a) => a.id === l.organization_staff.accountId));
    expect(mine.map((l) => l.organization_ranges.name).sort()).toEqual(['委託元A', '委託元B']);
    expect(new Set(mine.map((l) => l.organization_staff.organizationId)).size).toBe(1);

    const supervising = await file(form({ type: 'SUPERVISING', organization: { ...form().organization, corporateNumber: '9000000000000' }, implementingOrganizations: [{ name: '実施者甲', address: '東京都港区1-1' }] }));
    await claimForReview(browser, 'usage-applications', supervising);
    expect((await browser.post(`/api/v1/usage-applications/${supervising}/approve`)).statusCode).toBe(200);
    const ranges = await t.ctx.database.db.select().from(organizationRanges).where(eq(organizationRanges.usageApplicationId, supervising));
    expect(ranges).toMatchObject([{ kind: 'IMPLEMENTING', name: '実施者甲', address: '東京都港区1-1' }]);
  });

  it('R-ORG-3 an organisation 認証ID that has passed its 3 years cannot sign in', async () => {
    const body = form({ organization: { ...form().organization, corporateNumber: '8000000000100' } });
    const id = await file(body);
    const { browser } = await reviewer();
    await claimForReview(browser, 'usage-applications', id);
    await browser.post(`/api/v1/usage-applications/${id}/approve`);
    const staffEmail = body.staff[0]?.email ?? '';
    const token = tokenFromMail((await queuedMailTo(t, staffEmail))[0]?.text ?? '');
    expect((await new TestBrowser(t.app).post('/api/v1/usage-applications/staff-password', { token, password: PASSWORD })).statusCode).toBe(200);
    const [account] = await t.ctx.database.db.select().from(accounts).where(eq(accounts.email, staffEmail));
    t.clock.advance(3 * 366 * 24 * 60 * 60_000);
    const expired = await new TestBrowser(t.app).post('/api/v1/sign-in', { authId: account?.authId, password: PASSWORD });
    expect(expired.json()).toMatchObject({ reason: 'AUTH_ID_EXPIRED' });
  });
});
