import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { accounts, auditLog, cardChecks, individualProfiles } from '../../db/schema.js';
import { sha256Hex } from '../accounts/tokens.js';
import { TestBrowser, auditActions, queuedMailTo, tokenFromMail } from '../accounts/test-support.js';
import { FACTS, cardReadBody, cardSignInBody, challenge, issueTestCard, readCard } from './test-support.js';

const PASSWORD = 'correct horse battery staple 42';

describe.each(testBackends())('individual registration and card sign-in on %s', (backend) => {
  let t: TestApp;
  let caDir: string;
  beforeAll(async () => {
    caDir = await mkdtemp(join(tmpdir(), 'registration-ca-'));
    t = await startTestApp(backend, { RATE_LIMIT_PER_MINUTE: '100000', JPKI_DEV_CA_DIR: caDir });
  });
  afterAll(async () => {
    await t.close();
    await rm(caDir, { recursive: true, force: true });
  });

  let emailCounter = 0;
  /** Reads the card, registers, sets the password from the approval mail; returns the 認証ID from the second mail. */
  async function registerAndActivate(card: Awaited<ReturnType<typeof issueTestCard>>) {
    const email = `person-${(emailCounter += 1)}-${backend}@example.test`;
    const browser = new TestBrowser(t.app);
    const read = await readCard(browser, card);
    expect(read.statusCode).toBe(200);
    const registered = await browser.post('/api/v1/registration', { checkId: read.json().checkId, userType: 'SELF', email, termsAccepted: true });
    expect(registered.statusCode).toBe(201);
    const [approval] = await queuedMailTo(t, email);
    const set = await new TestBrowser(t.app).post('/api/v1/registration/password', { token: tokenFromMail(approval?.text ?? ''), password: PASSWORD });
    expect(set.statusCode).toBe(200);
    const mails = await queuedMailTo(t, email);
    const authId = /([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/.exec(mails[1]?.text ?? '')?.[1]?.replaceAll('-', '') ?? '';
    return { email, authId, mails };
  }

  it('R-AUTH-1 R-AUTH-2 R-AUTH-4 the card gives the facts; registration mails the approval link, then the 認証ID; audited without the facts', async () => {
    const card = await issueTestCard(t);
    const browser = new TestBrowser(t.app);
    expect((await browser.get('/api/v1/jpki/client')).json()).toEqual({ kind: 'software-card' });
    const read = await readCard(browser, card);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ kind: 'NEW', facts: FACTS });
    // The facts cannot be typed over: a request carrying any of them is refused, and nothing is created.
    const typedOver = await browser.post('/api/v1/registration', { checkId: read.json().checkId, userType: 'SELF', email: 'x@example.test', termsAccepted: true, name: 'SOMEONE ELSE' });
    expect(typedOver.statusCode).toBe(400);
    const noTerms = await browser.post('/api/v1/registration', { checkId: read.json().checkId, userType: 'SELF', email: 'x@example.test', termsAccepted: false });
    expect(noTerms.statusCode).toBe(422);
    expect(noTerms.json().message.en).toMatch(/terms/);
    // Another browser cannot use this browser's card read.
    const other = await new TestBrowser(t.app).post('/api/v1/registration', { checkId: read.json().checkId, userType: 'SELF', email: 'x@example.test', termsAccepted: true });
    expect(other.statusCode).toBe(404);
    expect(await queuedMailTo(t, 'x@example.test')).toEqual([]);

    const email = `first-${backend}@example.test`;
    const registered = await browser.post('/api/v1/registration', { checkId: read.json().checkId, userType: 'RELATIVE', relationship: '子', email, termsAccepted: true });
    expect(registered.statusCode).toBe(201);
    expect(registered.json().message.ja).toContain('利用者登録を受け付けました');
    const [account] = await t.ctx.database.db.select().from(accounts).where(eq(accounts.email, email));
    const [profile] = await t.ctx.database.db.select().from(individualProfiles).where(eq(individualProfiles.accountId, account?.id ?? ''));
    expect(profile).toMatchObject({ status: 'PENDING', userType: 'RELATIVE', relationship: '子', facts: FACTS });
    // The same card read cannot register twice.
    expect((await browser.post('/api/v1/registration', { checkId: read.json().checkId, userType: 'SELF', email, termsAccepted: true })).statusCode).toBe(404);

    const [approval] = await queuedMailTo(t, email);
    expect(approval?.subject).toBe('利用者登録の承認 / Your registration is approved');
    expect(approval?.text).toMatch(/\/register\/password#token=/);
    expect(approval?.text).not.toMatch(/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/); // the 認証ID comes after the password
    const token = tokenFromMail(approval?.text ?? '');
    expect((await new TestBrowser(t.app).post('/api/v1/registration/password', { token, password: 'short' })).statusCode).toBe(422);
    expect((await new TestBrowser(t.app).post('/api/v1/registration/password', { token, password: PASSWORD })).statusCode).toBe(200);
    expect((await new TestBrowser(t.app).post('/api/v1/registration/password', { token, password: PASSWORD })).statusCode).toBe(404); // single use
    const mails = await queuedMailTo(t, email);
    expect(mails.map((m) => m.subject)).toEqual(['利用者登録の承認 / Your registration is approved', '認証IDのお知らせ / Your 認証ID']);
    const [active] = await t.ctx.database.db.select().from(individualProfiles).where(eq(individualProfiles.accountId, profile?.accountId ?? ''));
    expect(active?.status).toBe('ACTIVE');

    const actions = (await auditActions(t)).filter((a) => a.subjectId === profile?.accountId).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['registration.created', 'registration.approved', 'password.set-link-issued', 'password.set', 'auth-id.issued']));
    const details = JSON.stringify(await t.ctx.database.db.select().from(auditLog));
    for (const fact of [FACTS.name, FACTS.address, FACTS.dateOfBirth]) expect(details).not.toContain(fact);
  });

  it('R-AUTH-2 a replayed nonce, a nonce from another browser and a LOGIN nonce are refused with ja/en messages', async () => {
    const card = await issueTestCard(t);
    const browser = new TestBrowser(t.app);
    const body = await cardReadBody(card, await challenge(browser, 'REGISTRATION'));
    expect((await browser.post('/api/v1/registration/card', body)).statusCode).toBe(200);
    const replay = await browser.post('/api/v1/registration/card', body);
    expect(replay.statusCode).toBe(422);
    expect(replay.json()).toMatchObject({ reason: 'NONCE_REPLAYED' });
    expect(replay.json().message.ja).toBeTruthy();
    const stranger = await new TestBrowser(t.app).post('/api/v1/registration/card', await cardReadBody(card, await challenge(browser, 'REGISTRATION')));
    expect(stranger.json()).toMatchObject({ reason: 'NONCE_WRONG_SESSION' });
    const login = await browser.post('/api/v1/registration/card', await cardReadBody(card, await challenge(browser, 'LOGIN')));
    expect(login.json()).toMatchObject({ reason: 'NONCE_WRONG_PURPOSE' });
    expect((await auditActions(t)).filter((a) => a.action === 'registration.card-check' && a.outcome === 'DENIED').length).toBeGreaterThanOrEqual(3);
  });

  it('R-AUTH-4 a registered card is refused as a duplicate; a renewed card of the same person is re-bound with password + emailed code', async () => {
    const renewalFacts = { ...FACTS, name: `RENEW ${backend}`.toUpperCase() };
    const card = await issueTestCard(t, renewalFacts);
    const { email, authId } = await registerAndActivate(card);
    const duplicate = await readCard(new TestBrowser(t.app), card);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ reason: 'CARD_ALREADY_REGISTERED', message: { ja: expect.stringContaining('既に利用者登録'), en: expect.stringContaining('already registered') } });

    const renewed = await issueTestCard(t, { ...renewalFacts, address: '大阪府大阪市中央区大手前二丁目1番22号' });
    const browser = new TestBrowser(t.app);
    const read = await readCard(browser, renewed);
    expect(read.json()).toMatchObject({ kind: 'RENEWAL' });
    const checkId = String(read.json().checkId);
    expect((await browser.post('/api/v1/registration', { checkId, userType: 'SELF', email: 'dup@example.test', termsAccepted: true })).json()).toMatchObject({ reason: 'RENEWAL_REQUIRED' });
    expect((await browser.post('/api/v1/registration/renewal/start', { checkId, authId, password: 'wrong password here' })).statusCode).toBe(401);
    expect((await browser.post('/api/v1/registration/renewal/start', { checkId, authId, password: PASSWORD })).statusCode).toBe(200);
    const codeMail = (await queuedMailTo(t, email)).at(-1);
    const code = /(\d{6})/.exec(codeMail?.text ?? '')?.[1] ?? '';
    expect((await browser.post('/api/v1/registration/renewal/complete', { checkId, code: code === '000000' ? '111111' : '000000' })).statusCode).toBe(422);
    expect((await browser.post('/api/v1/registration/renewal/complete', { checkId, code })).statusCode).toBe(200);

    // The old card no longer signs in; the new one does.
    const old = await browser.post('/api/v1/sign-in/card', await cardSignInBody(browser, card, authId, PASSWORD));
    expect(old.json()).toMatchObject({ reason: 'WRONG_CARD' });
    expect((await browser.post('/api/v1/sign-in/card', await cardSignInBody(browser, renewed, authId, PASSWORD))).statusCode).toBe(200);
    expect((await auditActions(t)).some((a) => a.action === 'card.rebind' && a.outcome === 'SUCCESS')).toBe(true);
  });

  it('R-AUTH-6 R-AUTH-8 card + 認証ID + password signs in (applicant idle 30 min); wrong card, unknown ID and wrong password are refused', async () => {
    const card = await issueTestCard(t, { ...FACTS, name: `SIGNIN ${backend}`.toUpperCase() });
    const { authId } = await registerAndActivate(card);
    const otherCard = await issueTestCard(t, { ...FACTS, name: `OTHER ${backend}`.toUpperCase() });

    const stranger = new TestBrowser(t.app);
    const unknown = await stranger.post('/api/v1/sign-in/card', await cardSignInBody(stranger, card, 'ZZZZZZZZZZZZ', PASSWORD));
    const wrongPassword = await stranger.post('/api/v1/sign-in/card', await cardSignInBody(stranger, card, authId, 'not the password at all'));
    expect(unknown.statusCode).toBe(401);
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknown.json().message).toEqual(wrongPassword.json().message); // no enumeration
    const wrongCard = await stranger.post('/api/v1/sign-in/card', await cardSignInBody(stranger, otherCard, authId, PASSWORD));
    expect(wrongCard.statusCode).toBe(403);
    expect(wrongCard.json()).toMatchObject({ reason: 'WRONG_CARD' });
    expect(stranger.sessionCookie()).toBeUndefined();
    // A nonce from another browser does not sign in.
    const body = await cardSignInBody(stranger, card, authId, PASSWORD);
    expect((await new TestBrowser(t.app).post('/api/v1/sign-in/card', body)).json()).toMatchObject({ reason: 'NONCE_WRONG_SESSION' });

    const browser = new TestBrowser(t.app);
    const ok = await browser.post('/api/v1/sign-in/card', await cardSignInBody(browser, card, authId, PASSWORD));
    expect(ok.statusCode).toBe(200);
    const info = (await browser.get('/api/v1/session')).json();
    expect(info).toMatchObject({ signedIn: true, stage: 'ACTIVE', account: { kind: 'INDIVIDUAL', role: 'INDIVIDUAL' }, idleTimeoutSeconds: 1800 });
    expect((await auditActions(t)).some((a) => a.action === 'sign-in' && a.subjectId === info.account.id)).toBe(true);
    // The individual cannot use the password-only sign-in.
    expect((await new TestBrowser(t.app).post('/api/v1/sign-in', { authId, password: PASSWORD })).json()).toMatchObject({ reason: 'USE_CARD' });
  });

  it('expired card reads are deleted when a later card is read', async () => {
    const browser = new TestBrowser(t.app);
    const read = await readCard(browser, await issueTestCard(t, { ...FACTS, name: `PURGE ${backend}`.toUpperCase() }));
    const idHash = sha256Hex(String(read.json().checkId));
    t.clock.advance(2 * 60 * 60_000);
    await readCard(new TestBrowser(t.app), await issueTestCard(t, { ...FACTS, name: `PURGE TWO ${backend}`.toUpperCase() }));
    expect(await t.ctx.database.db.select().from(cardChecks).where(eq(cardChecks.idHash, idHash))).toEqual([]);
  });

  it('anonymous callers without a card challenge are refused and nothing is created', async () => {
    const anonymous = new TestBrowser(t.app);
    const before = (await t.ctx.database.db.select().from(individualProfiles)).length;
    const noCheck = await anonymous.post('/api/v1/registration', { checkId: 'made-up-check-id-000000000000000000000000', userType: 'SELF', email: 'a@example.test', termsAccepted: true });
    expect(noCheck.statusCode).toBe(404);
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/jpki/challenge', payload: { purpose: 'LOGIN' } });
    expect(noCsrf.statusCode).toBe(403);
    expect((await t.ctx.database.db.select().from(individualProfiles)).length).toBe(before);
  });
});
