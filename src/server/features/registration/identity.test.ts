import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { auditLog, individualProfiles } from '../../db/schema.js';
import { TestBrowser, queuedMailTo } from '../accounts/test-support.js';
import { ORGANIZATION_EXTENSION_WITH_REENTRY } from '../applications/test-answers.js';
import { completeDraft, submit } from '../applications/test-flows.js';
import { individualFiler, intermediaryFiler, organization, testStorageEnv, type TestFiler } from '../applications/test-support.js';

const MORNING = new Date('2026-11-23T01:00:00Z'); // 10:00 JST
const URL = '/api/v1/account/identity';
const FILED_IN_YOUR_NAME = 'あなたを申請人とする申請が行われました / An application was filed in your name';

/** A filing for a person with no application of their own, with the card number and passport given; an intermediary states no relation to an organisation. */
function filingFor(person: { card: string; nationality: string; passport: string }, by: 'intermediary' | 'organisation' = 'intermediary') {
  return {
    ...ORGANIZATION_EXTENSION_WITH_REENTRY, ...(by === 'intermediary' ? { 'step1.relationToOrganization': null } : {}),
    'applicant.residenceCardNumber': person.card, 'applicant.nationality': person.nationality, 'applicant.passport.number': person.passport,
  };
}

describe.each(testBackends())('R-PLUS-6 the person\'s own identity numbers on their profile on %s', (backend) => {
  let t: TestApp;
  let person: TestFiler;
  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
  });
  beforeEach(async () => {
    t.clock.set(MORNING);
    person = await individualFiler(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const profileRow = async (accountId: string) => (await t.ctx.database.db.select().from(individualProfiles).where(eq(individualProfiles.accountId, accountId)))[0];
  const filedInYourName = async (email: string) => (await queuedMailTo(t, email)).filter((m) => m.subject === FILED_IN_YOUR_NAME);
  const record = (browser: TestBrowser, body: unknown) => browser.request({ method: 'POST', url: URL, payload: body as Record<string, unknown> });

  it('R-PLUS-6 R-FORM-4 recorded normalised, read back, sealed at rest (no number in clear in the row or the audit log)', async () => {
    expect((await person.browser.get(URL)).json()).toEqual({ residenceCardNumber: null, nationality: null, passportNumber: null });
    const saved = await record(person.browser, { residenceCardNumber: 'ｘｙ９８７６５４３２ｚｗ', nationality: 'vnm', passportNumber: 'c 7654321' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers['cache-control']).toBe('no-store');
    expect(saved.json()).toEqual({ residenceCardNumber: 'XY98765432ZW', nationality: 'VNM', passportNumber: 'C7654321' });
    expect((await person.browser.get(URL)).json()).toEqual(saved.json());
    const row = await profileRow(person.account.id);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain('XY98765432ZW');
    expect(stored).not.toContain('C7654321');
    expect(row?.identitySealed).toMatch(/^v1\./);
    const audit = await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.action, 'account.identity-changed'));
    const mine = audit.filter((a) => a.actorId === person.account.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.details).toEqual({ changed: ['residenceCardNumber', 'nationality', 'passportNumber'] });
    expect(JSON.stringify(mine)).not.toContain('XY98765432ZW');
  });

  it('R-FORM-4 a malformed card number is refused with 400 naming the field in ja/en; nothing changes', async () => {
    await record(person.browser, { residenceCardNumber: 'AB12345678CD' });
    const before = await profileRow(person.account.id);
    const refused = await record(person.browser, { residenceCardNumber: 'AB1234CD', nationality: 'VNM', passportNumber: 'C1' });
    expect(refused.statusCode).toBe(400);
    const fields = refused.json().fields as { path: string; message: { ja: string; en: string } }[];
    expect(fields.map((f) => f.path)).toEqual(['residenceCardNumber']);
    expect(fields[0]?.message.ja).toContain('英字2文字・数字8桁・英字2文字');
    expect(fields[0]?.message.en).toContain('Residence card number');
    expect(await profileRow(person.account.id)).toEqual(before);
  });

  it('R-PLUS-6 another user cannot read or change the profile: another individual sees and changes only their own; staff, intermediaries, relatives and the signed-out are refused; nothing changes', async () => {
    await record(person.browser, { residenceCardNumber: 'AB12345678CD' });
    const before = await profileRow(person.account.id);
    const other = await individualFiler(t, { name: 'SOMEONE ELSE' });
    expect((await other.browser.get(URL)).json()).toEqual({ residenceCardNumber: null, nationality: null, passportNumber: null });
    expect((await record(other.browser, { residenceCardNumber: 'ZZ11111111ZZ' })).statusCode).toBe(200);
    const staff = await (await organization(t)).staff();
    const lawyer = await intermediaryFiler(t);
    const relative = await individualFiler(t, { userType: 'RELATIVE', relationship: 'SPOUSE' });
    for (const browser of [staff.browser, lawyer.browser, relative.browser]) {
      expect((await browser.get(URL)).statusCode).toBe(403);
      expect((await record(browser, { residenceCardNumber: 'QQ22222222QQ' })).statusCode).toBe(403);
    }
    const anonymous = new TestBrowser(t.app);
    expect((await anonymous.get(URL)).statusCode).toBe(401);
    expect((await record(anonymous, { residenceCardNumber: 'QQ22222222QQ' })).statusCode).toBe(401);
    expect(await profileRow(person.account.id)).toEqual(before);
    expect((await person.browser.get(URL)).json()).toEqual({ residenceCardNumber: 'AB12345678CD', nationality: null, passportNumber: null });
    expect((await profileRow(relative.account.id))?.identitySealed).toBeNull();
  });

  it('R-PLUS-6 an intermediary\'s and an organisation\'s filing notify the matching account exactly once (by card number); a non-matching one does not', async () => {
    expect((await record(person.browser, { residenceCardNumber: 'KL24681357MN', nationality: 'VNM', passportNumber: 'P9990001' })).statusCode).toBe(200);
    const lawyer = await intermediaryFiler(t);
    const filed = await completeDraft(lawyer.browser, filingFor({ card: 'kl24681357mn', nationality: 'VNM', passport: 'P9990001' }));
    expect((await submit(lawyer.browser, filed.id)).statusCode).toBe(200);
    const first = await filedInYourName(person.account.email);
    expect(first).toHaveLength(1);
    expect(first[0]?.text).toContain('申請取次者');

    const staff = await (await organization(t)).staff();
    const byOrganisation = await completeDraft(staff.browser, filingFor({ card: 'KL24681357MN', nationality: 'VNM', passport: 'P9990001' }, 'organisation'));
    expect((await submit(staff.browser, byOrganisation.id)).statusCode).toBe(200);
    expect(await filedInYourName(person.account.email)).toHaveLength(2);

    // Someone else: another card number, and the same passport does not override a card number that differs.
    const other = await completeDraft(staff.browser, filingFor({ card: 'KL00000000MN', nationality: 'VNM', passport: 'P9990001' }, 'organisation'));
    expect((await submit(staff.browser, other.id)).statusCode).toBe(200);
    expect(await filedInYourName(person.account.email)).toHaveLength(2);
  });

  it('R-PLUS-6 when no card number was given on the profile, nationality + passport number match; another nationality does not', async () => {
    expect((await record(person.browser, { residenceCardNumber: '', nationality: 'vnm', passportNumber: 'p5550123' })).statusCode).toBe(200);
    const lawyer = await intermediaryFiler(t);
    const byPassport = await completeDraft(lawyer.browser, filingFor({ card: 'GH13572468JK', nationality: 'VNM', passport: 'P5550123' }));
    expect((await submit(lawyer.browser, byPassport.id)).statusCode).toBe(200);
    expect(await filedInYourName(person.account.email)).toHaveLength(1);
    const otherNationality = await completeDraft(lawyer.browser, filingFor({ card: 'GH13572468JK', nationality: 'PHL', passport: 'P5550123' }));
    expect((await submit(lawyer.browser, otherNationality.id)).statusCode).toBe(200);
    expect(await filedInYourName(person.account.email)).toHaveLength(1);
  });

  it('R-PLUS-6 a number typed on a profile alone does not make someone the applicant: the card\'s date of birth must be the applicant\'s', async () => {
    const impostor = await individualFiler(t, { name: 'SOMEONE ELSE' });
    await t.ctx.database.db.update(individualProfiles).set({ facts: { name: 'SOMEONE ELSE', sex: 'F', dateOfBirth: '1985-05-05', address: '東京都港区港南5-5-30' } })
      .where(eq(individualProfiles.accountId, impostor.account.id));
    expect((await record(impostor.browser, { residenceCardNumber: 'RS11223344TU' })).statusCode).toBe(200);
    const lawyer = await intermediaryFiler(t);
    const filed = await completeDraft(lawyer.browser, filingFor({ card: 'RS11223344TU', nationality: 'VNM', passport: 'P1112223' }));
    expect((await submit(lawyer.browser, filed.id)).statusCode).toBe(200);
    expect(await filedInYourName(impostor.account.email)).toEqual([]);
  });
});
