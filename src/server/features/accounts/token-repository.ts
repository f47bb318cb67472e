import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { accountTokens } from '../../db/schema.js';

export type AccountToken = typeof accountTokens.$inferSelect;
export type TokenPurpose = AccountToken['purpose'];

export async function insertToken(tx: DbOrTx, row: typeof accountTokens.$inferInsert): Promise<void> {
  await tx.insert(accountTokens).values(row);
}

/** Locks the token row, so two uses of one link cannot both succeed. */
export async function lockToken(tx: DbOrTx, tokenHash: string): Promise<AccountToken | undefined> {
  const rows = await tx.select().from(accountTokens).where(eq(accountTokens.tokenHash, tokenHash)).for('update');
  return rows[0];
}

export async function findToken(db: DbOrTx, tokenHash: string): Promise<AccountToken | undefined> {
  const rows = await db.select().from(accountTokens).where(eq(accountTokens.tokenHash, tokenHash)).limit(1);
  return rows[0];
}

export async function markTokenUsed(tx: DbOrTx, tokenHash: string, at: Date): Promise<void> {
  await tx.update(accountTokens).set({ usedAt: at }).where(eq(accountTokens.tokenHash, tokenHash));
}

/** A newer link or a completed change voids the account's other open links of these purposes. */
export async function voidOpenTokens(tx: DbOrTx, accountId: string, purposes: TokenPurpose[], at: Date): Promise<void> {
  for (const purpose of purposes) {
    await tx
      .update(accountTokens)
      .set({ usedAt: at })
      .where(and(eq(accountTokens.accountId, accountId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  }
}

export async function countTokensSince(tx: DbOrTx, accountId: string, purpose: TokenPurpose, since: Date): Promise<number> {
  const rows = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(accountTokens)
    .where(and(eq(accountTokens.accountId, accountId), eq(accountTokens.purpose, purpose), gt(accountTokens.createdAt, since)));
  return Number(rows[0]?.n ?? 0);
}
