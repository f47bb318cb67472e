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
 * Appends one row inside the caller's transaction (the audit row commits with the action it records).
 * Call it with a transaction: the advisory lock is released at commit. Two statements: the lock, then one insert
 * that reads the chain's last hash, takes the next id and hashes the row in the database — a statement started
 * after the lock was granted sees the row of the transaction that held it before, and the lock is held for as
 * few round trips as possible (every append in the system queues on it).
 */
export async function appendAudit(tx: DbOrTx, clock: Clock, entry: AuditEntry): Promise<{ id: number; hash: string }> {
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
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const appended = rowsOf<{ id: string | number; hash: string }>(await tx.execute(sql`
    insert into audit_log (id, at, actor_type, actor_id, action, subject_type, subject_id, ip_address, outcome, details, prev_hash, hash)
    select c.id, ${row.at.toISOString()}::timestamptz, ${row.actorType}, ${row.actorId}::text, ${row.action}, ${row.subjectType}::text, ${row.subjectId}::text,
      ${row.ipAddress}::text, ${row.outcome}, ${JSON.stringify(row.details)}::jsonb, c.prev,
      encode(sha256(convert_to(${head}::text || c.id::text || ${middle}::text || to_json(c.prev)::text || ${tail}::text, 'UTF8')), 'hex')
    from (select nextval(pg_get_serial_sequence('audit_log', 'id')) as id,
      coalesce((select hash from audit_log order by id desc limit 1), ${GENESIS_HASH}::text) as prev) c
    returning id, hash`))[0];
  if (!appended) throw new Error('audit append wrote no row');
  return { id: Number(appended.id), hash: appended.hash };
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
