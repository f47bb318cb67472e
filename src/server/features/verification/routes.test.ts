import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { composePayload, payloadSignedText } from '../../../domain/verification/index.js';
import { activeSigningKey, rotateSigningKey } from '../../adapters/signer/signing-keys.js';
import { auditLog } from '../../db/schema.js';
import { revokeDocument } from './registry.js';
import { issueForTest } from './test-support.js';

/** Requests arrive from 127.0.0.1, configured as the trusted proxy: X-Forwarded-For is the visitor's address. */
let visitor = 0;
const nextAddress = () => `10.7.${Math.floor(++visitor / 200)}.${visitor % 200}`;

describe.each(testBackends())('document verification (R-PLUS-1, R-OPS-1) on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend, { TRUSTED_PROXIES: '127.0.0.1', VERIFICATION_RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (url: string, payload: object, from = nextAddress()) =>
    t.app.inject({ method: 'POST', url, payload, headers: { 'x-forwarded-for': from } });
  const byNumber = async (number: string, code: string) => (await post('/api/v1/verification/check', { number, code })).json();
  const byPayload = async (payload: string) => (await post('/api/v1/verification/payload', { payload })).json();
  const setJst = (iso: string) => t.clock.set(new Date(`${iso}+09:00`));

  it('R-PLUS-1 a genuine document checked by number and code: GENUINE with the minimum data only', async () => {
    setJst('2026-11-23T10:00:00');
    const doc = await issueForTest(t);
    const res = await post('/api/v1/verification/check', { number: doc.number, code: doc.code });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      outcome: 'GENUINE', reason: null, checkedAt: '2026-11-23T01:00:00.000Z',
      document: {
        kind: 'E_COE', number: doc.number, issuedOn: '2026-11-23', validUntil: '2027-02-23',
        subject: { name: 'NGUYEN VAN AN', nationality: 'VNM', status: 'ENGINEER_HUMANITIES_INTL', procedure: null, decision: null, dates: { DATE_OF_BIRTH: '1990-01-02' } },
      },
    });
  });

  it('R-PLUS-1 the number and code may be typed in lower case, full width or without hyphens', async () => {
    const doc = await issueForTest(t);
    const fullWidth = (s: string) => s.replace(/[A-Z0-9-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect((await byNumber(doc.number.toLowerCase().replace(/-/g, ''), fullWidth(doc.code))).outcome).toBe('GENUINE');
  });

  it.each([
    ['a wrong code', (n: string) => ({ number: n, code: 'ZZZZ-ZZZZ' })],
    ['an unknown number', () => ({ number: 'EC-2026-00000000', code: 'ZZZZ-ZZZZ' })],
    ['text that is not a number', () => ({ number: 'hello', code: 'world' })],
  ])('R-PLUS-1 %s is NOT_VALID (unknown), showing nothing', async (_name, request) => {
    const doc = await issueForTest(t);
    expect(await byNumber(request(doc.number).number, request(doc.number).code)).toMatchObject({ outcome: 'NOT_VALID', reason: 'UNKNOWN', document: null });
  });

  it('R-PLUS-1 a scanned payload, or the verification URL the QR code holds, is GENUINE', async () => {
    const doc = await issueForTest(t);
    expect(await byPayload(doc.payload)).toMatchObject({ outcome: 'GENUINE', document: { number: doc.number, subject: { name: 'NGUYEN VAN AN' } } });
    expect(await byPayload(doc.verificationUrl)).toMatchObject({ outcome: 'GENUINE', document: { number: doc.number } });
  });

  it.each([
    ['an altered number', (p: string, n: string) => p.replace(n, `${n.slice(0, -1)}${n.endsWith('0') ? '1' : '0'}`)],
    ['an extended last valid day', (p: string) => p.replace('.20270223.', '.20280223.')],
    ['an altered signature', (p: string) => `${p.slice(0, -4)}${p.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`],
    ['garbage', () => 'not a payload at all'],
  ])('R-PLUS-1 a payload with %s is NOT_VALID (bad signature)', async (_name, tamper) => {
    const doc = await issueForTest(t);
    expect(await byPayload(tamper(doc.payload, doc.number))).toMatchObject({ outcome: 'NOT_VALID', reason: 'BAD_SIGNATURE', document: null });
  });

  it('R-PLUS-1 a correctly signed payload of a number the registry never issued is NOT_VALID (unknown)', async () => {
    const payload = await t.ctx.database.db.transaction(async (tx) => {
      const key = await activeSigningKey(tx, { clock: t.clock, secret: t.ctx.config.signingKeySecret });
      const fields = { kid: key.kid, kind: 'E_COE' as const, number: 'EC-2026-00000000', issuedOn: '2026-11-23', validUntil: null, subjectHash: 'x'.repeat(22) };
      return composePayload(fields, key.sign(payloadSignedText(fields)));
    });
    expect(await byPayload(payload)).toMatchObject({ outcome: 'NOT_VALID', reason: 'UNKNOWN', document: null });
  });

  it('R-PLUS-1 R-RES-2 valid through its last day (JST), expired from the next day on, by number and by payload', async () => {
    setJst('2026-11-23T10:00:00');
    const doc = await issueForTest(t);
    setJst('2027-02-23T23:59:59');
    expect((await byNumber(doc.number, doc.code)).outcome).toBe('GENUINE');
    setJst('2027-02-24T00:00:00');
    for (const result of [await byNumber(doc.number, doc.code), await byPayload(doc.payload)]) {
      expect(result).toMatchObject({ outcome: 'NOT_VALID', reason: 'EXPIRED', document: { number: doc.number, validUntil: '2027-02-23', subject: null } });
    }
    setJst('2026-11-23T10:00:00');
  });

  it.each(['WITHDRAWN', 'REVOKED'] as const)('R-PLUS-1 a %s document is NOT_VALID though in date, by number and by payload', async (as) => {
    const doc = await issueForTest(t);
    await t.ctx.database.db.transaction((tx) => revokeDocument(tx, t.ctx, { documentId: doc.id, as, reason: 'test' }));
    for (const result of [await byNumber(doc.number, doc.code), await byPayload(doc.payload)]) {
      expect(result).toMatchObject({ outcome: 'NOT_VALID', reason: as, document: { number: doc.number, subject: null } });
    }
  });

  it('R-PLUS-1 after a key rotation, documents signed by the retired key still verify, and the keys are published', async () => {
    const before = await issueForTest(t);
    const rotated = await t.ctx.database.db.transaction((tx) => rotateSigningKey(tx, { clock: t.clock, secret: t.ctx.config.signingKeySecret }));
    const after = await issueForTest(t);
    expect((await byPayload(before.payload)).outcome).toBe('GENUINE');
    expect((await byPayload(after.payload)).outcome).toBe('GENUINE');
    const keys = await t.app.inject({ method: 'GET', url: '/api/v1/verification/keys' });
    expect(keys.statusCode).toBe(200);
    const body = keys.json() as { keys: { kid: string; status: string; d?: string }[] };
    expect(body.keys.find((k) => k.kid === rotated.kid)?.status).toBe('ACTIVE');
    expect(body.keys.find((k) => k.kid === rotated.retired)?.status).toBe('RETIRED');
    expect(keys.body).not.toMatch(/"d"|private/i);
  });

  it('R-PLUS-1 every check is audited: anonymous, with the address and the result, never the number, code or personal data', async () => {
    const doc = await issueForTest(t);
    const from = nextAddress();
    await post('/api/v1/verification/check', { number: doc.number, code: doc.code }, from);
    await post('/api/v1/verification/check', { number: doc.number, code: 'ZZZZ-ZZZZ' }, from);
    await post('/api/v1/verification/payload', { payload: 'garbage' }, from);
    const rows = await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.ipAddress, from));
    expect(rows.map((r) => [r.action, r.actorType, r.outcome, r.subjectId, (r.details as { result: string }).result])).toEqual([
      ['verification.check', 'ANONYMOUS', 'SUCCESS', doc.id, 'GENUINE'],
      ['verification.check', 'ANONYMOUS', 'FAILURE', doc.id, 'UNKNOWN'],
      ['verification.check', 'ANONYMOUS', 'FAILURE', null, 'BAD_SIGNATURE'],
    ]);
    const logged = JSON.stringify(rows);
    for (const secret of [doc.number, doc.code, doc.code.replace('-', ''), 'NGUYEN', 'VNM', doc.payload]) expect(logged).not.toContain(secret);
  });

  it('R-PLUS-1 checks are rate-limited per address: the 6th within a minute is refused, another address is served', async () => {
    const from = nextAddress();
    for (let i = 0; i < 5; i++) expect((await post('/api/v1/verification/check', { number: 'x', code: 'y' }, from)).statusCode).toBe(200);
    const refused = await post('/api/v1/verification/payload', { payload: 'x' }, from);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: 'RATE_LIMITED' });
    expect((await post('/api/v1/verification/check', { number: 'x', code: 'y' })).statusCode).toBe(200);
  });

  it('R-PLUS-1 an empty number or code is a 400 naming the field', async () => {
    const res = await post('/api/v1/verification/check', { number: ' ', code: '' });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { fields: { path: string }[] }).fields.map((f) => f.path).sort()).toEqual(['code', 'number']);
  });

  it('R-PLUS-9 the verification routes are in the OpenAPI document; the test-only issuing route exists only with TEST_CLOCK_CONTROL', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys((res.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(expect.arrayContaining([
      '/api/v1/verification/keys', '/api/v1/verification/check', '/api/v1/verification/payload', '/api/v1/verification/pending-proof/{applicationId}',
    ]));
    expect(paths.filter((p) => p.startsWith('/api/test/verification'))).toEqual([]);
    const testIssue = await t.app.inject({ method: 'POST', url: '/api/test/verification/documents', payload: {} });
    expect(testIssue.statusCode).toBe(404);
  });

  it('R-OPS-1 from abroad the verification API and keys answer, while the rest of the system stays closed', async () => {
    const doc = await issueForTest(t);
    const abroad = { 'x-forwarded-for': '8.8.8.8' };
    const open = [
      await t.app.inject({ method: 'GET', url: '/api/v1/verification/keys', headers: abroad }),
      await t.app.inject({ method: 'POST', url: '/api/v1/verification/check', payload: { number: doc.number, code: doc.code }, headers: abroad }),
      await t.app.inject({ method: 'POST', url: '/api/v1/verification/payload', payload: { payload: doc.payload }, headers: abroad }),
    ];
    expect(open.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(open[1]?.json()).toMatchObject({ outcome: 'GENUINE' });
    const closed = [
      await t.app.inject({ method: 'GET', url: '/api/v1/reference', headers: abroad }),
      await t.app.inject({ method: 'GET', url: `/api/v1/verification/pending-proof/${doc.id}`, headers: abroad }),
      await t.app.inject({ method: 'POST', url: '/api/v1/eligibility/check', payload: {}, headers: abroad }),
      await t.app.inject({ method: 'GET', url: '/api/v1/applications', headers: abroad }),
    ];
    expect(closed.map((r) => r.statusCode)).toEqual([403, 403, 403, 403]);
    expect(closed[0]?.json()).toMatchObject({ error: 'FORBIDDEN_REGION' });
  });
});
