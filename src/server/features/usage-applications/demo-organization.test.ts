import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { accounts, organizations } from '../../db/schema.js';
import { TestBrowser } from '../accounts/test-support.js';
import { base32Decode, totpCode } from '../accounts/totp.js';
import { DEMO_ORGANIZATION, demoOrganizationLines, seedDemoOrganization } from './demo-organization.js';

describe('demo organisation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('is seeded once and its staff member signs in with the printed password and TOTP secret', async () => {
    expect(await seedDemoOrganization(t.ctx)).toBe(true);
    expect(await seedDemoOrganization(t.ctx)).toBe(false);
    expect(await t.ctx.database.db.select().from(accounts).where(eq(accounts.authId, DEMO_ORGANIZATION.authId))).toHaveLength(1);
    expect(await t.ctx.database.db.select().from(organizations)).toHaveLength(1);
    expect(demoOrganizationLines().join('\n')).toContain(DEMO_ORGANIZATION.password);
    const browser = new TestBrowser(t.app);
    expect((await browser.post('/api/v1/sign-in', { authId: DEMO_ORGANIZATION.authId, password: DEMO_ORGANIZATION.password })).json()).toMatchObject({ next: 'SECOND_FACTOR' });
    t.clock.advance(30_000);
    const second = await browser.post('/api/v1/sign-in/second-factor', { code: totpCode(base32Decode(DEMO_ORGANIZATION.totpSecret), t.clock.now()) });
    expect(second.statusCode).toBe(200);
    expect((await browser.get('/api/v1/session')).json()).toMatchObject({ account: { kind: 'ORG_STAFF' } });
  });
});
