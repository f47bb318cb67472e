import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../../domain/calendar/clock.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError, MESSAGES } from '../../errors.js';
import { createMalwareScanner, MalwareFoundError, MalwareScanUnavailableError } from '../malware-scan/malware-scanner.js';
import { newStorageKey, type FileStorage } from '../storage/file-storage.js';
import type { AcceptedMime } from './content/content-check.js';
import { UPLOAD_INTERRUPTED, UploadRefusedError, type UploadLimits } from './refusals.js';
import { discardRestOfBody } from './register-multipart.js';
import { insertStoredFiles, type StoredFileRow } from './stored-files.js';
import { UploadGate } from './upload-gate.js';

export interface UploadDeps {
  db: DbOrTx;
  storage: FileStorage;
  clock: Clock;
  /** config.uploads: the R-ATT-2 limits, and the malware scanner every file goes through (when configured). */
  limits: UploadLimits;
}

export interface ReceiveOptions {
  /** Recorded in stored_files.purpose and used as the storage key prefix, e.g. "attachment". */
  purpose: string;
  /** Files and bytes the application already holds (R-ATT-2 counts the photo and earlier uploads too). */
  existing?: { files: number; bytes: number };
}

export interface StoredUpload {
  id: string;
  /** 1-based position among all the application's files, the number the messages use. */
  fileNumber: number;
  fieldName: string;
  storageKey: string;
  contentType: AcceptedMime;
  sizeBytes: number;
  sha256: string;
}

export interface ReceivedUploads {
  files: StoredUpload[];
  /** Plain form fields sent with the files (first value of each name). */
  fields: Record<string, string>;
}

/**
 * Streams every file of a multipart request to storage, one at a time with bounded memory, checking count,
 * size, total and content (R-ATT-2), and records a stored_files row for each. All or nothing: on any refusal
 * (or failure) the objects already stored for this request are deleted and an AppError names the file and why.
 * The user's file name is never used: keys are generated and the type comes from the content.
 */
export async function receiveUploads(request: FastifyRequest, deps: UploadDeps, options: ReceiveOptions): Promise<ReceivedUploads> {
  const { limits, storage } = deps;
  const scanner = createMalwareScanner(limits);
  let fileCount = options.existing?.files ?? 0;
  let totalBytes = options.existing?.bytes ?? 0;
  const files: StoredUpload[] = [];
  const storedKeys: string[] = [];
  const fields: Record<string, string> = {};
  let current: MultipartFile | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (!(part.fieldname in fields) && typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      current = part;
      fileCount += 1;
      if (fileCount > limits.maxFiles) throw new UploadRefusedError(fileCount, 'too-many-files', limits);
      const gate = new UploadGate(fileCount, limits, totalBytes);
      // pipeline (not pipe) also fails the gate when the parser destroyed the file before this loop saw it.
      pipeline(part.file, gate, () => undefined);
      const mime = await gate.detected;
      const storageKey = newStorageKey(options.purpose);
      storedKeys.push(storageKey);
      // The scan runs alongside the write and ends only on a clean answer, so an infected file fails the write.
      const scan = scanner.enabled ? scanner.scanStream() : undefined;
      if (scan) pipeline(gate, scan, () => undefined);
      const { size } = await storage.put(storageKey, scan ?? gate, mime);
      const result = gate.result;
      if (!result || result.size !== size) throw new Error('storage size differs from the bytes received');
      totalBytes += size;
      files.push({ id: randomUUID(), fileNumber: fileCount, fieldName: part.fieldname, storageKey, contentType: mime, sizeBytes: size, sha256: result.sha256 });
      current = undefined;
    }
    const now = deps.clock.now();
    const rows: StoredFileRow[] = files.map((f) => ({ id: f.id, storageKey: f.storageKey, contentType: f.contentType, sizeBytes: f.sizeBytes, sha256: f.sha256, purpose: options.purpose, createdAt: now }));
    await insertStoredFiles(deps.db, rows);
    return { files, fields };
  } catch (error) {
    // Destroying the refused file makes the multipart plugin stop parsing and unpipe the request, so the rest
    // of the body is discarded instead of being held under back-pressure.
    current?.file.destroy();
    discardRestOfBody(request);
    await Promise.all(storedKeys.map((key) => storage.delete(key).catch(() => undefined)));
    throw asAppError(scanRefusal(request, error, fileCount, limits));
  }
}

/** A scanner's verdict becomes a refusal naming the file; the detail goes to the log only. */
function scanRefusal(request: FastifyRequest, error: unknown, fileNumber: number, limits: UploadLimits): unknown {
  if (error instanceof MalwareFoundError) {
    request.log.warn({ signature: error.signature, fileNumber }, 'upload refused: malware found');
    return new UploadRefusedError(fileNumber, 'malware-found', limits);
  }
  if (error instanceof MalwareScanUnavailableError) {
    request.log.error({ detail: error.detail }, 'upload refused: malware scanner unavailable');
    return new UploadRefusedError(fileNumber, 'scan-unavailable', limits);
  }
  return error;
}

/** The multipart plugin's own errors (malformed body, its backstop limits, a client gone) become a 400/413. */
function asAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new AppError('UNSUPPORTED_MEDIA_TYPE', MESSAGES.unsupportedMediaType);
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE', UPLOAD_INTERRUPTED);
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return new AppError('INVALID_REQUEST', UPLOAD_INTERRUPTED);
  const message = error instanceof Error ? error.message : '';
  if (/terminated early|Unexpected end|premature close|aborted/i.test(message)) return new AppError('INVALID_REQUEST', UPLOAD_INTERRUPTED);
  return error;
}
