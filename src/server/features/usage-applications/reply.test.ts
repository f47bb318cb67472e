import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appForSuite } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { usageApplicationMessages, usageApplications } from '../../db/schema.js';
import { TestBrowser, auditActions, queuedMailTo, signedInBrowser, tokenFromMail } from '../accounts/test-support.js';
import { REQUEST_LETTER, postMultipart, storedFileCount, usageForm, claimForReview } from './test-support.js';

const REPLY = '/api/v1/usage-applications/reply';
const LINK = '/api/v1/usage-applications/reply-link';

describe.each(testBackends())('answering a request for more (R-ORG-2) on %s', (backend) => {
  const t = appForSuite(backend);

  const row = async (id: string) => (await t.ctx.database.db.select().from(usageApplications).where(eq(usageApplications.id, id)))[0];

  /** Files an application and has a Tokyo reviewer ask for more; returns the id, the link's token and the reviewer. */
  async function askedForMore(tag: string) {
    const body = usageForm(`${tag}-${backend}`);
    const filed = await new TestBrowser(t.app).post('/api/v1/usage-applications', body);
    const id = String(filed.json().id);
    const reviewer = await signedInBrowser(t, { officerRole: 'USAGE_REVIEWER', office: 'TOKYO', email: `reviewer-${tag}-${backend}@example.test` });
    await claimForReview(reviewer.browser, 'usage-applications', id);
    expect((await reviewer.browser.post(`/api/v1/usage-applications/${id}/request-more`, { request: '登記事項証明書を添付してください。' })).statusCode).toBe(200);
    const mail = (await queuedMailTo(t, body.contactEmail)).at(-1);
    expect(mail?.subject).toBe('利用申出について追加の情報のお願い / More information needed for your usage application');
    expect(mail?.text).toContain('/organisation/usage-application/reply#token=');
    return { id, body, token: tokenFromMail(mail?.text ?? ''), reviewer };
  }

  it('R-ORG-2 the organisation answers by the single-use link with text and a document; the application is back in the queue and both sides are emailed', async () => {
    const { id, body, token, reviewer } = await askedForMore('answer');
    const anonymous = new TestBrowser(t.app);
    const info = await anonymous.post(LINK, { token });
    expect(info.json()).toMatchObject({ organizationName: body.organization.name, request: '登記事項証明書を添付してください。' });
    expect((await row(id))?.status).toBe('MORE_INFORMATION_REQUESTED');

    const answered = await postMultipart(anonymous, REPLY, { token, reply: '登記事項証明書を添付します。\n代表者の変更はありません。' }, [
      { field: 'documents', filename: 'touki.pdf', contentType: 'application/pdf', content: REQUEST_LETTER },
    ]);
    expect(answered.statusCode).toBe(200);
    expect(answered.json().message.ja).toContain('回答を受け付けました');
    expect(await row(id)).toMatchObject({ status: 'PENDING', replyTokenHash: null });

    const view = (await reviewer.browser.get('/api/v1/usage-applications')).json().applications.find((a: { id: string }) => a.id === id);
    expect(view.messages.map((m: { kind: string; body: string }) => `${m.kind}:${m.body}`)).toEqual([
      'MORE_REQUESTED:登記事項証明書を添付してください。', 'REPLY:登記事項証明書を添付します。\n代表者の変更はありません。',
    ]);
    const reply = view.messages[1];
    expect(view.documents).toMatchObject([{ kind: 'REPLY_DOCUMENT', messageId: reply.id, contentType: 'application/pdf' }]);
    expect((await reviewer.browser.get(`/api/v1/usage-applications/${id}/files/${view.documents[0].id}`)).rawPayload.equals(REQUEST_LETTER)).toBe(true);

    expect((await queuedMailTo(t, body.contactEmail)).at(-1)?.subject).toBe('利用申出への回答の受付 / Your answer has been received');
    expect((await queuedMailTo(t, reviewer.seeded.account.email)).map((m) => m.subject)).toEqual(['利用申出への回答がありました / An organisation has answered your request']);
    const audit = (await auditActions(t)).filter((a) => a.subjectId === id);
    expect(audit.map((a) => a.action)).toEqual([
      'usage-application.filed', 'back-office.claim', 'usage-application.more-requested', 'usage-application.replied', 'usage-application.viewed', 'usage-application.document-read',
    ]);
    expect(audit[3]).toMatchObject({ actorType: 'ANONYMOUS', outcome: 'SUCCESS' });

    // Single use: the same link answers nothing a second time.
    expect((await anonymous.post(LINK, { token })).statusCode).toBe(404);
    const again = await postMultipart(anonymous, REPLY, { token, reply: 'もう一度' });
    expect(again.statusCode).toBe(404);
    expect(again.json().message.en).toMatch(/already been used or has expired/);
    expect(await t.ctx.database.db.select().from(usageApplicationMessages).where(eq(usageApplicationMessages.usageApplicationId, id))).toHaveLength(2);
  });

  it('R-ORG-2 an empty answer, an unknown file field, a bad or expired link and a missing CSRF token are refused; nothing changes', async () => {
    const { id, token } = await askedForMore('refused');
    const anonymous = new TestBrowser(t.app);
    const filesBefore = await storedFileCount(t);
    const empty = await postMultipart(anonymous, REPLY, { token, reply: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields).toEqual([{ path: 'reply', message: { ja: '回答を入力してください。', en: 'Enter the answer.' } }]);
    const stray = await postMultipart(anonymous, REPLY, { token, reply: '回答' }, [{ field: 'pledge', filename: 'x.pdf', contentType: 'application/pdf', content: REQUEST_LETTER }]);
    expect(stray.statusCode).toBe(400);
    expect(stray.json().fields[0]).toMatchObject({ path: 'pledge', message: { en: 'This file field is not known.' } });
    expect((await postMultipart(anonymous, REPLY, { token: 'x'.repeat(43), reply: '回答' })).statusCode).toBe(404);
    expect((await anonymous.post(LINK, { token: 'short' })).json().fields[0].path).toBe('token');
    expect((await t.app.inject({ method: 'POST', url: LINK, payload: { token } })).statusCode).toBe(403);
    const noCsrf = await t.app.inject({ method: 'POST', url: REPLY, payload: { token, reply: '回答' } });
    expect(noCsrf.statusCode).toBe(403);
    expect(await storedFileCount(t)).toBe(filesBefore);

    t.clock.advance(31 * 24 * 60 * 60_000);
    expect((await anonymous.post(LINK, { token })).statusCode).toBe(404);
    expect((await postMultipart(anonymous, REPLY, { token, reply: '遅れた回答' })).statusCode).toBe(404);
    expect((await row(id))?.status).toBe('MORE_INFORMATION_REQUESTED');
    expect((await auditActions(t)).filter((a) => a.subjectId === id).map((a) => a.action)).not.toContain('usage-application.replied');
  });

  it('R-ORG-2 a decision ends the link: a rejected application cannot be answered', async () => {
    const { id, token, reviewer } = await askedForMore('decided');
    expect((await reviewer.browser.post(`/api/v1/usage-applications/${id}/reject`, { reason: '要件を満たしていません。' })).statusCode).toBe(200);
    expect((await postMultipart(new TestBrowser(t.app), REPLY, { token, reply: '回答' })).statusCode).toBe(404);
    expect((await row(id))?.status).toBe('REJECTED');
  });
});
