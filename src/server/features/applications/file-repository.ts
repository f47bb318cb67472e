import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { applicationFiles, receptionCounters, storedFiles } from '../../db/schema.js';

export type ApplicationFileRow = typeof applicationFiles.$inferSelect;

/** An application's file with what storage knows about it (type by content, size, hash). */
export interface ApplicationFile {
  id: string;
  kind: ApplicationFileRow['kind'];
  documentCode: string | null;
  storedFileId: string;
  storageKey: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
}

const fileColumns = {
  id: applicationFiles.id, kind: applicationFiles.kind, documentCode: applicationFiles.documentCode, storedFileId: applicationFiles.storedFileId,
  storageKey: storedFiles.storageKey, contentType: storedFiles.contentType, sizeBytes: storedFiles.sizeBytes, sha256: storedFiles.sha256,
  createdAt: applicationFiles.createdAt,
};

export async function listFiles(db: DbOrTx, applicationId: string): Promise<ApplicationFile[]> {
  return db.select(fileColumns).from(applicationFiles).innerJoin(storedFiles, eq(storedFiles.id, applicationFiles.storedFileId))
    .where(eq(applicationFiles.applicationId, applicationId)).orderBy(asc(applicationFiles.createdAt), asc(applicationFiles.id));
}

export async function findFile(db: DbOrTx, applicationId: string, fileId: string): Promise<ApplicationFile | undefined> {
  const [row] = await db.select(fileColumns).from(applicationFiles).innerJoin(storedFiles, eq(storedFiles.id, applicationFiles.storedFileId))
    .where(and(eq(applicationFiles.applicationId, applicationId), eq(applicationFiles.id, fileId))).limit(1);
  return row;
}

export async function insertFiles(db: DbOrTx, rows: (typeof applicationFiles.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(applicationFiles).values(rows);
}

/** Removes the application's link and the stored_files row; the caller deletes the object once this commits. */
export async function deleteFile(db: DbOrTx, file: Pick<ApplicationFile, 'id' | 'storedFileId'>): Promise<void> {
  await db.delete(applicationFiles).where(eq(applicationFiles.id, file.id));
  await db.delete(storedFiles).where(eq(storedFiles.id, file.storedFileId));
}

/**
 * R-SUB-2: the next serial of an office and year. The upsert takes the counter row's lock until the caller's
 * transaction ends, so concurrent acceptances queue on it, and a rollback takes the increment back: no gaps.
 */
export async function nextReceptionSerial(tx: DbOrTx, office: string, year: number): Promise<number> {
  const [row] = await tx.insert(receptionCounters).values({ office, year, lastSerial: 1 })
    .onConflictDoUpdate({ target: [receptionCounters.office, receptionCounters.year], set: { lastSerial: sql`${receptionCounters.lastSerial} + 1` } })
    .returning({ serial: receptionCounters.lastSerial });
  if (!row) throw new Error('reception counter did not return a serial');
  return row.serial;
}
