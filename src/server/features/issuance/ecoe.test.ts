import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { issuedDocuments } from '../../db/schema.js';
import { TestBrowser, auditActions, queuedMailTo, tokenFromMail } from '../accounts/test-support.js';
import { testStorageEnv } from '../applications/test-support.js';
import { key, officer, snapshot, type TestOfficer } from '../back-office/test-support.js';
import { ecoeValidUntil } from './requirements.js';
import { APPLICANT_EMAIL, issuanceUrl, seedGranted } from './test-support.js';

describe('R-RES-2 e-COE validity: three months from issue', () => {
  it.each([
    ['2026-11-23', '2027-02-22'],
    ['2026-11-30', '2027-02-28'],
    ['2026-12-01', '2027-02-28'],
    ['2027-01-31', '2027-04-30'],
  ])('issued %s → valid until %s', (issued, until) => expect(ecoeValidUntil(issued)).toBe(until));
});

describe.each(testBackends())('electronic COE and the printed permission (R-RES-2, R-RES-3) on %s', (backend) => {
  let t: TestApp;
  let clerk: TestOfficer;

  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
    clerk = await officer(t, 'ISSUANCE_CLERK', 'ODAIBA');
  });
  afterAll(async () => t.close());

  const claim = async (id: string) => expect((await clerk.browser.post(`/api/v1/back-office/cases/${id}/claim`, { idempotencyKey: key() })).statusCode).toBe(200);

  it('R-RES-2 issue → ja/en mail with the details and a forwardable link; the link opens the COE and its PDF; 受領登録 once', async () => {
    const c = await seedGranted(t, { procedures: ['COE'], receiptMethod: 'COE_BY_EMAIL' });
    const anonymous = new TestBrowser(t.app);
    expect((await anonymous.post(issuanceUrl(c.id, 'ecoe'), { idempotencyKey: key() })).statusCode).toBe(401);
    expect((await (await officer(t, 'EXAMINER', 'TOKYO')).browser.post(issuanceUrl(c.id, 'ecoe'), { idempotencyKey: key() })).statusCode).toBe(403);
    await claim(c.id);
    const issued = await clerk.browser.post(issuanceUrl(c.id, 'ecoe'), { idempotencyKey: key() });
    expect(issued.statusCode).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'COMPLETED', ecoe: { validUntil: '2027-02-22', receiptRegisteredAt: null } });

    const [doc] = await t.ctx.database.db.select().from(issuedDocuments).where(eq(issuedDocuments.applicationId, c.id));
    expect(doc).toMatchObject({ kind: 'E_COE', validUntil: '2027-02-22', status: 'ACTIVE' });

    const mail = (await queuedMailTo(t, APPLICANT_EMAIL)).find((m) => m.subject.includes('在留資格認定証明書（電子交付）'));
    expect(mail?.subject).toContain('Certificate of Eligibility');
    expect(mail?.text).toContain(`証明書番号: ${doc?.number ?? '?'}`);
    expect(mail?.text).toContain(`Certificate number: ${doc?.number ?? '?'}`);
    expect(mail?.text).toContain('有効期限: 2027-02-22');
    expect(mail?.text).toContain('forward');
    expect(mail?.text).toContain(`/ecoe/${c.id}#token=`);
    const token = tokenFromMail(mail?.text ?? '');
    const ownerMail = (await queuedMailTo(t, c.ownerEmail)).find((m) => m.subject.includes('在留資格認定証明書（電子交付）'));
    expect(tokenFromMail(ownerMail?.text ?? '')).toBe(token);

    // Anyone holding the forwarded link (no account) can open it and download the signed PDF.
    const view = await anonymous.post(`/api/v1/ecoe/${c.id}/view`, { token });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ number: doc?.number, applicantName: 'NGUYEN VAN AN', nationality: 'VNM', validUntil: '2027-02-22', receiptRegisteredAt: null });
    const pdf = await anonymous.post(`/api/v1/ecoe/${c.id}/pdf`, { token });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const wrong = await anonymous.post(`/api/v1/ecoe/${c.id}/receipt`, { token: `${token.slice(0, -2)}xx` });
    expect(wrong.statusCode).toBe(404);
    const registered = await anonymous.post(`/api/v1/ecoe/${c.id}/receipt`, { token });
    expect(registered.statusCode).toBe(200);
    expect(registered.json()).toMatchObject({ receiptRegisteredAt: expect.any(String) });
    const before = await snapshot(t, c.id);
    expect((await anonymous.post(`/api/v1/ecoe/${c.id}/receipt`, { token })).statusCode).toBe(409);
    expect(await snapshot(t, c.id)).toEqual(before);
    expect((await queuedMailTo(t, APPLICANT_EMAIL)).some((m) => m.subject.includes('受領登録が完了しました'))).toBe(true);

    const audit = (await auditActions(t)).filter((a) => a.subjectId === c.id);
    expect(audit).toEqual(expect.arrayContaining([
      expect.objectContaining({ action: 'issuance.issue_ecoe', outcome: 'SUCCESS' }),
      expect.objectContaining({ action: 'ecoe.register-receipt', outcome: 'SUCCESS' }),
      expect.objectContaining({ action: 'ecoe.register-receipt', outcome: 'DENIED' }),
    ]));
  });

  it('R-RES-2 an e-COE is only for cases that chose email; a card case is refused', async () => {
    const card = await seedGranted(t);
    await claim(card.id);
    const before = await snapshot(t, card.id);
    expect((await clerk.browser.post(issuanceUrl(card.id, 'ecoe'), { idempotencyKey: key() })).statusCode).toBe(409);
    expect(await snapshot(t, card.id)).toEqual(before);
  });

  it('R-RES-3 permission for activity outside status by mail: a printed bilingual permission, signed once, enclosed at dispatch', async () => {
    const c = await seedGranted(t, { procedures: ['EXTENSION', 'OUTSIDE_ACTIVITY'], receivedAt: new Date('2026-11-20T01:00:00Z') });
    expect((await clerk.browser.get(issuanceUrl(c.id))).json()).toMatchObject({ permissionByMail: true });
    const pdf = await clerk.browser.get(issuanceUrl(c.id, 'permission.pdf'));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((await clerk.browser.get(issuanceUrl(c.id, 'permission.pdf'))).statusCode).toBe(200);
    const docs = await t.ctx.database.db.select().from(issuedDocuments).where(eq(issuedDocuments.applicationId, c.id));
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ kind: 'PERMISSION' });

    await claim(c.id);
    for (const item of ['CURRENT_CARD', 'FEE_SLIP', 'RETURN_ENVELOPE']) await clerk.browser.post(issuanceUrl(c.id, 'items'), { idempotencyKey: key(), item });
    await clerk.browser.post(issuanceUrl(c.id, 'fee'), { idempotencyKey: key(), amountYen: 5500 });
    await clerk.browser.post(issuanceUrl(c.id, 'card-number'), { idempotencyKey: key(), cardNumber: 'AB12345678CD' });
    expect((await clerk.browser.post(issuanceUrl(c.id, 'dispatch'), { idempotencyKey: key(), trackingNumber: '123456789012' })).json()).toMatchObject({ status: 'COMPLETED' });
    const mail = (await queuedMailTo(t, c.ownerEmail)).find((m) => m.subject.includes('発送'));
    expect(mail?.text).toContain(`資格外活動許可書（番号 ${docs[0]?.number ?? '?'}）`);

    const plain = await seedGranted(t);
    expect((await clerk.browser.get(issuanceUrl(plain.id, 'permission.pdf'))).statusCode).toBe(404);
  });
});

describe('R-RES-2 R-OPS-1 the forwarded e-COE link opens from abroad; the issuance routes do not', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { ...testStorageEnv(), TRUSTED_PROXIES: '127.0.0.1' });
  });
  afterAll(async () => t.close());

  it('a foreign address reaches the e-COE API (an unknown link → 404) but is refused the officer routes (403)', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const headers = { 'x-forwarded-for': '8.8.8.8', accept: 'application/json' };
    const ecoe = await t.app.inject({ method: 'POST', url: `/api/v1/ecoe/${id}/view`, headers, payload: { token: 'x'.repeat(43) } });
    expect(ecoe.statusCode).toBe(404);
    const page = await t.app.inject({ method: 'GET', url: `/ecoe/${id}`, headers: { 'x-forwarded-for': '8.8.8.8', accept: 'text/html' } });
    expect(page.statusCode).not.toBe(403);
    const officerRoute = await t.app.inject({ method: 'GET', url: `/api/v1/issuance/cases/${id}`, headers });
    expect(officerRoute.statusCode).toBe(403);
  });
});
