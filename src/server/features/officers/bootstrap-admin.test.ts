import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { TestBrowser, auditActions, tokenFromMail } from '../accounts/test-support.js';
import { base32Decode, totpCode } from '../accounts/totp.js';
import { createAdministrator } from './bootstrap-admin.js';
import { DEMO_OFFICERS, DEMO_OFFICER_PASSWORD, seedDemoOfficers } from './demo-officers.js';

describe('bootstrap administrator and demo officers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(async () => t.close());

  const deps = () => ({ db: t.ctx.database.db, clock: t.clock, config: t.ctx.config });

  it('npm run admin:create issues a single-use password-set link (token in the fragment) for a new administrator', async () => {
    const { authId, link } = await createAdministrator(deps(), { email: 'root@isa.example.test', displayName: 'Root Admin', office: 'TOKYO' });
    expect(authId).toMatch(/^.{4}-.{4}-.{4}$/);
    expect(link).toMatch(/^http:\/\/localhost:3000\/password\/set#token=/);
    const browser = new TestBrowser(t.app);
    expect((await browser.post('/api/v1/password/complete', { token: tokenFromMail(link ?? ''), password: 'a long administrator passphrase' })).statusCode).toBe(200);
    expect((await browser.post('/api/v1/sign-in', { authId, password: 'a long administrator passphrase' })).json()).toEqual({ next: 'ENROL_SECOND_FACTOR' });
    expect((await auditActions(t)).some((a) => a.action === 'officer.created' && a.actorType === 'SYSTEM')).toBe(true);
  });

  it('with --password-stdin the password must follow the officers\' rules (12 characters)', async () => {
    await expect(createAdministrator(deps(), { email: 'r2@isa.example.test', displayName: 'R2', office: 'TOKYO', password: 'short pass' })).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    expect((await createAdministrator(deps(), { email: 'r3@isa.example.test', displayName: 'R3', office: 'OSAKA', password: 'twelve chars and more' })).link).toBeNull();
  });

  it('demo officers: one per role, seeded once, each signs in with the known password and TOTP secret', async () => {
    expect(await seedDemoOfficers(t.ctx)).toBe(7);
    expect(await seedDemoOfficers(t.ctx)).toBe(0);
    expect(new Set(DEMO_OFFICERS.map((d) => d.role)).size).toBe(7);
    for (const demo of DEMO_OFFICERS) {
      const browser = new TestBrowser(t.app);
      expect((await browser.post('/api/v1/sign-in', { authId: demo.authId, password: DEMO_OFFICER_PASSWORD })).json()).toEqual({ next: 'SECOND_FACTOR' });
      const session = await browser.post('/api/v1/sign-in/second-factor', { code: totpCode(base32Decode(demo.totpSecret), t.clock.now()) });
      expect(session.json().account).toMatchObject({ role: demo.role, office: demo.office });
    }
  });
});
