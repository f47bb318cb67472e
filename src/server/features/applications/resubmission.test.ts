import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { applicationActions, applications, outbox } from '../../db/schema.js';
import type { TestBrowser } from '../accounts/test-support.js';
import { auditActions, queuedMailTo } from '../accounts/test-support.js';
import { officer, snapshot, type TestOfficer } from '../back-office/test-support.js';
import { INDIVIDUAL_EXTENSION } from './test-answers.js';
import { completeDraft, facePhoto, submit, uploadPhoto } from './test-flows.js';
import { individualFiler, officerBrowser, testStorageEnv, type TestFiler } from './test-support.js';

const MORNING = new Date('2026-11-23T01:00:00Z'); // 10:00 JST
const NOTIFICATION = 'an.nguyen@example.test';
const REASONS = ['顔写真が不鮮明です。 / The photo is not clear.', '申請理由を具体的に記入してください。 / Give the reason in detail.'];
const RESUBMITTED_SUBJECT = '再提出を受け付けました / Your corrected application has been resubmitted';

describe.each(testBackends())('resubmission after a return for correction (R-EXAM-2) on %s', (backend) => {
  let t: TestApp;
  let filer: TestFiler;
  let clerk: TestOfficer;
  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
  }, 60_000);
  beforeEach(async () => {
    t.clock.set(MORNING);
    filer = await individualFiler(t);
    clerk = await officer(t, 'INTAKE_CLERK', 'TOKYO');
  });
  afterAll(async () => {
    await t.close();
  });

  let keys = 0;
  const key = (label: string) => `${label}-${(keys += 1)}-${Date.now()}`;
  const officerPost = (o: TestOfficer, id: string, action: string, body: Record<string, unknown> = {}) =>
    o.browser.post(`/api/v1/back-office/cases/${id}/${action}`, { idempotencyKey: key(action), ...body });
  const resubmit = (browser: TestBrowser, id: string, k: string = key('resubmit')) =>
    browser.post(`/api/v1/applications/${id}/resubmit`, { idempotencyKey: k });
  const patch = (browser: TestBrowser, id: string, revision: number, changes: Record<string, unknown>) =>
    browser.request({ method: 'PATCH', url: `/api/v1/applications/${id}/answers`, payload: { revision, changes } });
  const actionTypes = async (id: string) =>
    (await t.ctx.database.db.select().from(applicationActions).where(eq(applicationActions.applicationId, id)).orderBy(asc(applicationActions.id))).map((a) => a.type);
  const rowOf = async (id: string) => (await t.ctx.database.db.select().from(applications).where(eq(applications.id, id)))[0];
  const mailsFor = async (id: string) => (await t.ctx.database.db.select().from(outbox)).filter((o) => o.jobKey.startsWith(`application-resubmitted:${id}:`));

  /** A submitted application the intake clerk has claimed and returned with REASONS. */
  async function returnedApplication(answers = INDIVIDUAL_EXTENSION): Promise<string> {
    const draft = await completeDraft(filer.browser, answers);
    const submitted = await submit(filer.browser, draft.id);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((await officerPost(clerk, draft.id, 'claim')).statusCode).toBe(200);
    const returned = await officerPost(clerk, draft.id, 'return', { reasons: REASONS });
    expect(returned.statusCode, returned.body).toBe(200);
    return draft.id;
  }

  it('R-EXAM-2 the filer sees the reasons, corrects the returned application with the draft routes and resubmits it: same id, SUBMITTED again, mailed, audited', async () => {
    const id = await returnedApplication();
    const view = (await filer.browser.get(`/api/v1/applications/${id}`)).json();
    expect(view).toMatchObject({ id, state: 'RETURNED', returned: { reasons: REASONS }, receptionNumber: null, errors: [] });
    expect(view.allowedActions).toEqual(['RESUBMIT', 'WITHDRAW', 'MESSAGE']);

    const saved = await patch(filer.browser, id, view.revision, { 'applicant.reason': '現在の会社で引き続きシステム開発に従事するため。' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await uploadPhoto(filer.browser, id, await facePhoto(480, 640))).statusCode).toBe(200);
    const firstSubmittedAt = (await rowOf(id))?.submittedAt;
    t.clock.advance(5 * 60_000);

    const res = await resubmit(filer.browser, id, 'resubmit-once');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, state: 'SUBMITTED', receptionNumber: null, returned: null, office: 'TOKYO' });
    const row = await rowOf(id);
    expect(row).toMatchObject({ state: 'SUBMITTED', submittedBy: filer.account.id, receptionNumber: null });
    expect(row?.submittedAt?.getTime()).toBe(MORNING.getTime() + 5 * 60_000);
    expect(row?.submittedAt?.getTime()).not.toBe(firstSubmittedAt?.getTime());
    expect((row?.answers as Record<string, unknown>)['applicant.reason']).toBe('現在の会社で引き続きシステム開発に従事するため。');
    expect(await actionTypes(id)).toEqual(['SUBMIT', 'CLAIM', 'RETURN', 'RESUBMIT']);
    const audit = (await auditActions(t)).filter((a) => a.subjectId === id);
    expect(audit.find((a) => a.action === 'application.resubmitted')).toMatchObject({ actorType: 'APPLICANT', outcome: 'SUCCESS', ipAddress: '127.0.0.1' });
    for (const to of [filer.account.email, NOTIFICATION]) {
      const mail = (await queuedMailTo(t, to)).find((m) => m.subject === RESUBMITTED_SUBJECT);
      expect(mail?.text).toContain('再提出を受け付けました');
      expect(mail?.text).toContain('在留期間更新許可申請');
    }
    expect((await queuedMailTo(t, filer.account.email)).find((m) => m.subject === RESUBMITTED_SUBJECT)?.text).toContain(`/applications/${id}`);
    // Back in the intake queue, and the editing routes refuse again.
    const queue = await clerk.browser.get('/api/v1/back-office/intake');
    expect(queue.statusCode, queue.body).toBe(200);
    expect(JSON.stringify(queue.json())).toContain(id);
    const late = await patch(filer.browser, id, (await rowOf(id))?.revision ?? 0, { 'applicant.occupation': '技術者' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: 'ACTION_NOT_ALLOWED', status: 'SUBMITTED' });
  });

  it('R-EXAM-2 the same key returns the first result (also concurrently) with one action and one mail per recipient; a key used for another action is refused', async () => {
    const id = await returnedApplication();
    const answers = await Promise.all(Array.from({ length: 5 }, () => resubmit(filer.browser, id, 'same-resubmit-key')));
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    t.clock.advance(60_000);
    const again = await resubmit(filer.browser, id, 'same-resubmit-key');
    expect(again.statusCode).toBe(200);
    expect(again.json().submittedAt).toBe(answers[0]?.json().submittedAt);
    expect(await actionTypes(id)).toEqual(['SUBMIT', 'CLAIM', 'RETURN', 'RESUBMIT']);
    expect(await mailsFor(id)).toHaveLength(2);
    const submitKey = (await t.ctx.database.db.select().from(applicationActions).where(eq(applicationActions.applicationId, id))).find((a) => a.type === 'SUBMIT')?.idempotencyKey;
    const reused = await resubmit(filer.browser, id, submitKey);
    expect(reused.statusCode).toBe(409);
    expect(reused.json().message.en).toMatch(/idempotencyKey/);
  });

  it('R-EXAM-2 R-EXAM-3 resubmitting what is not returned is a 409 naming the status and the allowed actions; nothing changes', async () => {
    const draft = await completeDraft(filer.browser, INDIVIDUAL_EXTENSION);
    const fromDraft = await resubmit(filer.browser, draft.id);
    expect(fromDraft.statusCode).toBe(409);
    expect(fromDraft.json()).toMatchObject({ error: 'ACTION_NOT_ALLOWED', status: 'DRAFT', allowedActions: ['SUBMIT'] });
    expect(await actionTypes(draft.id)).toEqual([]);
    expect((await submit(filer.browser, draft.id)).statusCode).toBe(200);
    const before = await snapshot(t, draft.id);
    const fromSubmitted = await resubmit(filer.browser, draft.id);
    expect(fromSubmitted.statusCode).toBe(409);
    expect(fromSubmitted.json()).toMatchObject({ error: 'ACTION_NOT_ALLOWED', status: 'SUBMITTED', allowedActions: expect.arrayContaining(['ACCEPT', 'RETURN', 'WITHDRAW']) });
    expect(fromSubmitted.json().message.ja).toContain('申請完了');
    expect(fromSubmitted.json().message.en).toContain('Submitted');
    expect(await snapshot(t, draft.id)).toEqual(before);
    expect(await mailsFor(draft.id)).toEqual([]);
  });

  it('R-EXAM-2 another filer and an officer are refused (404 / 403) and nothing changes; the draft routes stay closed to them too', async () => {
    const id = await returnedApplication();
    const before = await snapshot(t, id);
    const stranger = await individualFiler(t, { name: 'SOMEONE ELSE' });
    const refused = await resubmit(stranger.browser, id);
    expect(refused.statusCode).toBe(404);
    expect((await patch(stranger.browser, id, 0, { 'applicant.occupation': '技術者' })).statusCode).toBe(404);
    expect((await uploadPhoto(stranger.browser, id, await facePhoto())).statusCode).toBe(404);
    expect((await resubmit(await officerBrowser(t, 'INTAKE_CLERK'), id)).statusCode).toBe(403);
    expect(await snapshot(t, id)).toEqual(before);
    expect(await mailsFor(id)).toEqual([]);
    expect((await auditActions(t)).some((a) => a.subjectId === id && a.action === 'application.resubmit' && a.outcome === 'DENIED')).toBe(true);
    // The returned case is not a draft: it cannot be deleted.
    expect((await filer.browser.request({ method: 'DELETE', url: `/api/v1/applications/${id}` })).statusCode).toBe(409);
  });

  it('R-EXAM-2 R-SUB-1 every check runs again at resubmission: a cleared field and a missing photo are listed (422), the case stays returned', async () => {
    const id = await returnedApplication();
    const view = (await filer.browser.get(`/api/v1/applications/${id}`)).json();
    expect((await patch(filer.browser, id, view.revision, { 'applicant.reason': null })).statusCode).toBe(200);
    const photo = view.photo.id as string;
    expect((await filer.browser.request({ method: 'DELETE', url: `/api/v1/applications/${id}/attachments/${photo}` })).statusCode).toBe(200);
    const refused = await resubmit(filer.browser, id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['applicant.reason', 'photo']));
    expect(await actionTypes(id)).toEqual(['SUBMIT', 'CLAIM', 'RETURN']);
    expect((await rowOf(id))?.state).toBe('RETURNED');
  });

  it('R-EXAM-2 R-ELIG-9 the JST dates are checked again: the last day of stay refuses the resubmission at 00:00 JST', async () => {
    t.clock.set(new Date('2026-12-09T01:00:00Z')); // 2026-12-09 10:00 JST
    filer = await individualFiler(t);
    clerk = await officer(t, 'INTAKE_CLERK', 'TOKYO');
    const id = await returnedApplication({ ...INDIVIDUAL_EXTENSION, 'step1.periodOfStayExpiry': '2026-12-10' });
    t.clock.set(new Date('2026-12-09T15:00:00Z')); // 2026-12-10 00:00:00 JST
    const refused = await resubmit(await filer.signInAgain(), id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().reasons.map((r: { code: string }) => r.code)).toEqual(['LAST_DAY_OF_STAY']);
    expect((await rowOf(id))?.state).toBe('RETURNED');
  });

  it('R-EXAM-2 R-CASE-2 the timeline keeps the history: submitted → returned (with the reasons) → resubmitted → accepted with the reception number', async () => {
    const id = await returnedApplication();
    expect((await resubmit(filer.browser, id)).statusCode).toBe(200);
    expect((await officerPost(clerk, id, 'claim')).statusCode).toBe(200);
    const accepted = await officerPost(clerk, id, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    const { receptionNumber } = accepted.json() as { receptionNumber: string };
    const timeline = (await filer.browser.get(`/api/v1/applications/${id}/timeline`)).json();
    expect(timeline.entries.map((e: { action: string }) => e.action)).toEqual(['SUBMIT', 'RETURN', 'RESUBMIT', 'ACCEPT']);
    expect(timeline.entries[1].note).toContain('顔写真が不鮮明です。');
    expect(timeline.entries[2]).toMatchObject({ label: { ja: '補正後の再申請', en: 'Resubmitted after correction' }, actor: { ja: 'あなた', en: 'You' } });
    expect(timeline.entries[3].note).toBe(receptionNumber);
    expect(timeline.status).toBe('UNDER_EXAMINATION');
  });
});
