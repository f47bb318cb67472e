import { assertActionAllowed, CaseStatus, deriveApplicationState, type CaseAction } from '../../../domain/case/index.js';
import type { ReceivedUploads } from '../../adapters/uploads/receive-uploads.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { auditActor, loadOwned, lockOwned, type Meta } from '../applications/access.js';
import { appendActionOnce, listActions, type ActionRow } from '../applications/action-repository.js';
import { updateApplication, type ApplicationRow } from '../applications/application-repository.js';
import { discardUploads } from '../applications/attachment-service.js';
import { asConflict } from '../applications/case-guard.js';
import { listFiles } from '../applications/file-repository.js';
import type { Filer } from '../applications/filer.js';
import { currentHolderId } from '../back-office/holder.js';
import { documentRequestsOf, messagesOf, openRequestOf } from './case-log.js';
import { mailOfficer } from './mails.js';
import { EXAMINATION_MESSAGES as M } from './messages.js';
import type { FilerCaseView } from './schemas.js';

export const ANSWER_PURPOSE = 'document-request-answer';

const actorOf = (account: SessionAccount) => ({ kind: 'ACCOUNT' as const, role: account.role });

/** R-CASE-2/R-CASE-3/R-CASE-4: what the filer's status page shows of the examination; notes and proposals stay internal. */
export async function filerView(ctx: AppContext, account: SessionAccount, id: string, meta: Meta): Promise<FilerCaseView> {
  const { row } = await loadOwned(ctx, account, id, 'application.examination.viewed', meta);
  const log = await listActions(ctx.database.db, id);
  const status = CaseStatus.safeParse(row.state);
  if (!status.success) throw new AppError('ACTION_NOT_ALLOWED', M.noOpenRequest, undefined, { status: row.state });
  return { status: status.data, documentRequests: documentRequestsOf(log), messages: messagesOf(log) };
}

function openItem(log: readonly ActionRow[], itemId: string) {
  const open = openRequestOf(log);
  if (!open) throw new AppError('CONFLICT', M.noOpenRequest);
  const item = open.items.find((i) => i.id === itemId);
  if (!item) throw new AppError('NOT_FOUND', M.itemNotFound);
  if (item.answeredAt) throw new AppError('CONFLICT', M.itemAnswered);
  return { request: open, item };
}

/** Before streaming: the item is open, and the application's files so far count against R-ATT-2. */
export async function prepareAnswer(ctx: AppContext, account: SessionAccount, id: string, itemId: string, meta: Meta) {
  const { filer, row } = await loadOwned(ctx, account, id, 'application.document-answered', meta);
  const log = await listActions(ctx.database.db, id);
  asConflict(() => assertActionAllowed(deriveApplicationState(log), 'ANSWER_DOCUMENT_ITEM', actorOf(account)));
  openItem(log, itemId);
  const answered = documentRequestsOf(log).flatMap((r) => r.items.flatMap((i) => i.files));
  const files = await listFiles(ctx.database.db, row.id);
  return {
    filer,
    existing: { files: files.length + answered.length, bytes: files.reduce((n, f) => n + f.sizeBytes, 0) + answered.reduce((n, f) => n + f.sizeBytes, 0) },
  };
}

async function appendFilerAction(tx: DbOrTx, ctx: AppContext, account: SessionAccount, row: ApplicationRow, log: ActionRow[], type: CaseAction, key: string, details: Record<string, unknown>) {
  asConflict(() => assertActionAllowed(deriveApplicationState(log), type, actorOf(account)));
  const now = ctx.clock.now();
  const { action, created } = await appendActionOnce(tx, { applicationId: row.id, type, idempotencyKey: key, ...auditActor(account), at: now, details });
  if (created) log.push(action);
  const state = deriveApplicationState(log);
  if (state !== row.state) await updateApplication(tx, row.id, { state, updatedAt: now });
  return { action, created };
}

/**
 * R-CASE-3: the filer answers one item with files; when every item of the request is answered, the case returns
 * to 審査中 (ANSWER_DOCUMENTS). Each item is answered once (its id is the action's key).
 */
export async function answerItem(ctx: AppContext, account: SessionAccount, filer: Filer, id: string, itemId: string, received: ReceivedUploads, meta: Meta): Promise<FilerCaseView> {
  try {
    if (received.files.length === 0) throw new AppError('UNPROCESSABLE', M.noFile, [{ path: 'files', message: M.noFile }]);
    await ctx.database.db.transaction(async (tx) => {
      const row = await lockOwned(tx, filer, id);
      const log = await listActions(tx, id);
      const { request, item } = openItem(log, itemId);
      const files = received.files.map((f) => ({ storedFileId: f.id, contentType: f.contentType, sizeBytes: f.sizeBytes }));
      await appendFilerAction(tx, ctx, account, row, log, 'ANSWER_DOCUMENT_ITEM', `answer-item:${item.id}`, { requestId: request.id, itemId: item.id, files });
      const complete = request.items.every((i) => i.id === item.id || i.answeredAt !== null);
      if (complete) await appendFilerAction(tx, ctx, account, row, log, 'ANSWER_DOCUMENTS', `answer-documents:${request.id}`, { requestId: request.id });
      await appendAudit(tx, ctx.clock, {
        ...auditActor(account), subjectType: 'application', subjectId: id, action: 'application.document-answered', ipAddress: meta.ip, outcome: 'SUCCESS',
        details: { requestId: request.id, itemId: item.id, files: files.length, complete },
      });
    });
  } catch (error) {
    await discardUploads(ctx, received.files);
    throw error;
  }
  return filerView(ctx, account, id, meta);
}

/** R-CASE-4: the filer's message; the officer holding the case is emailed a notice. A retry with the same key adds nothing. */
export async function postFilerMessage(ctx: AppContext, account: SessionAccount, id: string, body: { idempotencyKey: string; body: string }, meta: Meta): Promise<FilerCaseView> {
  const { filer } = await loadOwned(ctx, account, id, 'application.message', meta);
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockOwned(tx, filer, id);
    const log = await listActions(tx, id);
    const { action, created } = await appendFilerAction(tx, ctx, account, row, log, 'MESSAGE', `message:${body.idempotencyKey}`, { side: 'FILER', body: body.body });
    if (!created) return;
    const holder = currentHolderId(log);
    if (holder) await mailOfficer(tx, ctx, row, holder, action.id);
    await appendAudit(tx, ctx.clock, {
      ...auditActor(account), subjectType: 'application', subjectId: id, action: 'application.message', ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { length: body.body.length, notified: holder !== null },
    });
  });
  return filerView(ctx, account, id, meta);
}
