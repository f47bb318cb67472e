import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { accounts } from '../../db/schema.js';

export type Account = typeof accounts.$inferSelect;
export type NewAccount = typeof accounts.$inferInsert;

export async function findAccountByAuthId(db: DbOrTx, authId: string): Promise<Account | undefined> {
  const rows = await db.select().from(accounts).where(eq(accounts.authId, authId)).limit(1);
  return rows[0];
}

export async function findAccount(db: DbOrTx, id: string): Promise<Account | undefined> {
  const rows = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  return rows[0];
}

export async function getAccount(db: DbOrTx, id: string): Promise<Account> {
  const account = await findAccount(db, id);
  if (!account) throw new Error(`account ${id} not found`);
  return account;
}

export async function findAccountByCreationKey(db: DbOrTx, creationKey: string): Promise<Account | undefined> {
  const rows = await db.select().from(accounts).where(eq(accounts.creationKey, creationKey)).limit(1);
  return rows[0];
}

export async function findAccountsByEmail(db: DbOrTx, email: string): Promise<Account[]> {
  return db.select().from(accounts).where(eq(accounts.email, email)).orderBy(asc(accounts.createdAt));
}

export async function insertAccount(db: DbOrTx, account: NewAccount): Promise<Account> {
  const rows = await db.insert(accounts).values(account).returning();
  const row = rows[0];
  if (!row) throw new Error('account insert returned nothing');
  return row;
}

export async function updateAccount(db: DbOrTx, id: string, changes: Partial<NewAccount>): Promise<void> {
  await db.update(accounts).set(changes).where(eq(accounts.id, id));
}

export async function listAccountsOfKinds(db: DbOrTx, kinds: Account['kind'][]): Promise<Account[]> {
  return db.select().from(accounts).where(inArray(accounts.kind, kinds)).orderBy(asc(accounts.createdAt));
}

export async function isAuthIdTaken(db: DbOrTx, authId: string): Promise<boolean> {
  const rows = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.authId, authId)).limit(1);
  return rows.length > 0;
}
