import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { toFieldErrors, type FieldError } from '../../../domain/validation/field-errors.js';
import { receiveUploads, type ReceivedUploads, type StoredUpload } from '../../adapters/uploads/receive-uploads.js';
import { deleteStoredFiles } from '../../adapters/uploads/stored-files.js';
import type { AppContext } from '../../context.js';
import { AppError, MESSAGES } from '../../errors.js';

/** Streams a usage application's files to storage with the upload adapter's checks (R-ATT-2). */
export function receiveUsageUploads(request: FastifyRequest, ctx: AppContext): Promise<ReceivedUploads> {
  const deps = { db: ctx.database.db, storage: ctx.storage, clock: ctx.clock, limits: ctx.config.uploads };
  return receiveUploads(request, deps, { purpose: 'usage-application' });
}

/** Removes what a refused request stored: the objects and their rows. */
export async function discardUploads(ctx: AppContext, files: readonly StoredUpload[]): Promise<void> {
  await Promise.all(files.map((f) => ctx.storage.delete(f.storageKey).catch(() => undefined)));
  await deleteStoredFiles(ctx.database.db, files.map((f) => f.id));
}

/** Runs `use` with the received files; when it throws, the files are discarded first (nothing is kept for a refused request). */
export async function keepUploadsIf<T>(ctx: AppContext, files: readonly StoredUpload[], use: () => Promise<T>): Promise<T> {
  try {
    return await use();
  } catch (error) {
    await discardUploads(ctx, files);
    throw error;
  }
}

export function invalid(fields: FieldError[]): AppError {
  return new AppError('INVALID_REQUEST', MESSAGES.invalidRequest, fields);
}

/** A JSON form sent as one multipart field: parsed with its schema, every problem named by its field. */
export function parseJsonField<S extends z.ZodType>(schema: S, raw: string | undefined, fieldName: string): { data?: z.infer<S>; raw: unknown; errors: FieldError[] } {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '');
  } catch {
    return { raw: undefined, errors: [{ path: fieldName, message: MESSAGES.malformedJson }] };
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? { data: parsed.data, raw: value, errors: [] } : { raw: value, errors: toFieldErrors(parsed.error.issues) };
}
