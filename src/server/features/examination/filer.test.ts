import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { buildPdf } from '../../adapters/uploads/test-support/fixtures.js';
import { queuedMailTo, type TestBrowser } from '../accounts/test-support.js';
import { testStorageEnv } from '../applications/test-support.js';
import { officer, seedCase, snapshot, type TestOfficer } from '../back-office/test-support.js';
import { answerItem, auditOf, ownerBrowser, post } from './test-support.js';

interface View {
  status: string;
  documentRequests: { id: string; state: string; items: { id: string; answeredAt: string | null; files: { id: string }[] }[] }[];
  messages: { side: string; body: string }[];
  notes?: unknown;
}

describe.each(testBackends())('examination: the filer\'s side (R-CASE-3, R-CASE-4) on %s', (backend) => {
  let t: TestApp;
  let examiner: TestOfficer;

  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv({ UPLOAD_MAX_FILES: '3' }));
    examiner = await officer(t, 'EXAMINER', 'TOKYO');
  }, 60_000);
  afterAll(async () => t.close());

  async function requested(): Promise<{ id: string; filer: TestBrowser; view: View; ownerEmail: string }> {
    const c = await seedCase(t, { status: 'UNDER_EXAMINATION' });
    expect((await post(examiner, c.id, 'claim')).statusCode).toBe(200);
    const body = { deadline: '2026-12-10', items: [{ description: '在職証明書' }, { description: '課税証明書' }] };
    expect((await post(examiner, c.id, 'document-requests', body)).statusCode).toBe(200);
    const filer = await ownerBrowser(t, c.ownerEmail);
    const view = (await filer.get(`/api/v1/applications/${c.id}/document-requests`)).json() as View;
    return { id: c.id, filer, view, ownerEmail: c.ownerEmail };
  }

  it('R-CASE-3: the filer answers per item by uploading; 追完待ち until every item is answered, then 審査中; audited', async () => {
    const { id, filer, view } = await requested();
    expect(view.status).toBe('AWAITING_DOCUMENTS');
    const [first, second] = view.documentRequests[0]?.items ?? [];
    if (!first || !second) throw new Error('two items expected');
    const one = await answerItem(filer, id, first.id, [buildPdf()]);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ status: 'AWAITING_DOCUMENTS' });
    expect((await answerItem(filer, id, first.id, [buildPdf()])).statusCode).toBe(409);
    const two = (await answerItem(filer, id, second.id, [buildPdf()])).json() as View;
    expect(two.status).toBe('UNDER_EXAMINATION');
    expect(two.documentRequests[0]?.state).toBe('ANSWERED');
    const fileId = two.documentRequests[0]?.items[1]?.files[0]?.id;
    const officerFile = await examiner.browser.get(`/api/v1/back-office/cases/${id}/document-requests/items/${second.id}/files/${fileId}`);
    expect(officerFile.statusCode).toBe(200);
    expect(officerFile.headers['content-type']).toContain('application/pdf');
    expect((await filer.get(`/api/v1/applications/${id}/document-requests/items/${second.id}/files/${fileId}`)).statusCode).toBe(200);
    const audit = (await auditOf(t, id)).map((a) => a.action);
    expect(audit.filter((a) => a === 'application.document-answered')).toHaveLength(2);
    expect(audit).toContain('back-office.document-answer.viewed');
  });

  it('R-CASE-3, R-ATT-2: refused uploads (no file, too many files, not a PDF/image) change nothing; another filer gets 404', async () => {
    const { id, filer, view } = await requested();
    const item = view.documentRequests[0]?.items[0];
    if (!item) throw new Error('item expected');
    const before = await snapshot(t, id);
    expect((await answerItem(filer, id, item.id, [])).statusCode).toBe(422);
    expect((await answerItem(filer, id, item.id, [buildPdf(), buildPdf(), buildPdf(), buildPdf()])).statusCode).toBeGreaterThanOrEqual(400);
    const text = await answerItem(filer, id, item.id, [Buffer.from('plain text, not a document')]);
    expect(text.statusCode).toBeGreaterThanOrEqual(400);
    const stranger = await ownerBrowser(t, (await seedCase(t)).ownerEmail);
    expect((await answerItem(stranger, id, item.id, [buildPdf()])).statusCode).toBe(404);
    expect((await stranger.get(`/api/v1/applications/${id}/document-requests`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/v1/applications/${id}/messages`, { idempotencyKey: 'key-stranger-1', body: 'x' })).statusCode).toBe(404);
    expect((await examiner.browser.post(`/api/v1/applications/${id}/messages`, { idempotencyKey: 'key-officer-1', body: 'x' })).statusCode).toBe(403);
    expect(await snapshot(t, id)).toEqual(before);
  });

  it('R-CASE-3: answering is refused (409) when no request is open', async () => {
    const c = await seedCase(t, { status: 'UNDER_EXAMINATION' });
    const filer = await ownerBrowser(t, c.ownerEmail);
    const res = await answerItem(filer, c.id, '00000000-0000-4000-8000-000000000000', [buildPdf()]);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'ACTION_NOT_ALLOWED', status: 'UNDER_EXAMINATION' });
  });

  it('R-CASE-4: the filer and the bureau exchange messages; the holder is emailed; notes never reach the filer; a retry adds nothing', async () => {
    const c = await seedCase(t, { status: 'UNDER_EXAMINATION' });
    expect((await post(examiner, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(examiner, c.id, 'notes', { body: '内部メモ' })).statusCode).toBe(200);
    expect((await post(examiner, c.id, 'messages', { body: '写しを送ってください。' })).statusCode).toBe(200);
    const filer = await ownerBrowser(t, c.ownerEmail);
    const sent = await filer.post(`/api/v1/applications/${c.id}/messages`, { idempotencyKey: 'key-filer-message-1', body: '承知しました。' });
    expect(sent.statusCode).toBe(200);
    expect((await filer.post(`/api/v1/applications/${c.id}/messages`, { idempotencyKey: 'key-filer-message-1', body: '承知しました。' })).statusCode).toBe(200);
    const view = (await filer.get(`/api/v1/applications/${c.id}/messages`)).json() as View;
    expect(view.messages.map((m) => m.side)).toEqual(['BUREAU', 'FILER']);
    expect(JSON.stringify(view)).not.toContain('内部メモ');
    const officerEmail = (await t.ctx.database.db.query.accounts.findFirst({ where: (a, { eq }) => eq(a.id, examiner.id) }))?.email ?? '';
    expect((await queuedMailTo(t, officerEmail)).filter((m) => m.subject.includes('メッセージ'))).toHaveLength(1);
    expect((await queuedMailTo(t, c.ownerEmail)).some((m) => m.subject.includes('入管からのメッセージ'))).toBe(true);
    expect((await auditOf(t, c.id)).filter((a) => a.action === 'application.message')).toHaveLength(1);
  });
});
