import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/calendar/jst.js';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { processingTimeSnapshots } from '../../db/schema.js';
import { decidedCases, jstAt, seedCases } from './test-support.js';

const TODAY = '2026-11-23';
const ago = (n: number) => addDays(TODAY, -n);
const URL = '/api/v1/statistics/processing-times';

describe.each(testBackends())('R-CASE-2 GET /api/v1/statistics/processing-times on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend, { TRUSTED_PROXIES: '127.0.0.1' }, jstAt(TODAY));
    await seedCases(t, [
      // 20 engineers, 4..23 days: median (rank 10) 13, 80th percentile (rank 16) 19.
      ...decidedCases({ office: 'TOKYO', procedure: 'EXTENSION', status: 'ENGINEER_HUMANITIES_INTL' }, 20, (i) => ago(1 + i * 4), (i) => 4 + i),
      ...decidedCases({ office: 'YOKOHAMA', procedure: 'EXTENSION', status: 'STUDENT' }, 19, (i) => ago(2 + i), () => 30),
      ...decidedCases({ office: 'KOBE', procedure: 'CHANGE', status: 'SPOUSE_OF_JAPANESE' }, 2, (i) => ago(5 + i), () => 60),
    ]);
  });
  afterAll(async () => t.close());

  const get = (url = URL, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it('anyone (no account) gets the figures of the seeded decided cases; days only from 20 cases on', async () => {
    const res = await get();
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.json()).toEqual({
      asOf: TODAY, window: { from: '2026-08-25', to: '2026-11-22' }, windowDays: 90, minimumCases: 20,
      groups: [
        {
          bureau: 'TOKYO', procedure: 'EXTENSION', decidedCases: 39, medianDays: 23, p80Days: 30,
          byStatus: [
            { status: 'ENGINEER_HUMANITIES_INTL', decidedCases: 20, medianDays: 13, p80Days: 19 },
            { status: 'STUDENT', decidedCases: 19, medianDays: null, p80Days: null },
          ],
        },
        {
          bureau: 'OSAKA', procedure: 'CHANGE', decidedCases: 2, medianDays: null, p80Days: null,
          byStatus: [{ status: 'SPOUSE_OF_JAPANESE', decidedCases: 2, medianDays: null, p80Days: null }],
        },
      ],
    });
  });

  it.each([
    ['?bureau=TOKYO', ['TOKYO/EXTENSION']],
    ['?procedure=CHANGE', ['OSAKA/CHANGE']],
    ['?bureau=OSAKA&procedure=EXTENSION', []],
  ])('filters %s', async (query, expected) => {
    const body = (await get(`${URL}${query}`)).json() as { groups: { bureau: string; procedure: string }[] };
    expect(body.groups.map((g) => `${g.bureau}/${g.procedure}`)).toEqual(expected);
  });

  it.each(['?bureau=YOKOHAMA', '?procedure=REENTRY', '?bureau=tokyo'])('an unknown filter %s is a 400 naming the field', async (query) => {
    const res = await get(`${URL}${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'INVALID_REQUEST', fields: [{ path: expect.stringMatching(/^querystring\.(bureau|procedure)$/) }] });
  });

  it('R-OPS-1: closed from abroad like every route not declared open', async () => {
    expect((await get(URL, { 'x-forwarded-for': '8.8.8.8' })).statusCode).toBe(403);
    expect((await get(URL, { 'x-forwarded-for': '133.242.0.1' })).statusCode).toBe(200);
  });

  it('the same all day (computed once per JST date); the next day counts the decisions of the day before', async () => {
    const before = (await get()).json();
    await seedCases(t, decidedCases({ office: 'SAPPORO', procedure: 'COE', status: 'STUDENT' }, 1, () => TODAY, () => 7));
    expect((await get()).json()).toEqual(before);
    const stored = await t.ctx.database.db.select().from(processingTimeSnapshots);
    expect(stored.map((row) => row.asOf)).toEqual([TODAY]);
    t.clock.set(jstAt(addDays(TODAY, 1), '00:00'));
    const next = (await get(`${URL}?bureau=SAPPORO`)).json();
    expect(next).toMatchObject({ asOf: '2026-11-24', groups: [{ bureau: 'SAPPORO', procedure: 'COE', decidedCases: 1 }] });
  });

  it('the OpenAPI document lists the route', async () => {
    const doc = (await get('/api/openapi.json')).json() as { paths: Record<string, { get?: { tags?: string[] } }> };
    expect(doc.paths[URL]?.get?.tags).toEqual(['statistics']);
  });

  it('the test-only seed route does not exist without TEST_CLOCK_CONTROL', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/test/statistics/cases', payload: { cases: [] } });
    expect(res.statusCode).toBe(404);
  });
});

describe('R-CASE-2 the test-only seed route (TEST_CLOCK_CONTROL, browser journeys)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { TEST_CLOCK_CONTROL: 'true' }, jstAt(TODAY));
  });
  afterAll(async () => t.close());

  it('writes decided cases the public figures count at once (the day\'s cached figures are dropped)', async () => {
    expect((await t.app.inject({ method: 'GET', url: `${URL}?bureau=FUKUOKA` })).json().groups).toEqual([]);
    const cases = decidedCases({ office: 'FUKUOKA', procedure: 'EXTENSION', status: 'DEPENDENT' }, 20, (i) => ago(1 + i), (i) => 20 + i);
    const res = await t.app.inject({ method: 'POST', url: '/api/test/statistics/cases', payload: { cases } });
    expect(res.statusCode).toBe(200);
    expect(res.json().applicationIds).toHaveLength(20);
    const body = (await t.app.inject({ method: 'GET', url: `${URL}?bureau=FUKUOKA` })).json();
    expect(body.groups).toEqual([{
      bureau: 'FUKUOKA', procedure: 'EXTENSION', decidedCases: 20, medianDays: 29, p80Days: 35,
      byStatus: [{ status: 'DEPENDENT', decidedCases: 20, medianDays: 29, p80Days: 35 }],
    }]);
    expect((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(200);
  });
});
