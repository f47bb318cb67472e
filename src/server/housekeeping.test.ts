import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app.js';
import { testBackends } from '../../test/helpers/database.js';
import { jstDateOf } from '../domain/calendar/jst.js';
import { jpkiNonces, outbox, sessions, signInAttempts } from './db/schema.js';
import { seedAccount } from './features/accounts/test-support.js';
import { insertSession } from './features/accounts/session-repository.js';
import { EXPIRY_REMINDER_JOB } from './features/usage-applications/expiry-reminders.js';
import { runHousekeeping, startHousekeeping } from './housekeeping.js';

const MINUTE = 60_000;

describe('housekeeping', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(async () => t.close());

  it('R-AUTH-2 removes JPKI nonces past their 5-minute life and keeps live ones', async () => {
    await t.ctx.jpki.nonces.issue({ sessionId: 'old', purpose: 'LOGIN' });
    t.clock.advance(6 * 60 * 1000);
    await t.ctx.jpki.nonces.issue({ sessionId: 'new', purpose: 'LOGIN' });
    const stop = startHousekeeping(t.ctx, t.app.log, 60_000);
    await expect.poll(async () => (await t.ctx.database.db.select().from(jpkiNonces)).length).toBe(1);
    stop();
  });
});

describe.each(testBackends())('housekeeping of sessions and sign-in attempts (R-AUTH-8) on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(async () => t.close());

  it('R-AUTH-8 deletes sessions past their absolute end and keeps the others (idle-expired ones still answer "expired" until then)', async () => {
    const { account } = await seedAccount(t);
    const now = t.clock.now();
    const session = (idHash: string, absoluteMinutes: number, idleMinutes: number) => insertSession(t.ctx.database.db, {
      idHash, accountId: account.id, stage: 'ACTIVE', createdAt: new Date(now.getTime() - 13 * 60 * MINUTE), lastSeenAt: now,
      idleExpiresAt: new Date(now.getTime() + idleMinutes * MINUTE), absoluteExpiresAt: new Date(now.getTime() + absoluteMinutes * MINUTE),
    });
    await session(`gone-${backend}`, -1, -60);
    await session(`idle-${backend}`, 60, -5);
    await session(`live-${backend}`, 60, 10);
    expect((await runHousekeeping(t.ctx)).sessions).toBe(1);
    const left = (await t.ctx.database.db.select().from(sessions).where(eq(sessions.accountId, account.id))).map((s) => s.idHash).sort();
    expect(left).toEqual([`idle-${backend}`, `live-${backend}`]);
  });

  it('R-AUTH-8 keeps the attempts of the 15-minute windows and each account\'s 10 latest (the account page), deletes the rest', async () => {
    const busy = await seedAccount(t);
    const quiet = await seedAccount(t);
    const now = t.clock.now().getTime();
    const attempt = (minutesAgo: number, accountId: string | null, key: string) => ({
      at: new Date(now - minutesAgo * MINUTE), throttleKey: key, accountId, ipAddress: '192.0.2.1', step: 'PASSWORD' as const, outcome: 'FAILURE' as const,
    });
    await t.ctx.database.db.insert(signInAttempts).values([
      ...Array.from({ length: 12 }, (_, i) => attempt(24 * 60 + i, busy.account.id, 'busy')), // a day old: the 10 latest stay
      attempt(30 * 24 * 60, quiet.account.id, 'quiet'), attempt(40 * 24 * 60, quiet.account.id, 'quiet'), // old but the account's latest
      attempt(20, null, `unknown-${backend}`), // past the window, no account page
      attempt(10, null, `unknown-${backend}`), // inside the window
    ]);
    const removed = (await runHousekeeping(t.ctx)).signInAttempts;
    expect(removed).toBe(3);
    const rows = await t.ctx.database.db.select().from(signInAttempts);
    const ofBusy = rows.filter((r) => r.accountId === busy.account.id).map((r) => Math.round((now - r.at.getTime()) / MINUTE)).sort((a, b) => a - b);
    expect(ofBusy).toEqual(Array.from({ length: 10 }, (_, i) => 24 * 60 + i));
    expect(rows.filter((r) => r.accountId === quiet.account.id)).toHaveLength(2);
    expect(rows.filter((r) => r.throttleKey === `unknown-${backend}`).map((r) => Math.round((now - r.at.getTime()) / MINUTE))).toEqual([10]);
    expect((await runHousekeeping(t.ctx)).signInAttempts).toBe(0);
  });

  it('R-ORG-3 every run asks for today\'s expiry reminder job, which exists once per JST day', async () => {
    await runHousekeeping(t.ctx);
    await runHousekeeping(t.ctx);
    const jobs = await t.ctx.database.db.select().from(outbox).where(eq(outbox.kind, EXPIRY_REMINDER_JOB));
    expect(jobs.map((j) => j.jobKey)).toEqual([`${EXPIRY_REMINDER_JOB}:${jstDateOf(t.clock.now())}`]);
  });
});
