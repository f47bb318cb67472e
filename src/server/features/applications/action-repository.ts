import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { applicationActions } from '../../db/schema.js';

export type ActionRow = typeof applicationActions.$inferSelect;
export type NewActionRow = typeof applicationActions.$inferInsert;

/** Appends an action unless one with the same idempotency key exists; returns the stored action either way. */
export async function appendActionOnce(db: DbOrTx, row: NewActionRow): Promise<{ action: ActionRow; created: boolean }> {
  const inserted = await db.insert(applicationActions).values(row)
    .onConflictDoNothing({ target: [applicationActions.applicationId, applicationActions.idempotencyKey] }).returning();
  if (inserted[0]) return { action: inserted[0], created: true };
  const existing = await findActionByKey(db, row.applicationId, row.idempotencyKey);
  if (!existing) throw new Error('action conflict without a row');
  return { action: existing, created: false };
}

export async function findActionByKey(db: DbOrTx, applicationId: string, idempotencyKey: string): Promise<ActionRow | undefined> {
  const [row] = await db.select().from(applicationActions)
    .where(and(eq(applicationActions.applicationId, applicationId), eq(applicationActions.idempotencyKey, idempotencyKey))).limit(1);
  return row;
}

export async function listActions(db: DbOrTx, applicationId: string): Promise<ActionRow[]> {
  return db.select().from(applicationActions).where(eq(applicationActions.applicationId, applicationId)).orderBy(asc(applicationActions.id));
}
