import { randomUUID } from 'node:crypto';
import { replyDocumentIssues } from '../../../domain/organizations/usage-documents.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { StoredUpload } from '../../adapters/uploads/receive-uploads.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit-log.js';
import { findAccount } from '../accounts/account-repository.js';
import { sha256Hex } from '../accounts/tokens.js';
import { findLastRequest, insertMessage } from './exchange-repository.js';
import { usageReplyNoticeMail, usageReplyReceivedMail } from './mail-templates.js';
import { USAGE_MESSAGES } from './messages.js';
import { findUsageApplicationByReplyToken, lockUsageApplication, updateUsageApplication, type UsageApplication } from './repository.js';
import type { Meta } from './review-service.js';
import { linkUploads } from './service.js';
import { invalid } from './upload-support.js';

function isOpenLink(row: UsageApplication | undefined, tokenHash: string, now: Date): row is UsageApplication {
  return row !== undefined && row.status === 'MORE_INFORMATION_REQUESTED' && row.replyTokenHash === tokenHash
    && row.replyTokenExpiresAt !== null && now.getTime() < row.replyTokenExpiresAt.getTime();
}

const invalidLink = () => new AppError('NOT_FOUND', USAGE_MESSAGES.replyLinkInvalid);

/** What the emailed link answers: whose application and what the reviewer asked. */
export async function inspectReplyLink(ctx: AppContext, token: string): Promise<{ organizationName: string; request: string; expiresAt: string }> {
  const tokenHash = sha256Hex(token);
  const row = await findUsageApplicationByReplyToken(ctx.database.db, tokenHash);
  if (!isOpenLink(row, tokenHash, ctx.clock.now()) || !row.replyTokenExpiresAt) throw invalidLink();
  return { organizationName: row.organizationName, request: row.decisionNote ?? '', expiresAt: row.replyTokenExpiresAt.toISOString() };
}

/**
 * R-ORG-2: the organisation answers a request for more by the single-use link, with text and optional documents.
 * The application goes back to the review queue; the organisation and the reviewer who asked are emailed.
 */
export async function replyToRequest(ctx: AppContext, token: string, reply: string, files: readonly StoredUpload[], meta: Meta): Promise<void> {
  const issues = replyDocumentIssues(files.map((f) => f.fieldName));
  if (issues.length > 0) throw invalid(issues);
  const tokenHash = sha256Hex(token);
  const found = await findUsageApplicationByReplyToken(ctx.database.db, tokenHash);
  if (!found) throw invalidLink();
  await ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const row = await lockUsageApplication(tx, found.id);
    if (!isOpenLink(row, tokenHash, now)) throw invalidLink();
    const messageId = randomUUID();
    await insertMessage(tx, { id: messageId, usageApplicationId: row.id, kind: 'REPLY', body: reply, actorId: null, createdAt: now });
    await linkUploads(tx, row.id, files, now, messageId);
    await updateUsageApplication(tx, row.id, { status: 'PENDING', replyTokenHash: null, replyTokenExpiresAt: null, updatedAt: now });
    await appendAudit(tx, ctx.clock, {
      actorType: 'ANONYMOUS', subjectType: 'usage-application', subjectId: row.id, action: 'usage-application.replied', ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { messageId, documents: files.length },
    });
    await enqueueMail(tx, ctx.clock, `usage-application-replied:${messageId}`, usageReplyReceivedMail(row.contactEmail, row.organizationName));
    const asked = await findLastRequest(tx, row.id);
    const reviewer = asked?.actorId ? await findAccount(tx, asked.actorId) : undefined;
    if (reviewer) await enqueueMail(tx, ctx.clock, `usage-application-reply-notice:${messageId}`, usageReplyNoticeMail(reviewer.email, row.organizationName, `${ctx.config.publicUrl}/officer`));
  });
}
