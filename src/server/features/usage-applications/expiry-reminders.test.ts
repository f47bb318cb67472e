import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appForSuite } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { accounts, outbox } from '../../db/schema.js';
import { TestBrowser, queuedMailTo } from '../accounts/test-support.js';
import { EXPIRY_REMINDER_JOB, enqueueDailyExpiryReminders } from './expiry-reminders.js';
import { approvedStaff, corporateNumber } from './test-support.js';

const DAY = 24 * 60 * 60_000;
const TWO_MONTHS = '認証IDの有効期限のお知らせ（定期報告のお願い） / Your 認証ID expires in 2 months: periodic report';
const ONE_MONTH = '【再通知】認証IDの有効期限が近づいています（定期報告のお願い） / Reminder: your 認証ID expires in 1 month: periodic report';

describe.each(testBackends())('認証ID expiry reminders and expiry (R-ORG-3, R-MAIL-1) on %s', (backend) => {
  const t = appForSuite(backend);

  /** What the housekeeping tick does, several times a day on several instances, then the job runner. */
  async function runDailyJob(ticks = 2): Promise<void> {
    for (let i = 0; i < ticks; i += 1) await enqueueDailyExpiryReminders(t.ctx);
    await t.ctx.jobs.runDue();
  }
  const reminders = async (email: string) => (await queuedMailTo(t, email)).filter((m) => m.subject.includes('認証IDの有効期限')).map((m) => m.subject);

  it('R-ORG-3 one reminder 2 months before, one 1 month before, each exactly once however often the job runs; an expired 認証ID cannot sign in', async () => {
    const start = t.clock.now();
    const expiresAt = new Date(start.getTime() + 100 * DAY);
    const staff = await approvedStaff(t, 'ACCEPTING', { corporateNumber: corporateNumber(7001), expiresAt, email: `expiring-${backend}@example.test` });
    const email = staff.seeded.account.email;
    await runDailyJob();
    expect(await reminders(email)).toEqual([]);

    t.clock.set(new Date(expiresAt.getTime() - 55 * DAY));
    await runDailyJob(3);
    expect(await reminders(email)).toEqual([TWO_MONTHS]);
    t.clock.advance(DAY);
    await runDailyJob();
    expect(await reminders(email)).toEqual([TWO_MONTHS]);
    const mail = (await queuedMailTo(t, email)).find((m) => m.subject === TWO_MONTHS);
    expect(mail?.text).toContain(staff.seeded.account.authId.slice(0, 4));
    expect(mail?.text).toContain('/organisation');

    t.clock.set(new Date(expiresAt.getTime() - 20 * DAY));
    await runDailyJob();
    t.clock.advance(DAY);
    await runDailyJob();
    expect(await reminders(email)).toEqual([TWO_MONTHS, ONE_MONTH]);
    const jobs = await t.ctx.database.db.select().from(outbox).where(eq(outbox.kind, EXPIRY_REMINDER_JOB));
    expect(jobs.every((j) => j.status === 'DONE')).toBe(true);
    expect(new Set(jobs.map((j) => j.jobKey)).size).toBe(jobs.length);

    t.clock.set(new Date(expiresAt.getTime() - 1000));
    expect((await new TestBrowser(t.app).post('/api/v1/sign-in', { authId: staff.seeded.account.authId, password: staff.seeded.password })).statusCode).toBe(200);
    t.clock.set(expiresAt);
    const refused = await new TestBrowser(t.app).post('/api/v1/sign-in', { authId: staff.seeded.account.authId, password: staff.seeded.password });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ reason: 'AUTH_ID_EXPIRED' });
    await runDailyJob();
    expect(await reminders(email)).toEqual([TWO_MONTHS, ONE_MONTH]);
  });

  it('R-ORG-3 a group with a report under review is not reminded; staff without a password yet are not reminded', async () => {
    const expiresAt = new Date(t.clock.now().getTime() + 50 * DAY);
    const staff = await approvedStaff(t, 'ACCEPTING', { corporateNumber: corporateNumber(7101), expiresAt, email: `reporting-${backend}@example.test` });
    const filed = await staff.browser.post('/api/v1/organisation/periodic-reports', { activities: '継続', staff: [{ accountId: staff.seeded.account.id, inService: true }], pledgesAccepted: true });
    expect(filed.statusCode).toBe(201);
    await runDailyJob();
    expect(await reminders(staff.seeded.account.email)).toEqual([]);

    const silent = await approvedStaff(t, 'ACCEPTING', { corporateNumber: corporateNumber(7102), expiresAt, email: `no-password-${backend}@example.test` });
    const other = await approvedStaff(t, 'ACCEPTING', { corporateNumber: corporateNumber(7103), expiresAt, email: `reminded-${backend}@example.test` });
    await t.ctx.database.db.update(accounts).set({ passwordHash: null }).where(eq(accounts.id, silent.seeded.account.id));
    await runDailyJob();
    expect(await reminders(other.seeded.account.email)).toEqual([]); // today's run is over: one run per JST day
    t.clock.advance(DAY);
    await runDailyJob();
    expect(await reminders(silent.seeded.account.email)).toEqual([]);
    expect(await reminders(other.seeded.account.email)).toEqual([TWO_MONTHS]);
  });
});
