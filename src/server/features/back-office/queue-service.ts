import { and, eq, type SQL } from 'drizzle-orm';
import { addDays, jstDateOf, startOfJstDay } from '../../../domain/calendar/jst.js';
import type { Clock } from '../../../domain/calendar/clock.js';
import { CASE_STATUSES, CaseStatus, type CaseStatus as CaseStatusType } from '../../../domain/case/index.js';
import type { AppContext } from '../../context.js';
import { applications } from '../../db/schema.js';
import type { SessionAccount } from '../../plugins/session.js';
import { COUNT_CAP, countByStatus, filterConditions, holdersOf, listQueue, type QueueFilters, type QueueRow } from './repository.js';
import type { QueueItem, QueuePage, QueueQuery } from './schemas.js';
import { visibilityCondition, visibilityOf } from './visibility.js';

/**
 * When a waiting case counts as overdue (R-EXAM-3), in JST days since it was received: a submission is accepted by
 * the next day at the latest (R-SUB-2), and an undecided case is past the one-month end of ISA's standard
 * processing period (標準処理期間 2 weeks to 1 month for extensions and changes).
 */
export const OVERDUE_AFTER_DAYS: Partial<Record<CaseStatusType, number>> = { SUBMITTED: 1, UNDER_EXAMINATION: 30, AWAITING_DOCUMENTS: 30 };

function overdueLimits(clock: Clock): { status: string; before: Date }[] {
  const today = jstDateOf(clock.now());
  return Object.entries(OVERDUE_AFTER_DAYS).map(([status, days]) => ({ status, before: startOfJstDay(addDays(today, -(days ?? 0))) }));
}

export function isOverdue(row: Pick<QueueRow, 'state' | 'submittedAt'>, clock: Clock): boolean {
  return overdueLimits(clock).some((o) => o.status === row.state && row.submittedAt !== null && row.submittedAt < o.before);
}

function filtersOf(query: QueueQuery, clock: Clock): QueueFilters {
  return {
    procedure: query.procedure, filerType: query.filerType,
    receivedFrom: query.receivedFrom ? startOfJstDay(query.receivedFrom) : undefined,
    receivedBefore: query.receivedTo ? startOfJstDay(addDays(query.receivedTo, 1)) : undefined,
    overdue: query.overdue ? overdueLimits(clock) : undefined,
  };
}

/**
 * A work queue (R-EXAM-3): the officer's visible cases (one decision, visibility.ts) under the filters, oldest
 * first, one page with the total, and the counts per status under the same filters. `fixedStatus` makes the
 * intake queue (SUBMITTED only, R-EXAM-2).
 */
export async function queueFor(ctx: AppContext, account: SessionAccount, query: QueueQuery, fixedStatus?: CaseStatusType): Promise<QueuePage> {
  const db = ctx.database.db;
  const base: SQL[] = [...filterConditions(filtersOf(query, ctx.clock))];
  const visible = visibilityCondition(visibilityOf(account));
  if (visible) base.push(visible);
  const status = fixedStatus ?? query.status;
  const where = and(...base, status ? eq(applications.state, status) : undefined);
  const [{ rows, total }, counts] = await Promise.all([listQueue(db, where, query.page, query.pageSize), countByStatus(db, and(...base), CASE_STATUSES)]);
  const holders = await holdersOf(db, rows.map((r) => r.id));
  const items: QueueItem[] = rows.map((row) => ({
    id: row.id, receptionNumber: row.receptionNumber, status: CaseStatus.parse(row.state), office: row.office, procedures: row.procedures,
    filerType: row.filerType, applicantName: row.applicantName, submittedAt: row.submittedAt?.toISOString() ?? null,
    acceptedAt: row.acceptedAt?.toISOString() ?? null, isOverdue: isOverdue(row, ctx.clock), holder: holders.get(row.id) ?? null,
  }));
  return { items, total, page: query.page, pageSize: query.pageSize, counts, countCap: COUNT_CAP };
}
