import { FILER_EDITABLE_STATES } from '../../../domain/case/index.js';
import { and, arrayContains, count, desc, eq, ilike, inArray, isNull, like, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { applicationActions, applications } from '../../db/schema.js';

export type ApplicationRow = typeof applications.$inferSelect;
export type NewApplicationRow = typeof applications.$inferInsert;

/** Whose applications a filer may see (DESIGN §3.3): the owner's own, or the organisation's (within its requesting organisation). */
export type OwnerScope =
  | { kind: 'ACCOUNT'; accountId: string }
  | { kind: 'ORGANIZATION'; organizationId: string; requestingRangeId: string | null };

export function scopeCondition(scope: OwnerScope): SQL {
  if (scope.kind === 'ACCOUNT') return eq(applications.ownerAccountId, scope.accountId);
  const organization = eq(applications.organizationId, scope.organizationId);
  if (!scope.requestingRangeId) return organization;
  return and(organization, eq(applications.requestingRangeId, scope.requestingRangeId)) ?? organization;
}

export function isInScope(scope: OwnerScope, row: Pick<ApplicationRow, 'ownerAccountId' | 'organizationId' | 'requestingRangeId'>): boolean {
  if (scope.kind === 'ACCOUNT') return row.ownerAccountId === scope.accountId;
  if (row.organizationId !== scope.organizationId) return false;
  return scope.requestingRangeId === null || row.requestingRangeId === scope.requestingRangeId;
}

/** Inserts a draft unless the owner already created one with this key; returns the draft either way. */
export async function insertApplicationOnce(db: DbOrTx, row: NewApplicationRow): Promise<{ row: ApplicationRow; created: boolean }> {
  const inserted = await db.insert(applications).values(row).onConflictDoNothing({ target: [applications.ownerAccountId, applications.creationKey] }).returning();
  if (inserted[0]) return { row: inserted[0], created: true };
  const [existing] = await db.select().from(applications)
    .where(and(eq(applications.ownerAccountId, row.ownerAccountId), eq(applications.creationKey, row.creationKey))).limit(1);
  if (!existing) throw new Error('application create conflict without a row');
  return { row: existing, created: false };
}

export async function findApplication(db: DbOrTx, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(applications).where(eq(applications.id, id)).limit(1);
  return row;
}

/** Locks the row for a state change, so concurrent submissions, acceptances and uploads serialise on it. */
export async function lockApplication(tx: DbOrTx, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await tx.select().from(applications).where(eq(applications.id, id)).for('update');
  return row;
}

/**
 * Autosave in one statement: merges the (normalised) changes into the stored answers and removes the cleared ids,
 * only at the revision the client edited, for a draft (or a returned case, R-EXAM-2) in the owner's scope; bumps the revision. Undefined when any
 * of those does not hold.
 */
export async function mergeDraftAnswers(
  db: DbOrTx, id: string, scope: OwnerScope, revision: number, set: Record<string, unknown>, removed: readonly string[], changes: Partial<NewApplicationRow>,
): Promise<ApplicationRow | undefined> {
  const merged = sql`(${applications.answers} || ${JSON.stringify(set)}::jsonb)`;
  const answers = removed.reduce((acc, key) => sql`(${acc} - ${key}::text)`, merged);
  const [row] = await db.update(applications).set({ ...changes, answers: sql`${answers}`, revision: sql`${applications.revision} + 1` })
    .where(and(eq(applications.id, id), eq(applications.revision, revision), inArray(applications.state, [...FILER_EDITABLE_STATES]), scopeCondition(scope))).returning();
  return row;
}

/** The update alone, to send with other writes (writeTogether) when the resulting row is known without reading it back. */
export function applicationUpdate(db: DbOrTx, id: string, changes: Partial<NewApplicationRow>) {
  return db.update(applications).set(changes).where(eq(applications.id, id));
}

export async function updateApplication(db: DbOrTx, id: string, changes: Partial<NewApplicationRow>): Promise<ApplicationRow> {
  const [row] = await db.update(applications).set(changes).where(eq(applications.id, id)).returning();
  if (!row) throw new Error(`application ${id} vanished`);
  return row;
}

export async function deleteApplication(db: DbOrTx, id: string): Promise<void> {
  await db.delete(applications).where(and(eq(applications.id, id), eq(applications.state, 'DRAFT')));
}

export interface ListFilters {
  state?: string | undefined;
  procedure?: string | undefined;
  /** Already normalised: an upper-cased name fragment, and the same text as a full-width reception-number fragment. */
  nameQuery?: string | undefined;
  receptionNumberQuery?: string | undefined;
  page: number;
  pageSize: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listApplications(db: DbOrTx, scope: OwnerScope, filters: ListFilters): Promise<{ rows: ApplicationRow[]; total: number }> {
  const conditions: SQL[] = [scopeCondition(scope)];
  if (filters.state) conditions.push(eq(applications.state, filters.state));
  if (filters.procedure) conditions.push(arrayContains(applications.procedures, [filters.procedure]));
  const text: SQL[] = [];
  if (filters.nameQuery) text.push(ilike(applications.applicantName, `%${escapeLike(filters.nameQuery)}%`));
  if (filters.receptionNumberQuery) text.push(like(applications.receptionNumber, `%${escapeLike(filters.receptionNumberQuery)}%`));
  if (text.length > 0) conditions.push(or(...text) ?? sql`false`);
  const where = and(...conditions);
  const [totals] = await db.select({ n: count() }).from(applications).where(where);
  const rows = await db.select().from(applications).where(where)
    .orderBy(desc(applications.updatedAt), desc(applications.id))
    .limit(filters.pageSize).offset((filters.page - 1) * filters.pageSize);
  return { rows, total: Number(totals?.n ?? 0) };
}

/** Submissions still waiting for acceptance that were made before `before` (the automatic acceptance, R-SUB-2). */
export async function listAwaitingAcceptance(db: DbOrTx, offices: readonly string[], before: Date, exclude: readonly string[], limit: number): Promise<string[]> {
  if (offices.length === 0) return [];
  const rows = await db.select({ id: applications.id }).from(applications)
    .where(and(
      eq(applications.state, 'SUBMITTED'), isNull(applications.receptionNumber), lt(applications.submittedAt, before), inArray(applications.office, [...offices]),
      exclude.length > 0 ? notInArray(applications.id, [...exclude]) : undefined,
    ))
    // Ties in submitted_at (one clock tick) are numbered in the order the sending actions were logged.
    .orderBy(applications.submittedAt, sql`(select max(${applicationActions.id}) from ${applicationActions} where ${applicationActions.applicationId} = ${applications.id})`)
    .limit(limit);
  return rows.map((r) => r.id);
}

/** R-PLUS-6: owners of applications the person filed themselves, found by residence card number, else nationality + passport. */
export async function findSelfFiledOwners(db: DbOrTx, person: { residenceCardNumber: string | null; nationality: string | null; passportNumber: string | null }): Promise<string[]> {
  let match: SQL | undefined;
  if (person.residenceCardNumber) match = eq(applications.applicantResidenceCardNumber, person.residenceCardNumber);
  else if (person.nationality && person.passportNumber) {
    match = and(eq(applications.applicantNationality, person.nationality), eq(applications.applicantPassportNumber, person.passportNumber));
  }
  if (!match) return [];
  const rows = await db.selectDistinct({ owner: applications.ownerAccountId }).from(applications)
    .where(and(match, eq(applications.filerType, 'FOREIGN_NATIONAL')));
  return rows.map((r) => r.owner);
}
