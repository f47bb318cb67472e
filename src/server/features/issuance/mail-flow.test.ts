import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { TestBrowser, auditActions, queuedMailTo } from '../accounts/test-support.js';
import { individualFiler, testStorageEnv } from '../applications/test-support.js';
import { key, officer, snapshot, type TestOfficer } from '../back-office/test-support.js';
import { APPLICANT_EMAIL, issuanceUrl, seedGranted } from './test-support.js';

describe.each(testBackends())('issuance of the residence card by mail (R-RES-1) on %s', (backend) => {
  let t: TestApp;
  let clerk: TestOfficer;

  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
    clerk = await officer(t, 'ISSUANCE_CLERK', 'ODAIBA');
  });
  afterAll(async () => t.close());

  const claim = async (o: TestOfficer, id: string) => expect((await o.browser.post(`/api/v1/back-office/cases/${id}/claim`, { idempotencyKey: key() })).statusCode).toBe(200);

  it('R-RES-1 the examination-completed mail lists what to mail (never the passport) with the fee of the received date, online rate', async () => {
    // 2025-03-31 23:59 JST: received before the 2025-04-01 revision → 4,000 yen; 2025-04-01 00:00 JST → 5,500 yen online.
    const before = await seedGranted(t, { receivedAt: new Date('2025-03-31T14:59:00Z') });
    const after = await seedGranted(t, { receivedAt: new Date('2025-03-31T15:00:00Z') });
    const viewBefore = await clerk.browser.get(issuanceUrl(before.id));
    expect(viewBefore.statusCode).toBe(200);
    expect(viewBefore.json()).toMatchObject({ feeDueYen: 4000, route: 'CARD_BY_MAIL', issuesCard: true });
    expect((await clerk.browser.get(issuanceUrl(after.id))).json()).toMatchObject({ feeDueYen: 5500 });

    const [mail, ...rest] = (await queuedMailTo(t, before.ownerEmail)).filter((m) => m.subject.includes('審査終了'));
    expect(rest).toHaveLength(0);
    expect(mail?.text).toContain('・現在お持ちの在留カード');
    expect(mail?.text).toContain('・手数料納付書');
    expect(mail?.text).toContain('・返信用封筒');
    expect(mail?.text).toContain('4,000円');
    expect(mail?.text).toContain('JPY 4,000');
    expect(mail?.text).not.toMatch(/・旅券|- Your passport/);
    expect(mail?.text.indexOf('審査が終了しました')).toBeLessThan(mail?.text.indexOf('The examination has been completed') ?? -1);
    expect((await queuedMailTo(t, APPLICANT_EMAIL)).some((m) => m.subject.includes('審査終了'))).toBe(true);
    const afterMail = (await queuedMailTo(t, after.ownerEmail)).find((m) => m.subject.includes('審査終了'));
    expect(afterMail?.text).toContain('5,500円');

    // Viewing again queues nothing new (R-MAIL-2).
    await clerk.browser.get(issuanceUrl(before.id));
    expect((await queuedMailTo(t, before.ownerEmail)).filter((m) => m.subject.includes('審査終了'))).toHaveLength(1);
  });

  it('R-RES-1 counter cases are told what to bring', async () => {
    const counter = await seedGranted(t, { receiptMethod: 'CARD_AT_COUNTER' });
    await clerk.browser.get(issuanceUrl(counter.id));
    const mail = (await queuedMailTo(t, counter.ownerEmail)).find((m) => m.subject.includes('審査終了'));
    expect(mail?.text).toContain('窓口にお越しください');
    expect(mail?.text).toContain('・旅券（パスポート）');
  });

  it('R-RES-1 the clerk records each item, the fee, the card number and dispatch → 完了, with a mail and an audit row at each step', async () => {
    const c = await seedGranted(t, { receivedAt: new Date('2026-11-20T01:00:00Z') });
    const url = (step: string) => issuanceUrl(c.id, step);
    expect((await clerk.browser.get(issuanceUrl(c.id))).json()).toMatchObject({ status: 'AWAITING_ISSUE', feeDueYen: 5500, items: [{ item: 'CURRENT_CARD' }, { item: 'FEE_SLIP' }, { item: 'RETURN_ENVELOPE' }] });
    expect((await clerk.browser.post(url('items'), { idempotencyKey: key(), item: 'CURRENT_CARD' })).statusCode).toBe(409);
    await claim(clerk, c.id);

    expect((await clerk.browser.post(url('items'), { idempotencyKey: key(), item: 'DESIGNATION' })).statusCode).toBe(422);
    expect((await clerk.browser.post(url('fee'), { idempotencyKey: key(), amountYen: 5500 })).statusCode).toBe(409);
    for (const item of ['CURRENT_CARD', 'FEE_SLIP']) expect((await clerk.browser.post(url('items'), { idempotencyKey: key(), item })).statusCode).toBe(200);
    expect((await clerk.browser.post(url('items'), { idempotencyKey: key(), item: 'FEE_SLIP' })).statusCode).toBe(409);

    const wrongFee = await clerk.browser.post(url('fee'), { idempotencyKey: key(), amountYen: 4000 });
    expect(wrongFee.statusCode).toBe(422);
    expect(wrongFee.json()).toMatchObject({ feeDueYen: 5500 });
    expect((await clerk.browser.post(url('fee'), { idempotencyKey: key(), amountYen: 5500 })).json()).toMatchObject({ feePaidYen: 5500 });

    const badCard = await clerk.browser.post(url('card-number'), { idempotencyKey: key(), cardNumber: 'A123456789BC' });
    expect(badCard.statusCode).toBe(422);
    expect(JSON.stringify(badCard.json())).toContain('英字2文字・数字8桁・英字2文字');
    expect(JSON.stringify(badCard.json())).toContain('2 letters, 8 digits, 2 letters');
    expect((await clerk.browser.post(url('card-number'), { idempotencyKey: key(), cardNumber: 'ab 1234 5678 cd' })).json()).toMatchObject({ cardNumber: 'AB12345678CD' });

    const early = await clerk.browser.post(url('dispatch'), { idempotencyKey: key(), trackingNumber: '1234-5678-9012' });
    expect(early.statusCode).toBe(409);
    expect(JSON.stringify(early.json())).toContain('返信用封筒');
    expect((await clerk.browser.post(url('items'), { idempotencyKey: key(), item: 'RETURN_ENVELOPE' })).statusCode).toBe(200);
    expect((await clerk.browser.post(url('dispatch'), { idempotencyKey: key(), trackingNumber: '12-34' })).statusCode).toBe(422);
    const dispatchKey = key();
    const done = await clerk.browser.post(url('dispatch'), { idempotencyKey: dispatchKey, trackingNumber: '1234-5678-9012' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'COMPLETED', trackingNumber: '123456789012' });

    const subjects = (await queuedMailTo(t, c.ownerEmail)).map((m) => m.subject);
    for (const s of ['審査終了', '提出物を受領しました', '手数料の納付を確認しました', '新しい在留カードを作成しました', '在留カード等を発送しました']) {
      expect(subjects.some((x) => x.includes(s))).toBe(true);
    }
    expect(subjects.filter((x) => x.includes('提出物を受領しました'))).toHaveLength(3);
    const dispatchMail = (await queuedMailTo(t, APPLICANT_EMAIL)).find((m) => m.text.includes('123456789012'));
    expect(dispatchMail?.text).toContain('Tracking number: 123456789012');

    const audit = (await auditActions(t)).filter((a) => a.subjectId === c.id && a.outcome === 'SUCCESS').map((a) => a.action);
    for (const a of ['issuance.record_item_received', 'issuance.record_fee_paid', 'issuance.record_card_number', 'issuance.dispatch', 'issuance.view']) expect(audit).toContain(a);

    // A retry with the same key changes nothing; the case has left the issuance stage (完了) so a new step is refused.
    const before = await snapshot(t, c.id);
    expect((await clerk.browser.post(url('dispatch'), { idempotencyKey: dispatchKey, trackingNumber: '1234-5678-9012' })).statusCode).not.toBe(500);
    expect((await clerk.browser.post(url('items'), { idempotencyKey: key(), item: 'CURRENT_CARD' })).statusCode).toBe(404);
    expect(await snapshot(t, c.id)).toEqual(before);
  });

  it('R-RES-1 R-EXAM-1 other bureaus, other roles, applicants and anonymous callers are refused and nothing changes', async () => {
    const c = await seedGranted(t);
    await claim(clerk, c.id);
    const osakaClerk = await officer(t, 'ISSUANCE_CLERK', 'OSAKA');
    const tokyoExaminer = await officer(t, 'EXAMINER', 'TOKYO');
    const applicant = await individualFiler(t);
    const before = await snapshot(t, c.id);
    const body = { idempotencyKey: key(), item: 'CURRENT_CARD' };
    expect((await osakaClerk.browser.post(issuanceUrl(c.id, 'items'), body)).statusCode).toBe(404);
    expect((await osakaClerk.browser.get(issuanceUrl(c.id))).statusCode).toBe(404);
    expect((await tokyoExaminer.browser.post(issuanceUrl(c.id, 'items'), body)).statusCode).toBe(403);
    expect((await applicant.browser.post(issuanceUrl(c.id, 'items'), body)).statusCode).toBe(403);
    expect((await new TestBrowser(t.app).post(issuanceUrl(c.id, 'items'), body)).statusCode).toBe(401);
    // Another issuance clerk of the unit: the case is held → 409 naming the holder.
    const other = await officer(t, 'ISSUANCE_CLERK', 'ODAIBA');
    const held = await other.browser.post(issuanceUrl(c.id, 'items'), body);
    expect(held.statusCode).toBe(409);
    expect(held.json()).toMatchObject({ holder: { id: clerk.id } });
    expect(await snapshot(t, c.id)).toEqual(before);
    const denied = (await auditActions(t)).filter((a) => a.subjectId === c.id && a.outcome === 'DENIED');
    expect(denied.some((a) => a.action === 'issuance.record_item_received')).toBe(true);
  });

  it('R-RES-1 steps are refused by status (409 naming it) and by route', async () => {
    const examining = await seedGranted(t, { status: 'UNDER_EXAMINATION', receiptMethod: 'CARD_AT_COUNTER' });
    const intake = await officer(t, 'INTAKE_CLERK', 'TOKYO');
    const before = await snapshot(t, examining.id);
    const refused = await intake.browser.post(issuanceUrl(examining.id, 'hand-over'), { idempotencyKey: key() });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ status: 'UNDER_EXAMINATION' });
    expect(await snapshot(t, examining.id)).toEqual(before);

    const mailCase = await seedGranted(t);
    await claim(clerk, mailCase.id);
    expect((await clerk.browser.post(issuanceUrl(mailCase.id, 'hand-over'), { idempotencyKey: key() })).statusCode).toBe(409);
    expect((await clerk.browser.post(issuanceUrl(mailCase.id, 'ecoe'), { idempotencyKey: key() })).statusCode).toBe(409);

    const counter = await seedGranted(t, { receiptMethod: 'CARD_AT_COUNTER', receivedAt: new Date('2026-11-20T01:00:00Z') });
    await claim(clerk, counter.id);
    expect((await clerk.browser.post(issuanceUrl(counter.id, 'dispatch'), { idempotencyKey: key(), trackingNumber: '123456789012' })).statusCode).toBe(409);
    expect((await clerk.browser.post(issuanceUrl(counter.id, 'hand-over'), { idempotencyKey: key() })).statusCode).toBe(409);
    expect((await clerk.browser.post(issuanceUrl(counter.id, 'fee'), { idempotencyKey: key(), amountYen: 5500 })).statusCode).toBe(200);
    expect((await clerk.browser.post(issuanceUrl(counter.id, 'card-number'), { idempotencyKey: key(), cardNumber: 'ZZ00000001AA' })).statusCode).toBe(200);
    expect((await clerk.browser.post(issuanceUrl(counter.id, 'hand-over'), { idempotencyKey: key() })).json()).toMatchObject({ status: 'COMPLETED' });
  });
});
