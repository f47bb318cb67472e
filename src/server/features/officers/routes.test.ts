import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { OFFICER_ROLES } from '../../../domain/auth/roles.js';
import { accounts } from '../../db/schema.js';
import { TestBrowser, auditActions, queuedMailTo, signedInBrowser, tokenFromMail } from '../accounts/test-support.js';
import { base32Decode, totpCode } from '../accounts/totp.js';

describe.each(testBackends())('officer administration on %s', (backend) => {
  let t: TestApp;
  let admin: TestBrowser;
  beforeAll(async () => {
    t = await startTestApp(backend, { RATE_LIMIT_PER_MINUTE: '100000' });
    admin = (await signedInBrowser(t, { officerRole: 'ADMINISTRATOR' })).browser;
  });
  afterAll(async () => t.close());

  const newOfficer = (overrides: Record<string, unknown> = {}) => ({
    idempotencyKey: randomUUID(), displayName: '入管 太郎', email: `officer-${randomUUID()}@isa.example.test`, role: 'EXAMINER', office: 'TOKYO', ...overrides,
  });

  async function officerCount(): Promise<number> {
    return (await t.ctx.database.db.select().from(accounts).where(eq(accounts.kind, 'OFFICER'))).length;
  }

  it('R-EXAM-1 R-AUTH-6 an administrator creates an officer, who sets a password from the mailed link, enrols TOTP and signs in', async () => {
    const body = newOfficer({ role: 'ISSUANCE_CLERK', office: 'ODAIBA' });
    const res = await admin.post('/api/v1/admin/officers', body);
    expect(res.statusCode).toBe(201);
    const officer = res.json();
    expect(officer).toMatchObject({ role: 'ISSUANCE_CLERK', office: 'ODAIBA', hasPassword: false, hasSecondFactor: false, status: 'ACTIVE' });
    expect((await auditActions(t)).find((a) => a.action === 'officer.created' && a.subjectId === officer.id)).toMatchObject({ actorType: 'ADMIN', outcome: 'SUCCESS', ipAddress: '127.0.0.1' });
    const [mail] = await queuedMailTo(t, body.email);
    expect(mail?.text).toContain(officer.authId);
    expect(mail?.text).toContain('/password/set#token=');
    const token = tokenFromMail(mail?.text ?? '');
    const visitor = new TestBrowser(t.app);
    expect((await visitor.post('/api/v1/password/link', { token })).json()).toMatchObject({ purpose: 'PASSWORD_SET', minLength: 12, authId: officer.authId });
    expect((await visitor.post('/api/v1/password/complete', { token, password: 'eleven char' })).json().reasons).toEqual(['TOO_SHORT']);
    const password = 'stamps, envelopes and a long shift';
    expect((await visitor.post('/api/v1/password/complete', { token, password })).statusCode).toBe(200);
    expect((await visitor.post('/api/v1/sign-in', { authId: officer.authId, password })).json()).toEqual({ next: 'ENROL_SECOND_FACTOR' });
    const { secret } = (await visitor.get('/api/v1/sign-in/second-factor/enrolment')).json();
    const session = (await visitor.post('/api/v1/sign-in/second-factor/enrolment', { code: totpCode(base32Decode(secret), t.clock.now()) })).json();
    expect(session).toMatchObject({ signedIn: true, account: { role: 'ISSUANCE_CLERK', office: 'ODAIBA' }, idleTimeoutSeconds: 900 });
    expect(session.account.scopes).toContain('cases:issue');
  });

  it('a retry with the same idempotency key returns the first officer and creates nothing more', async () => {
    const body = newOfficer();
    const first = await admin.post('/api/v1/admin/officers', body);
    const count = await officerCount();
    const retry = await admin.post('/api/v1/admin/officers', body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
    expect(await officerCount()).toBe(count);
    expect(await queuedMailTo(t, body.email)).toHaveLength(1);
  });

  it('an email already used by an officer is a 409; an unknown role or office is a 400', async () => {
    const body = newOfficer();
    await admin.post('/api/v1/admin/officers', body);
    const count = await officerCount();
    expect((await admin.post('/api/v1/admin/officers', newOfficer({ email: body.email.toUpperCase() }))).statusCode).toBe(409);
    expect((await admin.post('/api/v1/admin/officers', newOfficer({ role: 'KING' }))).statusCode).toBe(400);
    expect((await admin.post('/api/v1/admin/officers', newOfficer({ office: 'ATLANTIS' }))).statusCode).toBe(400);
    expect(await officerCount()).toBe(count);
  });

  it('the administrator lists officers', async () => {
    const res = await admin.get('/api/v1/admin/officers');
    expect(res.statusCode).toBe(200);
    expect(res.json().officers.length).toBeGreaterThan(1);
  });

  it('R-EXAM-1 anonymous callers get 401 and nothing changes', async () => {
    const count = await officerCount();
    const anonymous = new TestBrowser(t.app);
    const created = await anonymous.post('/api/v1/admin/officers', newOfficer());
    expect(created.statusCode).toBe(401);
    expect(created.json().message.en).toBe('Please sign in.');
    expect((await anonymous.get('/api/v1/admin/officers')).statusCode).toBe(401);
    expect(await officerCount()).toBe(count);
  });

  const otherRoles = [
    ...OFFICER_ROLES.filter((r) => r !== 'ADMINISTRATOR').map((role) => ({ kind: 'OFFICER' as const, officerRole: role })),
    { kind: 'ORG_STAFF' as const }, { kind: 'INTERMEDIARY' as const },
  ];
  it.each(otherRoles)('R-EXAM-1 a %o caller gets 403 (audited) and nothing changes', async (caller) => {
    const { browser, seeded } = await signedInBrowser(t, caller);
    const count = await officerCount();
    const res = await browser.post('/api/v1/admin/officers', newOfficer({ role: 'ADMINISTRATOR' }));
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toEqual({ ja: 'この操作を行う権限がありません。', en: 'You do not have permission to do this.' });
    expect((await browser.get('/api/v1/admin/officers')).statusCode).toBe(403);
    expect(await officerCount()).toBe(count);
    const denied = (await auditActions(t)).filter((a) => a.action === 'access.denied' && a.subjectId === seeded.account.id);
    expect(denied.map((a) => a.outcome)).toEqual(['DENIED', 'DENIED']);
  });
});
