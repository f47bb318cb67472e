import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { storedFiles, usageApplicationFiles, usageApplicationMessages } from '../../db/schema.js';

export type UsageMessage = typeof usageApplicationMessages.$inferSelect;
export type UsageFileLink = typeof usageApplicationFiles.$inferInsert;
export type UsageFile = { link: typeof usageApplicationFiles.$inferSelect; file: typeof storedFiles.$inferSelect };

export async function insertMessage(db: DbOrTx, row: typeof usageApplicationMessages.$inferInsert): Promise<void> {
  await db.insert(usageApplicationMessages).values(row);
}

export async function listMessages(db: DbOrTx, applicationIds: string[]): Promise<UsageMessage[]> {
  if (applicationIds.length === 0) return [];
  return db.select().from(usageApplicationMessages).where(inArray(usageApplicationMessages.usageApplicationId, applicationIds)).orderBy(asc(usageApplicationMessages.createdAt));
}

/** The reviewer's last request for more on the application: whom to tell when the organisation answers. */
export async function findLastRequest(db: DbOrTx, applicationId: string): Promise<UsageMessage | undefined> {
  const rows = await db.select().from(usageApplicationMessages)
    .where(and(eq(usageApplicationMessages.usageApplicationId, applicationId), eq(usageApplicationMessages.kind, 'MORE_REQUESTED')))
    .orderBy(desc(usageApplicationMessages.createdAt)).limit(1);
  return rows[0];
}

export async function insertFileLinks(db: DbOrTx, rows: UsageFileLink[]): Promise<void> {
  if (rows.length > 0) await db.insert(usageApplicationFiles).values(rows);
}

export async function listFiles(db: DbOrTx, applicationIds: string[]): Promise<UsageFile[]> {
  if (applicationIds.length === 0) return [];
  const rows = await db.select({ link: usageApplicationFiles, file: storedFiles }).from(usageApplicationFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, usageApplicationFiles.storedFileId))
    .where(inArray(usageApplicationFiles.usageApplicationId, applicationIds))
    .orderBy(asc(usageApplicationFiles.createdAt), asc(usageApplicationFiles.kind));
  return rows;
}

export async function findFile(db: DbOrTx, applicationId: string, fileId: string): Promise<UsageFile | undefined> {
  const rows = await db.select({ link: usageApplicationFiles, file: storedFiles }).from(usageApplicationFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, usageApplicationFiles.storedFileId))
    .where(and(eq(usageApplicationFiles.usageApplicationId, applicationId), eq(usageApplicationFiles.id, fileId))).limit(1);
  return rows[0];
}
