import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { buildPdf } from '../../adapters/uploads/test-support/fixtures.js';
import { applicationActions } from '../../db/schema.js';
import { queuedMailTo } from '../accounts/test-support.js';
import { findApplication } from './application-repository.js';
import { describe as describeView } from './draft-service.js';
import { listFiles } from './file-repository.js';
import { resolveFiler } from './filer.js';
import { applicationPdfRows } from './pdf.js';
import { ORGANIZATION_EXTENSION_WITH_REENTRY } from './test-answers.js';
import { completeDraft, facePhoto, submit, uploadDocuments, uploadPhoto } from './test-flows.js';
import { organization, testStorageEnv, type TestFiler } from './test-support.js';

describe.each(testBackends())('after submission (R-SUB-3, R-SUB-4, R-CASE-2) on %s', (backend) => {
  let t: TestApp;
  let staff: TestFiler;
  let colleague: TestFiler;
  let id: string;
  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
    const employer = await organization(t);
    staff = await employer.staff();
    colleague = await employer.staff();
    const draft = await completeDraft(staff.browser, ORGANIZATION_EXTENSION_WITH_REENTRY);
    id = draft.id;
    expect((await submit(staff.browser, id, 'case-submit')).statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('R-SUB-3 the submitted application is read-only for the filer, and everything stays viewable and downloadable', async () => {
    const b = staff.browser;
    const view = (await b.get(`/api/v1/applications/${id}`)).json();
    const [attachment] = view.attachments as { id: string }[];
    const refusals = [
      await b.request({ method: 'PATCH', url: `/api/v1/applications/${id}/answers`, payload: { revision: view.revision, changes: { 'applicant.occupation': 'x' } } }),
      await uploadPhoto(b, id, await facePhoto()),
      await uploadDocuments(b, id, view.checklist[0].code, [buildPdf()]),
      await b.request({ method: 'DELETE', url: `/api/v1/applications/${id}/attachments/${attachment?.id}` }),
      await b.request({ method: 'PUT', url: `/api/v1/applications/${id}/receipt-method`, payload: { method: 'COUNTER_PASSPORT' } }),
      await b.request({ method: 'DELETE', url: `/api/v1/applications/${id}` }),
    ];
    expect(refusals.map((r) => r.statusCode)).toEqual([409, 409, 409, 409, 409, 409]);
    expect(refusals[0]?.json().message.en).toMatch(/cannot be changed/);
    expect((await b.get(`/api/v1/applications/${id}/attachments/${attachment?.id}`)).statusCode).toBe(200);
    expect((await b.get(`/api/v1/applications/${id}/photo`)).statusCode).toBe(200);
    expect((await b.get(`/api/v1/applications/${id}/export`)).json().answers['applicant.name']).toBe('NGUYEN VAN AN');
    expect((await colleague.browser.get(`/api/v1/applications/${id}`)).json()).toMatchObject({ state: 'SUBMITTED', receiptMethod: 'COUNTER_PASSPORT' });
  });

  it('R-SUB-3 the PDF carries the answers labelled in Japanese and English, with the files', async () => {
    const pdf = await staff.browser.get(`/api/v1/applications/${id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="application-[a-z0-9]{8}\.pdf"$/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const account = staff.account;
    const filer = await resolveFiler(t.ctx.database.db, { ...account, role: 'ORG_STAFF', scopes: [], officerRole: null });
    const row = await findApplication(t.ctx.database.db, id);
    if (!row) throw new Error('no application');
    const rows = applicationPdfRows(await describeView(t.ctx, row, filer), await listFiles(t.ctx.database.db, id), filer);
    const find = (en: string) => rows.find((r) => r.labelEn === en);
    expect(find('Status')?.value).toBe('申請完了 / Submitted');
    expect(find('Procedures')?.value).toBe('在留期間更新許可申請 / Extension of Period of Stay\n再入国許可申請 / Re-entry Permission');
    expect(find('Name (Latin letters)')).toMatchObject({ labelJa: expect.stringMatching(/^3 /), value: 'NGUYEN VAN AN' });
    expect(find('Sex')?.value).toMatch(/男.*\/ Male/);
    expect(find('Criminal record (in Japan or overseas)')?.value).toBe('いいえ / No');
    expect(rows.some((r) => r.labelJa.startsWith('■ '))).toBe(true);
    expect(find('Attached files')?.value).toMatch(/photo\.jpg/);
  });

  it('R-CASE-2 the timeline shows each step with time and actor in both languages, and what happens next', async () => {
    const mine = (await staff.browser.get(`/api/v1/applications/${id}/timeline`)).json();
    expect(mine).toMatchObject({ status: 'SUBMITTED', statusName: { ja: '申請完了', en: 'Submitted' }, next: { ja: expect.stringMatching(/受付番号/) } });
    expect(mine.entries).toEqual([{ action: 'SUBMIT', label: { ja: '申請', en: 'Application submitted' }, at: '2026-11-23T01:00:00.000Z', actor: { ja: 'あなた', en: 'You' }, note: null }]);
    const theirs = (await colleague.browser.get(`/api/v1/applications/${id}/timeline`)).json();
    expect(theirs.entries[0].actor).toEqual({ ja: '所属機関等の職員', en: 'Organisation staff' });
  });

  it('R-SUB-4 withdrawal needs a reason, is idempotent by key, is confirmed by email to both recipients, and cannot be repeated', async () => {
    expect((await staff.browser.post(`/api/v1/applications/${id}/withdraw`, { reason: ' ', idempotencyKey: 'withdraw-1-key' })).statusCode).toBe(400);
    const body = { reason: '雇用契約が終了したため', idempotencyKey: 'withdraw-1-key' };
    const [first, retry] = await Promise.all([staff.browser.post(`/api/v1/applications/${id}/withdraw`, body), staff.browser.post(`/api/v1/applications/${id}/withdraw`, body)]);
    expect([first.statusCode, retry.statusCode]).toEqual([200, 200]);
    expect(first.json()).toMatchObject({ state: 'WITHDRAWN', allowedActions: [] });
    const actions = await t.ctx.database.db.select().from(applicationActions).where(eq(applicationActions.applicationId, id));
    expect(actions.map((a) => [a.type, a.details])).toEqual([['SUBMIT', {}], ['WITHDRAW', { reason: '雇用契約が終了したため' }]]);
    for (const to of [staff.account.email, 'an.nguyen@example.test']) {
      const mails = (await queuedMailTo(t, to)).filter((m) => m.subject === '申請取下げのお知らせ / Your application has been withdrawn');
      expect(mails, to).toHaveLength(1);
      expect(mails[0]?.text).toContain('雇用契約が終了したため');
    }
    const again = await staff.browser.post(`/api/v1/applications/${id}/withdraw`, { reason: 'もう一度', idempotencyKey: 'withdraw-2-key' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'ACTION_NOT_ALLOWED', status: 'WITHDRAWN' });
    expect((await staff.browser.get(`/api/v1/applications/${id}/timeline`)).json()).toMatchObject({ status: 'WITHDRAWN', entries: [{ action: 'SUBMIT' }, { action: 'WITHDRAW', note: '雇用契約が終了したため' }] });
  });

  it('R-SUB-4 a draft cannot be withdrawn (it can be deleted)', async () => {
    const draft = await staff.browser.post('/api/v1/applications', { idempotencyKey: 'draft-not-withdrawn' });
    const res = await staff.browser.post(`/api/v1/applications/${String(draft.json().id)}/withdraw`, { reason: 'x', idempotencyKey: 'withdraw-draft-key' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message.en).toMatch(/not been submitted/);
  });
});
