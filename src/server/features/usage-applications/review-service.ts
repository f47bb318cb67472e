import type { Readable } from 'node:stream';
import { AdditionalUsageApplicationForm } from '../../../domain/organizations/additional-usage-application.js';
import { UsageApplicationForm } from '../../../domain/organizations/usage-application.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { accountActor } from '../accounts/audit-actor.js';
import { accountNames } from '../back-office/repository.js';
import type { Holder } from '../back-office/schemas.js';
import { isReviewVisible, reviewOfficesOf } from '../back-office/visibility.js';
import { findFile, listFiles, listMessages } from './exchange-repository.js';
import { USAGE_MESSAGES } from './messages.js';
import { OPEN_USAGE_APPLICATION_STATUSES, findUsageApplication, listUsageApplications, type UsageApplication } from './repository.js';
import type { UsageApplicationView } from './schemas.js';

export interface Meta {
  ip: string;
}

/** The audit rows of officers' views (R-EXAM-6): one per application or report shown, in one transaction. */
export async function auditViews(ctx: AppContext, viewer: SessionAccount, subjectType: string, ids: readonly string[], action: string, meta: Meta): Promise<void> {
  if (ids.length === 0) return;
  await ctx.database.db.transaction(async (tx) => {
    for (const id of ids) {
      await appendAudit(tx, ctx.clock, { ...accountActor(viewer), subjectType, subjectId: id, action, ipAddress: meta.ip, outcome: 'SUCCESS' });
    }
  });
}

/** The stored form of either kind, parsed again with its schema (the row keeps what the schema accepted). */
export function formsOf(row: UsageApplication): Pick<UsageApplicationView, 'form' | 'additional'> {
  return row.kind === 'ADDITIONAL'
    ? { form: null, additional: AdditionalUsageApplicationForm.parse(row.body) }
    : { form: UsageApplicationForm.parse(row.body), additional: null };
}

/** The holders' names, for the views (R-EXAM-3). */
export function holderNames(db: DbOrTx, holderIds: readonly (string | null)[]): Promise<Map<string, string>> {
  return accountNames(db, [...new Set(holderIds.filter((h): h is string => h !== null))]);
}

export function holderOf(holderId: string | null, names: Map<string, string>): Holder | null {
  return holderId ? { id: holderId, name: names.get(holderId) ?? '—' } : null;
}

/** The applications with their documents, the exchange of requests and replies, and the holder, in three queries. */
export async function describeUsageApplications(db: DbOrTx, rows: UsageApplication[]): Promise<UsageApplicationView[]> {
  const ids = rows.map((r) => r.id);
  const [files, messages, holders] = await Promise.all([listFiles(db, ids), listMessages(db, ids), holderNames(db, rows.map((r) => r.holderId))]);
  return rows.map((row) => ({
    id: row.id, kind: row.kind, status: row.status, office: row.office, bureau: row.bureau, organizationName: row.organizationName,
    corporateNumber: row.corporateNumber, type: row.orgType, category: row.category, contactEmail: row.contactEmail, ...formsOf(row),
    documents: files.filter((f) => f.link.usageApplicationId === row.id).map(({ link, file }) => ({
      id: link.id, kind: link.kind, messageId: link.messageId, contentType: file.contentType, sizeBytes: file.sizeBytes,
    })),
    messages: messages.filter((m) => m.usageApplicationId === row.id).map((m) => ({ id: m.id, kind: m.kind, body: m.body, createdAt: m.createdAt.toISOString() })),
    decisionNote: row.decisionNote, decidedAt: row.decidedAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString(),
    holder: holderOf(row.holderId, holders),
  }));
}

/** The open applications of the reviewer's bureau with everything in them: each one shown is an audited view. */
export async function listForReviewer(ctx: AppContext, reviewer: SessionAccount, meta: Meta): Promise<UsageApplicationView[]> {
  const rows = await listUsageApplications(ctx.database.db, [...reviewOfficesOf(reviewer)], OPEN_USAGE_APPLICATION_STATUSES);
  const views = await describeUsageApplications(ctx.database.db, rows);
  await auditViews(ctx, reviewer, 'usage-application', views.map((v) => v.id), 'usage-application.viewed', meta);
  return views;
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

/** The application if it is within the reviewer's bureau (visibility.ts); another bureau's is refused and audited. */
export async function applicationForReviewer(ctx: AppContext, reviewer: SessionAccount, id: string, action: string, meta: Meta): Promise<UsageApplication> {
  const row = await findUsageApplication(ctx.database.db, id);
  if (!row) throw new AppError('NOT_FOUND', USAGE_MESSAGES.notFound);
  if (!isReviewVisible(reviewer, row.office)) {
    return refuse(ctx, reviewer, { type: 'usage-application', id }, action, meta, new AppError('FORBIDDEN', USAGE_MESSAGES.otherBureau));
  }
  return row;
}

export async function getForReviewer(ctx: AppContext, reviewer: SessionAccount, id: string, meta: Meta): Promise<UsageApplicationView> {
  const row = await applicationForReviewer(ctx, reviewer, id, 'usage-application.read', meta);
  const [view] = await describeUsageApplications(ctx.database.db, [row]);
  if (!view) throw new AppError('NOT_FOUND', USAGE_MESSAGES.notFound);
  await auditViews(ctx, reviewer, 'usage-application', [id], 'usage-application.viewed', meta);
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
