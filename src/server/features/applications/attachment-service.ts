import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Answers } from '../../../forms/types.js';
import type { ReceiptMethod } from '../../../domain/receipt/index.js';
import { checkFacePhoto } from '../../adapters/photo/check-face-photo.js';
import { newStorageKey } from '../../adapters/storage/file-storage.js';
import type { ReceivedUploads, StoredUpload } from '../../adapters/uploads/receive-uploads.js';
import { UploadRefusedError } from '../../adapters/uploads/refusals.js';
import { deleteStoredFiles, insertStoredFiles } from '../../adapters/uploads/stored-files.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { assertEditable, auditActor, loadOwned, lockOwned, type Meta } from './access.js';
import { findApplication, updateApplication } from './application-repository.js';
import { deleteFile, findFile, insertFiles, listFiles } from './file-repository.js';
import type { Filer } from './filer.js';
import { checklistOf, receiptMethodsOf } from './form-checks.js';
import { APPLICATION_MESSAGES } from './messages.js';
import { describeApplication, generatedFileName } from './view.js';

export const PHOTO_UPLOAD_PURPOSE = 'application-photo-upload';
export const DOCUMENT_PURPOSE = 'application-document';

/** Before streaming: the filer may add files to this draft, and what it holds already counts against R-ATT-2. */
export async function prepareUpload(ctx: AppContext, account: SessionAccount, id: string, kind: 'PHOTO' | 'DOCUMENT', meta: Meta) {
  const { filer, row } = await loadOwned(ctx, account, id, kind === 'PHOTO' ? 'application.photo' : 'application.attach', meta);
  assertEditable(row);
  const counted = (await listFiles(ctx.database.db, id)).filter((f) => kind === 'DOCUMENT' || f.kind !== 'PHOTO');
  return { filer, existing: { files: counted.length, bytes: counted.reduce((n, f) => n + f.sizeBytes, 0) } };
}

/** Removes what a refused request stored (objects and stored_files rows). */
export async function discardUploads(ctx: AppContext, files: readonly Pick<StoredUpload, 'id' | 'storageKey'>[]): Promise<void> {
  await deleteStoredFiles(ctx.database.db, files.map((f) => f.id));
  await Promise.all(files.map((f) => ctx.storage.delete(f.storageKey).catch(() => undefined)));
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** R-ATT-2 counted again under the row lock: two uploads at once cannot both take the last place. */
async function assertWithinLimits(tx: DbOrTx, ctx: AppContext, id: string, added: { files: number; bytes: number }, replacingPhoto: boolean): Promise<void> {
  const held = (await listFiles(tx, id)).filter((f) => !(replacingPhoto && f.kind === 'PHOTO'));
  const files = held.length + added.files;
  const bytes = held.reduce((n, f) => n + f.sizeBytes, 0) + added.bytes;
  const limits = ctx.config.uploads;
  if (files > limits.maxFiles) throw new UploadRefusedError(files, 'too-many-files', limits);
  if (bytes > limits.maxTotalBytes) throw new UploadRefusedError(files, 'total-too-large', limits);
}

/**
 * R-ATT-1: the one image received is checked by the photo adapter (format by content, 3:4, minimum size) and
 * stored re-encoded without metadata; the upload as sent is then removed. A previous photo is replaced.
 */
export async function attachPhoto(ctx: AppContext, account: SessionAccount, filer: Filer, id: string, received: ReceivedUploads, meta: Meta) {
  const [upload, ...extra] = received.files;
  if (!upload || extra.length > 0) {
    await discardUploads(ctx, received.files);
    throw new AppError('UNPROCESSABLE', upload ? APPLICATION_MESSAGES.oneFileOnly : APPLICATION_MESSAGES.noFile, [{ path: 'photo', message: upload ? APPLICATION_MESSAGES.oneFileOnly : APPLICATION_MESSAGES.noFile }]);
  }
  const stored = { id: randomUUID(), storageKey: newStorageKey('application-photo') };
  let isStored = false;
  try {
    const photo = await checkFacePhoto(await readAll(await ctx.storage.get(upload.storageKey)), ctx.config.uploads);
    await ctx.storage.put(stored.storageKey, photo.jpeg, 'image/jpeg');
    isStored = true;
    const replaced = await ctx.database.db.transaction(async (tx) => {
      const row = await lockOwned(tx, filer, id);
      assertEditable(row);
      await assertWithinLimits(tx, ctx, id, { files: 1, bytes: photo.jpeg.length }, true);
      const now = ctx.clock.now();
      const previous = (await listFiles(tx, id)).find((f) => f.kind === 'PHOTO');
      if (previous) await deleteFile(tx, previous);
      const sha256 = createHash('sha256').update(photo.jpeg).digest('hex');
      await insertStoredFiles(tx, [{ id: stored.id, storageKey: stored.storageKey, contentType: 'image/jpeg', sizeBytes: photo.jpeg.length, sha256, purpose: 'application-photo', createdAt: now }]);
      await insertFiles(tx, [{ id: randomUUID(), applicationId: id, kind: 'PHOTO', documentCode: null, storedFileId: stored.id, createdAt: now }]);
      await touch(tx, id, now);
      await appendAudit(tx, ctx.clock, {
        ...auditActor(account), subjectType: 'application', subjectId: id, action: 'application.photo-attached', ipAddress: meta.ip, outcome: 'SUCCESS',
        details: { width: photo.width, height: photo.height, bytes: photo.jpeg.length, replaced: Boolean(previous) },
      });
      return previous;
    });
    if (replaced) await ctx.storage.delete(replaced.storageKey).catch(() => undefined);
  } catch (error) {
    if (isStored) await ctx.storage.delete(stored.storageKey).catch(() => undefined);
    throw error;
  } finally {
    await discardUploads(ctx, [upload]);
  }
  return viewOf(ctx, filer, id);
}

/** R-ATT-2/R-ATT-3: documents under one checklist code, all or nothing. */
export async function attachDocuments(ctx: AppContext, account: SessionAccount, filer: Filer, id: string, received: ReceivedUploads, meta: Meta) {
  try {
    const code = received.fields.documentCode?.trim();
    if (!code) throw new AppError('UNPROCESSABLE', APPLICATION_MESSAGES.documentCodeMissing, [{ path: 'documentCode', message: APPLICATION_MESSAGES.documentCodeMissing }]);
    if (received.files.length === 0) throw new AppError('UNPROCESSABLE', APPLICATION_MESSAGES.noFile, [{ path: 'files', message: APPLICATION_MESSAGES.noFile }]);
    await ctx.database.db.transaction(async (tx) => {
      const row = await lockOwned(tx, filer, id);
      assertEditable(row);
      if (!checklistOf(row.answers as Answers, filer, []).some((item) => item.code === code)) {
        throw new AppError('UNPROCESSABLE', APPLICATION_MESSAGES.unknownDocumentCode, [{ path: 'documentCode', message: APPLICATION_MESSAGES.unknownDocumentCode }]);
      }
      await assertWithinLimits(tx, ctx, id, { files: received.files.length, bytes: received.files.reduce((n, f) => n + f.sizeBytes, 0) }, false);
      const now = ctx.clock.now();
      // A millisecond apart, so the files of one request keep the order they were sent in.
      await insertFiles(tx, received.files.map((f, i) => ({
        id: randomUUID(), applicationId: id, kind: 'DOCUMENT' as const, documentCode: code, storedFileId: f.id, createdAt: new Date(now.getTime() + i),
      })));
      await touch(tx, id, now);
      await appendAudit(tx, ctx.clock, {
        ...auditActor(account), subjectType: 'application', subjectId: id, action: 'application.documents-attached', ipAddress: meta.ip, outcome: 'SUCCESS',
        details: { documentCode: code, files: received.files.length, bytes: received.files.reduce((n, f) => n + f.sizeBytes, 0) },
      });
    });
  } catch (error) {
    await discardUploads(ctx, received.files);
    throw error;
  }
  return viewOf(ctx, filer, id);
}

async function touch(tx: DbOrTx, id: string, now: Date): Promise<void> {
  await updateApplication(tx, id, { updatedAt: now });
}

async function viewOf(ctx: AppContext, filer: Filer, id: string) {
  const row = await findApplication(ctx.database.db, id);
  if (!row) throw new AppError('NOT_FOUND', APPLICATION_MESSAGES.notFound);
  return describeApplication(ctx.database.db, ctx.config, ctx.clock, row, filer);
}

export async function removeAttachment(ctx: AppContext, account: SessionAccount, id: string, fileId: string, meta: Meta) {
  const { filer } = await loadOwned(ctx, account, id, 'application.detach', meta);
  const removed = await ctx.database.db.transaction(async (tx) => {
    const row = await lockOwned(tx, filer, id);
    assertEditable(row);
    const file = await findFile(tx, id, fileId);
    if (!file) throw new AppError('NOT_FOUND', APPLICATION_MESSAGES.attachmentNotFound);
    await deleteFile(tx, file);
    await touch(tx, id, ctx.clock.now());
    await appendAudit(tx, ctx.clock, {
      ...auditActor(account), subjectType: 'application', subjectId: id, action: 'application.file-removed', ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { kind: file.kind, documentCode: file.documentCode },
    });
    return file;
  });
  await ctx.storage.delete(removed.storageKey).catch(() => undefined);
  return viewOf(ctx, filer, id);
}

/** A file to download (R-SUB-3: the submitted attachments stay downloadable), under a generated name. */
export async function openAttachment(ctx: AppContext, account: SessionAccount, id: string, fileId: string | 'PHOTO', meta: Meta) {
  await loadOwned(ctx, account, id, 'application.download', meta);
  const files = await listFiles(ctx.database.db, id);
  const file = fileId === 'PHOTO' ? files.find((f) => f.kind === 'PHOTO') : files.find((f) => f.id === fileId);
  if (!file) throw new AppError('NOT_FOUND', APPLICATION_MESSAGES.attachmentNotFound);
  const sameCode = files.filter((f) => f.kind === file.kind && f.documentCode === file.documentCode);
  const position = sameCode.findIndex((f) => f.id === file.id) + 1;
  return { stream: await ctx.storage.get(file.storageKey), contentType: file.contentType, sizeBytes: file.sizeBytes, fileName: generatedFileName(file, position) };
}

/** R-ATT-4: one of the ways these procedures allow. */
export async function chooseReceiptMethod(ctx: AppContext, account: SessionAccount, id: string, method: ReceiptMethod, meta: Meta) {
  const { filer, row } = await loadOwned(ctx, account, id, 'application.receipt-method', meta);
  assertEditable(row);
  if (!receiptMethodsOf(row.answers as Answers, filer).includes(method)) {
    throw new AppError('UNPROCESSABLE', APPLICATION_MESSAGES.receiptMethodNotAllowed, [{ path: 'method', message: APPLICATION_MESSAGES.receiptMethodNotAllowed }]);
  }
  const updated = await updateApplication(ctx.database.db, id, { receiptMethod: method, updatedAt: ctx.clock.now() });
  return describeApplication(ctx.database.db, ctx.config, ctx.clock, updated, filer);
}
