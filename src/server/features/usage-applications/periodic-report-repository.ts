import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { PeriodicReportStatus } from '../../../domain/organizations/periodic-report.js';
import type { DbOrTx } from '../../db/client.js';
import { periodicReports } from '../../db/schema.js';

export type PeriodicReport = typeof periodicReports.$inferSelect;

/** One 認証ID group: the organisation, or one requesting organisation of it. */
export function groupKeyOf(organizationId: string, requestingRangeId: string | null): string {
  return `${organizationId}:${requestingRangeId ?? 'all'}`;
}

export async function insertReport(db: DbOrTx, row: typeof periodicReports.$inferInsert): Promise<void> {
  await db.insert(periodicReports).values(row);
}

export async function findReport(db: DbOrTx, id: string): Promise<PeriodicReport | undefined> {
  const rows = await db.select().from(periodicReports).where(eq(periodicReports.id, id)).limit(1);
  return rows[0];
}

export async function lockReport(db: DbOrTx, id: string): Promise<PeriodicReport | undefined> {
  const rows = await db.select().from(periodicReports).where(eq(periodicReports.id, id)).for('update');
  return rows[0];
}

export async function updateReport(db: DbOrTx, id: string, changes: Partial<typeof periodicReports.$inferInsert>): Promise<void> {
  await db.update(periodicReports).set(changes).where(eq(periodicReports.id, id));
}

export async function listReports(db: DbOrTx, offices: string[], statuses: PeriodicReportStatus[]): Promise<PeriodicReport[]> {
  if (offices.length === 0) return [];
  return db.select().from(periodicReports)
    .where(and(inArray(periodicReports.office, offices), inArray(periodicReports.status, statuses)))
    .orderBy(asc(periodicReports.createdAt));
}

export async function latestReportOfGroup(db: DbOrTx, groupKey: string): Promise<PeriodicReport | undefined> {
  const rows = await db.select().from(periodicReports).where(eq(periodicReports.groupKey, groupKey)).orderBy(desc(periodicReports.createdAt)).limit(1);
  return rows[0];
}

/** The group keys with a report waiting for review (their reminders pause meanwhile). */
export async function pendingGroupKeys(db: DbOrTx): Promise<Set<string>> {
  const rows = await db.select({ groupKey: periodicReports.groupKey }).from(periodicReports).where(eq(periodicReports.status, 'PENDING'));
  return new Set(rows.map((r) => r.groupKey));
}
