import { lt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { SIGN_IN_POLICY } from '../domain/auth/sign-in-policy.js';
import type { AppContext } from './context.js';
import { rowsOf, type DbOrTx } from './db/client.js';
import { sessions } from './db/schema.js';
import { RECENT_SIGN_INS_SHOWN } from './features/accounts/account-service.js';
import { enqueueDailyExpiryReminders } from './features/usage-applications/expiry-reminders.js';

/** Rows removed per run and table, so one run never holds a long lock on a big backlog. */
const PURGE_BATCH = 5000;

/**
 * Sessions past their absolute end: the browser dropped the cookie by then (its max-age is the absolute end), so
 * nobody can present them; an idle-expired session is kept until then and still answers "expired" when presented.
 */
export async function purgeExpiredSessions(db: DbOrTx, now: Date): Promise<number> {
  const deleted = await db.delete(sessions).where(lt(sessions.absoluteExpiresAt, now)).returning({ idHash: sessions.idHash });
  return deleted.length;
}

/**
 * Sign-in attempts no rule needs any more (R-AUTH-8): the throttling windows look back SIGN_IN_POLICY.windowMs
 * (consecutive failures live in sign_in_throttles), and the account page lists each account's latest
 * RECENT_SIGN_INS_SHOWN attempts, which are kept however old. The audit log keeps every sign-in regardless.
 */
export async function purgeOldSignInAttempts(db: DbOrTx, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - SIGN_IN_POLICY.windowMs).toISOString();
  const result = await db.execute(sql`
    delete from sign_in_attempts where id in (
      select id from (
        select id, at, account_id, row_number() over (partition by account_id order by at desc, id desc) as recency
        from sign_in_attempts
      ) ranked
      where ranked.at < ${cutoff}::timestamptz and (ranked.account_id is null or ranked.recency > ${RECENT_SIGN_INS_SHOWN})
      limit ${PURGE_BATCH})
    returning id`);
  return rowsOf(result).length;
}

export interface HousekeepingReport {
  nonces: number;
  sessions: number;
  signInAttempts: number;
}

/** One run: purges, and today's reminder job (its key holds the JST date, so any number of runs enqueue it once). */
export async function runHousekeeping(ctx: AppContext): Promise<HousekeepingReport> {
  const now = ctx.clock.now();
  const report = {
    nonces: await ctx.jpki.nonces.purgeExpired(),
    sessions: await purgeExpiredSessions(ctx.database.db, now),
    signInAttempts: await purgeOldSignInAttempts(ctx.database.db, now),
  };
  await enqueueDailyExpiryReminders(ctx);
  return report;
}

/**
 * Periodic work that no request triggers: expired JPKI nonces, sessions and sign-in attempts, and the daily
 * 認証ID expiry reminders (R-ORG-3). Safe on several instances at once. Returns a function that stops it.
 */
export function startHousekeeping(ctx: AppContext, log: FastifyBaseLogger, intervalMs = 10 * 60 * 1000): () => void {
  const run = async () => {
    try {
      const report = await runHousekeeping(ctx);
      if (report.nonces + report.sessions + report.signInAttempts > 0) log.info(report, 'housekeeping: expired rows removed');
    } catch (error) {
      log.warn({ err: error }, 'housekeeping failed; retrying at the next interval');
    }
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
