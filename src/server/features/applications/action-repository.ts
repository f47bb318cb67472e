import { and, asc, eq } from 'drizzle-orm';
import { CaseAction } from '../../../domain/case/index.js';
import type { DbOrTx } from '../../db/client.js';
import { applicationActions } from '../../db/schema.js';

/** A log row with its type read as a case action. */
export type ActionRow = Omit<typeof applicationActions.$inferSelect, 'type'> & { type: CaseAction };
export type NewActionRow = typeof applicationActions.$inferInsert & { type: CaseAction };

function parsed(row: typeof applicationActions.$inferSelect): ActionRow {
  return { ...row, type: CaseAction.parse(row.type) };
}

/** The insert of an action, to send with other writes (writeTogether); nothing if the key is already logged. */
export function actionInsert(db: DbOrTx, row: NewActionRow) {
  return db.insert(applicationActions).values(row).onConflictDoNothing({ target: [applicationActions.applicationId, applicationActions.idempotencyKey] });
}

/** Appends an action unless one with the same idempotency key exists; returns the stored action either way. */
export async function appendActionOnce(db: DbOrTx, row: NewActionRow): Promise<{ action: ActionRow; created: boolean }> {
  const inserted = await db.insert(applicationActions).values(row)
    .onConflictDoNothing({ target: [applicationActions.applicationId, applicationActions.idempotencyKey] }).returning();
  if (inserted[0]) return { action: parsed(inserted[0]), created: true };
  const existing = await findActionByKey(db, row.applicationId, row.idempotencyKey);
  if (!existing) throw new Error('action conflict without a row');
  return { action: existing, created: false };
}

export async function findActionByKey(db: DbOrTx, applicationId: string, idempotencyKey: string): Promise<ActionRow | undefined> {
  const [row] = await db.select().from(applicationActions)
    .where(and(eq(applicationActions.applicationId, applicationId), eq(applicationActions.idempotencyKey, idempotencyKey))).limit(1);
  return row ? parsed(row) : undefined;
}

export async function listActions(db: DbOrTx, applicationId: string): Promise<ActionRow[]> {
  const rows = await db.select().from(applicationActions).where(eq(applicationActions.applicationId, applicationId)).orderBy(asc(applicationActions.id));
  return rows.map(parsed);
}
