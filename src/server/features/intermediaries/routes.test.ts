import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appForSuite } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { accounts, intermediaryRegistrations } from '../../db/schema.js';
import { TestBrowser, auditActions, queuedMailTo, signedInBrowser, tokenFromMail } from '../accounts/test-support.js';
import { base32Decode, totpCode } from '../accounts/totp.js';

const PASSWORD = 'correct horse battery staple 42';
const LIST = '/api/v1/officer/intermediary-registrations';

describe.each(testBackends())('intermediary registration on %s', (backend) => {
  const t = appForSuite(backend);

  let counter = 0;
  function form(overrides: Record<string, unknown> = {}) {
    counter += 1;
    return {
      profession: 'LAWYER', fullName: '山田 太郎', fullNameKana: 'ヤマダ タロウ', email: `lawyer-${counter}-${backend}@example.test`, phone: '03-1234-5678',
      associationName: '第一東京弁護士会', registrationNumber: `１２３４${counter}`, officeName: '山田法律事務所', postalCode: '１００－０００１',
      prefectureCode: '13', officeAddress: '千代田区千代田１－１', termsAccepted: true, ...overrides,
    };
  }

  async function register(overrides: Record<string, unknown> = {}) {
    const body = form(overrides);
    const res = await new TestBrowser(t.app).post('/api/v1/intermediaries/registrations', body);
    expect(res.statusCode).toBe(201);
    const [row] = await t.ctx.database.db.select().from(intermediaryRegistrations).where(eq(intermediaryRegistrations.email, String(body.email)));
    if (!row) throw new Error('registration not stored');
    return { body, row };
  }

  const statusOf = async (id: string) => (await t.ctx.database.db.select().from(intermediaryRegistrations).where(eq(intermediaryRegistrations.id, id)))[0]?.status;

  it('R-AUTH-5 R-AUTH-6 registers, is approved by the office with jurisdiction, sets a password, gets the 認証ID, enrols TOTP at first sign-in', async () => {
    const { body, row } = await register();
    expect(row).toMatchObject({ status: 'PENDING', office: 'TOKYO', postalCode: '1000001', registrationNumber: `1234${counter}`, officeAddress: '千代田区千代田1-1' });
    expect((await queuedMailTo(t, String(body.email))).map((m) => m.subject)).toEqual(['申請等取次者の利用者登録の受付 / Your registration as an application agent is received']);
    const duplicate = await new TestBrowser(t.app).post('/api/v1/intermediaries/registrations', { ...form(), registrationNumber: row.registrationNumber });
    expect(duplicate.statusCode).toBe(409);

    const { browser: officer, seeded } = await signedInBrowser(t, { officerRole: 'USAGE_REVIEWER', office: 'TOKYO' });
    const list = await officer.get(LIST);
    expect(list.statusCode).toBe(200);
    expect(list.json().registrations.map((r: { id: string }) => r.id)).toContain(row.id);
    const approved = await officer.post(`${LIST}/${row.id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json().message.ja).toContain('承認しました');
    expect((await officer.post(`${LIST}/${row.id}/approve`)).statusCode).toBe(409);
    const [stored] = await t.ctx.database.db.select().from(intermediaryRegistrations).where(eq(intermediaryRegistrations.id, row.id));
    expect(stored).toMatchObject({ status: 'APPROVED', decidedBy: seeded.account.id });
    const [account] = await t.ctx.database.db.select().from(accounts).where(eq(accounts.id, stored?.accountId ?? ''));
    expect(account).toMatchObject({ kind: 'INTERMEDIARY', passwordHash: null, totpSecret: null });

    const approval = (await queuedMailTo(t, String(body.email)))[1];
    expect(approval?.subject).toContain('承認');
    expect(approval?.text).toMatch(/\/intermediaries\/password#token=/);
    expect(approval?.text).not.toContain(account?.authId ?? 'none');
    const token = tokenFromMail(approval?.text ?? '');
    expect((await new TestBrowser(t.app).post('/api/v1/intermediaries/password', { token, password: 'short' })).statusCode).toBe(422);
    expect((await new TestBrowser(t.app).post('/api/v1/intermediaries/password', { token, password: PASSWORD })).statusCode).toBe(200);
    expect((await new TestBrowser(t.app).post('/api/v1/intermediaries/password', { token, password: PASSWORD })).statusCode).toBe(404);
    const mails = await queuedMailTo(t, String(body.email));
    expect(mails.map((m) => m.subject)).toHaveLength(3);
    const authId = /([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/.exec(mails[2]?.text ?? '')?.[1]?.replaceAll('-', '') ?? '';
    expect(authId).toBe(account?.authId);

    const browser = new TestBrowser(t.app);
    expect((await browser.post('/api/v1/sign-in', { authId, password: PASSWORD })).json()).toEqual({ next: 'ENROL_SECOND_FACTOR' });
    const enrolment = (await browser.get('/api/v1/sign-in/second-factor/enrolment')).json();
    const code = totpCode(base32Decode(enrolment.secret), t.clock.now());
    expect((await browser.post('/api/v1/sign-in/second-factor/enrolment', { code })).json()).toMatchObject({ signedIn: true, stage: 'ACTIVE', account: { role: 'INTERMEDIARY' } });

    const actions = await auditActions(t);
    expect(actions.filter((a) => a.subjectId === row.id).map((a) => a.action)).toEqual(['intermediary.registered', 'intermediary.approved', 'intermediary.approve']); // the second approval is refused and audited
    expect(actions.filter((a) => a.subjectId === account?.id).map((a) => a.action)).toEqual(expect.arrayContaining(['account.created', 'password.set-link-issued', 'password.set', 'auth-id.issued', 'totp.enrolled']));
  });

  it('R-AUTH-5 rejection with a reason is emailed and audited; the registration can then be filed again', async () => {
    const { body, row } = await register({ profession: 'SCRIVENER', associationName: '大阪府行政書士会', prefectureCode: '27' });
    expect(row.office).toBe('OSAKA');
    const { browser: officer } = await signedInBrowser(t, { officerRole: 'USAGE_REVIEWER', office: 'OSAKA' });
    const empty = await officer.post(`${LIST}/${row.id}/reject`, { reason: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(await statusOf(row.id)).toBe('PENDING');
    expect((await officer.post(`${LIST}/${row.id}/reject`, { reason: '登録番号を確認できませんでした。' })).statusCode).toBe(200);
    expect(await statusOf(row.id)).toBe('REJECTED');
    const mails = await queuedMailTo(t, String(body.email));
    expect(mails[1]?.text).toContain('登録番号を確認できませんでした。');
    expect((await auditActions(t)).filter((a) => a.subjectId === row.id).map((a) => a.action)).toEqual(['intermediary.registered', 'intermediary.rejected']);
    expect((await new TestBrowser(t.app).post('/api/v1/intermediaries/registrations', { ...form(), profession: 'SCRIVENER', registrationNumber: row.registrationNumber })).statusCode).toBe(201);
  });

  it('another office, another role and anonymous callers are refused and nothing changes', async () => {
    const { body, row } = await register();
    const { browser: osaka } = await signedInBrowser(t, { officerRole: 'USAGE_REVIEWER', office: 'OSAKA' });
    expect((await osaka.get(LIST)).json().registrations.map((r: { id: string }) => r.id)).not.toContain(row.id);
    expect((await osaka.post(`${LIST}/${row.id}/approve`)).statusCode).toBe(404);
    expect((await osaka.post(`${LIST}/${row.id}/reject`, { reason: 'x' })).statusCode).toBe(404);
    const { browser: examiner } = await signedInBrowser(t, { officerRole: 'EXAMINER', office: 'TOKYO' });
    expect((await examiner.get(LIST)).statusCode).toBe(403);
    expect((await examiner.post(`${LIST}/${row.id}/approve`)).statusCode).toBe(403);
    const { browser: lawyer } = await signedInBrowser(t, { kind: 'INTERMEDIARY' });
    expect((await lawyer.post(`${LIST}/${row.id}/approve`)).statusCode).toBe(403);
    const anonymous = new TestBrowser(t.app);
    expect((await anonymous.get(LIST)).statusCode).toBe(401);
    expect((await anonymous.post(`${LIST}/${row.id}/approve`)).statusCode).toBe(401);
    expect(await statusOf(row.id)).toBe('PENDING');
    expect(await queuedMailTo(t, String(body.email))).toHaveLength(1);
    const denied = (await auditActions(t)).filter((a) => a.outcome === 'DENIED').map((a) => a.action);
    expect(denied).toEqual(expect.arrayContaining(['intermediary.approve', 'intermediary.reject', 'access.denied']));
  });

  it('validates with bilingual field messages, and refuses a post without the CSRF token', async () => {
    const res = await new TestBrowser(t.app).post('/api/v1/intermediaries/registrations', form({ phone: '12', postalCode: '12', prefectureCode: '99', registrationNumber: 'abc', termsAccepted: false }));
    expect(res.statusCode).toBe(400);
    const paths = (res.json().fields as { path: string; message: { ja: string; en: string } }[]).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['phone', 'postalCode', 'prefectureCode', 'registrationNumber', 'termsAccepted']));
    expect(res.json().fields[0].message.ja).toBeTruthy();
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/intermediaries/registrations', payload: form() });
    expect(noCsrf.statusCode).toBe(403);
  });
});
