import { count } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, outbox, sentMail } from '../../db/schema.js';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';

const URL = '/api/v1/eligibility/check';
const DEFAULT_NOW = new Date('2026-11-23T01:00:00Z'); // 10:00 JST

/** The contract's example: a mother files her 14-year-old's extension with re-entry. */
const example = {
  filer: { type: 'RELATIVE', hasMyNumberCard: true, livesInJapan: true, relationship: 'MOTHER' },
  applicant: {
    dateOfBirth: '2012-05-01', unableToApplyPersonally: false, currentStatus: { code: 'DEPENDENT', notice: null }, periodOfStayExpiry: '2027-03-31',
    acquisitionEventDate: null, relationToOrganization: 'NONE', organizationRequestOnFile: false,
  },
  procedures: ['EXTENSION', 'REENTRY'],
  desiredStatus: null,
  filingDateTime: '2026-11-23T10:00:00+09:00',
};
type Body = Record<string, unknown>;
const applicant = (over: Body) => ({ ...example.applicant, ...over });
const st = (code: string, notice: string | null = null) => ({ code, notice });
const keysOf = (body: { reasons: { code: string; procedure?: string }[] }) => body.reasons.map((r) => (r.procedure ? `${r.code}:${r.procedure}` : r.code));
const noteKeysOf = (body: { notes: { code: string; procedure?: string }[] }) => body.notes.map((n) => (n.procedure ? `${n.code}:${n.procedure}` : n.code));

/** Every case of SPEC §3, with all its reasons in order. */
const CASES: [string, Body, string[], string[]][] = [
  ['R-ELIG-1 R-ELIG-5 the contract example: a mother for her child under 16', example, [], ['ORGANIZATION_PART_AS_ATTACHMENT:EXTENSION', 'SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION']],
  ['R-ELIG-1 a relative cannot file a work certificate or outside activity', { ...example, applicant: applicant({ dateOfBirth: '2015-01-01' }), procedures: ['EXTENSION', 'OUTSIDE_ACTIVITY'] }, ['RELATIVE_NOT_ALLOWED_FOR_PROCEDURE:OUTSIDE_ACTIVITY'], ['ORGANIZATION_PART_AS_ATTACHMENT:EXTENSION', 'SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION']],
  ['R-ELIG-5 a relative for an adult who can file personally', { ...example, applicant: applicant({ dateOfBirth: '1990-01-01' }) }, ['RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE:EXTENSION', 'RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE:REENTRY'], ['ORGANIZATION_PART_AS_ATTACHMENT:EXTENSION', 'SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION']],
  ['R-ELIG-5 a relative for an adult unable to file personally', { ...example, applicant: applicant({ dateOfBirth: '1950-01-01', unableToApplyPersonally: true }) }, [], ['ORGANIZATION_PART_AS_ATTACHMENT:EXTENSION', 'SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION']],
  ['R-ELIG-2 R-ELIG-4 R-ELIG-3 R-ELIG-1 a relative abroad without a card: COE for an engineer with outside activity', {
    ...example, filer: { type: 'RELATIVE', hasMyNumberCard: false, livesInJapan: false, relationship: 'SPOUSE' },
    procedures: ['COE', 'OUTSIDE_ACTIVITY'], desiredStatus: st('ENGINEER_HUMANITIES_INTL'),
  }, ['MY_NUMBER_CARD_REQUIRED', 'RELATIVE_MUST_LIVE_IN_JAPAN:COE', 'RELATIVE_COE_STATUS_NOT_ELIGIBLE:COE', 'RELATIVE_NOT_ALLOWED_FOR_PROCEDURE:OUTSIDE_ACTIVITY', 'MUST_ACCOMPANY_CHANGE_EXTENSION_ACQUISITION:OUTSIDE_ACTIVITY'], ['ORGANIZATION_PART_AS_ATTACHMENT:COE']],
  ['R-ELIG-4 a relative in Japan files a COE for 特定活動 告示33の2', { ...example, procedures: ['COE'], desiredStatus: st('DESIGNATED_ACTIVITIES', '33-2') }, [], []],
  ['R-ELIG-3 re-entry alone', { ...example, filer: { type: 'FOREIGN_NATIONAL', hasMyNumberCard: true }, procedures: ['REENTRY'] }, ['MUST_ACCOMPANY_CHANGE_EXTENSION_ACQUISITION:REENTRY'], []],
  ['R-ELIG-6 a temporary visitor changes to 日本人の配偶者等', { ...example, filer: { type: 'LAWYER_SCRIVENER' }, procedures: ['CHANGE'], applicant: applicant({ currentStatus: st('TEMPORARY_VISITOR'), periodOfStayExpiry: '2026-12-20' }), desiredStatus: st('SPOUSE_OF_JAPANESE') }, ['STATUS_NOT_AVAILABLE_ONLINE'], []],
  ['R-ELIG-6 出国準備期間 as the current status', { ...example, filer: { type: 'LAWYER_SCRIVENER' }, procedures: ['EXTENSION'], applicant: applicant({ currentStatus: st('DESIGNATED_ACTIVITIES', 'DEPARTURE_PREPARATION'), periodOfStayExpiry: '2026-12-20' }) }, ['STATUS_NOT_AVAILABLE_ONLINE'], []],
  ['R-ELIG-6 permanent residence by a change', { ...example, filer: { type: 'LAWYER_SCRIVENER' }, procedures: ['CHANGE'], desiredStatus: st('PERMANENT_RESIDENT') }, ['STATUS_NOT_AVAILABLE_ONLINE:CHANGE'], []],
  ['R-ELIG-6 高度専門職2号 by a COE', { ...example, filer: { type: 'LAWYER_SCRIVENER' }, procedures: ['COE'], desiredStatus: st('HSP_2') }, ['STATUS_NOT_AVAILABLE_FOR_PROCEDURE:COE'], []],
  ['R-ELIG-6 a change to the same status', { ...example, filer: { type: 'LAWYER_SCRIVENER' }, procedures: ['CHANGE'], desiredStatus: st('DEPENDENT') }, ['CHANGE_TO_SAME_STATUS:CHANGE'], []],
  ['R-ELIG-6 no extension of permanent residence', { ...example, filer: { type: 'LAWYER_SCRIVENER' }, applicant: applicant({ currentStatus: st('PERMANENT_RESIDENT'), periodOfStayExpiry: null }) }, ['NO_EXTENSION_FOR_INDEFINITE_STATUS:EXTENSION'], []],
  ['R-ELIG-7 an accepting organisation for a stranger', { ...example, filer: { type: 'ORG_ACCEPTING' }, procedures: ['EXTENSION'] }, ['OUTSIDE_ORGANIZATION_RANGE'], ['SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION']],
  ['R-ELIG-7 an accepting organisation for its employee\'s supported child', { ...example, filer: { type: 'ORG_ACCEPTING' }, procedures: ['EXTENSION'], applicant: applicant({ relationToOrganization: 'DEPENDENT' }) }, [], ['SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION']],
  ['R-ELIG-7 a supervising organisation for a trainee not on its list', { ...example, filer: { type: 'ORG_SUPERVISING' }, procedures: ['EXTENSION'], applicant: applicant({ currentStatus: st('TITP_2'), relationToOrganization: 'TRAINEE_UNLISTED' }) }, ['TRAINEE_NOT_ON_LIST'], ['SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION']],
  ['R-ELIG-7 a support organisation without the request letter', { ...example, filer: { type: 'ORG_SUPPORT' }, procedures: ['EXTENSION'], applicant: applicant({ currentStatus: st('SSW_1'), relationToOrganization: 'SUPPORTED_UNDER_CONTRACT' }) }, ['ORGANIZATION_REQUEST_REQUIRED'], ['SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION']],
  ['R-ELIG-9 the last day of stay', { ...example, filer: { type: 'LAWYER_SCRIVENER' }, procedures: ['EXTENSION'], applicant: applicant({ periodOfStayExpiry: '2026-11-23' }) }, ['LAST_DAY_OF_STAY'], []],
  ['R-ELIG-9 the last day of stay, UTC still the day before', { ...example, filer: { type: 'LAWYER_SCRIVENER' }, procedures: ['EXTENSION'], applicant: applicant({ periodOfStayExpiry: '2026-11-23' }), filingDateTime: '2026-11-22T15:00:00Z' }, ['LAST_DAY_OF_STAY'], []],
  ['R-ELIG-9 the day after expiry', { ...example, filer: { type: 'LAWYER_SCRIVENER' }, procedures: ['WORK_CERT'], applicant: applicant({ periodOfStayExpiry: '2026-11-22' }) }, ['PERIOD_OF_STAY_EXPIRED'], []],
  ['R-ELIG-9 acquisition on day 31', { ...example, filer: { type: 'LEGAL_REPRESENTATIVE', hasMyNumberCard: true }, procedures: ['ACQUISITION'], desiredStatus: st('DEPENDENT'), applicant: applicant({ dateOfBirth: '2026-10-23', currentStatus: null, periodOfStayExpiry: null, acquisitionEventDate: '2026-10-23' }) }, ['ACQUISITION_DEADLINE_PASSED:ACQUISITION'], []],
  ['R-ELIG-9 acquisition on day 30', { ...example, filer: { type: 'LEGAL_REPRESENTATIVE', hasMyNumberCard: true }, procedures: ['ACQUISITION', 'REENTRY'], desiredStatus: st('DEPENDENT'), applicant: applicant({ dateOfBirth: '2026-10-24', currentStatus: null, periodOfStayExpiry: null, acquisitionEventDate: '2026-10-24' }) }, [], []],
];

describe.each(testBackends())('POST /api/v1/eligibility/check on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(async () => t.close());
  beforeEach(() => t.clock.set(DEFAULT_NOW));

  const post = (payload: unknown, remoteAddress = '127.0.0.1') => t.app.inject({ method: 'POST', url: URL, payload: payload as Body, remoteAddress });

  it.each(CASES)('%s', async (_name, body, reasons, notes) => {
    const res = await post(body);
    expect(res.statusCode).toBe(200);
    const json = res.json();
    expect(keysOf(json)).toEqual(reasons);
    expect(noteKeysOf(json)).toEqual(notes);
    expect(json.allowed).toBe(reasons.length === 0);
    for (const item of [...json.reasons, ...json.notes]) expect(item.message).toEqual({ ja: expect.any(String), en: expect.any(String) });
  });

  it('answers exactly the contract shape', async () => {
    const body = (await post({ ...example, procedures: ['WORK_CERT'], applicant: applicant({ dateOfBirth: '1990-01-01' }) })).json();
    expect(Object.keys(body).sort()).toEqual(['allowed', 'notes', 'reasons']);
    expect(body.reasons).toEqual([{ code: 'RELATIVE_NOT_ALLOWED_FOR_PROCEDURE', procedure: 'WORK_CERT', message: { ja: expect.stringContaining('就労資格証明書'), en: expect.stringContaining('Certificate of Authorized Employment') } }]);
  });

  it('R-ELIG-9 without filingDateTime the server clock decides (JST)', async () => {
    const { filingDateTime: _omitted, ...body } = { ...example, filer: { type: 'LAWYER_SCRIVENER' }, applicant: applicant({ periodOfStayExpiry: '2026-11-24' }) };
    expect(keysOf((await post(body)).json())).toEqual([]);
    t.clock.set(new Date('2026-11-23T15:00:00Z')); // 2026-11-24 00:00 JST
    expect(keysOf((await post(body)).json())).toEqual(['LAST_DAY_OF_STAY']);
  });

  it.each([
    ['two main procedures', { ...example, procedures: ['EXTENSION', 'CHANGE'] }, ['procedures']],
    ['a duplicate', { ...example, procedures: ['EXTENSION', 'EXTENSION'] }, ['procedures']],
    ['an empty list', { ...example, procedures: [] }, ['procedures']],
    ['an impossible date of birth', { ...example, applicant: applicant({ dateOfBirth: '2012-02-30' }) }, ['applicant.dateOfBirth']],
    ['a filing time without an offset', { ...example, filingDateTime: '2026-11-23T10:00:00' }, ['filingDateTime']],
    ['a relative without relationship', { ...example, filer: { type: 'RELATIVE', hasMyNumberCard: true, livesInJapan: true } }, ['filer.relationship']],
    ['an extension without the current status', { ...example, applicant: applicant({ currentStatus: null }) }, ['applicant.currentStatus']],
    ['a support organisation missing its fields', { ...example, filer: { type: 'ORG_SUPPORT' }, applicant: applicant({ relationToOrganization: null, organizationRequestOnFile: null }) }, ['applicant.relationToOrganization', 'applicant.organizationRequestOnFile']],
    ['an acquisition without its date or desired status', { ...example, procedures: ['ACQUISITION'], applicant: applicant({ currentStatus: null, periodOfStayExpiry: null }) }, ['applicant.acquisitionEventDate', 'desiredStatus']],
    ['特定活動 without its 告示 number', { ...example, procedures: ['COE'], desiredStatus: st('DESIGNATED_ACTIVITIES') }, ['desiredStatus.notice']],
  ])('400 for %s, naming %j in Japanese and English', async (_name, body, paths) => {
    const res = await post(body);
    expect(res.statusCode).toBe(400);
    const json = res.json();
    expect(json.error).toBe('INVALID_REQUEST');
    expect(json.fields.map((f: { path: string }) => f.path)).toEqual(paths);
    for (const f of json.fields) expect(f.message).toEqual({ ja: expect.any(String), en: expect.any(String) });
  });

  it('400 for unknown codes, with a readable message in each language', async () => {
    const res = await post({ ...example, filer: { type: 'NEIGHBOUR' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ path: 'filer.type', message: { ja: expect.stringMatching(/^申請する人の区分を.*FOREIGN_NATIONAL.*ORG_PUBLIC_INTEREST$/), en: expect.stringMatching(/^Give the filer type as one of: FOREIGN_NATIONAL, .*ORG_PUBLIC_INTEREST$/) } }]);
  });

  it('400 for a body that is not JSON', async () => {
    const res = await t.app.inject({ method: 'POST', url: URL, headers: { 'content-type': 'application/json' }, payload: '{"filer":' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('INVALID_REQUEST');
  });

  it('unknown properties and fields that do not concern the filer are ignored', async () => {
    const res = await post({ ...example, filer: { type: 'LAWYER_SCRIVENER', relationship: 'MOTHER', badge: 42 }, extra: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().allowed).toBe(true);
  });

  it('is public and changes nothing: no audit row, no outbox job, no mail', async () => {
    const db = t.ctx.database.db;
    const counts = async () => Promise.all([auditLog, outbox, sentMail].map(async (table) => (await db.select({ n: count() }).from(table))[0]?.n));
    const before = await counts();
    for (const [, body] of CASES.slice(0, 5)) expect((await post(body)).statusCode).toBe(200);
    expect((await post({ ...example, procedures: [] })).statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('the OpenAPI document lists the route with its tag, body and responses', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths[URL]?.post;
    expect(op.tags).toEqual(['eligibility']);
    expect(op.summary).toEqual(expect.any(String));
    expect(JSON.stringify(op.requestBody)).toContain('filingDateTime');
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '429']));
    expect(JSON.stringify(op.responses['200'])).toContain('RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE');
  });
});

describe('POST /api/v1/eligibility/check rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(testBackends()[0] ?? 'pglite', { ELIGIBILITY_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => t.close());

  it('the fourth request in a minute from one address is a 429; other addresses and other routes are not affected', async () => {
    const post = (remoteAddress: string) => t.app.inject({ method: 'POST', url: URL, payload: example, remoteAddress });
    for (let i = 0; i < 3; i += 1) expect((await post('133.242.0.1')).statusCode).toBe(200);
    const limited = await post('133.242.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ error: 'RATE_LIMITED', message: { ja: expect.any(String), en: expect.any(String) } });
    expect((await post('153.127.1.1')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/reference', remoteAddress: '133.242.0.1' })).statusCode).toBe(200);
  });
});
