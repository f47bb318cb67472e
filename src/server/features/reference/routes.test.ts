import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_CODES } from '../../../domain/reference/statuses.js';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';

describe.each(testBackends())('reference and health routes on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(async () => t.close());

  it('GET /healthz answers ok', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz reports the database ready with every migration applied', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', database: backend });
  });

  it('GET /api/v1/reference lists 7 procedures, every status, 47 prefectures and the fees of a date', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/reference?date=2025-03-31' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.procedures).toHaveLength(7);
    expect(body.statuses.map((s: { code: string }) => s.code)).toEqual([...STATUS_CODES]);
    expect(body.prefectures).toHaveLength(47);
    const extension = body.fees.find((f: { procedure: string }) => f.procedure === 'EXTENSION');
    expect(extension).toMatchObject({ counterYen: 4000, onlineYen: 4000 });
    const after = (await t.app.inject({ method: 'GET', url: '/api/v1/reference?date=2025-04-01' })).json();
    expect(after.fees.find((f: { procedure: string }) => f.procedure === 'EXTENSION')).toMatchObject({ counterYen: 6000, onlineYen: 5500 });
  });

  it('GET /api/v1/reference defaults to today in JST', async () => {
    t.clock.set(new Date('2025-03-31T15:00:00Z')); // 2025-04-01 00:00 JST
    const body = (await t.app.inject({ method: 'GET', url: '/api/v1/reference' })).json();
    expect(body.date).toBe('2025-04-01');
  });

  it('a malformed date is a 400 naming the field in Japanese and English', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/reference?date=2025-02-30' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'INVALID_REQUEST', fields: [{ path: 'querystring.date', message: { ja: expect.stringContaining('YYYY-MM-DD'), en: expect.stringContaining('YYYY-MM-DD') } }] });
  });

  it('the OpenAPI document lists the reference route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain('/api/v1/reference');
  });
});
