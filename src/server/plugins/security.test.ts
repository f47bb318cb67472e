import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { startTestApp, type TestApp } from '../../../test/helpers/app.js';
import { AppError } from '../errors.js';
import { SESSION_COOKIE } from './security.js';

/** Probe routes added before the app is ready, to exercise the security baseline as later features will. */
describe('security baseline', () => {
  let t: TestApp;
  let writes = 0;
  beforeAll(async () => {
    t = await startTestApp('pglite', { BODY_LIMIT_BYTES: '2048', RATE_LIMIT_PER_MINUTE: '1000' }, undefined, (app) => {
      const r = app.withTypeProvider<ZodTypeProvider>();
      r.post('/api/v1/probe', { schema: { body: z.object({ name: z.string().min(1) }) } }, async () => {
        writes += 1;
        return { ok: true };
      });
      r.get('/api/v1/probe/boom', async () => {
        throw new Error('secret internal detail: connection string postgres://user:pw@db');
      });
      r.get('/api/v1/probe/conflict', async () => {
        throw new AppError('ACTION_NOT_ALLOWED', { ja: 'この状態では実行できません。', en: 'Not allowed in this status.' }, undefined, { status: 'SUBMITTED', allowedActions: ['WITHDRAW'] });
      });
    });
  });
  afterAll(async () => t.close());

  it('helmet headers with a strict CSP on every response', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('R-AUTH-8 a cookie-authenticated state change without the CSRF token is refused and changes nothing', async () => {
    const before = writes;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/probe', cookies: { [SESSION_COOKIE]: 'abc' }, payload: { name: 'x' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().message.ja).toContain('再読み込み');
    expect(writes).toBe(before);
  });

  it('R-AUTH-8 with the token from /api/v1/csrf-token and its __Host- cookie the change goes through', async () => {
    const tokenRes = await t.app.inject({ method: 'GET', url: '/api/v1/csrf-token' });
    const setCookie = String(tokenRes.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-csrf=/);
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('Path=/');
    const csrfCookie = setCookie.split(';')[0]?.split('=').slice(1).join('=') ?? '';
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/probe',
      cookies: { [SESSION_COOKIE]: 'abc', '__Host-csrf': csrfCookie },
      headers: { 'x-csrf-token': tokenRes.json().token },
      payload: { name: 'x' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('malformed JSON is a 400 with a message and changes nothing', async () => {
    const before = writes;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/probe', headers: { 'content-type': 'application/json' }, payload: '{"name": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'INVALID_REQUEST', message: { ja: expect.stringContaining('JSON'), en: expect.stringContaining('JSON') } });
    expect(writes).toBe(before);
  });

  it('a body over the limit is a 413', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'x'.repeat(5000) } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a schema violation names the field in both languages', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/probe', payload: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ path: 'name', message: { ja: expect.stringContaining('入力'), en: expect.stringContaining('required') } }]);
  });

  it('an unexpected error is a 500 that hides internals', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/probe/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret');
    expect(res.json()).toMatchObject({ error: 'INTERNAL', message: { ja: expect.any(String), en: expect.any(String) } });
  });

  it('an AppError maps to its status with its details (a refused action names the allowed ones)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/probe/conflict' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'ACTION_NOT_ALLOWED', status: 'SUBMITTED', allowedActions: ['WITHDRAW'] });
  });

  it('an unknown API route is a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('NOT_FOUND');
  });
});

describe('rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => t.close());

  it('the fourth request in a minute from one address is a 429 with a bilingual message', async () => {
    for (let i = 0; i < 3; i += 1) expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(429);
    expect(res.json()).toMatchObject({ error: 'RATE_LIMITED', message: { ja: expect.any(String), en: expect.any(String) } });
  });
});
