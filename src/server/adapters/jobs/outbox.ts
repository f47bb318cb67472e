import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../../domain/calendar/clock.js';
import { rowsOf, type Db, type DbOrTx } from '../../db/client.js';
import { outbox } from '../../db/schema.js';

export interface JobInput {
  kind: string;
  /** Idempotency key: the same key enqueued twice is one job (a retried request never sends twice). */
  jobKey: string;
  payload: Record<string, unknown>;
  runAfter?: Date;
}

/** Writes a job in the caller's transaction: it exists only if that transaction commits (R-MAIL-2). */
export async function enqueueJob(tx: DbOrTx, clock: Clock, job: JobInput): Promise<void> {
  await jobsInsert(tx, clock, [job]);
}

/**
 * Several jobs in one statement, each once by its key, in the caller's transaction: to await, or to send with other
 * writes (writeTogether). Undefined when there are none.
 */
export function jobsInsert(tx: DbOrTx, clock: Clock, jobs: readonly JobInput[]) {
  if (jobs.length === 0) return undefined;
  const now = clock.now();
  return tx
    .insert(outbox)
    .values(jobs.map((job) => ({ kind: job.kind, jobKey: job.jobKey, payload: job.payload, runAfter: job.runAfter ?? now, createdAt: now })))
    .onConflictDoNothing({ target: outbox.jobKey });
}

export interface ClaimedJob {
  id: number;
  kind: string;
  jobKey: string;
  payload: Record<string, unknown>;
  attempts: number;
}

export type JobHandler = (job: ClaimedJob) => Promise<void>;

export interface JobRunnerOptions {
  maxAttempts?: number;
  leaseMs?: number;
  batchSize?: number;
  /** Back-off before retry n (1-based). */
  backoffMs?: (attempt: number) => number;
}

const defaultBackoff = (attempt: number) => Math.min(60 * 60 * 1000, 1000 * 2 ** attempt);

/**
 * Claims due jobs with FOR UPDATE SKIP LOCKED (several instances share one queue), runs each handler and
 * records the outcome. At-least-once: a handler must be idempotent by its job key.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly options: JobRunnerOptions = {},
  ) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Runs every due job once; returns how many were attempted. */
  async runDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const claimed = await this.claim();
      if (claimed.length === 0) return total;
      total += claimed.length;
      for (const job of claimed) await this.runOne(job);
    }
  }

  start(pollMs: number): void {
    const tick = async () => {
      this.running = this.runDue().catch(() => 0);
      await this.running;
      this.timer = setTimeout(tick, pollMs);
    };
    this.timer = setTimeout(tick, pollMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async claim(): Promise<ClaimedJob[]> {
    const now = this.clock.now();
    const lease = new Date(now.getTime() + (this.options.leaseMs ?? 60_000));
    const limit = this.options.batchSize ?? 20;
    const result = await this.db.execute(sql`
      update outbox set locked_until = ${lease.toISOString()}::timestamptz, attempts = attempts + 1
      where id in (
        select id from outbox
        where status = 'PENDING' and run_after <= ${now.toISOString()}::timestamptz
          and (locked_until is null or locked_until < ${now.toISOString()}::timestamptz)
        order by id limit ${limit}
        for update skip locked)
      returning id, kind, job_key, payload, attempts`);
    return rowsOf<{ id: string | number; kind: string; job_key: string; payload: Record<string, unknown>; attempts: number }>(result).map(
      (r) => ({ id: Number(r.id), kind: r.kind, jobKey: r.job_key, payload: r.payload, attempts: Number(r.attempts) }),
    );
  }

  private async runOne(job: ClaimedJob): Promise<void> {
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job);
      await this.db.update(outbox).set({ status: 'DONE', doneAt: this.clock.now(), lockedUntil: null, lastError: null }).where(eq(outbox.id, job.id));
    } catch (error) {
      const maxAttempts = this.options.maxAttempts ?? 8;
      const isDead = job.attempts >= maxAttempts;
      const backoff = (this.options.backoffMs ?? defaultBackoff)(job.attempts);
      await this.db
        .update(outbox)
        .set({
          status: isDead ? 'DEAD' : 'PENDING',
          lockedUntil: null,
          runAfter: new Date(this.clock.now().getTime() + backoff),
          lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error).slice(0, 1000),
        })
        .where(and(eq(outbox.id, job.id), eq(outbox.status, 'PENDING')));
    }
  }
}
