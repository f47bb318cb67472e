import { asc, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../domain/calendar/clock.js';
import { rowsOf, type DatabaseHandle } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';
import { createTestDatabase, testBackends } from '../../../../test/helpers/database.js';
import { appendAudit, GENESIS_HASH, hashAuditRow, verifyAuditChain } from './audit-log.js';

const clock = new FixedClock(new Date('2026-11-23T01:00:00Z'));

async function appendN(handle: DatabaseHandle, n: number): Promise<void> {
  for (let i = 1; i <= n; i += 1) {
    await handle.db.transaction(async (tx) => {
      await appendAudit(tx, clock, { actorType: 'OFFICER', actorId: `officer-${i}`, action: 'case.view', subjectType: 'application', subjectId: `A${i}`, ipAddress: '10.0.0.1', outcome: 'SUCCESS', details: { b: i, a: [1, { z: 1, y: 2 }] } });
    });
  }
}

/** Tampering needs the append-only trigger out of the way, as a database superuser could do. */
async function asSuperuserWithoutTriggers(handle: DatabaseHandle, statement: ReturnType<typeof sql>): Promise<void> {
  await handle.db.execute(sql`alter table audit_log disable trigger user`);
  await handle.db.execute(statement);
  await handle.db.execute(sql`alter table audit_log enable trigger user`);
}

describe.each(testBackends())('audit log (R-EXAM-6) on %s', (backend) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await createTestDatabase(backend);
  });
  afterEach(async () => handle.close());

  it('R-EXAM-6 an intact chain verifies, with the row count', async () => {
    await appendN(handle, 5);
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, rows: 5 });
  });

  it('R-EXAM-6 UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    await appendN(handle, 2);
    await expect(handle.db.execute(sql`update audit_log set action = 'x' where id = 1`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from audit_log where id = 1`)).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, rows: 2 });
  });

  it('R-EXAM-6 an altered row is named', async () => {
    await appendN(handle, 5);
    await asSuperuserWithoutTriggers(handle, sql`update audit_log set actor_id = 'someone-else' where id = 3`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, brokenAtId: 3, reason: expect.stringContaining('altered') });
  });

  it('R-EXAM-6 a deleted row is detected at the row after it', async () => {
    await appendN(handle, 5);
    await asSuperuserWithoutTriggers(handle, sql`delete from audit_log where id = 2`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, brokenAtId: 3 });
  });

  it('R-EXAM-6 reordered rows (contents swapped between ids) are detected', async () => {
    await appendN(handle, 5);
    await asSuperuserWithoutTriggers(
      handle,
      sql`update audit_log a set actor_id = b.actor_id, subject_id = b.subject_id, details = b.details, prev_hash = b.prev_hash, hash = b.hash
          from audit_log b where (a.id, b.id) in ((2, 4), (4, 2))`,
    );
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, brokenAtId: 2 });
  });

  it('R-EXAM-6 concurrent appends still form one chain', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        handle.db.transaction(async (tx) => {
          await appendAudit(tx, clock, { actorType: 'SYSTEM', action: 'job.run', outcome: 'SUCCESS', details: { i } });
        }),
      ),
    );
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, rows: 10 });
  });

  it('R-EXAM-6 the hash the database makes at the append is the one the verifier recomputes, whatever the row holds', async () => {
    const awkward = { 'id': 0, 'quote"s': 'a"b\\c\n', nested: { z: [null, true, 1.5], a: '日本語 𠮷' }, when: '2026-11-23T01:00:00.000Z', empty: {} };
    await handle.db.transaction((tx) => appendAudit(tx, clock, {
      actorType: 'APPLICANT', actorId: 'acc-"1"', action: 'x,"id":0,', subjectType: null, subjectId: 'ü', ipAddress: null, outcome: 'FAILURE', details: awkward,
    }));
    await handle.db.transaction((tx) => appendAudit(tx, clock, { actorType: 'SYSTEM', action: 'job.run', outcome: 'SUCCESS' }));
    const [first] = await handle.db.select().from(auditLog).orderBy(asc(auditLog.id)).limit(1);
    if (!first) throw new Error('no audit row');
    const { hash, ...rest } = first;
    expect(rest).toMatchObject({ actorId: 'acc-"1"', action: 'x,"id":0,', subjectId: 'ü', details: awkward, prevHash: GENESIS_HASH });
    expect(hashAuditRow(rest)).toBe(hash);
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, rows: 2 });
  });

  it('R-EXAM-6 several rows of one transaction join the chain at its commit, in the order they were recorded, and none stays pending', async () => {
    await handle.db.transaction(async (tx) => {
      for (const action of ['first', 'second', 'third']) await appendAudit(tx, clock, { actorType: 'SYSTEM', action, outcome: 'SUCCESS' });
      const inside = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from audit_log`));
      expect(inside[0]?.n).toBe(0);
    });
    const rows = await handle.db.select({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.id));
    expect(rows.map((r) => r.action)).toEqual(['first', 'second', 'third']);
    expect(rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from audit_pending`))[0]?.n).toBe(0);
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, rows: 3 });
  });

  it('R-EXAM-6 a rolled-back action leaves no audit row', async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await appendAudit(tx, clock, { actorType: 'SYSTEM', action: 'x', outcome: 'SUCCESS' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, rows: 0 });
    expect(rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from audit_pending`))[0]?.n).toBe(0);
  });
});

// PGlite has one connection, so two transactions cannot be open at once there.
describe.runIf(testBackends().includes('postgres'))('audit chain lock on PostgreSQL (R-EXAM-6)', () => {
  it('R-EXAM-6 a transaction that recorded an audit row and is still open does not hold up another append: the chain is locked at commit only', async () => {
    const handle = await createTestDatabase('postgres');
    try {
      let recorded!: () => void;
      let finish!: () => void;
      const isRecorded = new Promise<void>((resolve) => { recorded = resolve; });
      const mayFinish = new Promise<void>((resolve) => { finish = resolve; });
      const slow = handle.db.transaction(async (tx) => {
        await appendAudit(tx, clock, { actorType: 'SYSTEM', action: 'slow', outcome: 'SUCCESS' });
        recorded();
        await mayFinish;
      });
      await isRecorded;
      await handle.db.transaction((tx) => appendAudit(tx, clock, { actorType: 'SYSTEM', action: 'quick', outcome: 'SUCCESS' }));
      finish();
      await slow;
      const rows = await handle.db.select({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.id));
      expect(rows.map((r) => r.action)).toEqual(['quick', 'slow']);
      expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, rows: 2 });
    } finally {
      await handle.close();
    }
  });
});
