import { jstDateOf } from '../../../domain/calendar/jst.js';
import { expiryReminderDue, periodicReportWindow } from '../../../domain/organizations/periodic-report.js';
import { enqueueJob } from '../../adapters/jobs/outbox.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { AppContext } from '../../context.js';
import { expiryReminderMail } from './periodic-report-mails.js';
import { groupKeyOf, pendingGroupKeys } from './periodic-report-repository.js';
import { listStaffExpiringBetween } from './repository.js';

export const EXPIRY_REMINDER_JOB = 'org-auth-id.expiry-reminders';

/** Beyond the 2-month mark (the longest month pair is 62 days), with a margin. */
const LOOKAHEAD_MS = 70 * 24 * 60 * 60_000;

/**
 * Enqueues today's reminder run. The JST date is in the job key, so however many instances and ticks ask, each
 * day runs once.
 */
export async function enqueueDailyExpiryReminders(ctx: AppContext): Promise<void> {
  const today = jstDateOf(ctx.clock.now());
  await enqueueJob(ctx.database.db, ctx.clock, { kind: EXPIRY_REMINDER_JOB, jobKey: `${EXPIRY_REMINDER_JOB}:${today}`, payload: { date: today } });
}

/**
 * R-ORG-3, R-MAIL-1: the reminder due for each organisation 認証ID (2 months, then 1 month before it expires). The
 * mail's key names the account, the expiry and the reminder, so each is sent once, however often this runs; a
 * renewal changes the expiry and starts the next cycle. Groups with a report under review are not reminded.
 */
export async function sendExpiryReminders(ctx: AppContext): Promise<number> {
  const db = ctx.database.db;
  const now = ctx.clock.now();
  const candidates = await listStaffExpiringBetween(db, now, new Date(now.getTime() + LOOKAHEAD_MS));
  const pending = await pendingGroupKeys(db);
  let due = 0;
  for (const { account, staff, organization } of candidates) {
    const expiresAt = account.authIdExpiresAt;
    const reminder = expiresAt ? expiryReminderDue(expiresAt, now) : null;
    if (!expiresAt || !reminder || pending.has(groupKeyOf(organization.id, staff.requestingRangeId))) continue;
    const window = periodicReportWindow(expiresAt);
    await enqueueMail(db, ctx.clock, `org-auth-id-reminder:${account.id}:${expiresAt.getTime()}:${reminder}`, expiryReminderMail(account.email, {
      reminder, authId: account.authId, organization: organization.name, expiryDate: window.expiryDate, dueDate: window.dueDate, link: `${ctx.config.publicUrl}/organisation`,
    }));
    due += 1;
  }
  return due;
}

/** The feature's jobs, registered on the context's runner when the app is built. */
export function registerUsageApplicationJobs(ctx: AppContext): void {
  ctx.jobs.register(EXPIRY_REMINDER_JOB, async () => {
    await sendExpiryReminders(ctx);
  });
}
