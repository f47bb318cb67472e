import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../domain/calendar/clock.js';
import { openDatabase, rowsOf, type DatabaseHandle } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import { createTestDatabase, testBackends } from '../../../../test/helpers/database.js';
import { JobRunner, enqueueJob } from './outbox.js';

describe.each(testBackends())('transactional outbox and job runner (R-MAIL-2) on %s', (backend) => {
  let handle: DatabaseHandle;
  let clock: FixedClock;
  beforeEach(async () => {
    handle = await createTestDatabase(backend);
    clock = new FixedClock(new Date('2026-11-23T01:00:00Z'));
  });
  afterEach(async () => handle.close());

  it('a job exists only if its transaction committed', async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await enqueueJob(tx, clock, { kind: 'k', jobKey: 'rolled-back', payload: {} });
        throw new Error('abort');
      }),
    ).rejects.toThrow();
    await handle.db.transaction((tx) => enqueueJob(tx, clock, { kind: 'k', jobKey: 'committed', payload: {} }));
    const rows = await handle.db.select({ jobKey: outbox.jobKey }).from(outbox);
    expect(rows).toEqual([{ jobKey: 'committed' }]);
  });

  it('the same job key enqueued twice is one job, run once', async () => {
    const seen: string[] = [];
    const runner = new JobRunner(handle.db, clock);
    runner.register('k', async (job) => void seen.push(job.jobKey));
    await enqueueJob(handle.db, clock, { kind: 'k', jobKey: 'once', payload: {} });
    await enqueueJob(handle.db, clock, { kind: 'k', jobKey: 'once', payload: {} });
    expect(await runner.runDue()).toBe(1);
    expect(await runner.runDue()).toBe(0);
    expect(seen).toEqual(['once']);
  });

  it('a failing job is retried after its back-off, then marked done', async () => {
    let calls = 0;
    const runner = new JobRunner(handle.db, clock, { backoffMs: (n) => n * 10_000 });
    runner.register('flaky', async () => {
      calls += 1;
      if (calls < 3) throw new Error(`attempt ${calls} failed`);
    });
    await enqueueJob(handle.db, clock, { kind: 'flaky', jobKey: 'f', payload: {} });
    await runner.runDue();
    expect(calls).toBe(1);
    await runner.runDue(); // not due yet
    expect(calls).toBe(1);
    clock.advance(10_000);
    await runner.runDue();
    expect(calls).toBe(2);
    clock.advance(20_000);
    await runner.runDue();
    const [row] = await handle.db.select().from(outbox).where(eq(outbox.jobKey, 'f'));
    expect(row).toMatchObject({ status: 'DONE', attempts: 3, lastError: null });
  });

  it('a job that keeps failing goes DEAD after the maximum attempts, with the last error kept', async () => {
    const runner = new JobRunner(handle.db, clock, { maxAttempts: 2, backoffMs: () => 0 });
    runner.register('broken', async () => {
      throw new Error('smtp refused');
    });
    await enqueueJob(handle.db, clock, { kind: 'broken', jobKey: 'b', payload: {} });
    await runner.runDue();
    await runner.runDue();
    await runner.runDue();
    const [row] = await handle.db.select().from(outbox).where(eq(outbox.jobKey, 'b'));
    expect(row).toMatchObject({ status: 'DEAD', attempts: 2, lastError: 'smtp refused' });
  });

  it('a job whose worker died is claimed again after its lease expires (at-least-once)', async () => {
    const runner = new JobRunner(handle.db, clock, { leaseMs: 60_000 });
    let runs = 0;
    runner.register('k', async () => void (runs += 1));
    await enqueueJob(handle.db, clock, { kind: 'k', jobKey: 'lease', payload: {} });
    // Simulate a worker that claimed the job and crashed: locked, attempt counted, never finished.
    await handle.db.update(outbox).set({ lockedUntil: new Date(clock.now().getTime() + 60_000), attempts: 1 }).where(eq(outbox.jobKey, 'lease'));
    expect(await runner.runDue()).toBe(0);
    clock.advance(61_000);
    expect(await runner.runDue()).toBe(1);
    expect(runs).toBe(1);
  });
});

describe.runIf(testBackends().includes('postgres'))('two instances share one queue on PostgreSQL', () => {
  it('FOR UPDATE SKIP LOCKED: two runners on separate pools run each of 40 jobs exactly once', async () => {
    const handle = await createTestDatabase('postgres');
    const clock = new FixedClock(new Date('2026-11-23T01:00:00Z'));
    try {
      // A second connection pool to the same database stands for a second instance.
      const second = await openSecondPool(handle);
      const ran = new Map<string, number>();
      const handler = async (job: { jobKey: string }) => {
        await new Promise((r) => setTimeout(r, 2));
        ran.set(job.jobKey, (ran.get(job.jobKey) ?? 0) + 1);
      };
      for (let i = 0; i < 40; i += 1) await enqueueJob(handle.db, clock, { kind: 'k', jobKey: `j${i}`, payload: {} });
      const a = new JobRunner(handle.db, clock, { batchSize: 3 });
      const b = new JobRunner(second.db, clock, { batchSize: 3 });
      a.register('k', handler);
      b.register('k', handler);
      const [na, nb] = await Promise.all([a.runDue(), b.runDue()]);
      expect(na + nb).toBe(40);
      expect(na).toBeGreaterThan(0);
      expect(nb).toBeGreaterThan(0);
      expect([...ran.values()].every((n) => n === 1)).toBe(true);
      expect(ran.size).toBe(40);
      await second.close();
    } finally {
      await handle.close();
    }
  });
});

async function openSecondPool(handle: DatabaseHandle): Promise<DatabaseHandle> {
  const name = rowsOf<{ name: string }>(await handle.db.execute(sql`select current_database() as name`))[0]?.name ?? '';
  const { postgresUrlFor } = await import('../../../../test/helpers/test-env.js');
  return openDatabase({ kind: 'postgres', url: postgresUrlFor(name) });
}
