import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { organizations, periodicReports, usageApplications } from '../../db/schema.js';
import { findReport, lockReport, updateReport } from '../usage-applications/periodic-report-repository.js';
import { OPEN_USAGE_APPLICATION_STATUSES, findUsageApplication, lockUsageApplication, updateUsageApplication } from '../usage-applications/repository.js';
import type { ReviewKind } from './schemas.js';

/** What the back office needs of a usage application or periodic report (R-EXAM-5). */
export interface ReviewRow {
  id: string;
  status: string;
  office: string;
  holderId: string | null;
}

/** A queue row: who filed, when, where, and the holder (never the form's content). */
export interface ReviewQueueRow extends ReviewRow {
  organizationName: string;
  usageKind: 'NEW' | 'ADDITIONAL' | null;
  createdAt: Date;
}

interface ReviewSubject {
  /** The audit log's subject type, as the usage-applications feature writes it. */
  auditType: string;
  find(db: DbOrTx, id: string): Promise<ReviewRow | undefined>;
  lock(db: DbOrTx, id: string): Promise<ReviewRow | undefined>;
  setHolder(db: DbOrTx, id: string, holderId: string | null, now: Date): Promise<void>;
  isOpen(status: string): boolean;
  /** The open ones of these offices, oldest first, one page. */
  page(db: DbOrTx, offices: readonly string[], limit: number, offset: number): Promise<ReviewQueueRow[]>;
  /** How many open ones these offices have, stopping at `cap` + 1 like the case counts. */
  count(db: DbOrTx, offices: readonly string[], cap: number): Promise<number>;
}

const OPEN_REPORT_STATUSES = ['PENDING'] as const;

async function cappedCount(db: DbOrTx, table: typeof usageApplications | typeof periodicReports, where: SQL | undefined, cap: number): Promise<number> {
  const matching = db.select({ one: sql`1` }).from(table).where(where).limit(cap + 1).as('matching');
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(matching);
  return Number(row?.n ?? 0);
}

const usageOpen = (offices: readonly string[]) => and(inArray(usageApplications.office, [...offices]), inArray(usageApplications.status, OPEN_USAGE_APPLICATION_STATUSES));
const reportOpen = (offices: readonly string[]) => and(inArray(periodicReports.office, [...offices]), inArray(periodicReports.status, [...OPEN_REPORT_STATUSES]));

export const REVIEW_SUBJECTS: Record<ReviewKind, ReviewSubject> = {
  USAGE_APPLICATION: {
    auditType: 'usage-application',
    find: findUsageApplication,
    lock: lockUsageApplication,
    setHolder: (db, id, holderId, now) => updateUsageApplication(db, id, { holderId, updatedAt: now }),
    isOpen: (status) => (OPEN_USAGE_APPLICATION_STATUSES as readonly string[]).includes(status),
    page: async (db, offices, limit, offset) => {
      if (offices.length === 0) return [];
      const rows = await db.select({
        id: usageApplications.id, status: usageApplications.status, office: usageApplications.office, holderId: usageApplications.holderId,
        organizationName: usageApplications.organizationName, usageKind: usageApplications.kind, createdAt: usageApplications.createdAt,
      }).from(usageApplications).where(usageOpen(offices)).orderBy(asc(usageApplications.createdAt), asc(usageApplications.id)).limit(limit).offset(offset);
      return rows;
    },
    count: (db, offices, cap) => (offices.length === 0 ? Promise.resolve(0) : cappedCount(db, usageApplications, usageOpen(offices), cap)),
  },
  PERIODIC_REPORT: {
    auditType: 'periodic-report',
    find: findReport,
    lock: lockReport,
    setHolder: (db, id, holderId, now) => updateReport(db, id, { holderId, updatedAt: now }),
    isOpen: (status) => (OPEN_REPORT_STATUSES as readonly string[]).includes(status),
    page: async (db, offices, limit, offset) => {
      if (offices.length === 0) return [];
      const rows = await db.select({
        id: periodicReports.id, status: periodicReports.status, office: periodicReports.office, holderId: periodicReports.holderId,
        organizationName: organizations.name, createdAt: periodicReports.createdAt,
      }).from(periodicReports).innerJoin(organizations, eq(organizations.id, periodicReports.organizationId)).where(reportOpen(offices)).orderBy(asc(periodicReports.createdAt), asc(periodicReports.id)).limit(limit).offset(offset);
      return rows.map((r) => ({ ...r, usageKind: null }));
    },
    count: (db, offices, cap) => (offices.length === 0 ? Promise.resolve(0) : cappedCount(db, periodicReports, reportOpen(offices), cap)),
  },
};
