import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { applicationActions, applications, outbox } from '../../db/schema.js';
import { auditActions, queuedMailTo } from '../accounts/test-support.js';
import { findSelfFiledOwners } from './application-repository.js';
import { INDIVIDUAL_EXTENSION, ORGANIZATION_EXTENSION_WITH_REENTRY } from './test-answers.js';
import { completeDraft, submit } from './test-flows.js';
import { individualFiler, intermediaryFiler, organization, testStorageEnv, type TestFiler } from './test-support.js';

const MORNING = new Date('2026-11-23T01:00:00Z'); // 10:00 JST

describe.each(testBackends())('submission (R-SUB-1, R-SUB-2) on %s', (backend) => {
  let t: TestApp;
  let filer: TestFiler;
  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
  });
  beforeEach(async () => {
    t.clock.set(MORNING);
    filer = await individualFiler(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const actionsOf = async (id: string) => t.ctx.database.db.select().from(applicationActions).where(eq(applicationActions.applicationId, id)).orderBy(asc(applicationActions.id));
  const rowOf = async (id: string) => (await t.ctx.database.db.select().from(applications).where(eq(applications.id, id)))[0];

  it('R-SUB-1 R-ATT-3 an incomplete application is refused with 422 listing every missing field, document, the photo and the receipt method; nothing changes', async () => {
    const created = await filer.browser.post('/api/v1/applications', { idempotencyKey: 'incomplete-one' });
    const id = String(created.json().id);
    const { 'applicant.reason': _reason, 'applicant.name': _name, ...partial } = INDIVIDUAL_EXTENSION;
    await filer.browser.request({ method: 'PATCH', url: `/api/v1/applications/${id}/answers`, payload: { revision: 0, changes: partial } });
    const outboxBefore = (await t.ctx.database.db.select().from(outbox)).length;
    const refused = await submit(filer.browser, id);
    expect(refused.statusCode).toBe(422);
    const body = refused.json();
    expect(body.error).toBe('UNPROCESSABLE');
    expect(body.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['applicant.reason', 'applicant.name', 'photo', 'receiptMethod']));
    expect(body.missingDocuments.length).toBeGreaterThan(0);
    expect(body.missingDocuments.every((d: { requirement: string; received: boolean }) => d.requirement === 'REQUIRED' && !d.received)).toBe(true);
    expect(body.reasons).toEqual([]);
    expect(await actionsOf(id)).toEqual([]);
    expect((await rowOf(id))?.state).toBe('DRAFT');
    expect((await t.ctx.database.db.select().from(outbox)).length).toBe(outboxBefore);
  });

  it('R-ELIG-1 R-SUB-1 a relative filing a work certificate is refused with the reason', async () => {
    const relative = await individualFiler(t, { userType: 'RELATIVE', relationship: 'SPOUSE' });
    const created = await relative.browser.post('/api/v1/applications', { idempotencyKey: 'relative-work-cert' });
    const id = String(created.json().id);
    const changes = {
      'step1.procedures': ['WORK_CERT'], 'step1.currentStatus': 'DEPENDENT', 'step1.periodOfStayExpiry': '2027-06-30', 'step1.applicantDateOfBirth': '1992-03-04',
      'step1.relationship': 'SPOUSE', 'step1.livesInJapan': true, 'step1.unableToApplyPersonally': false,
    };
    const saved = await relative.browser.request({ method: 'PATCH', url: `/api/v1/applications/${id}/answers`, payload: { revision: 0, changes } });
    expect(saved.statusCode).toBe(200);
    const view = (await relative.browser.get(`/api/v1/applications/${id}`)).json();
    expect(view.eligibility).toMatchObject({ allowed: false, reasons: [{ code: 'RELATIVE_NOT_ALLOWED_FOR_PROCEDURE' }] });
    const refused = await submit(relative.browser, id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().reasons).toEqual([expect.objectContaining({ code: 'RELATIVE_NOT_ALLOWED_FOR_PROCEDURE', procedure: 'WORK_CERT' })]);
    expect(refused.json().reasons[0].message.ja).toMatch(/就労資格証明書/);
  });

  it('R-SUB-1 R-SUB-2 R-MAIL-1 a complete application is submitted: SUBMIT action, state, office, audit, and 申請受付完了のお知らせ to the user and the applicant', async () => {
    const draft = await completeDraft(filer.browser, { ...INDIVIDUAL_EXTENSION, 'applicant.passport.expiry': '2031-01-01', 'applicant.nameKanji': '' });
    const res = await submit(filer.browser, draft.id, 'first-submit');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'SUBMITTED', office: 'TOKYO', receptionNumber: null, submittedAt: MORNING.toISOString(), allowedActions: expect.arrayContaining(['WITHDRAW']) });
    const row = await rowOf(draft.id);
    expect(row).toMatchObject({ state: 'SUBMITTED', office: 'TOKYO', submittedBy: filer.account.id });
    expect(Object.keys(row?.answers ?? {})).not.toContain('applicant.nameKanji');
    expect(Object.keys(row?.answers ?? {})).toContain('applicant.name');
    expect((await actionsOf(draft.id)).map((a) => [a.type, a.idempotencyKey, a.actorType, a.actorId])).toEqual([['SUBMIT', 'submit-first-submit', 'APPLICANT', filer.account.id]]);
    expect((await auditActions(t)).filter((a) => a.subjectId === draft.id).map((a) => a.action)).toContain('application.submitted');
    const [toUser] = await queuedMailTo(t, filer.account.email);
    const [toApplicant] = await queuedMailTo(t, 'an.nguyen@example.test');
    expect(toUser?.subject).toBe('申請受付完了のお知らせ / Your application has been received');
    expect(toApplicant?.subject).toBe('申請受付完了のお知らせ / Your application has been received');
    expect(toUser?.text.indexOf('在留期間更新許可申請')).toBeLessThan(toUser?.text.indexOf('Extension of Period of Stay') ?? 0);
    expect(toUser?.text).toContain(`/applications/${draft.id}`);
    expect(toApplicant?.text).not.toContain('/applications/');
    const [payload] = (await t.ctx.database.db.select().from(outbox).orderBy(asc(outbox.id))).filter((o) => o.jobKey === `application-submitted:${draft.id}:owner`);
    expect(String(payload?.payload.html)).toContain('<div lang="ja">');
    expect((await filer.browser.request({ method: 'PATCH', url: `/api/v1/applications/${draft.id}/answers`, payload: { revision: 1, changes: {} } })).statusCode).toBe(409);
  });

  it('R-SUB-1 the same key returns the first result, sequentially and concurrently; another key after submission is refused', async () => {
    const draft = await completeDraft(filer.browser, INDIVIDUAL_EXTENSION);
    const concurrent = await Promise.all(Array.from({ length: 6 }, () => submit(filer.browser, draft.id, 'retry-key')));
    expect(concurrent.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(concurrent.map((r) => r.json().submittedAt)).size).toBe(1);
    t.clock.advance(60_000);
    const again = await submit(filer.browser, draft.id, 'retry-key');
    expect(again.statusCode).toBe(200);
    expect(again.json().submittedAt).toBe(concurrent[0]?.json().submittedAt);
    expect((await actionsOf(draft.id)).map((a) => a.type)).toEqual(['SUBMIT']);
    expect((await t.ctx.database.db.select().from(outbox)).filter((o) => o.jobKey.startsWith(`application-submitted:${draft.id}`))).toHaveLength(2);
    const other = await submit(filer.browser, draft.id, 'another-key');
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ error: 'ACTION_NOT_ALLOWED', status: 'SUBMITTED' });
  });

  it('R-ELIG-9 R-SUB-1 the last day of stay is refused at 00:00 JST that day and allowed at 23:59:59 JST the day before', async () => {
    const answers = { ...INDIVIDUAL_EXTENSION, 'step1.periodOfStayExpiry': '2026-12-10' };
    const draft = await completeDraft(filer.browser, answers);
    t.clock.set(new Date('2026-12-09T15:00:00Z')); // 2026-12-10 00:00:00 JST
    let browser = await filer.signInAgain();
    const refused = await submit(browser, draft.id, 'last-day');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().reasons.map((r: { code: string }) => r.code)).toEqual(['LAST_DAY_OF_STAY']);
    t.clock.set(new Date('2026-12-09T14:59:59Z')); // 2026-12-09 23:59:59 JST
    browser = await filer.signInAgain();
    const allowed = await submit(browser, draft.id, 'day-before');
    expect(allowed.statusCode, allowed.body).toBe(200);
    expect(allowed.json().submittedAt).toBe('2026-12-09T14:59:59.000Z');
  });

  it('R-PLUS-6 a filing by an intermediary or an organisation in a person\'s name is mailed to that person\'s own account', async () => {
    const own = await completeDraft(filer.browser, { ...INDIVIDUAL_EXTENSION, 'applicant.residenceCardNumber': 'XY98765432ZW' });
    expect((await submit(filer.browser, own.id)).statusCode).toBe(200);
    const stranger = await individualFiler(t, { name: 'SOMEONE ELSE' });
    const lawyer = await intermediaryFiler(t);
    const forPerson = await completeDraft(lawyer.browser, { ...ORGANIZATION_EXTENSION_WITH_REENTRY, 'step1.relationToOrganization': null, 'applicant.residenceCardNumber': 'xy98765432zw' });
    const filed = await submit(lawyer.browser, forPerson.id);
    expect(filed.statusCode, filed.body).toBe(200);
    const mails = await queuedMailTo(t, filer.account.email);
    expect(mails.map((m) => m.subject)).toContain('あなたを申請人とする申請が行われました / An application was filed in your name');
    expect(mails.find((m) => m.subject.startsWith('あなたを申請人'))?.text).toContain('申請取次者');
    expect(await queuedMailTo(t, stranger.account.email)).toEqual([]);
    const staff = await (await organization(t)).staff();
    const byOrganisation = await completeDraft(staff.browser, { ...ORGANIZATION_EXTENSION_WITH_REENTRY, 'applicant.residenceCardNumber': 'XY98765432ZW' });
    expect((await submit(staff.browser, byOrganisation.id)).statusCode).toBe(200);
    expect((await queuedMailTo(t, filer.account.email)).filter((m) => m.subject.startsWith('あなたを申請人'))).toHaveLength(2);
    const byPassport = await findSelfFiledOwners(t.ctx.database.db, { residenceCardNumber: null, nationality: 'VNM', passportNumber: 'C1234567' });
    expect(byPassport).toContain(filer.account.id);
    expect(await findSelfFiledOwners(t.ctx.database.db, { residenceCardNumber: null, nationality: 'PHL', passportNumber: 'C1234567' })).toEqual([]);
  });
});
