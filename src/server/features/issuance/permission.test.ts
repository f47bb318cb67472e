import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { pdfText } from '../../adapters/documents/test-support/poppler.js';
import { issuedDocuments } from '../../db/schema.js';
import { testStorageEnv } from '../applications/test-support.js';
import { officer, seedCase, type TestOfficer } from '../back-office/test-support.js';
import { post } from '../examination/test-support.js';
import type { GrantedPeriod } from '../examination/schemas.js';
import { readPdfVerificationData } from '../verification/pdf-metadata.js';
import { periodLastDay, permissionValidUntil } from './permission.js';
import { issuanceUrl, seedGranted } from './test-support.js';

const years = (amount: number): GrantedPeriod => ({ kind: 'FIXED', amount, unit: 'YEAR' });
const months = (amount: number): GrantedPeriod => ({ kind: 'FIXED', amount, unit: 'MONTH' });

describe('R-RES-3 the permission for activity outside status lasts as long as the period of stay it goes with', () => {
  it.each([
    ['2027-02-01', years(3), '2030-01-31'],
    ['2027-03-01', months(1), '2027-03-31'],
    ['2026-12-11', years(1), '2027-12-10'],
    ['2027-01-31', months(1), '2027-02-28'],
    ['2026-12-11', { kind: 'FIXED', amount: 90, unit: 'DAY' } as GrantedPeriod, '2027-03-10'],
    ['2026-12-11', { kind: 'DESIGNATED', years: 0, months: 6, days: 0 } as GrantedPeriod, '2027-06-10'],
    ['2026-12-11', { kind: 'INDEFINITE' } as GrantedPeriod, null],
  ])('a period from %s of %j ends on %s (民法第143条)', (first, period, last) => expect(periodLastDay(first, period)).toBe(last));

  it.each([
    ['with an extension: the new period runs on from the day after the current one ends', ['EXTENSION', 'OUTSIDE_ACTIVITY'], years(3), { until: '2030-01-31', dateKind: 'PERIOD_OF_STAY_UNTIL' }],
    ['with a change: the period granted from the day after the decision', ['CHANGE', 'OUTSIDE_ACTIVITY'], years(1), { until: '2027-12-10', dateKind: 'PERIOD_OF_STAY_UNTIL' }],
    ['with an acquisition: the same', ['ACQUISITION', 'OUTSIDE_ACTIVITY'], months(6), { until: '2027-06-10', dateKind: 'PERIOD_OF_STAY_UNTIL' }],
    ['without a granted period: the current period of stay', ['EXTENSION', 'OUTSIDE_ACTIVITY'], null, { until: '2027-01-31', dateKind: 'PERIOD_OF_STAY_EXPIRY' }],
    ['with a status without an end date: no end', ['CHANGE', 'OUTSIDE_ACTIVITY'], { kind: 'INDEFINITE' } as GrantedPeriod, { until: null, dateKind: 'PERIOD_OF_STAY_UNTIL' }],
  ] as const)('%s', (_name, procedures, grantedPeriod, expected) => {
    expect(permissionValidUntil({ procedures, currentExpiry: '2027-01-31', decidedOn: '2026-12-10', grantedPeriod })).toEqual(expected);
  });
});

const squash = (s: string) => s.replace(/\s+/g, '');

describe.each(testBackends())('R-RES-3 R-PLUS-1 the printed permission states its last day on %s', (backend) => {
  let t: TestApp;
  let clerk: TestOfficer;
  let decider: TestOfficer;

  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
    t.clock.set(new Date('2026-12-10T01:00:00Z')); // 10:00 JST
    clerk = await officer(t, 'ISSUANCE_CLERK', 'ODAIBA');
    decider = await officer(t, 'DECISION_MAKER', 'TOKYO');
  }, 60_000);
  afterAll(async () => t.close());

  const verify = async (payload: string) => (await t.app.inject({ method: 'POST', url: '/api/v1/verification/payload', payload: { payload } })).json();

  it('granted by the decision maker with an extension of 3 years (current period ends 2027-01-31): valid until 2030-01-31 on the PDF and in the verification data; in date until then', async () => {
    const c = await seedCase(t, { status: 'UNDER_EXAMINATION', procedures: ['EXTENSION', 'OUTSIDE_ACTIVITY'], submittedAt: new Date('2026-11-20T01:00:00Z') });
    expect((await post(decider, c.id, 'claim')).statusCode).toBe(200);
    expect((await post(decider, c.id, 'grant', { grantedStatus: 'ENGINEER_HUMANITIES_INTL', period: years(3) })).statusCode).toBe(200);

    const res = await clerk.browser.get(issuanceUrl(c.id, 'permission.pdf'));
    expect(res.statusCode).toBe(200);
    const [doc] = await t.ctx.database.db.select().from(issuedDocuments).where(eq(issuedDocuments.applicationId, c.id));
    expect(doc).toMatchObject({ kind: 'PERMISSION', validUntil: '2030-01-31' });

    const text = squash(pdfText(res.rawPayload));
    for (const s of ['資格外活動許可書', '許可された在留期間の満了日', 'この文書の有効期限', '2030年1月31日', '31January2030']) expect(text).toContain(s);

    const data = readPdfVerificationData(res.rawPayload);
    if (!data) throw new Error('no payload in the PDF');
    expect(await verify(data.payload)).toMatchObject({
      outcome: 'GENUINE',
      document: { kind: 'PERMISSION', validUntil: '2030-01-31', subject: { procedure: 'OUTSIDE_ACTIVITY', dates: { DECIDED_ON: '2026-12-10', PERIOD_OF_STAY_UNTIL: '2030-01-31' } } },
    });
    t.clock.set(new Date('2030-01-31T14:59:59Z')); // 23:59:59 JST on the last day
    expect(await verify(data.payload)).toMatchObject({ outcome: 'GENUINE' });
    t.clock.set(new Date('2030-01-31T15:00:00Z')); // 00:00 JST the day after
    expect(await verify(data.payload)).toMatchObject({ outcome: 'NOT_VALID', reason: 'EXPIRED', document: { validUntil: '2030-01-31' } });
    t.clock.set(new Date('2026-12-10T01:00:00Z'));
  });

  it('without a period in the decision, it ends with the current period of stay (the answers\' expiry), stated as such', async () => {
    const c = await seedGranted(t, { procedures: ['EXTENSION', 'OUTSIDE_ACTIVITY'], receivedAt: new Date('2026-11-20T01:00:00Z') });
    const res = await clerk.browser.get(issuanceUrl(c.id, 'permission.pdf'));
    expect(res.statusCode).toBe(200);
    const data = readPdfVerificationData(res.rawPayload);
    if (!data) throw new Error('no payload in the PDF');
    expect(await verify(data.payload)).toMatchObject({ outcome: 'GENUINE', document: { validUntil: '2027-01-31', subject: { dates: { PERIOD_OF_STAY_EXPIRY: '2027-01-31' } } } });
    expect(squash(pdfText(res.rawPayload))).toContain('在留期間の満了日');
  });
});
