import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { accounts } from '../../db/schema.js';
import { formatAuthId } from '../../../domain/auth/auth-id.js';
import { TestBrowser, auditActions, queuedMailTo, seedAccount, signIn, signedInBrowser, tokenFromMail } from './test-support.js';
import { base32Decode, totpCode } from './totp.js';

const MINUTE = 60_000;
const NEW_PASSWORD = 'a brand new passphrase for the bureau 2026';

describe.each(testBackends())('account page and recovery on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend, { RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(async () => t.close());

  async function passwordHashOf(id: string): Promise<string | null> {
    const [row] = await t.ctx.database.db.select().from(accounts).where(eq(accounts.id, id));
    return row?.passwordHash ?? null;
  }

  it('R-AUTH-8 anonymous callers are refused on every account route and nothing changes', async () => {
    const seeded = await seedAccount(t);
    const before = await passwordHashOf(seeded.account.id);
    const anonymous = new TestBrowser(t.app);
    const calls: [string, string, unknown][] = [
      ['GET', '/api/v1/account', undefined],
      ['POST', '/api/v1/account/reauthenticate', { password: seeded.password }],
      ['POST', '/api/v1/account/password', { newPassword: NEW_PASSWORD }],
      ['POST', '/api/v1/account/email', { email: 'new@example.test' }],
      ['POST', '/api/v1/account/second-factor/enrolment', {}],
      ['POST', '/api/v1/account/second-factor', { code: '123456' }],
      ['POST', '/api/v1/session/continue', {}],
    ];
    for (const [method, url, payload] of calls) {
      const res = await anonymous.request({ method, url, payload: payload as Record<string, unknown> | undefined });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().message).toEqual({ ja: 'ログインしてください。', en: 'Please sign in.' });
    }
    expect(await passwordHashOf(seeded.account.id)).toBe(before);
  });

  it('R-AUTH-8 the account page shows the account and its recent sign-ins (time, address, outcome)', async () => {
    const seeded = await seedAccount(t, { kind: 'INTERMEDIARY' });
    await new TestBrowser(t.app).post('/api/v1/sign-in', { authId: seeded.account.authId, password: 'a wrong password' });
    const browser = new TestBrowser(t.app);
    await signIn(t, browser, seeded);
    const page = (await browser.get('/api/v1/account')).json();
    expect(page.account).toMatchObject({ kind: 'INTERMEDIARY', hasSecondFactor: true, email: seeded.account.email });
    expect(page.account.authId).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(page.recentSignIns.map((s: { step: string; outcome: string }) => `${s.step}:${s.outcome}`)).toEqual(['SECOND_FACTOR:SUCCESS', 'PASSWORD:FAILURE']);
    expect(page.recentSignIns[0].ipAddress).toBe('127.0.0.1');
  });

  it('R-AUTH-8 changing the password needs a recent re-authentication; then other sessions end and a notice is mailed', async () => {
    const { browser, seeded } = await signedInBrowser(t);
    const other = new TestBrowser(t.app);
    await signIn(t, other, seeded);
    t.clock.advance(5 * MINUTE + 1000);
    const refused = await browser.post('/api/v1/account/password', { newPassword: NEW_PASSWORD });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ reason: 'REAUTHENTICATION_REQUIRED', message: { ja: expect.stringContaining('パスワードをもう一度') } });
    const before = await passwordHashOf(seeded.account.id);
    expect((await browser.post('/api/v1/account/reauthenticate', { password: 'not it' })).statusCode).toBe(401);
    expect(await passwordHashOf(seeded.account.id)).toBe(before);
    expect((await browser.post('/api/v1/account/reauthenticate', { password: seeded.password })).statusCode).toBe(200);
    const weak = await browser.post('/api/v1/account/password', { newPassword: 'password1234' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().reasons).toEqual(['BREACHED']);
    expect((await browser.post('/api/v1/account/password', { newPassword: 'x'.repeat(129) })).json().reasons).toEqual(['TOO_LONG']);
    expect((await browser.post('/api/v1/account/password', { newPassword: NEW_PASSWORD })).statusCode).toBe(200);
    expect(await passwordHashOf(seeded.account.id)).not.toBe(before);
    expect((await other.get('/api/v1/account')).statusCode).toBe(401);
    expect((await browser.get('/api/v1/account')).statusCode).toBe(200);
    expect((await queuedMailTo(t, seeded.account.email)).at(-1)?.text).toContain('パスワードが変更されました');
    expect((await auditActions(t)).filter((a) => a.subjectId === seeded.account.id).map((a) => a.action)).toEqual(
      expect.arrayContaining(['sign-in.reauthentication', 'reauthentication', 'password.changed']),
    );
  });

  it('R-AUTH-8 changing the email: re-authentication, a single-use link to the new address, then the change', async () => {
    const { browser, seeded } = await signedInBrowser(t, { kind: 'ORG_STAFF' });
    expect((await browser.post('/api/v1/account/email', { email: 'New.Address@Example.test' })).statusCode).toBe(200); // sign-in was just now
    const [mail] = await queuedMailTo(t, 'new.address@example.test');
    expect(mail?.text).toContain('/account/email/confirm#token=');
    const token = tokenFromMail(mail?.text ?? '');
    expect((await new TestBrowser(t.app).post('/api/v1/account/email/confirm', { token })).statusCode).toBe(200);
    expect((await browser.get('/api/v1/account')).json().account.email).toBe('new.address@example.test');
    expect((await new TestBrowser(t.app).post('/api/v1/account/email/confirm', { token })).statusCode).toBe(404);
    expect((await queuedMailTo(t, seeded.account.email)).at(-1)?.text).toContain('メールアドレスが変更されました');
  });

  it('R-AUTH-8 replacing the second factor after re-authentication; the old authenticator stops working', async () => {
    const { browser, seeded } = await signedInBrowser(t);
    const enrolment = (await browser.post('/api/v1/account/second-factor/enrolment')).json();
    t.clock.advance(30_000);
    expect((await browser.post('/api/v1/account/second-factor', { code: totpCode(base32Decode(enrolment.secret), t.clock.now()) })).statusCode).toBe(200);
    await browser.post('/api/v1/sign-out');
    t.clock.advance(30_000);
    await browser.post('/api/v1/sign-in', { authId: seeded.account.authId, password: seeded.password });
    expect((await browser.post('/api/v1/sign-in/second-factor', { code: totpCode(seeded.totpSecret ?? Buffer.alloc(0), t.clock.now()) })).statusCode).toBe(401);
    expect((await browser.post('/api/v1/sign-in/second-factor', { code: totpCode(base32Decode(enrolment.secret), t.clock.now()) })).statusCode).toBe(200);
    expect((await auditActions(t)).some((a) => a.action === 'totp.changed' && a.subjectId === seeded.account.id)).toBe(true);
  });

  it('R-AUTH-7 forgot password: the same answer for known and unknown addresses; a single-use 30-minute link', async () => {
    const seeded = await seedAccount(t, { email: 'officer.forgetful@example.test' });
    const known = await new TestBrowser(t.app).post('/api/v1/password/forgot', { email: 'Officer.Forgetful@example.test' });
    const unknown = await new TestBrowser(t.app).post('/api/v1/password/forgot', { email: 'nobody@example.test' });
    expect(known.statusCode).toBe(200);
    expect(unknown.body).toBe(known.body);
    expect(await queuedMailTo(t, 'nobody@example.test')).toEqual([]);
    const mail = (await queuedMailTo(t, seeded.account.email)).at(-1);
    expect(mail?.text).toMatch(/\/password\/reset#token=/);
    expect(mail?.text).not.toMatch(/\?token=/);
    const token = tokenFromMail(mail?.text ?? '');
    const info = (await new TestBrowser(t.app).post('/api/v1/password/link', { token })).json();
    expect(info).toMatchObject({ purpose: 'PASSWORD_RESET', minLength: 12 });
    const short = await new TestBrowser(t.app).post('/api/v1/password/complete', { token, password: 'elevenchars' });
    expect(short.json().reasons).toEqual(['TOO_SHORT']);
    expect((await new TestBrowser(t.app).post('/api/v1/password/complete', { token, password: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await new TestBrowser(t.app).post('/api/v1/password/complete', { token, password: `${NEW_PASSWORD}!` })).json()).toMatchObject({ error: 'NOT_FOUND', reason: 'INVALID_LINK' });
    expect((await new TestBrowser(t.app).post('/api/v1/sign-in', { authId: seeded.account.authId, password: NEW_PASSWORD })).statusCode).toBe(200);
    await new TestBrowser(t.app).post('/api/v1/password/forgot', { email: seeded.account.email });
    const late = tokenFromMail((await queuedMailTo(t, seeded.account.email)).at(-1)?.text ?? '');
    t.clock.advance(30 * MINUTE + 1000);
    expect((await new TestBrowser(t.app).post('/api/v1/password/complete', { token: late, password: NEW_PASSWORD })).statusCode).toBe(404);
    expect((await auditActions(t)).filter((a) => a.subjectId === seeded.account.id).map((a) => a.action)).toContain('password.reset');
  });

  it('R-AUTH-7 R-AUTH-8 a password reset re-enables an ID disabled by failed attempts', async () => {
    const seeded = await seedAccount(t, { email: 'disabled.one@example.test' });
    await t.ctx.database.db.update(accounts).set({ status: 'DISABLED', disabledReason: 'FAILED_ATTEMPTS' }).where(eq(accounts.id, seeded.account.id));
    await new TestBrowser(t.app).post('/api/v1/password/forgot', { email: seeded.account.email });
    const token = tokenFromMail((await queuedMailTo(t, seeded.account.email)).at(-1)?.text ?? '');
    expect((await new TestBrowser(t.app).post('/api/v1/password/complete', { token, password: NEW_PASSWORD })).statusCode).toBe(200);
    const [row] = await t.ctx.database.db.select().from(accounts).where(eq(accounts.id, seeded.account.id));
    expect(row).toMatchObject({ status: 'ACTIVE', disabledReason: null });
  });

  it('R-AUTH-7 a forgotten 認証ID is mailed to the registered address; unknown addresses get the same answer and no mail', async () => {
    const first = await seedAccount(t, { kind: 'ORG_STAFF', email: 'support.staff@example.test' });
    const second = await seedAccount(t, { kind: 'ORG_STAFF', email: 'support.staff@example.test' });
    const known = await new TestBrowser(t.app).post('/api/v1/auth-id/forgot', { email: 'support.staff@example.test' });
    const unknown = await new TestBrowser(t.app).post('/api/v1/auth-id/forgot', { email: 'nobody.else@example.test' });
    expect(unknown.body).toBe(known.body);
    const [mail] = await queuedMailTo(t, 'support.staff@example.test');
    expect(mail?.text).toContain(formatAuthId(first.account.authId));
    expect(mail?.text).toContain(formatAuthId(second.account.authId));
    expect(await queuedMailTo(t, 'nobody.else@example.test')).toEqual([]);
  });
});
