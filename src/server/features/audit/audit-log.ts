import { createHash } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import type { Clock } from '../../../domain/calendar/clock.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';
import { canonicalJson } from './canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);
/** Serialises appends so that each row chains to the one before it, across instances (one PostgreSQL). */
const AUDIT_LOCK_KEY = 7_310_001;

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

export function hashAuditRow(row: Omit<AuditRow, 'hash'>): string {
  const content = canonicalJson({
    id: row.id, at: row.at.toISOString(), actorType: row.actorType, actorId: row.actorId, action: row.action,
    subjectType: row.subjectType, subjectId: row.subjectId, ipAddress: row.ipAddress, outcome: row.outcome,
    details: row.details, prevHash: row.prevHash,
  });
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Appends one row inside the caller's transaction (the audit row commits with the action it records).
 * Call it with a transaction: the advisory lock is released at commit.
 */
export async function appendAudit(tx: DbOrTx, clock: Clock, entry: AuditEntry): Promise<{ id: number; hash: string }> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const last = rowsOf<{ hash: string }>(await tx.execute(sql`select hash from audit_log order by id desc limit 1`))[0];
  const next = rowsOf<{ id: string | number }>(await tx.execute(sql`select nextval(pg_get_serial_sequence('audit_log', 'id')) as id`))[0];
  if (!next) throw new Error('audit sequence unavailable');
  const row: Omit<AuditRow, 'hash'> = {
    id: Number(next.id),
    at: new Date(Math.floor(clock.now().getTime())),
    actorType: entry.actorType,
    actorId: entry.actorId ?? null,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    ipAddress: entry.ipAddress ?? null,
    outcome: entry.outcome,
    details: entry.details ?? {},
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashAuditRow(row);
  await tx.insert(auditLog).values({ ...row, hash });
  return { id: row.id, hash };
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
