import { spawnSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { createTestDatabase, testBackends } from '../../../../test/helpers/database.js';
import { FixedClock } from '../../../domain/calendar/clock.js';
import { createContext } from '../../bootstrap.js';
import { loadConfig, testConfig } from '../../config.js';
import { applications, sentMail } from '../../db/schema.js';
import { INDIVIDUAL_EXTENSION } from './test-answers.js';
import { completeDraft, submit } from './test-flows.js';
import { AdjustableClock } from './test-clock.js';
import { individualFiler, testStorageEnv } from './test-support.js';

const production = { NODE_ENV: 'production', COOKIE_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://localhost/zairyu' };

describe('test clock control and automatic acceptance configuration', () => {
  it('is off by default and refused in production, like the development CA (R-AUTH-9)', () => {
    expect(testConfig().testClockControl).toBe(false);
    expect(testConfig({ TEST_CLOCK_CONTROL: 'true' }).testClockControl).toBe(true);
    expect(() => loadConfig({ ...production, TEST_CLOCK_CONTROL: 'true' })).toThrow(/TEST_CLOCK_CONTROL: the adjustable test clock cannot be enabled in production/);
  });

  it('the server process exits before listening when production enables the test clock', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/server.ts'], {
      env: { ...process.env, ...production, TEST_CLOCK_CONTROL: 'true', PORT: '0' }, encoding: 'utf8', timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('TEST_CLOCK_CONTROL');
  });

  it('R-SUB-2 automatic acceptance is on for every bureau unless switched off per bureau', () => {
    expect(testConfig().autoAcceptanceBureaus).toEqual(['SAPPORO', 'SENDAI', 'TOKYO', 'NAGOYA', 'OSAKA', 'HIROSHIMA', 'TAKAMATSU', 'FUKUOKA']);
    expect(testConfig({ AUTO_ACCEPTANCE_OFF_BUREAUS: 'OSAKA, FUKUOKA' }).autoAcceptanceBureaus).toEqual(['SAPPORO', 'SENDAI', 'TOKYO', 'NAGOYA', 'HIROSHIMA', 'TAKAMATSU']);
    expect(() => testConfig({ AUTO_ACCEPTANCE_OFF_BUREAUS: 'KOBE' })).toThrow(/AUTO_ACCEPTANCE_OFF_BUREAUS: KOBE is not one of/);
  });

  it('the adjustable clock follows real time plus what it was moved by', () => {
    const base = new FixedClock(new Date('2026-11-23T00:00:00Z'));
    const clock = new AdjustableClock(base);
    clock.advance(86_400_000);
    base.advance(1_000);
    expect(clock.now().toISOString()).toBe('2026-11-24T00:00:01.000Z');
  });
});

describe.each(testBackends())('POST /api/test/clock on %s', (backend) => {
  let t: TestApp;
  let off: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv({ TEST_CLOCK_CONTROL: 'true' }));
    off = await startTestApp(backend, testStorageEnv());
  });
  afterAll(async () => {
    await t.close();
    await off.close();
  });

  it('does not exist unless TEST_CLOCK_CONTROL is on', async () => {
    expect((await off.app.inject({ method: 'POST', url: '/api/test/clock', payload: { advanceSeconds: 60 } })).statusCode).toBe(404);
  });

  it('R-SUB-2 moves the clock a day on, and the reception number is assigned and mailed at once', async () => {
    const filer = await individualFiler(t);
    const draft = await completeDraft(filer.browser, INDIVIDUAL_EXTENSION);
    expect((await submit(filer.browser, draft.id)).statusCode).toBe(200);
    const res = await t.app.inject({ method: 'POST', url: '/api/test/clock', payload: { advanceSeconds: 24 * 3600 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ now: '2026-11-24T01:00:00.000Z' });
    const [row] = await t.ctx.database.db.select().from(applications).where(eq(applications.id, draft.id));
    expect(row?.receptionNumber).toBe('東オンＥＮ２６０００００１');
    const sent = await t.ctx.database.db.select().from(sentMail).where(eq(sentMail.toAddress, filer.account.email));
    expect(sent.map((m) => m.subject)).toEqual(['申請受付完了のお知らせ / Your application has been received', '申請受付番号のお知らせ / Your reception number']);
    expect((await t.app.inject({ method: 'POST', url: '/api/test/clock', payload: { advanceSeconds: -1 } })).statusCode).toBe(400);
  });

  it('the app boots on the adjustable clock when TEST_CLOCK_CONTROL is on', async () => {
    const database = await createTestDatabase(backend);
    const ctx = await createContext(testConfig({ TEST_CLOCK_CONTROL: 'true' }), { database });
    try {
      expect(ctx.clock).toBeInstanceOf(AdjustableClock);
    } finally {
      await ctx.close();
    }
  });
});
