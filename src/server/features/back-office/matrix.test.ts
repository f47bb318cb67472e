import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasScope, type OfficerRole, type Scope } from '../../../domain/auth/roles.js';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { TestBrowser } from '../accounts/test-support.js';
import { individualFiler, intermediaryFiler, organization, testStorageEnv } from '../applications/test-support.js';
import { key, officer, seedCase, snapshot } from './test-support.js';

interface Caller {
  name: string;
  role: OfficerRole | 'APPLICANT' | 'ANONYMOUS';
  office?: string;
  /** Written out by hand from SPEC §2.3 and R-EXAM-1, not computed by the code under test. */
  seesTokyoSubmission: boolean;
  seesTokyoIssuance: boolean;
}

const CALLERS: Caller[] = [
  { name: 'intake clerk, Tokyo', role: 'INTAKE_CLERK', office: 'TOKYO', seesTokyoSubmission: true, seesTokyoIssuance: true },
  { name: 'intake clerk, Yokohama branch (Tokyo bureau)', role: 'INTAKE_CLERK', office: 'YOKOHAMA', seesTokyoSubmission: true, seesTokyoIssuance: true },
  { name: 'intake clerk, Osaka', role: 'INTAKE_CLERK', office: 'OSAKA', seesTokyoSubmission: false, seesTokyoIssuance: false },
  { name: 'examiner, Tokyo', role: 'EXAMINER', office: 'TOKYO', seesTokyoSubmission: true, seesTokyoIssuance: true },
  { name: 'examiner, Osaka', role: 'EXAMINER', office: 'OSAKA', seesTokyoSubmission: false, seesTokyoIssuance: false },
  { name: 'decision maker, Tokyo', role: 'DECISION_MAKER', office: 'TOKYO', seesTokyoSubmission: true, seesTokyoIssuance: true },
  { name: 'decision maker, Fukuoka', role: 'DECISION_MAKER', office: 'FUKUOKA', seesTokyoSubmission: false, seesTokyoIssuance: false },
  { name: 'issuance clerk, Odaiba (nationwide)', role: 'ISSUANCE_CLERK', office: 'ODAIBA', seesTokyoSubmission: false, seesTokyoIssuance: true },
  { name: 'issuance clerk, Osaka', role: 'ISSUANCE_CLERK', office: 'OSAKA', seesTokyoSubmission: false, seesTokyoIssuance: false },
  { name: 'usage reviewer, Tokyo', role: 'USAGE_REVIEWER', office: 'TOKYO', seesTokyoSubmission: false, seesTokyoIssuance: false },
  { name: 'supervisor, Tokyo', role: 'SUPERVISOR', office: 'TOKYO', seesTokyoSubmission: true, seesTokyoIssuance: true },
  { name: 'supervisor, Osaka', role: 'SUPERVISOR', office: 'OSAKA', seesTokyoSubmission: false, seesTokyoIssuance: false },
  { name: 'administrator, Osaka', role: 'ADMINISTRATOR', office: 'OSAKA', seesTokyoSubmission: true, seesTokyoIssuance: true },
  { name: 'individual applicant', role: 'APPLICANT', seesTokyoSubmission: false, seesTokyoIssuance: false },
  { name: 'organisation staff', role: 'APPLICANT', seesTokyoSubmission: false, seesTokyoIssuance: false },
  { name: 'intermediary', role: 'APPLICANT', seesTokyoSubmission: false, seesTokyoIssuance: false },
  { name: 'anonymous', role: 'ANONYMOUS', seesTokyoSubmission: false, seesTokyoIssuance: false },
];

interface Route {
  name: string;
  scopes: Scope[];
  writes: boolean;
  /** The answer to a caller who holds the scope and sees the (fresh, unclaimed, SUBMITTED) case. */
  whenVisible: number;
  call(b: TestBrowser, id: string, ctx: { assignee: string }): Promise<{ statusCode: number; json(): unknown }>;
}

const WORKERS: Scope[] = ['cases:intake', 'cases:examine', 'cases:decide', 'cases:issue'];
const ROUTES: Route[] = [
  { name: 'GET /cases (queue)', scopes: ['cases:read', 'usage-applications:review'], writes: false, whenVisible: 200, call: (b) => b.get('/api/v1/back-office/cases?pageSize=100') },
  { name: 'GET /intake', scopes: ['cases:intake'], writes: false, whenVisible: 200, call: (b) => b.get('/api/v1/back-office/intake?pageSize=100') },
  { name: 'GET /cases/:id', scopes: ['cases:read'], writes: false, whenVisible: 200, call: (b, id) => b.get(`/api/v1/back-office/cases/${id}`) },
  { name: 'GET /cases/:id/files/:fileId', scopes: ['cases:read'], writes: false, whenVisible: 404, call: (b, id) => b.get(`/api/v1/back-office/cases/${id}/files/00000000-0000-4000-8000-000000000000`) },
  { name: 'POST /claim', scopes: WORKERS, writes: true, whenVisible: 200, call: (b, id) => b.post(`/api/v1/back-office/cases/${id}/claim`, { idempotencyKey: key() }) },
  { name: 'POST /release (nobody holds it)', scopes: [...WORKERS, 'cases:assign'], writes: true, whenVisible: 409, call: (b, id) => b.post(`/api/v1/back-office/cases/${id}/release`, { idempotencyKey: key() }) },
  { name: 'POST /reassign', scopes: ['cases:assign'], writes: true, whenVisible: 200, call: (b, id, c) => b.post(`/api/v1/back-office/cases/${id}/reassign`, { idempotencyKey: key(), officerId: c.assignee }) },
  { name: 'POST /accept (not claimed)', scopes: ['cases:intake'], writes: true, whenVisible: 409, call: (b, id) => b.post(`/api/v1/back-office/cases/${id}/accept`, { idempotencyKey: key() }) },
  { name: 'POST /return (not claimed)', scopes: ['cases:intake'], writes: true, whenVisible: 409, call: (b, id) => b.post(`/api/v1/back-office/cases/${id}/return`, { idempotencyKey: key(), reasons: ['写真が不鮮明です。'] }) },
];

function expected(route: Route, caller: Caller): number {
  if (caller.role === 'ANONYMOUS') return 401;
  if (caller.role === 'APPLICANT') return 403;
  const role = caller.role;
  if (!route.scopes.some((s) => hasScope(role, s))) return 403;
  const isList = route.name.startsWith('GET /cases (') || route.name.startsWith('GET /intake');
  if (isList) return 200;
  return caller.seesTokyoSubmission ? route.whenVisible : 404;
}

describe.each(testBackends())('back office: every route × role × bureau (R-EXAM-1) on %s', (backend) => {
  let t: TestApp;
  const browsers = new Map<string, TestBrowser>();
  let assignee = '';

  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
    for (const caller of CALLERS) {
      if (caller.role === 'ANONYMOUS') browsers.set(caller.name, new TestBrowser(t.app));
      else if (caller.name === 'individual applicant') browsers.set(caller.name, (await individualFiler(t)).browser);
      else if (caller.name === 'organisation staff') browsers.set(caller.name, (await (await organization(t)).staff()).browser);
      else if (caller.name === 'intermediary') browsers.set(caller.name, (await intermediaryFiler(t)).browser);
      else if (caller.role !== 'APPLICANT') browsers.set(caller.name, (await officer(t, caller.role, caller.office ?? 'TOKYO')).browser);
    }
    assignee = (await officer(t, 'EXAMINER', 'TOKYO')).id;
  }, 120_000);
  afterAll(async () => t.close());

  for (const route of ROUTES) {
    it(`${route.name}: each caller gets the answer of its scope and bureau; refusals change nothing`, async () => {
      for (const caller of CALLERS) {
        const seeded = await seedCase(t, { office: 'TOKYO', status: 'SUBMITTED' });
        const before = await snapshot(t, seeded.id);
        const browser = browsers.get(caller.name);
        if (!browser) throw new Error(caller.name);
        const res = await route.call(browser, seeded.id, { assignee });
        const want = expected(route, caller);
        expect({ caller: caller.name, status: res.statusCode }).toEqual({ caller: caller.name, status: want });
        if (want !== 200 || !route.writes) expect(await snapshot(t, seeded.id)).toEqual(before);
        if (want === 200 && route.name.startsWith('GET /')) {
          const body = res.json() as { items?: { id: string }[] };
          if (body.items) expect({ caller: caller.name, listed: body.items.some((i) => i.id === seeded.id) }).toEqual({ caller: caller.name, listed: caller.seesTokyoSubmission });
        }
      }
    }, 120_000);
  }

  it('the issuance stage: the nationwide unit sees and claims an AWAITING_ISSUE case of any bureau, nothing earlier', async () => {
    for (const caller of CALLERS.filter((c) => c.role !== 'APPLICANT' && c.role !== 'ANONYMOUS' && c.role !== 'USAGE_REVIEWER')) {
      const issuance = await seedCase(t, { office: 'TOKYO', status: 'AWAITING_ISSUE' });
      const browser = browsers.get(caller.name);
      if (!browser) throw new Error(caller.name);
      const view = await browser.get(`/api/v1/back-office/cases/${issuance.id}`);
      expect({ caller: caller.name, status: view.statusCode }).toEqual({ caller: caller.name, status: caller.seesTokyoIssuance ? 200 : 404 });
      const queue = (await browser.get('/api/v1/back-office/cases?status=AWAITING_ISSUE&pageSize=100')).json() as { items: { id: string }[] };
      expect({ caller: caller.name, listed: queue.items.some((i) => i.id === issuance.id) }).toEqual({ caller: caller.name, listed: caller.seesTokyoIssuance });
    }
    const odaiba = browsers.get('issuance clerk, Odaiba (nationwide)');
    const osakaCase = await seedCase(t, { office: 'KOBE', status: 'AWAITING_ISSUE' });
    expect((await odaiba?.post(`/api/v1/back-office/cases/${osakaCase.id}/claim`, { idempotencyKey: key() }))?.statusCode).toBe(200);
    const underExamination = await seedCase(t, { office: 'KOBE', status: 'UNDER_EXAMINATION' });
    expect((await odaiba?.get(`/api/v1/back-office/cases/${underExamination.id}`))?.statusCode).toBe(404);
  }, 120_000);
});
