import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { storedFiles } from '../../db/schema.js';

export type StoredFileRow = typeof storedFiles.$inferInsert;

/** Records received files (one statement, so a request's files are recorded together or not at all). */
export async function insertStoredFiles(db: DbOrTx, rows: StoredFileRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(storedFiles).values(rows);
}

export async function deleteStoredFiles(db: DbOrTx, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.delete(storedFiles).where(inArray(storedFiles.id, ids));
}
