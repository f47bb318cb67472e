import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { pdfText } from '../../adapters/documents/test-support/poppler.js';
import { applicationActions, applications, auditLog, issuedDocuments } from '../../db/schema.js';
import { TestBrowser } from '../accounts/test-support.js';
import { individualFiler, officerBrowser, organization, type TestFiler } from '../applications/test-support.js';
import { readPdfVerificationData } from './pdf-metadata.js';

interface Case {
  procedures?: string[];
  state?: string;
  receptionNumber?: string | null;
  submittedAt?: Date;
  expiry?: string;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe.each(testBackends())('proof of pending application (R-PLUS-5) on %s', (backend) => {
  let t: TestApp;
  let owner: TestFiler;
  let serial = 0;

  beforeAll(async () => {
    t = await startTestApp(backend, { RATE_LIMIT_PER_MINUTE: '100000' });
    owner = await individualFiler(t);
  });
  afterAll(async () => {
    await t.close();
  });

  /** An application as the back office leaves it: submitted, accepted with a reception number, under examination. */
  async function accepted(filer: TestFiler, c: Case = {}): Promise<string> {
    const id = randomUUID();
    const now = t.clock.now();
    serial += 1;
    await t.ctx.database.db.insert(applications).values({
      id, ownerAccountId: filer.account.id, filerType: 'FOREIGN_NATIONAL', creationKey: randomUUID(), state: c.state ?? 'UNDER_EXAMINATION',
      answers: {
        'step1.procedures': c.procedures ?? ['EXTENSION'], 'step1.currentStatus': 'ENGINEER_HUMANITIES_INTL', 'step1.periodOfStayExpiry': c.expiry ?? '2026-12-31',
        'step1.applicantDateOfBirth': '1990-01-02', 'applicant.name': 'NGUYEN VAN AN', 'applicant.nationality': 'VNM',
      },
      savedAt: now, procedures: c.procedures ?? ['EXTENSION'], mainProcedure: (c.procedures ?? ['EXTENSION'])[0] ?? null, applicantName: 'NGUYEN VAN AN',
      applicantNationality: 'VNM', office: 'TOKYO', submittedAt: c.submittedAt ?? new Date('2026-11-20T01:00:00Z'), submittedBy: filer.account.id,
      receptionNumber: c.receptionNumber === undefined ? `東オンＥＸ２６${String(serial).padStart(6, '０')}` : c.receptionNumber,
      acceptedAt: c.receptionNumber === null ? null : now, createdAt: now, updatedAt: now,
    });
    return id;
  }

  const download = (browser: TestBrowser, id: string) => browser.get(`/api/v1/verification/pending-proof/${id}`);
  const documentsOf = async (id: string) => (await t.ctx.database.db.select({ n: count() }).from(issuedDocuments).where(eq(issuedDocuments.applicationId, id)))[0]?.n ?? 0;
  const verify = async (payload: string) => (await t.app.inject({ method: 'POST', url: '/api/v1/verification/payload', payload: { payload } })).json();
  const setJst = (iso: string) => t.clock.set(new Date(`${iso}+09:00`));

  it('R-PLUS-5 the filer downloads a signed bilingual PDF stating the special period; a third party verifies it', async () => {
    setJst('2026-11-23T10:00:00');
    const id = await accepted(owner);
    const res = await download(owner.browser, id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="pending-proof-PP-2026-[0-9A-Z]{8}\.pdf"$/);
    const pdf = res.rawPayload;
    const text = squash(pdfText(pdf));
    for (const s of ['在留申請中であることの証明書（特例期間）', 'ProofofPendingApplication(SpecialPeriod)', 'NGUYENVANAN', '在留期間更新許可申請',
      '2026年11月20日', '2026年12月31日', '特例期間の末日（最長）', '2027年2月28日', '28February2027', '第20条第6項']) {
      expect(text).toContain(s);
    }
    const data = readPdfVerificationData(pdf);
    if (!data) throw new Error('no payload in the PDF');
    expect(await verify(data.payload)).toMatchObject({
      outcome: 'GENUINE',
      document: { kind: 'PENDING_PROOF', validUntil: '2027-02-28', subject: { procedure: 'EXTENSION', status: 'ENGINEER_HUMANITIES_INTL', dates: { FILED_ON: '2026-11-20', PERIOD_OF_STAY_EXPIRY: '2026-12-31', SPECIAL_PERIOD_END: '2027-02-28' } } },
    });
    const audit = await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audit.map((a) => [a.action, a.actorType, a.outcome])).toContainEqual(['verification.pending-proof', 'APPLICANT', 'SUCCESS']);
  });

  it('R-PLUS-5 downloading again gives the same document, not a new one', async () => {
    const id = await accepted(owner);
    const first = readPdfVerificationData((await download(owner.browser, id)).rawPayload);
    const second = readPdfVerificationData((await download(owner.browser, id)).rawPayload);
    expect(second?.payload).toBe(first?.payload);
    expect(await documentsOf(id)).toBe(1);
  });

  it('R-PLUS-5 a change of status filed by the organisation is proven to its staff', async () => {
    const org = await organization(t);
    const staff = await org.staff();
    const id = await accepted(staff, { procedures: ['CHANGE'] });
    await t.ctx.database.db.update(applications).set({ organizationId: org.id }).where(eq(applications.id, id));
    expect((await download(staff.browser, id)).statusCode).toBe(200);
  });

  it('R-PLUS-5 once decided, the proof is valid through the decision date only', async () => {
    setJst('2026-11-23T10:00:00');
    const id = await accepted(owner);
    const data = readPdfVerificationData((await download(owner.browser, id)).rawPayload);
    if (!data) throw new Error('no payload');
    await t.ctx.database.db.insert(applicationActions).values({
      applicationId: id, type: 'GRANT', idempotencyKey: 'grant', actorType: 'OFFICER', actorId: null, at: new Date('2027-01-10T05:00:00Z'), details: {},
    });
    setJst('2027-01-10T20:00:00');
    expect(await verify(data.payload)).toMatchObject({ outcome: 'GENUINE', document: { validUntil: '2027-01-10' } });
    setJst('2027-01-11T09:00:00');
    expect(await verify(data.payload)).toMatchObject({ outcome: 'NOT_VALID', reason: 'EXPIRED', document: { validUntil: '2027-01-10', subject: null } });
    setJst('2026-11-23T10:00:00');
  });

  it('R-PLUS-5 undecided, it expires after two months from the expiry of the period of stay', async () => {
    setJst('2026-11-23T10:00:00');
    const id = await accepted(owner, { expiry: '2027-02-28' });
    const data = readPdfVerificationData((await download(owner.browser, id)).rawPayload);
    if (!data) throw new Error('no payload');
    setJst('2027-04-30T12:00:00');
    expect(await verify(data.payload)).toMatchObject({ outcome: 'GENUINE', document: { validUntil: '2027-04-30' } });
    setJst('2027-05-01T00:00:00');
    expect(await verify(data.payload)).toMatchObject({ outcome: 'NOT_VALID', reason: 'EXPIRED' });
    setJst('2026-11-23T10:00:00');
  });

  it.each<[string, Case, string]>([
    ['a COE (no period of stay to extend)', { procedures: ['COE'] }, 'NOT_EXTENSION_OR_CHANGE'],
    ['not yet accepted (no reception number)', { state: 'SUBMITTED', receptionNumber: null }, 'NOT_ACCEPTED'],
    ['already decided', { state: 'AWAITING_ISSUE' }, 'NOT_PENDING'],
    ['withdrawn', { state: 'WITHDRAWN' }, 'NOT_PENDING'],
    ['filed after the period of stay expired', { expiry: '2026-11-19' }, 'FILED_AFTER_EXPIRY'],
    ['past the special period', { expiry: '2026-09-20', submittedAt: new Date('2026-09-19T01:00:00Z') }, 'PERIOD_ENDED'],
  ])('R-PLUS-5 refused for %s (409 with the reason), nothing issued', async (_name, c, reason) => {
    setJst('2026-11-23T10:00:00');
    const id = await accepted(owner, c);
    const res = await download(owner.browser, id);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'ACTION_NOT_ALLOWED', reason, message: { ja: expect.any(String), en: expect.any(String) } });
    expect(await documentsOf(id)).toBe(0);
  });

  it('R-PLUS-5 another filer (404), an officer (403) and an anonymous caller (401) are refused, and nothing is issued', async () => {
    const id = await accepted(owner);
    const other = await individualFiler(t);
    expect((await download(other.browser, id)).statusCode).toBe(404);
    expect((await download(await officerBrowser(t), id)).statusCode).toBe(403);
    expect((await download(new TestBrowser(t.app), id)).statusCode).toBe(401);
    expect((await download(owner.browser, randomUUID())).statusCode).toBe(404);
    expect(await documentsOf(id)).toBe(0);
    const denied = await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(denied.map((a) => [a.action, a.outcome])).toContainEqual(['verification.pending-proof', 'DENIED']);
  });
});
