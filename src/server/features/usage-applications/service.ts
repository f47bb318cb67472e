import { randomUUID } from 'node:crypto';
import { jstDateOf } from '../../../domain/calendar/jst.js';
import { AdditionalUsageApplicationForm } from '../../../domain/organizations/additional-usage-application.js';
import { REPLY_LINK_DAYS, actsForRequestingOrganization, type UsageApplicationForm } from '../../../domain/organizations/usage-application.js';
import { documentKindOf, requestingDocumentIssues } from '../../../domain/organizations/usage-documents.js';
import { officeForPrefecture } from '../../../domain/reference/bureaus.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { StoredUpload } from '../../adapters/uploads/receive-uploads.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { accountActor } from '../accounts/audit-actor.js';
import { requireHolder } from '../back-office/hold-guard.js';
import { newToken, sha256Hex } from '../accounts/tokens.js';
import { approveAdditional, approveNew } from './approval.js';
import { insertFileLinks, insertMessage } from './exchange-repository.js';
import { usageMoreInformationMail, usageReceivedMail, usageRejectedMail } from './mail-templates.js';
import { USAGE_MESSAGES } from './messages.js';
import { insertUsageApplication, lockUsageApplication, updateUsageApplication, type UsageApplication } from './repository.js';
import { applicationForReviewer, type Meta } from './review-service.js';
import { invalid } from './upload-support.js';

/** Links received files to the application (and to the reply they came with). */
export async function linkUploads(tx: DbOrTx, applicationId: string, files: readonly StoredUpload[], now: Date, messageId: string | null = null): Promise<void> {
  await insertFileLinks(tx, files.map((f) => ({
    id: randomUUID(), usageApplicationId: applicationId, messageId, kind: documentKindOf(f.fieldName), storedFileId: f.id, createdAt: now,
  })));
}

/**
 * R-ORG-1: anyone may file; the office with jurisdiction over the organisation's prefecture reviews it. A support
 * organisation or public-interest corporation sends the requesting organisation's request letter and pledge.
 */
export async function fileUsageApplication(ctx: AppContext, form: UsageApplicationForm, meta: Meta, files: readonly StoredUpload[] = []): Promise<{ id: string }> {
  const office = officeForPrefecture(form.organization.prefectureCode);
  if (!office) throw new AppError('UNPROCESSABLE', USAGE_MESSAGES.noPrefectureOffice, [{ path: 'organization.prefectureCode', message: USAGE_MESSAGES.noPrefectureOffice }]);
  const documentIssues = requestingDocumentIssues(files.map((f) => f.fieldName), actsForRequestingOrganization(form.type));
  if (documentIssues.length > 0) throw invalid(documentIssues);
  const id = randomUUID();
  await ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await insertUsageApplication(tx, {
      id, kind: 'NEW', status: 'PENDING', office: office.code, bureau: office.bureau, organizationName: form.organization.name, corporateNumber: form.organization.corporateNumber,
      orgType: form.type, category: form.organization.category, contactEmail: form.contactEmail, body: form, createdAt: now, updatedAt: now,
    });
    await linkUploads(tx, id, files, now);
    await appendAudit(tx, ctx.clock, {
      actorType: 'ANONYMOUS', subjectType: 'usage-application', subjectId: id, action: 'usage-application.filed', ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { type: form.type, office: office.code, staff: form.staff.length, documents: files.length },
    });
    await enqueueMail(tx, ctx.clock, `usage-application-received:${id}`, usageReceivedMail(form.contactEmail, form.organization.name, id));
  });
  return { id };
}

export type Decision = { kind: 'APPROVE' } | { kind: 'REJECT'; reason: string } | { kind: 'REQUEST_MORE'; request: string };

const ACTIONS = { APPROVE: 'usage-application.approved', REJECT: 'usage-application.rejected', REQUEST_MORE: 'usage-application.more-requested' } as const;

/** The request for more: a message in the exchange and a single-use link to answer by, valid REPLY_LINK_DAYS. */
async function requestMore(tx: DbOrTx, ctx: AppContext, row: UsageApplication, reviewer: SessionAccount, request: string, now: Date): Promise<void> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + REPLY_LINK_DAYS * 24 * 60 * 60_000);
  await updateUsageApplication(tx, row.id, {
    status: 'MORE_INFORMATION_REQUESTED', decisionNote: request, decidedBy: reviewer.id, decidedAt: now, updatedAt: now, replyTokenHash: sha256Hex(token), replyTokenExpiresAt: expiresAt,
  });
  await insertMessage(tx, { id: randomUUID(), usageApplicationId: row.id, kind: 'MORE_REQUESTED', body: request, actorId: reviewer.id, createdAt: now });
  const link = `${ctx.config.publicUrl}/organisation/usage-application/reply#token=${token}`;
  await enqueueMail(tx, ctx.clock, `usage-application-more:${row.id}:${now.getTime()}`, usageMoreInformationMail(row.contactEmail, row.organizationName, request, link, jstDateOf(expiresAt)));
}

/**
 * R-ORG-2: approve, reject with a reason or ask for more; the mail, the audit row and the change commit together.
 * Only the reviewer holding the application decides (R-EXAM-3, R-EXAM-5); a decision ends the hold, a request for
 * more keeps it so the same reviewer reads the answer.
 */
export async function decideUsageApplication(ctx: AppContext, reviewer: SessionAccount, id: string, decision: Decision, meta: Meta): Promise<void> {
  const action = ACTIONS[decision.kind];
  await applicationForReviewer(ctx, reviewer, id, action, meta);
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockUsageApplication(tx, id);
    if (!row) throw new AppError('NOT_FOUND', USAGE_MESSAGES.notFound);
    if (row.status === 'APPROVED' || row.status === 'REJECTED') throw new AppError('ACTION_NOT_ALLOWED', USAGE_MESSAGES.alreadyDecided);
    await requireHolder(tx, row.holderId, reviewer.id);
    const now = ctx.clock.now();
    let details: Record<string, unknown> = { kind: row.kind };
    if (decision.kind === 'REJECT') {
      await updateUsageApplication(tx, id, { status: 'REJECTED', holderId: null, decisionNote: decision.reason, decidedBy: reviewer.id, decidedAt: now, updatedAt: now, replyTokenHash: null, replyTokenExpiresAt: null });
      await enqueueMail(tx, ctx.clock, `usage-application-rejected:${id}`, usageRejectedMail(row.contactEmail, row.organizationName, decision.reason));
    } else if (decision.kind === 'REQUEST_MORE') {
      await requestMore(tx, ctx, row, reviewer, decision.request, now);
    } else if (row.kind === 'ADDITIONAL') {
      details = { ...details, ...(await approveAdditional(tx, ctx, row, AdditionalUsageApplicationForm.parse(row.body), reviewer, now)) };
    } else {
      details = { ...details, ...(await approveNew(tx, ctx, row, reviewer, now)) };
    }
    await appendAudit(tx, ctx.clock, { ...accountActor(reviewer), subjectType: 'usage-application', subjectId: id, action, ipAddress: meta.ip, outcome: 'SUCCESS', details });
  });
}
