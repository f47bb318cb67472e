import { and, asc, eq, inArray, min } from 'drizzle-orm';
import type { DocumentStatus } from '../../../domain/verification/documents.js';
import type { DbOrTx } from '../../db/client.js';
import { applicationActions, issuedDocuments } from '../../db/schema.js';

export type IssuedDocumentRow = typeof issuedDocuments.$inferSelect;
export type NewIssuedDocumentRow = typeof issuedDocuments.$inferInsert;

/** Inserts unless a document with the same dedupe key exists; returns the stored one either way. */
export async function insertDocumentOnce(db: DbOrTx, row: NewIssuedDocumentRow): Promise<{ row: IssuedDocumentRow; created: boolean }> {
  const inserted = row.dedupeKey
    ? await db.insert(issuedDocuments).values(row).onConflictDoNothing({ target: issuedDocuments.dedupeKey }).returning()
    : await db.insert(issuedDocuments).values(row).returning();
  if (inserted[0]) return { row: inserted[0], created: true };
  const existing = row.dedupeKey ? await findDocumentByDedupeKey(db, row.dedupeKey) : undefined;
  if (!existing) throw new Error('issued document conflict without a row');
  return { row: existing, created: false };
}

export async function findDocumentByDedupeKey(db: DbOrTx, dedupeKey: string): Promise<IssuedDocumentRow | undefined> {
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.dedupeKey, dedupeKey)).limit(1);
  return row;
}

export async function findDocumentByNumber(db: DbOrTx, number: string): Promise<IssuedDocumentRow | undefined> {
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.number, number)).limit(1);
  return row;
}

export async function findDocument(db: DbOrTx, id: string): Promise<IssuedDocumentRow | undefined> {
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.id, id)).limit(1);
  return row;
}

export async function listDocumentsOfApplication(db: DbOrTx, applicationId: string): Promise<IssuedDocumentRow[]> {
  return db.select().from(issuedDocuments).where(eq(issuedDocuments.applicationId, applicationId)).orderBy(asc(issuedDocuments.issuedAt), asc(issuedDocuments.id));
}

export async function setDocumentStatus(db: DbOrTx, id: string, status: Exclude<DocumentStatus, 'ACTIVE'>, at: Date, reason: string): Promise<IssuedDocumentRow | undefined> {
  const [row] = await db.update(issuedDocuments).set({ status, statusChangedAt: at, statusReason: reason }).where(eq(issuedDocuments.id, id)).returning();
  return row;
}

/** When an application stopped pending (decided or withdrawn): it ends a proof of pending application (R-PLUS-5). */
export async function applicationEndedAt(db: DbOrTx, applicationId: string): Promise<Date | undefined> {
  const [row] = await db.select({ at: min(applicationActions.at) }).from(applicationActions)
    .where(and(eq(applicationActions.applicationId, applicationId), inArray(applicationActions.type, ['GRANT', 'REFUSE', 'WITHDRAW'])));
  return row?.at ?? undefined;
}
