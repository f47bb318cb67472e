import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { organizationRanges, organizationStaff, organizations, usageApplications } from '../../db/schema.js';

export type UsageApplication = typeof usageApplications.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type OrganizationRange = typeof organizationRanges.$inferSelect;
export type OrganizationStaff = typeof organizationStaff.$inferSelect;

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

export async function updateUsageApplication(db: DbOrTx, id: string, changes: Partial<typeof usageApplications.$inferInsert>): Promise<void> {
  await db.update(usageApplications).set(changes).where(eq(usageApplications.id, id));
}

export async function findOrganizationByCorporateNumber(db: DbOrTx, corporateNumber: string): Promise<Organization | undefined> {
  const rows = await db.select().from(organizations).where(eq(organizations.corporateNumber, corporateNumber)).limit(1);
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

export async function insertStaff(db: DbOrTx, row: typeof organizationStaff.$inferInsert): Promise<void> {
  await db.insert(organizationStaff).values(row);
}

export async function findStaff(db: DbOrTx, accountId: string): Promise<OrganizationStaff | undefined> {
  const rows = await db.select().from(organizationStaff).where(eq(organizationStaff.accountId, accountId)).limit(1);
  return rows[0];
}
