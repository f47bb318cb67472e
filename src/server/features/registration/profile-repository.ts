import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, or, type SQL } from 'drizzle-orm';
import { BasicFacts } from '../../../domain/jpki/index.js';
import type { DbOrTx } from '../../db/client.js';
import { accounts, cardChecks, individualProfiles } from '../../db/schema.js';

export type IndividualProfile = typeof individualProfiles.$inferSelect;
export type CardCheck = typeof cardChecks.$inferSelect;

/** The same person on a renewed card: name, date of birth and sex (the address may have changed, R-AUTH-4). */
export function personKeyOf(facts: BasicFacts): string {
  const name = facts.name.normalize('NFKC').replace(/\s+/g, ' ').trim().toUpperCase();
  return createHash('sha256').update(`${name}\n${facts.dateOfBirth}\n${facts.sex}`).digest('hex');
}

export function factsOf(row: { facts: unknown }): BasicFacts {
  return BasicFacts.parse(row.facts);
}

export async function findProfileByCertificate(db: DbOrTx, issuer: string, serial: string): Promise<IndividualProfile | undefined> {
  const rows = await db.select().from(individualProfiles)
    .where(and(eq(individualProfiles.authCertIssuer, issuer), eq(individualProfiles.authCertSerial, serial))).limit(1);
  return rows[0];
}

export async function findProfilesByPerson(db: DbOrTx, personKey: string): Promise<IndividualProfile[]> {
  return db.select().from(individualProfiles).where(eq(individualProfiles.personKey, personKey));
}

export async function findProfile(db: DbOrTx, accountId: string): Promise<IndividualProfile | undefined> {
  const rows = await db.select().from(individualProfiles).where(eq(individualProfiles.accountId, accountId)).limit(1);
  return rows[0];
}

/**
 * R-PLUS-6: the active accounts of foreign nationals registered as themselves whose identity numbers name this person:
 * the residence card number where both sides have one, else nationality + passport number (keyed HMACs).
 */
export async function findSelfProfilesByIdentity(
  db: DbOrTx, person: { residenceCardIndex: string | null; passportIndex: string | null },
): Promise<{ accountId: string; email: string; facts: unknown }[]> {
  const matches: SQL[] = [];
  if (person.residenceCardIndex) matches.push(eq(individualProfiles.residenceCardIndex, person.residenceCardIndex));
  if (person.passportIndex) {
    const cardDecides = person.residenceCardIndex ? isNull(individualProfiles.residenceCardIndex) : undefined;
    const byPassport = and(eq(individualProfiles.passportIndex, person.passportIndex), cardDecides);
    if (byPassport) matches.push(byPassport);
  }
  if (matches.length === 0) return [];
  return db.select({ accountId: individualProfiles.accountId, email: accounts.email, facts: individualProfiles.facts })
    .from(individualProfiles).innerJoin(accounts, eq(accounts.id, individualProfiles.accountId))
    .where(and(or(...matches), eq(individualProfiles.status, 'ACTIVE'), eq(individualProfiles.userType, 'SELF'), eq(accounts.status, 'ACTIVE')));
}

export async function insertProfile(db: DbOrTx, row: typeof individualProfiles.$inferInsert): Promise<void> {
  await db.insert(individualProfiles).values(row);
}

export async function updateProfile(db: DbOrTx, accountId: string, changes: Partial<typeof individualProfiles.$inferInsert>): Promise<void> {
  await db.update(individualProfiles).set(changes).where(eq(individualProfiles.accountId, accountId));
}

export async function insertCardCheck(db: DbOrTx, row: typeof cardChecks.$inferInsert): Promise<void> {
  await db.insert(cardChecks).values(row);
}

/** Locks the row so one verified card read cannot be used twice at once. */
export async function lockCardCheck(db: DbOrTx, idHash: string): Promise<CardCheck | undefined> {
  const rows = await db.select().from(cardChecks).where(eq(cardChecks.idHash, idHash)).for('update');
  return rows[0];
}

export async function updateCardCheck(db: DbOrTx, idHash: string, changes: Partial<typeof cardChecks.$inferInsert>): Promise<void> {
  await db.update(cardChecks).set(changes).where(eq(cardChecks.idHash, idHash));
}

/** Card reads expired before `before` are of no use to anyone: deleted when a new card is read. */
export async function purgeCardChecks(db: DbOrTx, before: Date): Promise<void> {
  await db.delete(cardChecks).where(lt(cardChecks.expiresAt, before));
}
