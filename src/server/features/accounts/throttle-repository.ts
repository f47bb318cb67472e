import { and, desc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { ThrottleState } from '../../../domain/auth/sign-in-policy.js';
import type { DbOrTx } from '../../db/client.js';
import { signInAttempts, signInThrottles } from '../../db/schema.js';

export type SignInAttempt = typeof signInAttempts.$inferSelect;

/** Locks the throttle row of one key for the rest of the transaction (creating it first), so attempts on one ID run one at a time. */
export async function lockThrottle(tx: DbOrTx, key: string, now: Date): Promise<ThrottleState> {
  await tx.insert(signInThrottles).values({ key, updatedAt: now }).onConflictDoNothing({ target: signInThrottles.key });
  const rows = await tx.select().from(signInThrottles).where(eq(signInThrottles.key, key)).for('update');
  const row = rows[0];
  if (!row) throw new Error('throttle row missing');
  return { consecutiveFailures: row.consecutiveFailures, nextAttemptAt: row.nextAttemptAt, lockedUntil: row.lockedUntil, disabledAt: row.disabledAt };
}

export async function saveThrottle(tx: DbOrTx, key: string, state: ThrottleState, now: Date): Promise<void> {
  await tx.update(signInThrottles).set({ ...state, updatedAt: now }).where(eq(signInThrottles.key, key));
}

export async function insertAttempt(tx: DbOrTx, attempt: typeof signInAttempts.$inferInsert): Promise<void> {
  await tx.insert(signInAttempts).values(attempt);
}

export async function countKeyFailuresSince(tx: DbOrTx, key: string, since: Date): Promise<number> {
  const rows = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.throttleKey, key), eq(signInAttempts.outcome, 'FAILURE'), gt(signInAttempts.at, since)));
  return Number(rows[0]?.n ?? 0);
}

export async function countAddressFailuresSince(tx: DbOrTx, ipAddress: string, since: Date): Promise<number> {
  const rows = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.ipAddress, ipAddress), eq(signInAttempts.outcome, 'FAILURE'), gt(signInAttempts.at, since)));
  return Number(rows[0]?.n ?? 0);
}

export async function recentAttemptsOfAccount(db: DbOrTx, accountId: string, limit: number): Promise<SignInAttempt[]> {
  return db
    .select()
    .from(signInAttempts)
    .where(and(eq(signInAttempts.accountId, accountId), isNotNull(signInAttempts.accountId)))
    .orderBy(desc(signInAttempts.at), desc(signInAttempts.id))
    .limit(limit);
}
