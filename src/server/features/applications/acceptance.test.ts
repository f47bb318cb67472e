import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { applicationActions, applications, receptionCounters } from '../../db/schema.js';
import { auditActions, queuedMailTo } from '../accounts/test-support.js';
import { SYSTEM_ACCEPTOR, acceptApplication, runAutoAcceptance } from './acceptance-service.js';
import { INDIVIDUAL_EXTENSION } from './test-answers.js';
import { completeDraft, submit } from './test-flows.js';
import { individualFiler, testStorageEnv, type TestFiler } from './test-support.js';

const SUBMITTED_AT = new Date('2026-11-23T01:00:00Z'); // 10:00 JST

describe.each(testBackends())('acceptance and the reception number (R-SUB-2) on %s', (backend) => {
  let t: TestApp;
  let filer: TestFiler;
  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
    filer = await individualFiler(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function submitted(answers = INDIVIDUAL_EXTENSION): Promise<string> {
    const browser = await filer.signInAgain();
    const draft = await completeDraft(browser, answers);
    const res = await submit(browser, draft.id);
    expect(res.statusCode, res.body).toBe(200);
    return draft.id;
  }
  const row = async (id: string) => (await t.ctx.database.db.select().from(applications).where(eq(applications.id, id)))[0];

  it('R-SUB-2 the daily job accepts the day\'s submissions from 00:00 JST the next day: number, ACCEPT, audit and 申請受付番号のお知らせ', async () => {
    t.clock.set(SUBMITTED_AT);
    const tokyo = await submitted();
    const yokohama = await submitted({ ...INDIVIDUAL_EXTENSION, 'applicant.address.prefecture': '14', 'applicant.address.city': '横浜市中区' });
    const tokyoAgain = await submitted();
    t.clock.set(new Date('2026-11-23T14:59:59Z')); // 23:59:59 JST, the same day
    expect(await runAutoAcceptance(t.ctx)).toBe(0);
    t.clock.set(new Date('2026-11-23T15:00:00Z')); // 00:00 JST the next day
    expect(await runAutoAcceptance(t.ctx)).toBe(3);
    expect(await runAutoAcceptance(t.ctx)).toBe(0);
    expect((await row(tokyo))?.receptionNumber).toBe('東オンＥＮ２６０００００１');
    expect((await row(tokyoAgain))?.receptionNumber).toBe('東オンＥＮ２６０００００２');
    expect((await row(yokohama))?.receptionNumber).toBe('横オンＥＮ２６０００００１');
    expect(await row(tokyo)).toMatchObject({ state: 'UNDER_EXAMINATION', acceptedAt: new Date('2026-11-23T15:00:00Z') });
    const actions = await t.ctx.database.db.select().from(applicationActions).where(eq(applicationActions.applicationId, tokyo)).orderBy(asc(applicationActions.id));
    expect(actions.map((a) => [a.type, a.actorType, a.details])).toEqual([['SUBMIT', 'APPLICANT', {}], ['ACCEPT', 'SYSTEM', { receptionNumber: '東オンＥＮ２６０００００１' }]]);
    expect((await auditActions(t)).filter((a) => a.subjectId === tokyo && a.action === 'application.accepted')).toHaveLength(1);
    const mails = (await queuedMailTo(t, 'an.nguyen@example.test')).filter((m) => m.subject === '申請受付番号のお知らせ / Your reception number');
    expect(mails).toHaveLength(3);
    expect(mails.map((m) => /受付番号: (\S+)/.exec(m.text)?.[1]).sort()).toEqual(['東オンＥＮ２６０００００１', '東オンＥＮ２６０００００２', '横オンＥＮ２６０００００１']);
    expect((await queuedMailTo(t, filer.account.email)).filter((m) => m.subject.startsWith('申請受付番号'))).toHaveLength(3);

    const browser = await filer.signInAgain();
    const list = await browser.get('/api/v1/applications?q=%E6%9D%B1%E3%82%AA%E3%83%B3EN26000002');
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([tokyoAgain]);
    const timeline = (await browser.get(`/api/v1/applications/${tokyo}/timeline`)).json();
    expect(timeline).toMatchObject({ status: 'UNDER_EXAMINATION', statusName: { ja: '審査中' } });
    expect(timeline.entries.map((e: { action: string; actor: { en: string } }) => [e.action, e.actor.en])).toEqual([['SUBMIT', 'You'], ['ACCEPT', 'The system (automatic)']]);
  });

  it('R-SUB-2 a bureau with the automatic acceptance off keeps its submissions waiting; the JST year starts a new series', async () => {
    t.clock.set(new Date('2026-12-31T05:00:00Z')); // 14:00 JST on 31 December
    const osaka = await submitted({ ...INDIVIDUAL_EXTENSION, 'applicant.address.prefecture': '27', 'applicant.address.city': '大阪市北区', 'step1.periodOfStayExpiry': '2027-02-28' });
    const tokyo = await submitted({ ...INDIVIDUAL_EXTENSION, 'step1.periodOfStayExpiry': '2027-02-28' });
    t.clock.set(new Date('2026-12-31T15:00:00Z')); // 00:00 JST on 1 January 2027
    const withoutOsaka = { ...t.ctx, config: { ...t.ctx.config, autoAcceptanceBureaus: t.ctx.config.autoAcceptanceBureaus.filter((b) => b !== 'OSAKA') } };
    expect(await runAutoAcceptance(withoutOsaka)).toBe(1);
    expect((await row(osaka))?.receptionNumber).toBeNull();
    expect((await row(tokyo))?.receptionNumber).toBe('東オンＥＮ２７０００００１');
    expect(await runAutoAcceptance(t.ctx)).toBe(1);
    expect((await row(osaka))?.receptionNumber).toBe('大オンＥＮ２７０００００１');
  });

  it('R-SUB-4 R-SUB-2 a withdrawn submission is not accepted; accepting twice returns the first number', async () => {
    t.clock.set(new Date('2027-01-05T01:00:00Z'));
    const id = await submitted({ ...INDIVIDUAL_EXTENSION, 'step1.periodOfStayExpiry': '2027-03-31' });
    const browser = await filer.signInAgain();
    expect((await browser.post(`/api/v1/applications/${id}/withdraw`, { reason: '帰国することになったため', idempotencyKey: 'withdraw-before-acceptance' })).statusCode).toBe(200);
    t.clock.set(new Date('2027-01-06T01:00:00Z'));
    expect(await runAutoAcceptance(t.ctx)).toBe(0);
    expect((await row(id))?.state).toBe('WITHDRAWN');
    const other = await submitted({ ...INDIVIDUAL_EXTENSION, 'step1.periodOfStayExpiry': '2027-03-31' });
    const first = await t.ctx.database.db.transaction((tx) => acceptApplication(tx, t.ctx, other, SYSTEM_ACCEPTOR));
    const second = await t.ctx.database.db.transaction((tx) => acceptApplication(tx, t.ctx, other, SYSTEM_ACCEPTOR));
    expect(second).toEqual({ receptionNumber: first.receptionNumber, created: false });
  });
});

/** Inserts submitted applications directly: the concurrency test is about the counter, not the forms. */
async function insertSubmitted(t: TestApp, ownerAccountId: string, count: number): Promise<string[]> {
  const now = t.clock.now();
  const ids = Array.from({ length: count }, () => randomUUID());
  await t.ctx.database.db.insert(applications).values(ids.map((id) => ({
    id, ownerAccountId, filerType: 'FOREIGN_NATIONAL' as const, creationKey: id, state: 'SUBMITTED', answers: {}, revision: 0, savedAt: now,
    procedures: ['EXTENSION'], mainProcedure: 'EXTENSION', office: 'TOKYO', submittedAt: now, createdAt: now, updatedAt: now,
  })));
  await t.ctx.database.db.insert(applicationActions).values(ids.map((id) => ({ applicationId: id, type: 'SUBMIT', idempotencyKey: `submit-${id}`, actorType: 'APPLICANT', at: now, details: {} })));
  return ids;
}

class InjectedAbort extends Error {}

describe.each(testBackends().filter((b) => b === 'postgres'))('R-SUB-2 parallel acceptances on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv(), new Date('2026-11-24T01:00:00Z'));
  });
  afterAll(async () => {
    await t.close();
  });

  it('R-SUB-2 give unique, gap-free numbers per office and year even when transactions abort after taking a number', async () => {
    const owner = await individualFiler(t);
    const ids = await insertSubmitted(t, owner.account.id, 60);
    const attempt = (id: string, abort: boolean) => t.ctx.database.db.transaction(async (tx) => {
      const result = await acceptApplication(tx, t.ctx, id, SYSTEM_ACCEPTOR);
      if (abort) throw new InjectedAbort(result.receptionNumber);
      return result;
    }).then(() => 'ACCEPTED' as const, (error: unknown) => {
      if (error instanceof InjectedAbort) return 'ABORTED' as const;
      throw error;
    });
    const first = await Promise.all(ids.map((id, i) => attempt(id, i % 4 === 1)));
    expect(first.filter((o) => o === 'ABORTED')).toHaveLength(15);
    const retried = await Promise.all(ids.filter((_, i) => first[i] === 'ABORTED').map((id) => attempt(id, false)));
    expect(retried.every((o) => o === 'ACCEPTED')).toBe(true);

    const rows = await t.ctx.database.db.select().from(applications).where(inArray(applications.id, ids));
    const serials = rows.map((r) => Number((r.receptionNumber ?? '').normalize('NFKC').slice(-6))).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.receptionNumber)).size).toBe(60);
    expect(await t.ctx.database.db.select().from(receptionCounters)).toEqual([{ office: 'TOKYO', year: 2026, lastSerial: 60 }]);
    const accepts = await t.ctx.database.db.select().from(applicationActions).where(eq(applicationActions.type, 'ACCEPT'));
    expect(accepts).toHaveLength(60);
  });
});
