import { and, arrayContains, asc, count, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { OPEN_STATUSES } from '../../../domain/case/statuses.js';
import type { DbOrTx } from '../../db/client.js';
import { accounts, applicationActions, applications } from '../../db/schema.js';
import { HOLDER_DECIDING_ACTIONS, currentHolderId } from './holder.js';
import type { Holder } from './schemas.js';

/** The columns a queue row needs (never the answers). */
const queueColumns = {
  id: applications.id, receptionNumber: applications.receptionNumber, state: applications.state, office: applications.office,
  procedures: applications.procedures, filerType: applications.filerType, applicantName: applications.applicantName,
  submittedAt: applications.submittedAt, acceptedAt: applications.acceptedAt,
};
export type QueueRow = { [K in keyof typeof queueColumns]: (typeof applications.$inferSelect)[K] };

export interface QueueFilters {
  procedure?: string | undefined;
  filerType?: string | undefined;
  /** Received (submitted) at or after / before these instants. */
  receivedFrom?: Date | undefined;
  receivedBefore?: Date | undefined;
  /** Cases still waiting past their target: each status with the instant before which it is overdue. */
  overdue?: readonly { status: string; before: Date }[] | undefined;
}

export function filterConditions(filters: QueueFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.procedure) conditions.push(arrayContains(applications.procedures, [filters.procedure]));
  if (filters.filerType) conditions.push(eq(applications.filerType, filters.filerType as (typeof applications.$inferSelect)['filerType']));
  if (filters.receivedFrom) conditions.push(gte(applications.submittedAt, filters.receivedFrom));
  if (filters.receivedBefore) conditions.push(lt(applications.submittedAt, filters.receivedBefore));
  if (filters.overdue) {
    const late = filters.overdue.map((o) => and(eq(applications.state, o.status), lt(applications.submittedAt, o.before)));
    conditions.push(or(...late) ?? eq(applications.state, '-'));
  }
  return conditions;
}

/**
 * The open cases, written as literals so the planner matches the predicate of applications_open_queue_idx (the
 * same list, from OPEN_STATUSES) whatever the statement's parameters.
 */
export function openStatusCondition(): SQL {
  return sql`${applications.state} in (${sql.raw(OPEN_STATUSES.map((s) => `'${s}'`).join(', '))})`;
}

/**
 * Counts stop at COUNT_CAP + 1: an exact count of a big bureau's queue reads every index entry on every page view
 * (about 80 ms per status at a million applications, docs/performance.md), while "more than 1,000" is all an officer
 * needs to see. A value above COUNT_CAP means "more than COUNT_CAP".
 */
export const COUNT_CAP = 1000;

export async function cappedCount(db: DbOrTx, where: SQL | undefined): Promise<number> {
  const matching = db.select({ one: sql`1` }).from(applications).where(where).limit(COUNT_CAP + 1).as('matching');
  const [row] = await db.select({ n: count() }).from(matching);
  return Number(row?.n ?? 0);
}

/** One page of a queue, oldest submission first (the order of applications_queue_idx), with the (capped) total. */
export async function listQueue(db: DbOrTx, where: SQL | undefined, page: number, pageSize: number): Promise<{ rows: QueueRow[]; total: number }> {
  const total = await cappedCount(db, where);
  // The page's ids first, from the index alone; then their rows. Read in one statement, an index scan checks a
  // filter (overdue, say) against the table row of every entry it walks past: 100 ms instead of 10 at 1M rows.
  const ids = await db.select({ id: applications.id }).from(applications).where(where)
    .orderBy(asc(applications.submittedAt), asc(applications.id)).limit(pageSize).offset((page - 1) * pageSize);
  if (ids.length === 0) return { rows: [], total };
  const rows = await db.select(queueColumns).from(applications).where(inArray(applications.id, ids.map((r) => r.id)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { rows: ids.flatMap((r) => byId.get(r.id) ?? []), total };
}

/** Cases per status under the filters, each capped like the total (one short index lookup per status). */
export async function countByStatus(db: DbOrTx, where: SQL | undefined, statuses: readonly string[]): Promise<Record<string, number>> {
  const counts = await Promise.all(statuses.map(async (state) => [state, await cappedCount(db, and(where, eq(applications.state, state)))] as const));
  return Object.fromEntries(counts.filter(([, n]) => n > 0));
}

/** Overdue cases per status: each status past its own deadline, capped like the total. */
export async function countOverdueByStatus(db: DbOrTx, where: SQL | undefined, limits: readonly { status: string; before: Date }[]): Promise<Record<string, number>> {
  const counts = await Promise.all(limits.map(async (o) => [o.status, await cappedCount(db, and(where, eq(applications.state, o.status), lt(applications.submittedAt, o.before)))] as const));
  return Object.fromEntries(counts.filter(([, n]) => n > 0));
}

/** Who holds each case now (R-EXAM-3), read from the action log rows that decide it (see holder.ts). */
export async function holdersOf(db: DbOrTx, ids: readonly string[]): Promise<Map<string, Holder>> {
  const holders = new Map<string, Holder>();
  if (ids.length === 0) return holders;
  const rows = await db.select({ applicationId: applicationActions.applicationId, type: applicationActions.type, actorId: applicationActions.actorId, details: applicationActions.details })
    .from(applicationActions)
    .where(and(inArray(applicationActions.applicationId, [...ids]), inArray(applicationActions.type, [...HOLDER_DECIDING_ACTIONS])))
    .orderBy(asc(applicationActions.applicationId), asc(applicationActions.id));
  const logs = new Map<string, typeof rows>();
  for (const row of rows) logs.set(row.applicationId, [...(logs.get(row.applicationId) ?? []), row]);
  const holderIds = new Map([...logs].map(([applicationId, log]) => [applicationId, currentHolderId(log)] as const));
  const names = await accountNames(db, [...new Set([...holderIds.values()].filter((v): v is string => v !== null))]);
  for (const [applicationId, holderId] of holderIds) {
    if (holderId) holders.set(applicationId, { id: holderId, name: names.get(holderId) ?? '—' });
  }
  return holders;
}

export async function accountNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: accounts.id, name: accounts.displayName }).from(accounts).where(inArray(accounts.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findOfficer(db: DbOrTx, id: string) {
  const [row] = await db.select({ id: accounts.id, kind: accounts.kind, officerRole: accounts.officerRole, office: accounts.office, status: accounts.status, displayName: accounts.displayName })
    .from(accounts).where(eq(accounts.id, id)).limit(1);
  return row;
}
