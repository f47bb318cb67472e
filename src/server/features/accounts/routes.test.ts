import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { buildApp } from '../../app.js';
import { accounts, sessions } from '../../db/schema.js';
import { sha256Hex } from './tokens.js';
import { TestBrowser, auditActions, seedAccount, signIn, signedInBrowser, type SeededAccount } from './test-support.js';
import { base32Decode, totpCode } from './totp.js';

const MINUTE = 60_000;

describe.each(testBackends())('sign-in and sessions on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend, { RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(async () => t.close());

  async function attempt(authId: string, password: string, browser = new TestBrowser(t.app)) {
    return browser.post('/api/v1/sign-in', { authId, password });
  }

  /** Fails with a wrong password until `count` failures are recorded, waiting out each delay and lock like a patient attacker. */
  async function fail(authId: string, count: number): Promise<void> {
    let failures = 0;
    while (failures < count) {
      const res = await attempt(authId, 'wrong password guess');
      if (res.statusCode === 401) failures += 1;
      else if (res.statusCode === 429) t.clock.advance(res.json().retryAfterSeconds * 1000);
      else throw new Error(`unexpected ${res.statusCode} ${res.body}`);
    }
  }

  it('R-AUTH-6 R-AUTH-8 password then TOTP starts a session in a __Host- cookie; GET /session tells the account and deadlines', async () => {
    const seeded = await seedAccount(t, { officerRole: 'EXAMINER' });
    const browser = new TestBrowser(t.app);
    const first = await browser.post('/api/v1/sign-in', { authId: seeded.account.authId, password: seeded.password });
    expect(first.json()).toEqual({ next: 'SECOND_FACTOR' });
    expect((await browser.get('/api/v1/account')).statusCode).toBe(401); // the password alone is not a sign-in
    t.clock.advance(30_000);
    const second = await browser.post('/api/v1/sign-in/second-factor', { code: totpCode(seeded.totpSecret ?? Buffer.alloc(0), t.clock.now()) });
    expect(second.statusCode).toBe(200);
    const setCookie = String(second.headers['set-cookie']);
    expect(setCookie).toMatch(/__Host-session=[A-Za-z0-9_-]{43};/);
    for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Lax', 'Path=/']) expect(setCookie).toContain(attribute);
    const info = (await browser.get('/api/v1/session')).json();
    expect(info).toMatchObject({ signedIn: true, stage: 'ACTIVE', account: { role: 'EXAMINER', kind: 'OFFICER', office: 'TOKYO' }, idleTimeoutSeconds: 900 });
    expect(Date.parse(info.idleExpiresAt) - t.clock.now().getTime()).toBe(15 * MINUTE);
    expect(Date.parse(info.absoluteExpiresAt) - t.clock.now().getTime()).toBe(12 * 60 * MINUTE);
    expect(info.account.scopes).toContain('cases:examine');
    const stored = await t.ctx.database.db.select().from(sessions).where(eq(sessions.idHash, sha256Hex(browser.sessionCookie() ?? '')));
    expect(stored).toHaveLength(1); // only the hash of the cookie value is stored
    expect((await auditActions(t)).filter((a) => a.subjectId === seeded.account.id).map((a) => a.action)).toEqual(['sign-in.password', 'sign-in']);
  });

  it('R-AUTH-8 a new session id at every sign-in; the old one stops working (no fixation)', async () => {
    const { browser, seeded } = await signedInBrowser(t);
    const before = browser.sessionCookie();
    const attacker = new TestBrowser(t.app);
    attacker.cookies.set('__Host-session', before ?? '');
    await signIn(t, browser, seeded);
    expect(browser.sessionCookie()).not.toBe(before);
    expect((await browser.get('/api/v1/session')).json().signedIn).toBe(true);
    expect((await attacker.get('/api/v1/session')).json()).toEqual({ signedIn: false });
  });

  it('R-AUTH-8 a wrong password and an unknown 認証ID get the identical answer, both audited', async () => {
    const seeded = await seedAccount(t);
    const wrong = await attempt(seeded.account.authId, 'not the password at all');
    const unknown = await attempt('ABCD-EFGH-JKLM', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.body).toBe(wrong.body);
    expect(wrong.json().message.ja).toContain('認証IDまたはパスワード');
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const failures = (await auditActions(t)).filter((a) => a.action === 'sign-in.password' && a.outcome === 'FAILURE');
    expect(failures.slice(-2).map((a) => a.actorType)).toEqual(['ANONYMOUS', 'ANONYMOUS']);
    expect(failures.at(-2)?.subjectId).toBe(seeded.account.id);
  });

  it('R-AUTH-8 exponential delay, then a lock after 10 failures in 15 minutes (even for the right password), released after', async () => {
    const seeded = await seedAccount(t);
    for (let i = 0; i < 3; i += 1) expect((await attempt(seeded.account.authId, 'bad guess')).statusCode).toBe(401);
    const fourth = await attempt(seeded.account.authId, 'bad guess');
    const delayed = await attempt(seeded.account.authId, seeded.password);
    expect(fourth.statusCode).toBe(401);
    expect(delayed.statusCode).toBe(429);
    expect(delayed.json()).toMatchObject({ reason: 'DELAYED', retryAfterSeconds: 2 });
    await fail(seeded.account.authId, 6);
    const locked = await attempt(seeded.account.authId, seeded.password);
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ reason: 'LOCKED', message: { ja: expect.stringContaining('ロック'), en: expect.stringContaining('locked') } });
    await fail('ZZZZ-ZZZZ-ZZZZ', 10);
    const unknownLocked = await attempt('ZZZZ-ZZZZ-ZZZZ', 'anything at all');
    expect({ status: unknownLocked.statusCode, error: unknownLocked.json().error, reason: unknownLocked.json().reason, message: unknownLocked.json().message })
      .toEqual({ status: 429, error: locked.json().error, reason: 'LOCKED', message: locked.json().message });
    expect((await auditActions(t)).some((a) => a.action === 'account.locked' && a.subjectId === seeded.account.id)).toBe(true);
    t.clock.advance(15 * MINUTE + 1000);
    expect((await attempt(seeded.account.authId, seeded.password)).json()).toEqual({ next: 'SECOND_FACTOR' });
  });

  it('R-AUTH-8 disabled after 100 consecutive failures; known and unknown IDs answered alike', async () => {
    const seeded = await seedAccount(t);
    await fail(seeded.account.authId, 100);
    t.clock.advance(60 * MINUTE);
    const disabled = await attempt(seeded.account.authId, seeded.password);
    expect(disabled.statusCode).toBe(403);
    expect(disabled.json()).toMatchObject({ reason: 'DISABLED' });
    const [row] = await t.ctx.database.db.select().from(accounts).where(eq(accounts.id, seeded.account.id));
    expect(row).toMatchObject({ status: 'DISABLED', disabledReason: 'FAILED_ATTEMPTS' });
    await fail('YYYY-YYYY-YYYY', 100);
    t.clock.advance(60 * MINUTE);
    const unknown = await attempt('YYYY-YYYY-YYYY', 'anything at all');
    expect(unknown.statusCode).toBe(403);
    expect(unknown.body).toBe(disabled.body);
  }, 120_000);

  it('R-AUTH-8 per-address limit: 50 failures from one address in 15 minutes refuse that address, not others', async () => {
    const seeded = await seedAccount(t);
    const attacker = new TestBrowser(t.app, '192.168.77.7');
    for (let i = 0; i < 50; i += 1) {
      expect((await attacker.post('/api/v1/sign-in', { authId: `ADDR-${String(i).padStart(4, '0')}-XXXX`, password: 'spray' })).statusCode).toBe(401);
    }
    const refused = await attacker.post('/api/v1/sign-in', { authId: seeded.account.authId, password: seeded.password });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().message.en).toContain('your network');
    expect((await new TestBrowser(t.app, '192.168.77.8').post('/api/v1/sign-in', { authId: seeded.account.authId, password: seeded.password })).statusCode).toBe(200);
    t.clock.advance(15 * MINUTE + 1000);
    expect((await attacker.post('/api/v1/sign-in', { authId: seeded.account.authId, password: seeded.password })).statusCode).toBe(200);
  });

  it('R-AUTH-8 idle timeout: 15 minutes for officers, 30 for organisation staff; a timed-out session is 401 and audited', async () => {
    const officer = await signedInBrowser(t, { kind: 'OFFICER' });
    const staff = await signedInBrowser(t, { kind: 'ORG_STAFF' });
    t.clock.advance(15 * MINUTE + 1000);
    const expired = await officer.browser.get('/api/v1/account');
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ reason: 'IDLE_TIMEOUT', message: { ja: expect.stringContaining('ログアウト'), en: expect.stringContaining('signed out') } });
    expect((await staff.browser.get('/api/v1/account')).statusCode).toBe(200); // 15 min idle is fine for staff; this request extends it
    t.clock.advance(30 * MINUTE + 1000);
    expect((await staff.browser.get('/api/v1/account')).statusCode).toBe(401);
    const ended = (await auditActions(t)).filter((a) => a.action === 'session.ended').map((a) => a.subjectId);
    expect(ended).toEqual(expect.arrayContaining([officer.seeded.account.id, staff.seeded.account.id]));
  });

  it('R-ORG-3 an open session of organisation staff ends when its 認証ID expires, audited', async () => {
    const staff = await signedInBrowser(t, { kind: 'ORG_STAFF', authIdExpiresAt: new Date(t.clock.now().getTime() + 10 * MINUTE) });
    expect((await staff.browser.get('/api/v1/account')).statusCode).toBe(200);
    t.clock.advance(10 * MINUTE);
    expect((await staff.browser.get('/api/v1/account')).statusCode).toBe(401);
    const ended = (await auditActions(t)).filter((a) => a.action === 'session.ended' && a.subjectId === staff.seeded.account.id);
    expect(ended).toHaveLength(1);
  });

  it('R-AUTH-8 "continue" extends the idle deadline; GET /session does not; absolute timeout after 12 hours', async () => {
    const { browser } = await signedInBrowser(t, { kind: 'OFFICER' });
    t.clock.advance(14 * MINUTE);
    const polled = (await browser.get('/api/v1/session')).json();
    expect(Date.parse(polled.idleExpiresAt) - t.clock.now().getTime()).toBe(1 * MINUTE);
    const continued = (await browser.post('/api/v1/session/continue')).json();
    expect(Date.parse(continued.idleExpiresAt) - t.clock.now().getTime()).toBe(15 * MINUTE);
    for (let elapsed = 14; elapsed < 12 * 60 - 14; elapsed += 14) {
      t.clock.advance(14 * MINUTE);
      expect((await browser.post('/api/v1/session/continue')).statusCode).toBe(200);
    }
    t.clock.advance(15 * MINUTE);
    const res = await browser.post('/api/v1/session/continue');
    expect(res.statusCode).toBe(401);
    expect(res.json().reason).toBe('ABSOLUTE_TIMEOUT');
  });

  it('R-AUTH-6 a TOTP code is accepted once; a wrong code fails', async () => {
    const seeded = await seedAccount(t);
    const browser = new TestBrowser(t.app);
    await browser.post('/api/v1/sign-in', { authId: seeded.account.authId, password: seeded.password });
    const code = totpCode(seeded.totpSecret ?? Buffer.alloc(0), t.clock.now());
    expect((await browser.post('/api/v1/sign-in/second-factor', { code: code === '000000' ? '111111' : '000000' })).statusCode).toBe(401);
    expect((await browser.post('/api/v1/sign-in/second-factor', { code })).statusCode).toBe(200);
    await browser.post('/api/v1/sign-out');
    await browser.post('/api/v1/sign-in', { authId: seeded.account.authId, password: seeded.password });
    const replay = await browser.post('/api/v1/sign-in/second-factor', { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().message.en).toContain('already been used');
  });

  it('R-AUTH-6 first sign-in without a second factor requires TOTP enrolment before anything else', async () => {
    const seeded = await seedAccount(t, { kind: 'ORG_STAFF', withTotp: false });
    const browser = new TestBrowser(t.app);
    expect((await browser.post('/api/v1/sign-in', { authId: seeded.account.authId, password: seeded.password })).json()).toEqual({ next: 'ENROL_SECOND_FACTOR' });
    expect((await browser.get('/api/v1/account')).statusCode).toBe(401);
    const enrolment = (await browser.get('/api/v1/sign-in/second-factor/enrolment')).json();
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Zairyu%20Online:/);
    expect(enrolment.qrSvg).toContain('<svg');
    expect((await browser.post('/api/v1/sign-in/second-factor/enrolment', { code: '123456' })).statusCode).toBe(422);
    const code = totpCode(base32Decode(enrolment.secret), t.clock.now());
    expect((await browser.post('/api/v1/sign-in/second-factor/enrolment', { code })).json()).toMatchObject({ signedIn: true, stage: 'ACTIVE' });
    expect((await browser.get('/api/v1/account')).json().account.hasSecondFactor).toBe(true);
    expect((await auditActions(t)).some((a) => a.action === 'totp.enrolled' && a.subjectId === seeded.account.id)).toBe(true);
  });

  it('R-AUTH-6 R-ORG-3 an expired 認証ID and a card-only account are refused after the password', async () => {
    const expired = await seedAccount(t, { kind: 'ORG_STAFF', authIdExpiresAt: new Date(t.clock.now().getTime() - 1000) });
    expect((await attempt(expired.account.authId, expired.password)).json()).toMatchObject({ error: 'FORBIDDEN', reason: 'AUTH_ID_EXPIRED' });
    const individual = await seedAccount(t, { kind: 'INDIVIDUAL' });
    expect((await attempt(individual.account.authId, individual.password)).json()).toMatchObject({ error: 'FORBIDDEN', reason: 'USE_CARD' });
  });

  it('R-AUTH-8 sign-in without the CSRF token is refused and starts nothing', async () => {
    const seeded: SeededAccount = await seedAccount(t);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/sign-in', payload: { authId: seeded.account.authId, password: seeded.password } });
    expect(res.statusCode).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('sign-out ends the session on the server and is audited', async () => {
    const { browser, seeded } = await signedInBrowser(t);
    const cookie = browser.sessionCookie() ?? '';
    expect((await browser.post('/api/v1/sign-out')).json()).toEqual({ ok: true });
    const replay = await t.app.inject({ method: 'GET', url: '/api/v1/account', cookies: { '__Host-session': cookie } });
    expect(replay.statusCode).toBe(401);
    expect((await auditActions(t)).some((a) => a.action === 'sign-out' && a.subjectId === seeded.account.id)).toBe(true);
  });

  it('R-AUTH-8 sessions live in the database: a second app instance on the same database accepts the cookie', async () => {
    const { browser } = await signedInBrowser(t);
    const other = await buildApp(t.ctx);
    await other.ready();
    try {
      const res = await other.inject({ method: 'GET', url: '/api/v1/account', cookies: { '__Host-session': browser.sessionCookie() ?? '' } });
      expect(res.statusCode).toBe(200);
    } finally {
      await other.close();
    }
  });
});
