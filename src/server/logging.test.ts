import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { testConfig } from './config.js';
import { isoWithOffset, loggerOptions } from './logging.js';

describe('logs (R-AUTH-9)', () => {
  it('times are ISO 8601 with the +09:00 offset', () => {
    expect(isoWithOffset(new Date('2026-11-23T15:30:00.123Z'))).toBe('2026-11-24T00:30:00.123+09:00');
  });

  it('a request log carries the request id and the path without the query string, and no cookie', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _enc, done) => { lines.push(String(chunk)); done(); } });
    const options = loggerOptions({ ...testConfig(), logLevel: 'info' });
    const app = Fastify({ logger: { ...(options as object), stream } as never, genReqId: () => 'req-1' });
    app.get('/api/v1/search', async () => ({ ok: true }));
    await app.inject({ method: 'GET', url: '/api/v1/search?passport=TK1234567&name=YAMADA', headers: { cookie: '__Host-session=secret' } });
    await app.close();
    const all = lines.join('');
    expect(all).toContain('"reqId":"req-1"');
    expect(all).toContain('"path":"/api/v1/search"');
    expect(all).not.toContain('TK1234567');
    expect(all).not.toContain('secret');
    expect(all).toMatch(/"time":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+09:00"/);
  });
});
