import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app.js';
import { WORLD_OPEN_ROUTES, isWorldOpen } from './region-restriction.js';

/** Requests arrive from 127.0.0.1 (inject's default), configured here as the trusted proxy. */
describe('access from Japan only (R-OPS-1)', () => {
  let t: TestApp;
  let untrusted: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { TRUSTED_PROXIES: '127.0.0.1' });
    untrusted = await startTestApp('pglite', { TRUSTED_PROXIES: '10.9.9.9' });
  });
  afterAll(async () => {
    await t.close();
    await untrusted.close();
  });

  const get = (app: TestApp, forwardedFor: string, accept = 'text/html') =>
    app.app.inject({ method: 'GET', url: '/api/v1/reference', headers: { 'x-forwarded-for': forwardedFor, accept } });

  it.each(['8.8.8.8', '81.2.69.142', '2001:4860:4860::8888'])('R-OPS-1 a foreign address %s through the trusted proxy is refused with 403', async (ip) => {
    const res = await get(t, ip, 'application/json');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'FORBIDDEN_REGION', message: { ja: expect.stringContaining('日本国外'), en: expect.stringContaining('outside Japan') } });
  });

  it('R-OPS-1 a browser from abroad gets the explanatory page in Japanese and English, with its own CSP', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-for': '8.8.8.8', accept: 'text/html' } });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('日本国外からはご利用いただけません');
    expect(res.body).toContain('Not available from outside Japan');
    expect(res.headers['content-security-policy']).toMatch(/style-src 'sha256-/);
  });

  it.each(['133.242.0.1', '2001:240::1', '153.127.1.1'])('R-OPS-1 a Japanese address %s through the trusted proxy is served', async (ip) => {
    expect((await get(t, ip)).statusCode).toBe(200);
  });

  it('R-OPS-1 the right-most untrusted hop counts: a forged Japanese address before a foreign client is refused', async () => {
    expect((await get(t, '133.242.0.1, 8.8.8.8')).statusCode).toBe(403);
  });

  it('R-OPS-1 X-Forwarded-For from an untrusted peer is ignored: the loopback peer itself is judged', async () => {
    expect((await get(untrusted, '8.8.8.8')).statusCode).toBe(200);
  });

  it('R-OPS-1 the list of routes open worldwide is one declaration: the verification page with its static files, its API and the keys', () => {
    expect(WORLD_OPEN_ROUTES.map(String)).toEqual([
      String(/^\/verify\/?$/),
      String(/^\/assets\/[A-Za-z0-9._-]+$/),
      String(/^\/api\/v1\/verification\/keys$/),
      String(/^\/api\/v1\/verification\/check$/),
      String(/^\/api\/v1\/verification\/payload$/),
      String(/^\/ecoe\/[A-Za-z0-9-]+\/?$/),
      String(/^\/api\/v1\/ecoe\/[A-Za-z0-9-]+\/(view|pdf|receipt)$/),
    ]);
    for (const open of ['/verify', '/verify/', '/assets/index-BRkD0Vb9.js', '/api/v1/verification/keys', '/api/v1/verification/check?x=1', '/api/v1/verification/payload', '/ecoe/00000000-0000-4000-8000-000000000000', '/api/v1/ecoe/00000000-0000-4000-8000-000000000000/receipt']) {
      expect(isWorldOpen(open), open).toBe(true);
    }
    for (const closed of ['/', '/verify/other', '/verifyx', '/assets/../api/v1/reference', '/api/v1/verification/pending-proof/00000000-0000-4000-8000-000000000000', '/api/v1/verification', '/api/v1/applications', '/ecoe/a/b', '/api/v1/ecoe/x/revoke']) {
      expect(isWorldOpen(closed), closed).toBe(false);
    }
  });
});
