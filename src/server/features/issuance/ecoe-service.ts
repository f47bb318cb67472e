import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { jstDateOf } from '../../../domain/calendar/jst.js';
import { assertActionAllowed, deriveApplicationState } from '../../../domain/case/index.js';
import { getStatus, type StatusCode } from '../../../domain/reference/statuses.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { auditActor } from '../applications/access.js';
import { listActions } from '../applications/action-repository.js';
import { findApplication, lockApplication } from '../applications/application-repository.js';
import { asConflict } from '../applications/case-guard.js';
import { findDocument } from '../verification/document-repository.js';
import { issueSignedDocument, renderDocumentPdf, type IssuedDocument } from '../verification/registry.js';
import { appendStep, runIssuanceAction, type Meta } from './action-frame.js';
import { notifyExaminationCompleted } from './mail-flow-service.js';
import { mailBoth } from './mails.js';
import { ISSUANCE_MESSAGES } from './messages.js';
import { subjectOf } from './permission.js';
import { progressOf, type IssuanceProgress } from './progress.js';
import { ecoeValidUntil, issuanceRouteOf } from './requirements.js';
import type { EcoeView } from './schemas.js';

const RECIPIENT = { actorType: 'ANONYMOUS' as const, actorId: null };
const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function statusName(code: StatusCode | null): { ja: string; en: string } {
  if (!code) return { ja: '—', en: '—' };
  const status = getStatus(code);
  return { ja: status.nameJa, en: status.nameEn };
}

/**
 * R-RES-2: the electronic COE — signed (R-RES-4), valid three months from issue, mailed in Japanese and English with
 * its details and a link that can be forwarded to the person abroad; the link's token (only its hash is kept) opens
 * the COE and registers its receipt once.
 */
export function issueEcoe(ctx: AppContext, account: SessionAccount, id: string, body: { idempotencyKey: string }, meta: Meta) {
  return runIssuanceAction(notifyExaminationCompleted, ctx, account, id, 'ISSUE_ECOE', body.idempotencyKey, meta, async (step) => {
    if (issuanceRouteOf(step.facts.receiptMethod) !== 'ECOE') throw new AppError('CONFLICT', ISSUANCE_MESSAGES.wrongRoute);
    const subject = subjectOf(step.row);
    const validUntil = ecoeValidUntil(jstDateOf(ctx.clock.now()));
    const doc = await issueSignedDocument(step.tx, ctx, {
      kind: 'E_COE', applicationId: id, validUntil, dedupeKey: `ecoe:${id}`, actor: auditActor(account), ipAddress: meta.ip,
      subject: { ...subject, procedure: 'COE', decision: 'GRANTED', dates: {} },
    });
    const token = randomBytes(32).toString('base64url');
    await appendStep(step, ctx, auditActor(account), 'ISSUE_ECOE', body.idempotencyKey, { documentId: doc.id, number: doc.number, tokenHash: hashOf(token), validUntil });
    const status = statusName(subject.status);
    const link = `${ctx.config.publicUrl}/ecoe/${id}#token=${token}`;
    await mailBoth(step.tx, ctx, step.row, 'ecoe-issued', {
      subject: { ja: '在留資格認定証明書（電子交付）のお知らせ', en: 'Your Certificate of Eligibility (electronic)' },
      ja: [
        '在留資格認定証明書を電子メールで交付します。下のリンクから証明書を表示し、受領登録をしてください。', 'このメールは、日本国外にいる本人に転送できます。査証申請及び上陸の際に提示してください。', '',
        `証明書番号: ${doc.number}`, `確認コード: ${doc.code}`, `氏名: ${subject.name}`, `国籍・地域: ${subject.nationality}`, `在留資格: ${status.ja}`,
        `有効期限: ${validUntil}（交付日から3か月）`, `真正性の確認: ${doc.verificationUrl}`,
      ],
      en: [
        'Your Certificate of Eligibility is issued by email. Open it with the link below and register its receipt.', 'You may forward this email to the person abroad, who shows it when applying for the visa and at landing.', '',
        `Certificate number: ${doc.number}`, `Verification code: ${doc.code}`, `Name: ${subject.name}`, `Nationality: ${subject.nationality}`, `Status of residence: ${status.en}`,
        `Valid until: ${validUntil} (three months from issue)`, `Check it is genuine: ${doc.verificationUrl}`,
      ],
    }, () => link);
    return { documentId: doc.id, number: doc.number, validUntil };
  });
}

type Opened = { progress: IssuanceProgress & { ecoe: NonNullable<IssuanceProgress['ecoe']> } };

/** The link's holder, checked against the stored hash; a wrong token answers like a missing case (audited). */
async function openByToken(ctx: AppContext, id: string, token: string, action: string, ip: string): Promise<Opened> {
  const row = await findApplication(ctx.database.db, id);
  const progress = row ? progressOf(await listActions(ctx.database.db, id)) : null;
  const ecoe = progress?.ecoe;
  if (progress && ecoe && sameHash(ecoe.tokenHash, hashOf(token))) return { progress: { ...progress, ecoe } };
  await ctx.database.db.transaction(async (tx) => {
    await appendAudit(tx, ctx.clock, { ...RECIPIENT, subjectType: 'application', subjectId: id, action, ipAddress: ip, outcome: 'DENIED', details: { reason: 'INVALID_LINK' } });
  });
  throw new AppError('NOT_FOUND', ISSUANCE_MESSAGES.ecoeLinkInvalid);
}

/** The signed e-COE as the registry describes it (its dedupe key returns the document issued before, unchanged). */
async function describedEcoe(ctx: AppContext, id: string, documentId: string): Promise<IssuedDocument> {
  const doc = await findDocument(ctx.database.db, documentId);
  if (!doc) throw new AppError('NOT_FOUND', ISSUANCE_MESSAGES.ecoeLinkInvalid);
  return ctx.database.db.transaction((tx) => issueSignedDocument(tx, ctx, { kind: 'E_COE', applicationId: id, subject: doc.subject, validUntil: doc.validUntil, dedupeKey: `ecoe:${id}` }));
}

export async function viewEcoe(ctx: AppContext, id: string, token: string, ip: string): Promise<EcoeView> {
  const { progress } = await openByToken(ctx, id, token, 'ecoe.view', ip);
  const doc = await findDocument(ctx.database.db, progress.ecoe.documentId);
  if (!doc) throw new AppError('NOT_FOUND', ISSUANCE_MESSAGES.ecoeLinkInvalid);
  const described = await describedEcoe(ctx, id, doc.id);
  await ctx.database.db.transaction(async (tx) => {
    await appendAudit(tx, ctx.clock, { ...RECIPIENT, subjectType: 'application', subjectId: id, action: 'ecoe.view', ipAddress: ip, outcome: 'SUCCESS', details: {} });
  });
  return {
    number: doc.number, verificationCode: described.code, verificationUrl: described.verificationUrl, applicantName: doc.subject.name,
    nationality: doc.subject.nationality, status: doc.subject.status, issuedOn: jstDateOf(doc.issuedAt), validUntil: progress.ecoe.validUntil,
    receiptRegisteredAt: progress.ecoeReceiptAt?.toISOString() ?? null,
  };
}

export async function ecoePdf(ctx: AppContext, id: string, token: string, ip: string): Promise<{ fileName: string; pdf: Buffer }> {
  const { progress } = await openByToken(ctx, id, token, 'ecoe.pdf', ip);
  const doc = await findDocument(ctx.database.db, progress.ecoe.documentId);
  if (!doc) throw new AppError('NOT_FOUND', ISSUANCE_MESSAGES.ecoeLinkInvalid);
  return renderDocumentPdf(doc, ctx);
}

/** 受領登録 (R-RES-2): once per e-COE; a second use of the link is refused. */
export async function registerEcoeReceipt(ctx: AppContext, id: string, token: string, ip: string): Promise<EcoeView> {
  await openByToken(ctx, id, token, 'ecoe.register-receipt', ip);
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockApplication(tx, id);
    if (!row) throw new AppError('NOT_FOUND', ISSUANCE_MESSAGES.ecoeLinkInvalid);
    const actions = await listActions(tx, id);
    asConflict(() => assertActionAllowed(deriveApplicationState(actions), 'REGISTER_ECOE_RECEIPT', { kind: 'RECIPIENT' }));
    if (progressOf(actions).ecoeReceiptAt) throw new AppError('CONFLICT', ISSUANCE_MESSAGES.ecoeReceiptDone);
    await appendStep({ tx, row, actions }, ctx, RECIPIENT, 'REGISTER_ECOE_RECEIPT', 'ecoe-receipt', {});
    await appendAudit(tx, ctx.clock, { ...RECIPIENT, subjectType: 'application', subjectId: id, action: 'ecoe.register-receipt', ipAddress: ip, outcome: 'SUCCESS', details: {} });
    await mailBoth(tx, ctx, row, 'ecoe-receipt', {
      subject: { ja: '受領登録が完了しました', en: 'Receipt of the Certificate of Eligibility registered' },
      ja: ['在留資格認定証明書（電子交付）の受領登録が完了しました。'], en: ['Receipt of the electronic Certificate of Eligibility has been registered.'],
    });
  });
  return viewEcoe(ctx, id, token, ip);
}
