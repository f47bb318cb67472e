import { createHash } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import type { Clock } from '../../../domain/calendar/clock.js';
import type { DbOrTx } from '../../db/client.js';
import { auditLog, auditPending } from '../../db/schema.js';
import { canonicalJson } from './canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  actorType: 'ANONYMOUS' | 'APPLICANT' | 'ORG_STAFF' | 'INTERMEDIARY' | 'OFFICER' | 'ADMIN' | 'SYSTEM';
  actorId?: string | null;
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  ipAddress?: string | null;
  outcome: 'SUCCESS' | 'FAILURE' | 'DENIED';
  details?: Record<string, unknown>;
}

type AuditRow = typeof auditLog.$inferSelect;

/**
 * The canonical JSON that a row's hash covers, cut around the two values only the database knows at the append
 * (the id and the previous row's hash): text = head + id + middle + prevHash + tail. Keys sort as
 * action, actorId, actorType, at, details | id | ipAddress, outcome | prevHash | subjectId, subjectType.
 */
function hashedTextAround(row: Omit<AuditRow, 'id' | 'prevHash' | 'hash'>): { head: string; middle: string; tail: string } {
  const before = canonicalJson({ action: row.action, actorId: row.actorId, actorType: row.actorType, at: row.at.toISOString(), details: row.details });
  const between = canonicalJson({ ipAddress: row.ipAddress, outcome: row.outcome });
  const after = canonicalJson({ subjectId: row.subjectId, subjectType: row.subjectType });
  return { head: `${before.slice(0, -1)},"id":`, middle: `,${between.slice(1, -1)},"prevHash":`, tail: `,${after.slice(1)}` };
}

export function hashAuditRow(row: Omit<AuditRow, 'hash'>): string {
  const { head, middle, tail } = hashedTextAround(row);
  return createHash('sha256').update(`${head}${canonicalJson(row.id)}${middle}${canonicalJson(row.prevHash)}${tail}`).digest('hex');
}

/**
 * Records one audit row in the caller's transaction; the row joins the chain when that transaction commits (the
 * audit row commits with the action it records, or not at all). One insert into audit_pending, with no lock: at
 * COMMIT the database (migration 0018) takes the chain's lock, gives the row the next id and the previous row's
 * hash, hashes it over the canonical text cut here (the same text the verifier rebuilds) and appends it to
 * audit_log. So the lock that serialises every audited action is held for the commit only.
 */
export async function appendAudit(tx: DbOrTx, clock: Clock, entry: AuditEntry): Promise<void> {
  await auditInsert(tx, clock, entry);
}

/** appendAudit's insert, to send with the transaction's other writes (writeTogether). */
export function auditInsert(tx: DbOrTx, clock: Clock, entry: AuditEntry) {
  const row = {
    at: new Date(Math.floor(clock.now().getTime())),
    actorType: entry.actorType,
    actorId: entry.actorId ?? null,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    ipAddress: entry.ipAddress ?? null,
    outcome: entry.outcome,
    details: entry.details ?? {},
  };
  const { head, middle, tail } = hashedTextAround(row);
  return tx.insert(auditPending).values({ ...row, hashedHead: head, hashedMiddle: middle, hashedTail: tail, genesisHash: GENESIS_HASH });
}

export type AuditVerdict = { ok: true; rows: number } | { ok: false; rows: number; brokenAtId: number; reason: string };

/** Walks the chain in id order and names the first row that does not fit (R-EXAM-6). */
export async function verifyAuditChain(db: DbOrTx, batchSize = 5000): Promise<AuditVerdict> {
  let prevHash = GENESIS_HASH;
  let count = 0;
  let afterId = 0;
  for (;;) {
    const batch = await db.select().from(auditLog).where(sql`${auditLog.id} > ${afterId}`).orderBy(asc(auditLog.id)).limit(batchSize);
    for (const row of batch) {
      count += 1;
      if (row.prevHash !== prevHash) {
        return { ok: false, rows: count, brokenAtId: row.id, reason: 'previous-hash mismatch: a row before it was removed, inserted or reordered' };
      }
      const { hash, ...rest } = row;
      if (hashAuditRow(rest) !== hash) {
        return { ok: false, rows: count, brokenAtId: row.id, reason: 'content hash mismatch: the row was altered' };
      }
      prevHash = hash;
      afterId = row.id;
    }
    if (batch.length < batchSize) return { ok: true, rows: count };
  }
}
