import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { preparedFor, type DbOrTx } from '../../db/client.js';
import { accounts, sessions } from '../../db/schema.js';
import type { Account } from './account-repository.js';

export type SessionRow = typeof sessions.$inferSelect;
export type SessionStage = SessionRow['stage'];
export type SessionEndReason = 'SIGNED_OUT' | 'IDLE_TIMEOUT' | 'ABSOLUTE_TIMEOUT' | 'PENDING_EXPIRED' | 'REPLACED' | 'PASSWORD_CHANGED' | 'ACCOUNT_DISABLED' | 'AUTH_ID_EXPIRED';

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** Every signed-in request reads its session: built once, and a named statement the database parses once per connection. */
const openSessionQuery = preparedFor((db) => db
  .select({ session: sessions, account: accounts })
  .from(sessions)
  .innerJoin(accounts, eq(accounts.id, sessions.accountId))
  .where(and(eq(sessions.idHash, sql.placeholder('idHash')), isNull(sessions.endedAt)))
  .limit(1)
  .prepare('find_open_session'));

export async function findOpenSession(db: DbOrTx, idHash: string): Promise<{ session: SessionRow; account: Account } | undefined> {
  const rows = await openSessionQuery(db).execute({ idHash });
  return rows[0];
}

export async function updateSession(db: DbOrTx, idHash: string, changes: Partial<typeof sessions.$inferInsert>): Promise<void> {
  await db.update(sessions).set(changes).where(eq(sessions.idHash, idHash));
}

/** Ends the session if still open; true when this call ended it (so only one caller audits it). */
export async function endSession(db: DbOrTx, idHash: string, at: Date, reason: SessionEndReason): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ endedAt: at, endReason: reason, pendingTotpSecret: null })
    .where(and(eq(sessions.idHash, idHash), isNull(sessions.endedAt)))
    .returning({ idHash: sessions.idHash });
  return rows.length > 0;
}

/** Ends every open session of the account except one (after a password change, all others go). */
export async function endOtherSessions(db: DbOrTx, accountId: string, exceptIdHash: string | null, at: Date, reason: SessionEndReason): Promise<number> {
  const where = exceptIdHash
    ? and(eq(sessions.accountId, accountId), isNull(sessions.endedAt), ne(sessions.idHash, exceptIdHash))
    : and(eq(sessions.accountId, accountId), isNull(sessions.endedAt));
  const rows = await db.update(sessions).set({ endedAt: at, endReason: reason, pendingTotpSecret: null }).where(where).returning({ idHash: sessions.idHash });
  return rows.length;
}
