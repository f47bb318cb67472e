import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { auditActor, loadOwned, type Meta } from '../applications/access.js';
import { listActions } from '../applications/action-repository.js';
import { loadVisible } from '../back-office/access.js';
import { documentRequestsOf } from './case-log.js';
import { EXAMINATION_MESSAGES as M } from './messages.js';
import { findStoredFile } from './repository.js';

interface FileRef {
  id: string;
  itemId: string;
  fileId: string;
}

async function openAnswerFile(ctx: AppContext, ref: FileRef) {
  const log = await listActions(ctx.database.db, ref.id);
  const item = documentRequestsOf(log).flatMap((r) => r.items).find((i) => i.id === ref.itemId);
  const listed = item?.files.find((f) => f.id === ref.fileId);
  const stored = listed ? await findStoredFile(ctx.database.db, listed.id) : undefined;
  if (!stored) throw new AppError('NOT_FOUND', M.itemNotFound);
  const extension = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }[stored.contentType] ?? 'bin';
  return { stream: await ctx.storage.get(stored.storageKey), contentType: stored.contentType, sizeBytes: stored.sizeBytes, fileName: `document-${ref.fileId.slice(0, 8)}.${extension}` };
}

/** The filer downloads what they uploaded for an item. */
export async function openFilerAnswerFile(ctx: AppContext, account: SessionAccount, ref: FileRef, meta: Meta) {
  await loadOwned(ctx, account, ref.id, 'application.document-answer.downloaded', meta);
  return openAnswerFile(ctx, ref);
}

/** The officer opens an answered file in the viewer; every view is audited (R-EXAM-6). */
export async function openOfficerAnswerFile(ctx: AppContext, account: SessionAccount, ref: FileRef, meta: Meta) {
  await loadVisible(ctx, account, ref.id, 'back-office.document-answer.viewed', meta);
  const file = await openAnswerFile(ctx, ref);
  await ctx.database.db.transaction(async (tx) => {
    await appendAudit(tx, ctx.clock, {
      ...auditActor(account), subjectType: 'application', subjectId: ref.id, action: 'back-office.document-answer.viewed', ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { itemId: ref.itemId, fileId: ref.fileId },
    });
  });
  return file;
}
