import type { Readable } from 'node:stream';
import { AdditionalUsageApplicationForm } from '../../../domain/organizations/additional-usage-application.js';
import { UsageApplicationForm } from '../../../domain/organizations/usage-application.js';
import { OFFICES } from '../../../domain/reference/bureaus.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { accountActor } from '../accounts/audit-actor.js';
import { findFile, listFiles, listMessages } from './exchange-repository.js';
import { USAGE_MESSAGES } from './messages.js';
import { findUsageApplication, listUsageApplications, type UsageApplication } from './repository.js';
import type { UsageApplicationView } from './schemas.js';

export interface Meta {
  ip: string;
}

/** A reviewer at a regional bureau covers its branches too; a branch reviewer covers the branch. */
export function officesReviewedBy(office: string | null): string[] {
  if (!office) return [];
  const bureauOffices = OFFICES.filter((o) => o.bureau === office).map((o) => o.code);
  return bureauOffices.length > 0 ? bureauOffices : [office];
}

/** The stored form of either kind, parsed again with its schema (the row keeps what the schema accepted). */
export function formsOf(row: UsageApplication): Pick<UsageApplicationView, 'form' | 'additional'> {
  return row.kind === 'ADDITIONAL'
    ? { form: null, additional: AdditionalUsageApplicationForm.parse(row.body) }
    : { form: UsageApplicationForm.parse(row.body), additional: null };
}

/** The applications with their documents and the exchange of requests and replies, in two queries. */
export async function describeUsageApplications(db: DbOrTx, rows: UsageApplication[]): Promise<UsageApplicationView[]> {
  const ids = rows.map((r) => r.id);
  const [files, messages] = await Promise.all([listFiles(db, ids), listMessages(db, ids)]);
  return rows.map((row) => ({
    id: row.id, kind: row.kind, status: row.status, office: row.office, bureau: row.bureau, organizationName: row.organizationName,
    corporateNumber: row.corporateNumber, type: row.orgType, category: row.category, contactEmail: row.contactEmail, ...formsOf(row),
    documents: files.filter((f) => f.link.usageApplicationId === row.id).map(({ link, file }) => ({
      id: link.id, kind: link.kind, messageId: link.messageId, contentType: file.contentType, sizeBytes: file.sizeBytes,
    })),
    messages: messages.filter((m) => m.usageApplicationId === row.id).map((m) => ({ id: m.id, kind: m.kind, body: m.body, createdAt: m.createdAt.toISOString() })),
    decisionNote: row.decisionNote, decidedAt: row.decidedAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString(),
  }));
}

export async function listForReviewer(ctx: AppContext, reviewer: SessionAccount): Promise<UsageApplicationView[]> {
  const rows = await listUsageApplications(ctx.database.db, officesReviewedBy(reviewer.office), ['PENDING', 'MORE_INFORMATION_REQUESTED']);
  return describeUsageApplications(ctx.database.db, rows);
}

/** Audits a refused reviewer action in its own transaction, then throws. */
export async function refuse(ctx: AppContext, reviewer: SessionAccount, subject: { type: string; id: string }, action: string, meta: Meta, error: AppError): Promise<never> {
  await ctx.database.db.transaction(async (tx) => {
    await appendAudit(tx, ctx.clock, {
      ...accountActor(reviewer), subjectType: subject.type, subjectId: subject.id, action, ipAddress: meta.ip, outcome: 'DENIED', details: { reason: error.code },
    });
  });
  throw error;
}

/** The application if it is within the reviewer's jurisdiction; another office's is refused and audited. */
export async function applicationForReviewer(ctx: AppContext, reviewer: SessionAccount, id: string, action: string, meta: Meta): Promise<UsageApplication> {
  const row = await findUsageApplication(ctx.database.db, id);
  if (!row) throw new AppError('NOT_FOUND', USAGE_MESSAGES.notFound);
  if (!officesReviewedBy(reviewer.office).includes(row.office)) {
    return refuse(ctx, reviewer, { type: 'usage-application', id }, action, meta, new AppError('FORBIDDEN', USAGE_MESSAGES.otherBureau));
  }
  return row;
}

export async function getForReviewer(ctx: AppContext, reviewer: SessionAccount, id: string, meta: Meta): Promise<UsageApplicationView> {
  const row = await applicationForReviewer(ctx, reviewer, id, 'usage-application.read', meta);
  const [view] = await describeUsageApplications(ctx.database.db, [row]);
  if (!view) throw new AppError('NOT_FOUND', USAGE_MESSAGES.notFound);
  return view;
}

export interface DocumentDownload {
  stream: Readable;
  contentType: string;
  sizeBytes: number;
  fileName: string;
}

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** R-ORG-1: the request letter, pledge or reply document, for the application's reviewers only; every view is audited (R-EXAM-6). */
export async function openDocumentForReviewer(ctx: AppContext, reviewer: SessionAccount, id: string, fileId: string, meta: Meta): Promise<DocumentDownload> {
  await applicationForReviewer(ctx, reviewer, id, 'usage-application.document-read', meta);
  const found = await findFile(ctx.database.db, id, fileId);
  if (!found) throw new AppError('NOT_FOUND', USAGE_MESSAGES.fileNotFound);
  const stream = await ctx.storage.get(found.file.storageKey);
  await ctx.database.db.transaction(async (tx) => {
    await appendAudit(tx, ctx.clock, {
      ...accountActor(reviewer), subjectType: 'usage-application', subjectId: id, action: 'usage-application.document-read', ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { fileId, kind: found.link.kind },
    });
  });
  const extension = EXTENSIONS[found.file.contentType] ?? 'bin';
  return { stream, contentType: found.file.contentType, sizeBytes: found.file.sizeBytes, fileName: `${found.link.kind.toLowerCase().replaceAll('_', '-')}.${extension}` };
}
