import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { intermediaryRegistrations } from '../../db/schema.js';

export type IntermediaryRegistration = typeof intermediaryRegistrations.$inferSelect;

export async function insertRegistration(db: DbOrTx, row: typeof intermediaryRegistrations.$inferInsert): Promise<void> {
  await db.insert(intermediaryRegistrations).values(row);
}

/** A registration with this number that is waiting or approved (a rejected one may be filed again). */
export async function findOpenByNumber(db: DbOrTx, profession: IntermediaryRegistration['profession'], registrationNumber: string): Promise<IntermediaryRegistration | undefined> {
  const [row] = await db.select().from(intermediaryRegistrations).where(and(
    eq(intermediaryRegistrations.profession, profession), eq(intermediaryRegistrations.registrationNumber, registrationNumber),
    inArray(intermediaryRegistrations.status, ['PENDING', 'APPROVED']),
  )).limit(1);
  return row;
}

export async function listPending(db: DbOrTx, office: string): Promise<IntermediaryRegistration[]> {
  return db.select().from(intermediaryRegistrations)
    .where(and(eq(intermediaryRegistrations.office, office), eq(intermediaryRegistrations.status, 'PENDING')))
    .orderBy(asc(intermediaryRegistrations.createdAt));
}

/** Locks the row for a decision, so that two officers cannot both decide it. */
export async function lockRegistration(tx: DbOrTx, id: string): Promise<IntermediaryRegistration | undefined> {
  const [row] = await tx.select().from(intermediaryRegistrations).where(eq(intermediaryRegistrations.id, id)).for('update');
  return row;
}

export async function findByAccount(db: DbOrTx, accountId: string): Promise<IntermediaryRegistration | undefined> {
  const [row] = await db.select().from(intermediaryRegistrations).where(eq(intermediaryRegistrations.accountId, accountId)).limit(1);
  return row;
}

export async function updateRegistration(db: DbOrTx, id: string, changes: Partial<typeof intermediaryRegistrations.$inferInsert>): Promise<void> {
  await db.update(intermediaryRegistrations).set({ ...changes, updatedAt: changes.updatedAt ?? sql`now()` }).where(eq(intermediaryRegistrations.id, id));
}
