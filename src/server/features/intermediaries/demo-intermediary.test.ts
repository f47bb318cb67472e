import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { accounts, intermediaryRegistrations } from '../../db/schema.js';
import { TestBrowser } from '../accounts/test-support.js';
import { base32Decode, totpCode } from '../accounts/totp.js';
import { DEMO_LAWYER, demoIntermediaryLines, seedDemoIntermediary } from './demo-intermediary.js';

describe('demo lawyer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('is seeded once (idempotent), printed, and signs in with 認証ID, password and TOTP', async () => {
    await seedDemoIntermediary(t.ctx);
    await seedDemoIntermediary(t.ctx);
    const rows = await t.ctx.database.db.select().from(accounts).where(eq(accounts.authId, DEMO_LAWYER.authId));
    expect(rows).toHaveLength(1);
    expect(await t.ctx.database.db.select().from(intermediaryRegistrations).where(eq(intermediaryRegistrations.accountId, rows[0]?.id ?? ''))).toHaveLength(1);
    expect(demoIntermediaryLines().join('\n')).toContain(DEMO_LAWYER.password);

    const browser = new TestBrowser(t.app);
    expect((await browser.post('/api/v1/sign-in', { authId: DEMO_LAWYER.authId, password: DEMO_LAWYER.password })).json()).toEqual({ next: 'SECOND_FACTOR' });
    t.clock.advance(30_000);
    const second = await browser.post('/api/v1/sign-in/second-factor', { code: totpCode(base32Decode(DEMO_LAWYER.totpSecret), t.clock.now()) });
    expect(second.statusCode).toBe(200);
    expect((await browser.get('/api/v1/session')).json()).toMatchObject({ signedIn: true, account: { role: 'INTERMEDIARY' } });
  });
});
