import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { normaliseDocumentNumber, normaliseVerificationCode, parsePayload } from '../../../domain/verification/index.js';
import { decodePng } from '../../adapters/documents/test-support/png-decode.js';
import { firstPdfImage, pdfText } from '../../adapters/documents/test-support/poppler.js';
import { readQr } from '../../adapters/documents/test-support/qr-read.js';
import { auditLog, issuedDocuments } from '../../db/schema.js';
import { findDocument } from './document-repository.js';
import { readPdfVerificationData } from './pdf-metadata.js';
import { renderDocumentPdf, revokeDocument } from './registry.js';
import { subjectHashOf } from './subject-hash.js';
import { COE_SUBJECT, issueForTest } from './test-support.js';

const squash = (s: string) => s.replace(/\s+/g, '');

describe.each(testBackends())('the registry of issued documents (R-RES-4, R-PLUS-1) on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(async () => {
    await t.close();
  });

  it('R-RES-4 R-PLUS-1 issuing gives a number, a short code and a signed payload naming the key, the kind, the number and the last valid day', async () => {
    const doc = await issueForTest(t);
    expect(doc.number).toMatch(/^EC-2026-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(normaliseDocumentNumber(doc.number)).toBe(doc.number);
    expect(doc.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(normaliseVerificationCode(doc.code)).toBe(doc.code.replace('-', ''));
    const payload = parsePayload(doc.payload);
    expect(payload).toMatchObject({ kind: 'E_COE', number: doc.number, issuedOn: '2026-11-23', validUntil: '2027-02-23' });
    expect(doc.verificationUrl).toBe(`${t.ctx.config.publicUrl}/verify#${doc.payload}`);
    expect(doc.payload).not.toContain('NGUYEN');
    const [row] = await t.ctx.database.db.select().from(issuedDocuments).where(eq(issuedDocuments.id, doc.id));
    expect(row).toMatchObject({ status: 'ACTIVE', kind: 'E_COE', validUntil: '2027-02-23', subject: { ...COE_SUBJECT, procedure: null, decision: null } });
    expect(row?.codeSealed).not.toContain(doc.code.replace('-', ''));
    expect(payload?.subjectHash).toBe(subjectHashOf('E_COE', doc.number, { ...COE_SUBJECT, procedure: null, decision: null, status: 'ENGINEER_HUMANITIES_INTL' }));
  });

  it('R-RES-4 every issue is audited, without personal data', async () => {
    const doc = await issueForTest(t, { kind: 'PERMISSION', validUntil: null });
    const rows = await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.subjectId, doc.id));
    expect(rows.map((r) => [r.action, r.actorType, r.outcome])).toEqual([['document.issue', 'SYSTEM', 'SUCCESS']]);
    expect(JSON.stringify(rows[0]?.details)).not.toMatch(/NGUYEN|VNM/);
  });

  it('R-PLUS-5 the same dedupe key issues once and returns the first document', async () => {
    const first = await issueForTest(t, { kind: 'PENDING_PROOF', dedupeKey: 'pending-proof:test:1' });
    const again = await issueForTest(t, { kind: 'PENDING_PROOF', dedupeKey: 'pending-proof:test:1' });
    expect(again).toEqual(first);
    expect(await t.ctx.database.db.select().from(issuedDocuments).where(eq(issuedDocuments.dedupeKey, 'pending-proof:test:1'))).toHaveLength(1);
  });

  it('R-PLUS-1 the minimum data is validated: an unknown status or a nationality that is not ISO alpha-3 is refused', async () => {
    await expect(issueForTest(t, { subject: { ...COE_SUBJECT, nationality: 'Viet Nam' } })).rejects.toThrow();
    await expect(issueForTest(t, { subject: { ...COE_SUBJECT, status: 'WIZARD' as never } })).rejects.toThrow();
  });

  it('R-RES-4 the bilingual PDF shows the data, number and code; its QR code opens the verification page with the payload', async () => {
    const doc = await issueForTest(t);
    const row = await findDocument(t.ctx.database.db, doc.id);
    if (!row) throw new Error('not stored');
    const { pdf, fileName } = await renderDocumentPdf(row, t.ctx);
    expect(fileName).toBe(`e-coe-${doc.number}.pdf`);
    const text = squash(pdfText(pdf));
    for (const s of ['在留資格認定証明書（電子交付）', 'CertificateofEligibility(electronic)', doc.number, doc.code, 'NGUYENVANAN', 'ベトナム', 'Vietnam',
      '技術・人文知識・国際業務', '1990年1月2日', '2January1990', '2027年2月23日', '確認コード', 'Verificationcode']) {
      expect(text).toContain(s);
    }
    expect(readQr(decodePng(firstPdfImage(pdf)))).toBe(doc.verificationUrl);
    expect((await renderDocumentPdf(row, t.ctx)).pdf.equals(pdf)).toBe(true);
  });

  it('R-PLUS-1 the PDF carries the payload and the signed data in its metadata, read back without OCR', async () => {
    const doc = await issueForTest(t);
    const row = await findDocument(t.ctx.database.db, doc.id);
    if (!row) throw new Error('not stored');
    const data = readPdfVerificationData((await renderDocumentPdf(row, t.ctx)).pdf);
    expect(data?.payload).toBe(doc.payload);
    expect(data?.subject).toEqual(row.subject);
    expect(readPdfVerificationData(Buffer.from('%PDF-1.7 no keywords'))).toBeUndefined();
  });

  it('R-PLUS-1 withdrawal and revocation are recorded and audited; a revocation is final', async () => {
    const doc = await issueForTest(t);
    const withdraw = () => t.ctx.database.db.transaction((tx) => revokeDocument(tx, t.ctx, { documentId: doc.id, as: 'WITHDRAWN', reason: 'replaced' }));
    const revoke = () => t.ctx.database.db.transaction((tx) => revokeDocument(tx, t.ctx, { documentId: doc.id, as: 'REVOKED', reason: 'cancelled' }));
    expect(await withdraw()).toBe(true);
    expect(await withdraw()).toBe(false);
    expect(await revoke()).toBe(true);
    expect(await withdraw()).toBe(false);
    expect((await findDocument(t.ctx.database.db, doc.id))?.status).toBe('REVOKED');
    const actions = await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.subjectId, doc.id)).orderBy(asc(auditLog.id));
    expect(actions.map((a) => a.action)).toEqual(['document.issue', 'document.withdraw', 'document.revoke']);
  });
});
