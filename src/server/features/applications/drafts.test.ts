import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { applications } from '../../db/schema.js';
import { auditActions } from '../accounts/test-support.js';
import { INDIVIDUAL_EXTENSION } from './test-answers.js';
import { individualFiler, testStorageEnv, type TestFiler } from './test-support.js';

const STEP1 = Object.fromEntries(Object.entries(INDIVIDUAL_EXTENSION).filter(([id]) => id.startsWith('step1.')));

describe.each(testBackends())('application drafts (R-FORM-3) on %s', (backend) => {
  let t: TestApp;
  let filer: TestFiler;
  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
    filer = await individualFiler(t);
  });
  afterAll(async () => {
    await t.close();
  });

  let keys = 0;
  async function create(browser = filer.browser) {
    keys += 1;
    const res = await browser.post('/api/v1/applications', { idempotencyKey: `create-key-${keys}-${backend}` });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; revision: number; state: string };
  }
  const patch = (id: string, payload: unknown, browser = filer.browser) => browser.request({ method: 'PATCH', url: `/api/v1/applications/${id}/answers`, payload: payload as object });

  it('R-FORM-3 a create is idempotent per key: the retry returns the same draft, another key a new one', async () => {
    const key = { idempotencyKey: `same-key-${backend}` };
    const first = await filer.browser.post('/api/v1/applications', key);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ state: 'DRAFT', revision: 0, answers: {}, photo: null, attachments: [], checklist: [], eligibility: null, filerType: 'FOREIGN_NATIONAL' });
    const retry = await filer.browser.post('/api/v1/applications', key);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
    expect((await t.ctx.database.db.select().from(applications).where(eq(applications.creationKey, key.idempotencyKey)))).toHaveLength(1);
    expect((await create()).id).not.toBe(first.json().id);
    expect((await auditActions(t)).filter((a) => a.subjectId === first.json().id).map((a) => a.action)).toEqual(['application.created']);
  });

  it('R-FORM-3 R-FORM-4 autosave normalises, keeps a malformed value as typed and returns it as an error, clears with null, remembers the field', async () => {
    const { id } = await create();
    const saved = await patch(id, {
      revision: 0, lastField: 'applicant.address.street',
      changes: { ...STEP1, 'applicant.address.street': '西新宿2-8-1', 'applicant.name': 'nguyen  van an', 'applicant.mobile': '090-1234-567X' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().revision).toBe(1);
    expect(saved.json().errors.map((e: { path: string }) => e.path)).toEqual(['applicant.mobile']);
    expect(JSON.stringify(saved.json().errors[0].message)).toMatch(/Mobile|携帯/);
    const view = (await filer.browser.get(`/api/v1/applications/${id}`)).json();
    expect(view.answers['applicant.address.street']).toBe('西新宿２－８－１');
    expect(view.answers['applicant.name']).toBe('NGUYEN VAN AN');
    expect(view.answers['applicant.mobile']).toBe('0901234567X'); // hyphens removed (R-FORM-4), the letter kept as typed
    expect(view).toMatchObject({ revision: 1, lastField: 'applicant.address.street', errors: [{ path: 'applicant.mobile' }] });
    const cleared = await patch(id, { revision: 1, changes: { 'applicant.mobile': null } });
    expect(cleared.json()).toMatchObject({ revision: 2, errors: [] });
    expect((await filer.browser.get(`/api/v1/applications/${id}`)).json().answers).not.toHaveProperty('applicant.mobile');
  });

  it('R-FORM-3 a stale revision is refused with 409 and the current revision, and changes nothing', async () => {
    const { id } = await create();
    expect((await patch(id, { revision: 0, changes: { 'applicant.occupation': '会社員' } })).statusCode).toBe(200);
    const stale = await patch(id, { revision: 0, changes: { 'applicant.occupation': '学生' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'CONFLICT', revision: 1 });
    expect((await filer.browser.get(`/api/v1/applications/${id}`)).json().answers['applicant.occupation']).toBe('会社員');
    expect((await patch(id, { revision: 1, changes: { 'no such field': { nested: true } } })).statusCode).toBe(400);
  });

  it('R-FORM-3 two autosaves of the same revision at once: one is written, the other gets 409', async () => {
    const { id } = await create();
    const results = await Promise.all([
      patch(id, { revision: 0, changes: { 'applicant.occupation': 'A' } }),
      patch(id, { revision: 0, changes: { 'applicant.occupation': 'B' } }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await filer.browser.get(`/api/v1/applications/${id}`)).json().revision).toBe(1);
  });

  it('R-FORM-3 list filters by state and procedure and finds the applicant name or a reception number typed half-width', async () => {
    const other = await individualFiler(t);
    const { id } = await create(other.browser);
    await patch(id, { revision: 0, changes: { ...INDIVIDUAL_EXTENSION, 'applicant.name': 'TRAN THI BINH' } }, other.browser);
    const second = await create(other.browser);
    await t.ctx.database.db.update(applications).set({ state: 'SUBMITTED', receptionNumber: '東オンＥＮ２６０００１２３' }).where(eq(applications.id, second.id));
    const list = async (query: string) => (await other.browser.get(`/api/v1/applications${query}`)).json() as { items: { id: string }[]; total: number };
    expect((await list('')).total).toBe(2);
    expect((await list('?q=tran%20thi')).items.map((i) => i.id)).toEqual([id]);
    expect((await list('?procedure=EXTENSION')).items.map((i) => i.id)).toEqual([id]);
    expect((await list('?procedure=COE')).total).toBe(0);
    expect((await list('?state=DRAFT')).items.map((i) => i.id)).toEqual([id]);
    expect((await list('?q=en26000123')).items.map((i) => i.id)).toEqual([second.id]);
    expect((await list('?q=%E6%9D%B1%E3%82%AA%E3%83%B3EN26000123')).items.map((i) => i.id)).toEqual([second.id]);
    expect((await other.browser.get('/api/v1/applications?state=NOPE')).statusCode).toBe(400);
  });

  it('R-FORM-3 a draft is deleted with its audit row; a submitted application cannot be deleted', async () => {
    const { id } = await create();
    const deleted = await filer.browser.request({ method: 'DELETE', url: `/api/v1/applications/${id}` });
    expect(deleted.statusCode).toBe(200);
    expect((await filer.browser.get(`/api/v1/applications/${id}`)).statusCode).toBe(404);
    expect((await auditActions(t)).filter((a) => a.subjectId === id).map((a) => a.action)).toEqual(['application.created', 'application.deleted']);
    const submitted = await create();
    await t.ctx.database.db.update(applications).set({ state: 'SUBMITTED' }).where(eq(applications.id, submitted.id));
    const refused = await filer.browser.request({ method: 'DELETE', url: `/api/v1/applications/${submitted.id}` });
    expect(refused.statusCode).toBe(409);
    expect((await patch(submitted.id, { revision: 0, changes: { 'applicant.occupation': 'x' } })).json()).toMatchObject({ error: 'ACTION_NOT_ALLOWED' });
  });

  it('R-FORM-3 export gives a JSON file that imports as a new draft with the same answers; bad files are refused naming why', async () => {
    const { id } = await create();
    await patch(id, { revision: 0, lastField: 'applicant.reason', changes: { ...INDIVIDUAL_EXTENSION, 'applicant.mobile': '09O' } });
    const exported = await filer.browser.get(`/api/v1/applications/${id}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(/^attachment; filename="application-draft-2026-11-23\.json"$/);
    const file = exported.json();
    expect(file).toMatchObject({ format: 'zairyu-online/application-draft', version: 1, filerType: 'FOREIGN_NATIONAL', lastField: 'applicant.reason' });

    const imported = await filer.browser.request({ method: 'POST', url: '/api/v1/applications/import', payload: file, headers: { 'idempotency-key': `import-${backend}-1` } });
    expect(imported.statusCode, imported.body).toBe(201);
    const view = imported.json();
    expect(view.id).not.toBe(id);
    expect(view.answers).toEqual(file.answers);
    expect(view).toMatchObject({ state: 'DRAFT', lastField: 'applicant.reason', errors: [{ path: 'applicant.mobile' }] });

    const refusals: [unknown, RegExp][] = [
      [{ hello: 'world' }, /not application data/],
      [{ ...file, version: 2 }, /newer version/],
      [{ ...file, filerType: 'ORG_ACCEPTING' }, /different kind of filer/],
      [{ ...file, answers: { ...file.answers, 'applicant.favouriteColour': 'blue' } }, /not on the application form/],
      [{ ...file, answers: 'not answers' }, /not application data/],
    ];
    for (const [body, reason] of refusals) {
      const res = await filer.browser.request({ method: 'POST', url: '/api/v1/applications/import', payload: body as object });
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(res.json().message.en).toMatch(reason);
    }
    const bad = await filer.browser.request({ method: 'POST', url: '/api/v1/applications/import', payload: { ...file, answers: { ...file.answers, 'applicant.favouriteColour': 'blue' } } });
    expect(bad.json().fields).toEqual([{ path: 'answers.applicant.favouriteColour', message: expect.any(Object) }]);
  });

  it('R-FORM-3 a re-sign-in returns to the saved field and answers (nothing lost at a timeout)', async () => {
    const { id } = await create();
    await patch(id, { revision: 0, lastField: 'applicant.homeTown', changes: { 'applicant.homeTown': 'HANOI' } });
    t.clock.advance(31 * 60_000);
    expect((await filer.browser.get(`/api/v1/applications/${id}`)).statusCode).toBe(401);
    expect((await patch(id, { revision: 1, changes: { 'applicant.homeTown': 'HUE' } })).statusCode).toBe(401);
    filer = { ...filer, browser: await filer.signInAgain() };
    expect((await filer.browser.get(`/api/v1/applications/${id}`)).json()).toMatchObject({ lastField: 'applicant.homeTown', revision: 1, answers: { 'applicant.homeTown': 'HANOI' } });
  });
});
