import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { accounts, organizationRanges, organizationStaff, organizations, usageApplications } from '../../db/schema.js';
import type { Account } from '../accounts/account-repository.js';

export type UsageApplication = typeof usageApplications.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type OrganizationRange = typeof organizationRanges.$inferSelect;
export type OrganizationStaff = typeof organizationStaff.$inferSelect;

/** Waiting for the bureau: new, or back from the organisation's answer to a request for more (R-EXAM-5 queues). */
export const OPEN_USAGE_APPLICATION_STATUSES: UsageApplication['status'][] = ['PENDING', 'MORE_INFORMATION_REQUESTED'];

export async function insertUsageApplication(db: DbOrTx, row: typeof usageApplications.$inferInsert): Promise<void> {
  await db.insert(usageApplications).values(row);
}

export async function findUsageApplication(db: DbOrTx, id: string): Promise<UsageApplication | undefined> {
  const rows = await db.select().from(usageApplications).where(eq(usageApplications.id, id)).limit(1);
  return rows[0];
}

/** Locks the row for a decision so two officers cannot decide the same application at once. */
export async function lockUsageApplication(db: DbOrTx, id: string): Promise<UsageApplication | undefined> {
  const rows = await db.select().from(usageApplications).where(eq(usageApplications.id, id)).for('update');
  return rows[0];
}

export async function listUsageApplications(db: DbOrTx, offices: string[], statuses: UsageApplication['status'][]): Promise<UsageApplication[]> {
  return db.select().from(usageApplications)
    .where(and(inArray(usageApplications.office, offices), inArray(usageApplications.status, statuses)))
    .orderBy(asc(usageApplications.createdAt));
}

export async function findUsageApplicationByReplyToken(db: DbOrTx, tokenHash: string): Promise<UsageApplication | undefined> {
  const rows = await db.select().from(usageApplications).where(eq(usageApplications.replyTokenHash, tokenHash)).limit(1);
  return rows[0];
}

/** The organisation's additional usage applications, newest first (for its staff's page). */
export async function listOrganizationApplications(db: DbOrTx, organizationId: string): Promise<UsageApplication[]> {
  return db.select().from(usageApplications).where(eq(usageApplications.organizationId, organizationId)).orderBy(desc(usageApplications.createdAt)).limit(50);
}

export async function updateUsageApplication(db: DbOrTx, id: string, changes: Partial<typeof usageApplications.$inferInsert>): Promise<void> {
  await db.update(usageApplications).set(changes).where(eq(usageApplications.id, id));
}

export async function findOrganizationByCorporateNumber(db: DbOrTx, corporateNumber: string): Promise<Organization | undefined> {
  const rows = await db.select().from(organizations).where(eq(organizations.corporateNumber, corporateNumber)).limit(1);
  return rows[0];
}

export async function getOrganization(db: DbOrTx, id: string): Promise<Organization> {
  const rows = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  if (!rows[0]) throw new Error(`organization ${id} missing`);
  return rows[0];
}

export async function insertOrganization(db: DbOrTx, row: typeof organizations.$inferInsert): Promise<void> {
  await db.insert(organizations).values(row);
}

export async function updateOrganization(db: DbOrTx, id: string, changes: Partial<typeof organizations.$inferInsert>): Promise<void> {
  await db.update(organizations).set(changes).where(eq(organizations.id, id));
}

export async function insertRange(db: DbOrTx, row: typeof organizationRanges.$inferInsert): Promise<void> {
  await db.insert(organizationRanges).values(row);
}

export async function listRanges(db: DbOrTx, organizationId: string): Promise<OrganizationRange[]> {
  return db.select().from(organizationRanges).where(eq(organizationRanges.organizationId, organizationId)).orderBy(asc(organizationRanges.createdAt));
}

export async function findRange(db: DbOrTx, id: string): Promise<OrganizationRange | undefined> {
  const rows = await db.select().from(organizationRanges).where(eq(organizationRanges.id, id)).limit(1);
  return rows[0];
}

export async function insertStaff(db: DbOrTx, row: typeof organizationStaff.$inferInsert): Promise<void> {
  await db.insert(organizationStaff).values(row);
}

export async function findStaff(db: DbOrTx, accountId: string): Promise<OrganizationStaff | undefined> {
  const rows = await db.select().from(organizationStaff).where(eq(organizationStaff.accountId, accountId)).limit(1);
  return rows[0];
}

/**
 * The accounts of one 認証ID group: the organisation's staff acting for this requesting organisation (or, with
 * null, for the organisation itself).
 */
export async function listGroupAccounts(db: DbOrTx, organizationId: string, requestingRangeId: string | null): Promise<Account[]> {
  const rows = await db.select({ account: accounts }).from(organizationStaff)
    .innerJoin(accounts, eq(accounts.id, organizationStaff.accountId))
    .where(and(
      eq(organizationStaff.organizationId, organizationId),
      requestingRangeId ? eq(organizationStaff.requestingRangeId, requestingRangeId) : isNull(organizationStaff.requestingRangeId),
    ))
    .orderBy(asc(organizationStaff.createdAt), asc(accounts.displayName));
  return rows.map((r) => r.account);
}

export interface ExpiringStaff {
  account: Account;
  staff: OrganizationStaff;
  organization: Organization;
}

/** Active organisation staff who have set a password and whose 認証ID expires in (from, until]: the reminder candidates. */
export async function listStaffExpiringBetween(db: DbOrTx, from: Date, until: Date): Promise<ExpiringStaff[]> {
  return db.select({ account: accounts, staff: organizationStaff, organization: organizations }).from(organizationStaff)
    .innerJoin(accounts, eq(accounts.id, organizationStaff.accountId))
    .innerJoin(organizations, eq(organizations.id, organizationStaff.organizationId))
    .where(and(
      eq(accounts.kind, 'ORG_STAFF'), eq(accounts.status, 'ACTIVE'), isNotNull(accounts.passwordHash),
      gt(accounts.authIdExpiresAt, from), lte(accounts.authIdExpiresAt, until),
    ))
    .orderBy(asc(accounts.authIdExpiresAt));
}
