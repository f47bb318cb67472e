import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { queuedMailTo } from '../accounts/test-support.js';
import { testStorageEnv } from '../applications/test-support.js';
import { officer, seedCase, snapshot, type TestOfficer } from '../back-office/test-support.js';
import { NOTIFICATION, auditOf, post } from './test-support.js';

const GRANT = { grantedStatus: 'ENGINEER_HUMANITIES_INTL', period: { kind: 'FIXED', amount: 3, unit: 'YEAR' } };

describe.each(testBackends())('examination: officer actions (R-EXAM-4, R-CASE-3, R-CASE-4) on %s', (backend) => {
  let t: TestApp;
  let examiner: TestOfficer;
  let decider: TestOfficer;
  let clerk: TestOfficer;
  let osaka: TestOfficer;

  beforeAll(async () => {
    t = await startTestApp(backend, { ...testStorageEnv(), DECISION_APPROVAL_BUREAUS: 'FUKUOKA' });
    examiner = await officer(t, 'EXAMINER', 'TOKYO');
    decider = await officer(t, 'DECISION_MAKER', 'TOKYO');
    clerk = await officer(t, 'INTAKE_CLERK', 'TOKYO');
    osaka = await officer(t, 'EXAMINER', 'OSAKA');
  }, 60_000);
  afterAll(async () => t.close());

  it('R-CASE-3: a claimed examiner requests items with a JST deadline → 追完待ち, the filer and the applicant are emailed, audited', async () => {
    const c = await seedCase(t, { status: 'UNDER_EXAMINATION' });
    const body = { deadline: '2026-12-10', items: [{ description: '在職証明書' }, { description: '住民税の課税証明書' }] };
    expect((await post(examiner, c.id, 'document-requests', body)).statusCode).toBe(409);
    expect((await post(examiner, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(examiner, c.id, 'document-requests', { ...body, deadline: '2026-11-22' })).statusCode).toBe(422);
    const res = await post(examiner, c.id, 'document-requests', body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'AWAITING_DOCUMENTS' });
    for (const to of [c.ownerEmail, NOTIFICATION]) {
      const mail = (await queuedMailTo(t, to)).find((m) => m.subject.includes('資料提出通知'));
      expect(mail?.text).toContain('住民税の課税証明書');
      expect(mail?.text).toContain('2026-12-10');
      expect(mail?.text.indexOf('提出期限')).toBeLessThan(mail?.text.indexOf('Deadline') ?? 0);
    }
    const view = (await examiner.browser.get(`/api/v1/back-office/cases/${c.id}/examination`)).json();
    expect(view.documentRequests[0]).toMatchObject({ state: 'OPEN', deadline: '2026-12-10', items: [{ description: '在職証明書', answeredAt: null }, {}] });
    const audit = await auditOf(t, c.id);
    expect(audit.find((a) => a.action === 'back-office.request_documents')).toMatchObject({ outcome: 'SUCCESS', details: { items: 2, deadline: '2026-12-10' } });
    expect(audit.some((a) => a.action === 'back-office.examination.viewed')).toBe(true);
    // A change of status ends the hold (the back office's rule), so the examiner claims again.
    expect((await post(examiner, c.id, 'claim')).statusCode).toBe(200);
    const closed = await post(examiner, c.id, 'document-requests/close', { reason: '窓口で受領済み' });
    expect(closed.json()).toMatchObject({ status: 'UNDER_EXAMINATION' });
    expect((await auditOf(t, c.id)).some((a) => a.action === 'back-office.close_document_request')).toBe(true);
  });

  it('R-EXAM-4: refused by status (409 naming it), by role (403) and for another bureau (404, nothing changed)', async () => {
    const submitted = await seedCase(t);
    const items = { deadline: '2026-12-10', items: [{ description: '在職証明書' }] };
    const byStatus = await post(examiner, submitted.id, 'document-requests', items);
    expect(byStatus.statusCode).toBe(409);
    expect(byStatus.json()).toMatchObject({ error: 'ACTION_NOT_ALLOWED', status: 'SUBMITTED' });
    expect((await post(decider, submitted.id, 'grant', GRANT)).statusCode).toBe(409);
    const c = await seedCase(t, { status: 'UNDER_EXAMINATION' });
    const before = await snapshot(t, c.id);
    expect((await post(clerk, c.id, 'document-requests', items)).statusCode).toBe(403);
    expect((await post(examiner, c.id, 'grant', GRANT)).statusCode).toBe(403);
    expect((await post(examiner, c.id, 'refuse', { reason: 'x' })).statusCode).toBe(403);
    expect((await post(decider, c.id, 'proposal', { decision: 'REFUSE', reason: 'x' })).statusCode).toBe(403);
    for (const [path, body] of [['document-requests', items], ['messages', { body: 'hi' }], ['notes', { body: 'n' }], ['corrections', { questionId: 'applicant.occupation', value: '教員', reason: 'r' }], ['proposal', { decision: 'REFUSE', reason: 'x' }]] as const) {
      expect((await post(osaka, c.id, path, body)).statusCode).toBe(404);
    }
    expect((await osaka.browser.get(`/api/v1/back-office/cases/${c.id}/examination`)).statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/v1/back-office/cases/${c.id}/notes`, payload: { idempotencyKey: 'key-anonymous', body: 'x' } });
    expect([401, 403]).toContain(anonymous.statusCode);
    expect(await snapshot(t, c.id)).toEqual(before);
    expect((await auditOf(t, c.id)).filter((a) => a.outcome === 'DENIED').length).toBeGreaterThanOrEqual(5);
  });

  it('R-CASE-4, R-EXAM-4: a message to the filer mails a notice; a note stays internal; both audited', async () => {
    const c = await seedCase(t, { status: 'UNDER_EXAMINATION' });
    expect((await post(examiner, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(examiner, c.id, 'messages', { body: '勤務先の電話番号を教えてください。' })).statusCode).toBe(200);
    expect((await post(clerk, c.id, 'notes', { body: '勤務先に確認済み' })).statusCode).toBe(200);
    const mail = (await queuedMailTo(t, c.ownerEmail)).find((m) => m.subject.includes('メッセージ'));
    expect(mail?.text).not.toContain('勤務先の電話番号');
    const view = (await examiner.browser.get(`/api/v1/back-office/cases/${c.id}/examination`)).json();
    expect(view.messages).toMatchObject([{ side: 'BUREAU', body: '勤務先の電話番号を教えてください。' }]);
    expect(view.notes).toMatchObject([{ body: '勤務先に確認済み', authorId: clerk.id }]);
    const actions = (await auditOf(t, c.id)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['back-office.message', 'back-office.note']));
  });

  it('R-EXAM-4: correction of a submitted answer records old and new in the audit and emails the filer', async () => {
    const c = await seedCase(t, { status: 'UNDER_EXAMINATION' });
    expect((await post(examiner, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(examiner, c.id, 'corrections', { questionId: 'no.such.question', value: 'x', reason: 'r' })).statusCode).toBe(422);
    const res = await post(examiner, c.id, 'corrections', { questionId: 'applicant.occupation', value: '教員', reason: '申請者からの訂正依頼' });
    expect(res.statusCode).toBe(200);
    const row = (await snapshot(t, c.id)) as { row: { answers: Record<string, unknown> } };
    expect(row.row.answers['applicant.occupation']).toBe('教員');
    expect((await auditOf(t, c.id)).find((a) => a.action === 'back-office.correct')?.details).toMatchObject({ questionId: 'applicant.occupation', old: '会社員', new: '教員' });
    for (const to of [c.ownerEmail, NOTIFICATION]) expect((await queuedMailTo(t, to)).some((m) => m.subject.includes('訂正'))).toBe(true);
  });

  it('R-EXAM-4: propose then decide 許可 with a status and period from the reference data → 発行待ち; 不許可 with a reason is mailed', async () => {
    const c = await seedCase(t, { status: 'UNDER_EXAMINATION' });
    expect((await post(examiner, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(examiner, c.id, 'proposal', { decision: 'GRANT', grantedStatus: 'ENGINEER_HUMANITIES_INTL', period: { kind: 'FIXED', amount: 2, unit: 'YEAR' } })).statusCode).toBe(422);
    expect((await post(examiner, c.id, 'proposal', { decision: 'GRANT', ...GRANT })).statusCode).toBe(200);
    expect((await post(decider, c.id, 'claim')).statusCode).toBe(409);
    expect((await post(examiner, c.id, 'release')).statusCode).toBe(200);
    expect((await post(decider, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(decider, c.id, 'grant', { grantedStatus: 'DIPLOMAT', period: { kind: 'DURATION_OF_ACTIVITY' } })).statusCode).toBe(422);
    const granted = await post(decider, c.id, 'grant', GRANT);
    expect(granted.statusCode).toBe(200);
    expect(granted.json()).toMatchObject({ status: 'AWAITING_ISSUE' });
    expect((await queuedMailTo(t, c.ownerEmail)).filter((m) => m.subject.includes('審査終了'))).toHaveLength(1); // R-RES-1, sent with the grant
    expect((await auditOf(t, c.id)).find((a) => a.action === 'back-office.grant')?.details).toMatchObject({ decision: 'GRANT', grantedStatus: 'ENGINEER_HUMANITIES_INTL' });
    expect((await post(decider, c.id, 'refuse', { reason: 'x' })).statusCode).toBe(409);

    const r = await seedCase(t, { status: 'UNDER_EXAMINATION' });
    expect((await post(decider, r.id, 'claim')).statusCode).toBe(200);
    const refused = await post(decider, r.id, 'refuse', { reason: '活動の実態が認められません。' });
    expect(refused.json()).toMatchObject({ status: 'REFUSED' });
    for (const to of [r.ownerEmail, NOTIFICATION]) {
      expect((await queuedMailTo(t, to)).some((m) => m.subject.includes('不許可') && m.text.includes('活動の実態が認められません。'))).toBe(true);
    }
    expect((await auditOf(t, r.id)).some((a) => a.action === 'back-office.refuse')).toBe(true);
  });

  it('R-EXAM-4: where the bureau configures it, a second decision maker approves the proposal before another decides', async () => {
    const fExaminer = await officer(t, 'EXAMINER', 'FUKUOKA');
    const fApprover = await officer(t, 'DECISION_MAKER', 'FUKUOKA');
    const fDecider = await officer(t, 'DECISION_MAKER', 'FUKUOKA');
    const c = await seedCase(t, { status: 'UNDER_EXAMINATION', office: 'FUKUOKA' });
    expect((await post(fDecider, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(fDecider, c.id, 'grant', GRANT)).statusCode).toBe(409);
    expect((await post(fApprover, c.id, 'proposal/approve')).statusCode).toBe(409);
    expect((await post(fDecider, c.id, 'release')).statusCode).toBe(200);
    expect((await post(fExaminer, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(fExaminer, c.id, 'proposal', { decision: 'GRANT', ...GRANT })).statusCode).toBe(200);
    expect((await post(fExaminer, c.id, 'release')).statusCode).toBe(200);
    expect((await post(fApprover, c.id, 'proposal/approve')).statusCode).toBe(200);
    expect((await post(fApprover, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(fApprover, c.id, 'grant', GRANT)).statusCode).toBe(403);
    expect((await post(fApprover, c.id, 'release')).statusCode).toBe(200);
    expect((await post(fDecider, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(fDecider, c.id, 'refuse', { reason: 'x' })).statusCode).toBe(409);
    expect((await post(fDecider, c.id, 'grant', GRANT)).json()).toMatchObject({ status: 'AWAITING_ISSUE' });
    const actions = (await auditOf(t, c.id)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['back-office.propose_decision', 'back-office.approve_decision', 'back-office.grant']));
    const tokyo = await seedCase(t, { status: 'UNDER_EXAMINATION' });
    expect((await examiner.browser.get(`/api/v1/back-office/cases/${tokyo.id}/examination`)).json()).toMatchObject({ approvalRequired: false });
    expect((await fExaminer.browser.get(`/api/v1/back-office/cases/${c.id}/examination`)).json()).toMatchObject({ approvalRequired: true });
  });
});
