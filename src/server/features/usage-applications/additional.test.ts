import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appForSuite } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { accounts, organizationRanges, organizationStaff, usageApplications } from '../../db/schema.js';
import { TestBrowser, auditActions, queuedMailTo, signedInBrowser } from '../accounts/test-support.js';
import { approvedStaff, corporateNumber, documentParts, postMultipart, storedFileCount, usageApplicationCount, claimForReview } from './test-support.js';

const ADDITIONAL = '/api/v1/organisation/additional-usage-applications';

describe.each(testBackends())('additional usage applications (R-ORG-2) on %s', (backend) => {
  const t = appForSuite(backend);

  const reviewer = (office = 'TOKYO') => signedInBrowser(t, { officerRole: 'USAGE_REVIEWER', office });
  const file = (browser: TestBrowser, form: Record<string, unknown>, withDocuments = false) =>
    postMultipart(browser, ADDITIONAL, { form: JSON.stringify({ pledgesAccepted: true, ...form }) }, withDocuments ? documentParts() : []);
  const staffOf = async (organizationId: string) => t.ctx.database.db.select().from(organizationStaff).innerJoin(accounts, eq(accounts.id, organizationStaff.accountId))
    .where(eq(organizationStaff.organizationId, organizationId));

  it('R-ORG-2 a supervising organisation adds a staff member and an implementing organisation; the bureau approves; the new staff member gets the password mail', async () => {
    const staff = await approvedStaff(t, 'SUPERVISING', { corporateNumber: corporateNumber(5001) });
    const newcomer = { name: '鈴木 次郎', email: `jiro-${backend}@example.test` };
    const filed = await file(staff.browser, { staff: [newcomer], implementingOrganizations: [{ name: '実施者乙', corporateNumber: corporateNumber(5002) }] });
    expect(filed.statusCode).toBe(201);
    const id = String(filed.json().id);
    const [row] = await t.ctx.database.db.select().from(usageApplications).where(eq(usageApplications.id, id));
    expect(row).toMatchObject({ kind: 'ADDITIONAL', status: 'PENDING', office: 'TOKYO', organizationId: staff.organizationId, filedBy: staff.seeded.account.id, contactEmail: staff.seeded.account.email });
    expect((await queuedMailTo(t, staff.seeded.account.email)).map((m) => m.subject)).toEqual(['追加の利用申出の受付 / Additional usage application received']);
    expect((await staff.browser.get('/api/v1/organisation')).json().applications).toMatchObject([{ id, kind: 'ADDITIONAL', status: 'PENDING' }]);

    const { browser } = await reviewer();
    const view = (await browser.get('/api/v1/usage-applications')).json().applications.find((a: { id: string }) => a.id === id);
    expect(view).toMatchObject({ kind: 'ADDITIONAL', form: null, additional: { staff: [newcomer] }, type: 'SUPERVISING' });
    await claimForReview(browser, 'usage-applications', id);
    expect((await browser.post(`/api/v1/usage-applications/${id}/approve`)).statusCode).toBe(200);

    const members = await staffOf(staff.organizationId);
    const added = members.find((m) => m.accounts.email === newcomer.email);
    expect(added?.organization_staff).toMatchObject({ requestingRangeId: null, usageApplicationId: id });
    expect(added?.accounts.kind).toBe('ORG_STAFF');
    expect((await queuedMailTo(t, newcomer.email)).map((m) => m.subject)).toEqual(['利用申出の承認 / Usage application approved']);
    const ranges = await t.ctx.database.db.select().from(organizationRanges).where(eq(organizationRanges.organizationId, staff.organizationId));
    expect(ranges).toMatchObject([{ kind: 'IMPLEMENTING', name: '実施者乙', usageApplicationId: id }]);
    const actions = (await auditActions(t)).filter((a) => a.subjectId === id).map((a) => a.action);
    expect(actions).toEqual(['usage-application.additional-filed', 'usage-application.viewed', 'back-office.claim', 'usage-application.approved']);
  });

  it('R-ORG-2 R-ORG-3 a support organisation adds a requesting organisation with its documents: approval yields a new 認証ID for it, even for the same person', async () => {
    const staff = await approvedStaff(t, 'SUPPORT', { corporateNumber: corporateNumber(5101), email: `support-${backend}@example.test` });
    const me = { name: '支援 花子', email: staff.seeded.account.email };
    const filed = await file(staff.browser, { requestingOrganization: { name: '委託元乙', corporateNumber: corporateNumber(5102) }, staff: [me] }, true);
    expect(filed.statusCode).toBe(201);
    const id = String(filed.json().id);
    const { browser } = await reviewer();
    const view = (await browser.get(`/api/v1/usage-applications/${id}`)).json();
    expect(view.documents.map((d: { kind: string }) => d.kind).sort()).toEqual(['PLEDGE', 'REQUEST_LETTER']);
    await claimForReview(browser, 'usage-applications', id);
    expect((await browser.post(`/api/v1/usage-applications/${id}/approve`)).statusCode).toBe(200);

    const held = await t.ctx.database.db.select().from(accounts).where(eq(accounts.email, me.email));
    expect(held).toHaveLength(2);
    expect(new Set(held.map((a) => a.authId)).size).toBe(2);
    const [newRange] = await t.ctx.database.db.select().from(organizationRanges)
      .where(and(eq(organizationRanges.organizationId, staff.organizationId), eq(organizationRanges.name, '委託元乙')));
    const newAccount = held.find((a) => a.id !== staff.seeded.account.id);
    const [link] = await t.ctx.database.db.select().from(organizationStaff).where(eq(organizationStaff.accountId, newAccount?.id ?? ''));
    expect(link).toMatchObject({ organizationId: staff.organizationId, requestingRangeId: newRange?.id });
    expect((await staff.browser.get('/api/v1/organisation')).json().requestingOrganization.name).toBe('委託元甲');
  });

  it('R-ORG-2 what the type does not allow, missing documents, staff already enrolled and bad input are refused by field (ja/en); nothing is kept', async () => {
    const accepting = await approvedStaff(t, 'ACCEPTING', { corporateNumber: corporateNumber(5201) });
    const support = await approvedStaff(t, 'SUPPORT', { corporateNumber: corporateNumber(5202) });
    const before = { files: await storedFileCount(t), applications: await usageApplicationCount(t) };
    const paths = async (res: Awaited<ReturnType<typeof file>>) => {
      expect(res.statusCode).toBe(400);
      return (res.json().fields as { path: string; message: { ja: string; en: string } }[]).map((f) => f.path);
    };
    expect(await paths(await file(accepting.browser, { implementingOrganizations: [{ name: '実施者', address: '東京都' }] }))).toEqual(['implementingOrganizations']);
    expect(await paths(await file(accepting.browser, { requestingOrganization: { name: '委託元', corporateNumber: corporateNumber(5203) }, staff: [{ name: 'A', email: `a-${backend}@example.test` }] }, true)))
      .toEqual(['requestingOrganization']);
    const noDocuments = await file(support.browser, { requestingOrganization: { name: '委託元', corporateNumber: corporateNumber(5204) }, staff: [{ name: 'A', email: `b-${backend}@example.test` }] });
    expect(noDocuments.json().fields).toEqual([
      { path: 'requestLetter', message: { ja: '委託元の機関からの依頼書を添付してください。', en: 'Attach the request letter of the requesting organisation.' } },
      { path: 'pledge', message: { ja: '委託元の機関の誓約書を添付してください。', en: 'Attach the pledge of the requesting organisation.' } },
    ]);
    expect(await paths(await file(support.browser, { requestingOrganization: { name: '同じ委託元', corporateNumber: '8000000000001' }, staff: [{ name: 'A', email: `c-${backend}@example.test` }] }, true)))
      .toEqual(['requestingOrganization.corporateNumber']);
    expect(await paths(await file(accepting.browser, { staff: [{ name: '本人', email: accepting.seeded.account.email }] }))).toEqual(['staff.0.email']);
    const nothing = await file(accepting.browser, {});
    expect(nothing.json().fields[0]).toMatchObject({ path: 'staff', message: { en: 'Add staff members, implementing organisations or a requesting organisation.' } });
    expect(await paths(await file(accepting.browser, { staff: [{ name: 'A', email: 'not an email' }], pledgesAccepted: false }))).toEqual(['staff.0.email', 'pledgesAccepted']);
    expect({ files: await storedFileCount(t), applications: await usageApplicationCount(t) }).toEqual(before);
  });

  it('R-ORG-2 anonymous, officers and other account kinds cannot file; another bureau cannot decide; nothing changes', async () => {
    const staff = await approvedStaff(t, 'ACCEPTING', { corporateNumber: corporateNumber(5301) });
    const form = { staff: [{ name: '追加 三郎', email: `saburo-${backend}@example.test` }] };
    const before = await usageApplicationCount(t);
    expect((await file(new TestBrowser(t.app), form)).statusCode).toBe(401);
    expect((await file((await reviewer()).browser, form)).statusCode).toBe(403);
    expect((await file((await signedInBrowser(t, { kind: 'INTERMEDIARY' })).browser, form)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/organisation' })).statusCode).toBe(401);
    expect((await (await reviewer()).browser.get('/api/v1/organisation')).statusCode).toBe(403);
    expect(await usageApplicationCount(t)).toBe(before);
    expect((await auditActions(t)).some((a) => a.action === 'access.denied' && a.outcome === 'DENIED')).toBe(true);

    const id = String((await file(staff.browser, form)).json().id);
    const { browser: osaka } = await reviewer('OSAKA');
    expect((await osaka.post(`/api/v1/usage-applications/${id}/approve`)).statusCode).toBe(403);
    expect((await osaka.get('/api/v1/usage-applications')).json().applications.map((a: { id: string }) => a.id)).not.toContain(id);
    expect(await t.ctx.database.db.select().from(accounts).where(eq(accounts.email, form.staff[0]?.email ?? ''))).toHaveLength(0);

    // Another organisation's staff member files for their own organisation only and sees only its applications.
    const other = await approvedStaff(t, 'ACCEPTING', { corporateNumber: corporateNumber(5302) });
    const theirs = await other.browser.get('/api/v1/organisation');
    expect(theirs.json().applications.map((a: { id: string }) => a.id)).not.toContain(id);
    expect(theirs.json().organization.corporateNumber).toBe(corporateNumber(5302));
  });
});
