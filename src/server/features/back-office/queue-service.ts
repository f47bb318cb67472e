import { and, eq, type SQL } from 'drizzle-orm';
import { addDays, jstDateOf, startOfJstDay } from '../../../domain/calendar/jst.js';
import type { Clock } from '../../../domain/calendar/clock.js';
import { CASE_STATUSES, CaseStatus, type CaseStatus as CaseStatusType } from '../../../domain/case/index.js';
import { hasScope } from '../../../domain/auth/roles.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { applications } from '../../db/schema.js';
import type { SessionAccount } from '../../plugins/session.js';
import { COUNT_CAP, accountNames, cappedCount, countByStatus, countOverdueByStatus, filterConditions, holdersOf, listQueue, openStatusCondition, type QueueFilters, type QueueRow } from './repository.js';
import { REVIEW_SUBJECTS } from './review-subjects.js';
import { REVIEW_KINDS, type QueueItem, type QueuePage, type QueueQuery, type ReviewItem, type ReviewKind } from './schemas.js';
import { reviewOfficesOf, visibilityCondition, visibilityOf } from './visibility.js';

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
 * The counts per status under the filters. Under the overdue filter only the statuses with a deadline can match, and
 * each is counted with its own deadline as an index range: the combined "any status past its deadline" condition
 * would read every entry of each status (about 100 ms per page at a million applications).
 */
function countsFor(account: SessionAccount, query: QueueQuery, clock: Clock, db: DbOrTx, base: SQL[]): Promise<Record<string, number>> {
  if (!query.overdue) return countByStatus(db, and(...base), CASE_STATUSES);
  const { base: withoutOverdue } = queueConditions(account, { ...query, overdue: false }, clock);
  return countOverdueByStatus(db, and(...withoutOverdue), overdueLimits(clock));
}

/**
 * The queue's conditions: `base` (visibility and filters, what the counts per status share) and `where` (with the
 * status: one status, the open ones by default, or all). Exported for the benchmark's EXPLAIN of the same statements.
 */
export function queueConditions(account: Pick<SessionAccount, 'role' | 'office'>, query: QueueQuery, clock: Clock, fixedStatus?: CaseStatusType): { base: SQL[]; where: SQL | undefined } {
  const base: SQL[] = [...filterConditions(filtersOf(query, clock))];
  const visible = visibilityCondition(visibilityOf(account));
  if (visible) base.push(visible);
  const status = fixedStatus ?? query.status;
  const statusCondition = status === 'ALL' ? undefined : status === 'OPEN' ? openStatusCondition() : eq(applications.state, status);
  return { base, where: and(...base, statusCondition) };
}

/**
 * A work queue (R-EXAM-3): the officer's visible cases (one decision, visibility.ts) under the filters, oldest
 * first, one page with the total, and the counts per status under the same filters. Without a status it shows the
 * open cases (closed ones behind status=ALL or their own status); `fixedStatus` makes the intake queue
 * (SUBMITTED only, R-EXAM-2).
 */
export async function queueFor(ctx: AppContext, account: SessionAccount, query: QueueQuery, fixedStatus?: CaseStatusType): Promise<QueuePage> {
  const kind = fixedStatus ? 'APPLICATION' : (query.kind ?? (hasScope(account.role, 'cases:read') ? 'APPLICATION' : 'USAGE_APPLICATION'));
  const kindCounts = await countsPerKind(ctx, account);
  if (kind !== 'APPLICATION') return { ...(await reviewQueueFor(ctx, account, kind, query)), kindCounts };
  const db = ctx.database.db;
  const { base, where } = queueConditions(account, query, ctx.clock, fixedStatus);
  const [{ rows, total }, counts] = await Promise.all([listQueue(db, where, query.page, query.pageSize), countsFor(account, query, ctx.clock, db, base)]);
  const holders = await holdersOf(db, rows.map((r) => r.id));
  const items: QueueItem[] = rows.map((row) => ({
    id: row.id, receptionNumber: row.receptionNumber, status: CaseStatus.parse(row.state), office: row.office, procedures: row.procedures,
    filerType: row.filerType, applicantName: row.applicantName, submittedAt: row.submittedAt?.toISOString() ?? null,
    acceptedAt: row.acceptedAt?.toISOString() ?? null, isOverdue: isOverdue(row, ctx.clock), holder: holders.get(row.id) ?? null,
  }));
  return { kind, kindCounts, items, reviews: [], total, page: query.page, pageSize: query.pageSize, counts, countCap: COUNT_CAP };
}

/** The open items of each kind this officer may see (R-EXAM-5), capped like the other counts. */
async function countsPerKind(ctx: AppContext, account: SessionAccount): Promise<QueuePage['kindCounts']> {
  const db = ctx.database.db;
  const counts: QueuePage['kindCounts'] = {};
  const cases = visibilityOf(account);
  if (cases.kind !== 'NONE') {
    const visible = visibilityCondition(cases);
    counts.APPLICATION = await cappedCount(db, and(visible, openStatusCondition()));
  }
  const offices = reviewOfficesOf(account);
  if (offices.length > 0) {
    for (const kind of REVIEW_KINDS) counts[kind] = await REVIEW_SUBJECTS[kind].count(db, offices, COUNT_CAP);
  }
  return counts;
}

/** The open usage applications or periodic reports of the officer's bureau (R-EXAM-5), oldest first, with the holder. */
async function reviewQueueFor(ctx: AppContext, account: SessionAccount, kind: ReviewKind, query: QueueQuery): Promise<Omit<QueuePage, 'kindCounts'>> {
  const db = ctx.database.db;
  const subject = REVIEW_SUBJECTS[kind];
  const offices = reviewOfficesOf(account);
  const [rows, total] = await Promise.all([subject.page(db, offices, query.pageSize, (query.page - 1) * query.pageSize), subject.count(db, offices, COUNT_CAP)]);
  const names = await accountNames(db, [...new Set(rows.map((r) => r.holderId).filter((h): h is string => h !== null))]);
  const reviews: ReviewItem[] = rows.map((r) => ({
    id: r.id, kind, usageKind: r.usageKind, status: r.status, office: r.office, organizationName: r.organizationName, filedAt: r.createdAt.toISOString(),
    holder: r.holderId ? { id: r.holderId, name: names.get(r.holderId) ?? '—' } : null,
  }));
  return { kind, items: [], reviews, total, page: query.page, pageSize: query.pageSize, counts: {}, countCap: COUNT_CAP };
}
