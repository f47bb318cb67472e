import { APPLICATION_STATE_NAMES, CASE_ACTION_RULES, CaseStatus, allowedActionsFor } from '../../../domain/case/index.js';
import type { Answers } from '../../../forms/types.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { toSessionAccount, type SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { findAccount } from '../accounts/account-repository.js';
import { auditActor } from '../applications/access.js';
import { listActions } from '../applications/action-repository.js';
import type { ApplicationRow } from '../applications/application-repository.js';
import { listFiles } from '../applications/file-repository.js';
import { resolveFiler, type Filer } from '../applications/filer.js';
import { checklistOf } from '../applications/form-checks.js';
import { checkSubmission } from '../applications/submission-checks.js';
import { generatedFileName } from '../applications/view.js';
import { loadVisible, type Meta } from './access.js';
import { currentHolderId } from './holder.js';
import { BACK_OFFICE_MESSAGES } from './messages.js';
import { accountNames } from './repository.js';
import type { CaseDetail } from './schemas.js';

/** The filer as the filer's own pages see them (for the checklist and the format check); undefined if the account is gone. */
async function ownerFiler(db: DbOrTx, row: ApplicationRow): Promise<Filer | undefined> {
  const owner = await findAccount(db, row.ownerAccountId);
  if (!owner) return undefined;
  try {
    return await resolveFiler(db, toSessionAccount(owner));
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}

async function audited(ctx: AppContext, account: SessionAccount, id: string, action: string, meta: Meta, details: Record<string, unknown> = {}): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await appendAudit(tx, ctx.clock, { ...auditActor(account), subjectType: 'application', subjectId: id, action, ipAddress: meta.ip, outcome: 'SUCCESS', details });
  });
}

/**
 * The case screen (R-EXAM-2 format check, R-EXAM-4): the answers, the files, the checklist, the format check, the
 * whole history and what this officer may do now. Every view is audited (R-EXAM-6).
 */
export async function viewCase(ctx: AppContext, account: SessionAccount, id: string, meta: Meta): Promise<CaseDetail> {
  const db = ctx.database.db;
  const row = await loadVisible(ctx, account, id, 'back-office.case.viewed', meta);
  const [actions, files, filer] = [await listActions(db, id), await listFiles(db, id), await ownerFiler(db, row)];
  const check = filer ? checkSubmission(row, files, filer, ctx.clock) : undefined;
  const holderId = currentHolderId(actions);
  const names = await accountNames(db, [...new Set([...actions.map((a) => a.actorId), holderId].filter((v): v is string => v !== null))]);
  const status = CaseStatus.parse(row.state);
  const positions = new Map<string, number>();
  await audited(ctx, account, id, 'back-office.case.viewed', meta, { status });
  return {
    id, status, statusName: APPLICATION_STATE_NAMES[status], receptionNumber: row.receptionNumber, office: row.office, procedures: row.procedures,
    filerType: row.filerType, applicantName: row.applicantName, submittedAt: row.submittedAt?.toISOString() ?? null, acceptedAt: row.acceptedAt?.toISOString() ?? null,
    answers: row.answers,
    files: files.map((f) => {
      const key = `${f.kind}:${f.documentCode ?? ''}`;
      const position = (positions.get(key) ?? 0) + 1;
      positions.set(key, position);
      return { id: f.id, kind: f.kind, documentCode: f.documentCode, contentType: f.contentType, sizeBytes: f.sizeBytes, fileName: generatedFileName(f, position), uploadedAt: f.createdAt.toISOString() };
    }),
    checklist: filer ? checklistOf(row.answers as Answers, filer, files.filter((f) => f.kind === 'DOCUMENT').map((f) => f.documentCode ?? '')) : [],
    formatCheck: { fields: check?.fields ?? [], missingDocuments: check?.missingDocuments ?? [] },
    history: actions.map((a) => ({
      action: a.type, label: CASE_ACTION_RULES[a.type].name, at: a.at.toISOString(), actorType: a.actorType,
      actorName: a.actorId ? (names.get(a.actorId) ?? null) : null, details: a.details,
    })),
    holder: holderId ? { id: holderId, name: names.get(holderId) ?? '—' } : null,
    allowedActions: allowedActionsFor(status, { kind: 'ACCOUNT', role: account.role }),
  };
}

/** An attachment or the photo, for the viewer; the download is audited like a view (R-EXAM-6). */
export async function openCaseFile(ctx: AppContext, account: SessionAccount, id: string, fileId: string, meta: Meta) {
  await loadVisible(ctx, account, id, 'back-office.case.file-viewed', meta);
  const files = await listFiles(ctx.database.db, id);
  const file = files.find((f) => f.id === fileId);
  if (!file) throw new AppError('NOT_FOUND', BACK_OFFICE_MESSAGES.fileNotFound);
  const position = files.filter((f) => f.kind === file.kind && f.documentCode === file.documentCode).findIndex((f) => f.id === file.id) + 1;
  await audited(ctx, account, id, 'back-office.case.file-viewed', meta, { fileId, documentCode: file.documentCode });
  return { stream: await ctx.storage.get(file.storageKey), contentType: file.contentType, fileName: generatedFileName(file, position) };
}
