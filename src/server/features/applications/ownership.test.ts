import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { applicationActions, applicationFiles, applications, outbox } from '../../db/schema.js';
import { TestBrowser } from '../accounts/test-support.js';
import { buildPdf } from '../../adapters/uploads/test-support/fixtures.js';
import { ORGANIZATION_EXTENSION_WITH_REENTRY } from './test-answers.js';
import { completeDraft, facePhoto, submit, uploadDocuments, uploadPhoto } from './test-flows.js';
import { individualFiler, intermediaryFiler, officerBrowser, organization, testStorageEnv } from './test-support.js';

type Caller = 'another individual' | 'another organisation' | 'another intermediary' | 'officer (wrong role)' | 'anonymous';

interface Route {
  name: string;
  call(browser: TestBrowser, ids: { draft: string; submitted: string; file: string }): Promise<{ statusCode: number }>;
}

/** Every application route with an id (DESIGN §3.3): each must refuse a caller who is not the owner. */
const ROUTES: Route[] = [
  { name: 'GET /:id', call: (b, ids) => b.get(`/api/v1/applications/${ids.draft}`) },
  { name: 'PATCH /:id/answers', call: (b, ids) => b.request({ method: 'PATCH', url: `/api/v1/applications/${ids.draft}/answers`, payload: { revision: 1, changes: { 'applicant.occupation': 'x' } } }) },
  { name: 'DELETE /:id', call: (b, ids) => b.request({ method: 'DELETE', url: `/api/v1/applications/${ids.draft}` }) },
  { name: 'GET /:id/export', call: (b, ids) => b.get(`/api/v1/applications/${ids.draft}/export`) },
  { name: 'PUT /:id/photo', call: async (b, ids) => uploadPhoto(b, ids.draft, await facePhoto()) },
  { name: 'GET /:id/photo', call: (b, ids) => b.get(`/api/v1/applications/${ids.draft}/photo`) },
  { name: 'POST /:id/attachments', call: (b, ids) => uploadDocuments(b, ids.draft, 'ANY', [buildPdf()]) },
  { name: 'GET /:id/attachments/:fileId', call: (b, ids) => b.get(`/api/v1/applications/${ids.draft}/attachments/${ids.file}`) },
  { name: 'DELETE /:id/attachments/:fileId', call: (b, ids) => b.request({ method: 'DELETE', url: `/api/v1/applications/${ids.draft}/attachments/${ids.file}` }) },
  { name: 'PUT /:id/receipt-method', call: (b, ids) => b.request({ method: 'PUT', url: `/api/v1/applications/${ids.draft}/receipt-method`, payload: { method: 'CARD_AT_COUNTER' } }) },
  { name: 'POST /:id/submit', call: (b, ids) => submit(b, ids.draft, 'ownership') },
  { name: 'POST /:id/withdraw', call: (b, ids) => b.post(`/api/v1/applications/${ids.submitted}/withdraw`, { reason: '帰国するため', idempotencyKey: 'withdraw-ownership' }) },
  { name: 'GET /:id/timeline', call: (b, ids) => b.get(`/api/v1/applications/${ids.submitted}/timeline`) },
  { name: 'GET /:id/pdf', call: (b, ids) => b.get(`/api/v1/applications/${ids.submitted}/pdf`) },
];

const EXPECTED: Record<Caller, number> = {
  'another individual': 404,
  'another organisation': 404,
  'another intermediary': 404,
  'officer (wrong role)': 403,
  anonymous: 401,
};

describe.each(testBackends())('applications: only the owner reaches an application (DESIGN §3.3) on %s', (backend) => {
  let t: TestApp;
  let ids: { draft: string; submitted: string; file: string };
  let owner: TestBrowser;
  const callers = new Map<Caller, TestBrowser>();

  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
    owner = (await (await organization(t)).staff()).browser;
    const draft = await completeDraft(owner, ORGANIZATION_EXTENSION_WITH_REENTRY);
    const submitted = await completeDraft(owner, ORGANIZATION_EXTENSION_WITH_REENTRY);
    expect((await submit(owner, submitted.id)).statusCode).toBe(200);
    const view = (await owner.get(`/api/v1/applications/${draft.id}`)).json() as { attachments: { id: string }[] };
    ids = { draft: draft.id, submitted: submitted.id, file: view.attachments[0]?.id ?? '' };

    callers.set('another individual', (await individualFiler(t)).browser);
    callers.set('another organisation', (await (await organization(t)).staff()).browser);
    callers.set('another intermediary', (await intermediaryFiler(t)).browser);
    callers.set('officer (wrong role)', await officerBrowser(t));
    callers.set('anonymous', new TestBrowser(t.app));
  });
  afterAll(async () => {
    await t.close();
  });

  async function snapshot() {
    const db = t.ctx.database.db;
    return {
      applications: await db.select().from(applications).orderBy(asc(applications.id)),
      actions: await db.select().from(applicationActions).orderBy(asc(applicationActions.id)),
      files: await db.select().from(applicationFiles).orderBy(asc(applicationFiles.id)),
      outbox: (await db.select().from(outbox)).length,
    };
  }

  it.each(ROUTES.map((r) => [r.name, r] as const))('R-SUB-1 R-PLUS-9 %s refuses every caller but the owner and changes nothing', async (_name, route) => {
    const before = await snapshot();
    for (const [caller, browser] of callers) {
      const res = await route.call(browser, ids);
      expect(res.statusCode, `${caller}`).toBe(EXPECTED[caller]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('R-SUB-1 lists show only the caller\'s own applications; create and import are refused for the wrong role and anonymous', async () => {
    for (const [caller, browser] of callers) {
      const list = await browser.get('/api/v1/applications');
      if (EXPECTED[caller] === 404) expect(list.json().items.map((i: { id: string }) => i.id), caller).not.toContain(ids.draft);
      else expect(list.statusCode, caller).toBe(EXPECTED[caller]);
    }
    expect((await owner.get('/api/v1/applications')).json().items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([ids.draft, ids.submitted]));
    const count = (await t.ctx.database.db.select().from(applications)).length;
    for (const caller of ['officer (wrong role)', 'anonymous'] as const) {
      const browser = callers.get(caller) ?? new TestBrowser(t.app);
      expect((await browser.post('/api/v1/applications', { idempotencyKey: 'refused-create' })).statusCode).toBe(EXPECTED[caller]);
      expect((await browser.post('/api/v1/applications/import', { format: 'x' })).statusCode).toBe(EXPECTED[caller]);
    }
    expect((await t.ctx.database.db.select().from(applications)).length).toBe(count);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/applications/${ids.draft}`, cookies: Object.fromEntries(owner.cookies) })).statusCode).toBe(200);
    const [row] = await t.ctx.database.db.select().from(applications).where(eq(applications.id, ids.draft));
    expect(row?.state).toBe('DRAFT');
  });

  it('R-ELIG-7 R-ORG-3 a support organisation\'s 認証ID for one requesting organisation does not reach another\'s applications', async () => {
    const support = await organization(t, { type: 'SUPPORT' });
    const forA = await support.staff({ requesting: '委託元A' });
    const alsoForA = await support.staff();
    const forB = await support.staff({ requesting: '委託元B' });
    const created = await forA.browser.post('/api/v1/applications', { idempotencyKey: `range-${backend}` });
    const id = String(created.json().id);
    expect((await forB.browser.get(`/api/v1/applications/${id}`)).statusCode).toBe(404);
    expect((await forB.browser.request({ method: 'PATCH', url: `/api/v1/applications/${id}/answers`, payload: { revision: 0, changes: { 'applicant.occupation': 'x' } } })).statusCode).toBe(404);
    expect((await forB.browser.get('/api/v1/applications')).json().total).toBe(0);
    expect((await alsoForA.browser.get(`/api/v1/applications/${id}`)).statusCode).toBe(200);
    expect((await forA.browser.get(`/api/v1/applications/${id}`)).json().revision).toBe(0);
  });
});
