import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../domain/calendar/clock.js';
import type { DatabaseHandle } from '../../db/client.js';
import { outbox, sentMail } from '../../db/schema.js';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { createTestDatabase, testBackends } from '../../../../test/helpers/database.js';
import { JobRunner } from '../jobs/outbox.js';
import { MAIL_JOB_KIND, createMailJobHandler, enqueueMail, smtpTransport, type MailMessage } from './mailer.js';
import { renderMail } from './render-mail.js';
import { parseMail } from './test-support/mime.js';
import { SmtpSink } from './test-support/smtp-sink.js';

const message = (to: string): MailMessage => ({
  to,
  ...renderMail({
    subjectJa: '【在留オンライン】申請を受け付けました', subjectEn: '[Zairyu Online] Application received',
    bodyJa: '申請を受け付けました。\n受付番号：TKY-2026-000123', bodyEn: 'We have received your application.\nReception number: TKY-2026-000123',
  }),
});

/** The Message-ID derives from the job key, so a duplicate that ever got through would be dropped by the receiver. */
const expectedMessageId = (jobKey: string, domain: string) => `<${createHash('sha256').update(jobKey).digest('hex').slice(0, 32)}@${domain}>`;

describe.each(testBackends())('R-MAIL-2 outbox and the development mailbox on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(async () => t.close());

  const db = () => t.ctx.database.db;
  const jobsFor = (jobKey: string) => db().select().from(outbox).where(eq(outbox.jobKey, jobKey));
  const mailFor = (jobKey: string) => db().select().from(sentMail).where(eq(sentMail.jobKey, jobKey));

  it('a mail queued in a transaction that rolls back leaves no job and sends nothing', async () => {
    await expect(db().transaction(async (tx) => {
      await enqueueMail(tx, t.clock, 'rollback-1', message('a@example.jp'));
      throw new Error('the action failed');
    })).rejects.toThrow('the action failed');
    expect(await jobsFor('rollback-1')).toEqual([]);
    await t.ctx.jobs.runDue();
    expect(await mailFor('rollback-1')).toEqual([]);
  });

  it('a committed mail is sent exactly once, even when enqueued twice and run twice', async () => {
    await db().transaction(async (tx) => enqueueMail(tx, t.clock, 'commit-1', message('b@example.jp')));
    await db().transaction(async (tx) => enqueueMail(tx, t.clock, 'commit-1', message('b@example.jp'))); // a retried request
    expect(await jobsFor('commit-1')).toHaveLength(1);
    expect(await t.ctx.jobs.runDue()).toBeGreaterThanOrEqual(1);
    // The worker died after handing the mail over but before marking the job done: the job runs again.
    await db().update(outbox).set({ status: 'PENDING', lockedUntil: null, doneAt: null }).where(eq(outbox.jobKey, 'commit-1'));
    expect(await t.ctx.jobs.runDue()).toBe(1);
    const sent = await mailFor('commit-1');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ transport: 'DEV_MAILBOX', toAddress: 'b@example.jp', messageId: expectedMessageId('commit-1', new URL(t.ctx.config.publicUrl).hostname) });
    expect((await jobsFor('commit-1'))[0]).toMatchObject({ status: 'DONE', attempts: 2 });
  });

  it('the development mailbox shows the bilingual mail', async () => {
    await db().transaction(async (tx) => enqueueMail(tx, t.clock, 'mailbox-1', message('c@example.jp')));
    await t.ctx.jobs.runDue();
    const res = await t.app.inject({ method: 'GET', url: '/api/dev/mailbox?to=c@example.jp' });
    expect(res.statusCode).toBe(200);
    const [mail] = res.json() as { subject: string; text: string; html: string }[];
    expect(mail?.subject).toBe('【在留オンライン】申請を受け付けました / [Zairyu Online] Application received');
    expect(mail?.text.indexOf('申請を受け付けました。')).toBeLessThan(mail?.text.indexOf('We have received') ?? -1);
    expect(mail?.html).toContain('<div lang="ja">');
  });
});

describe.each(testBackends())('R-MAIL-2 real SMTP on loopback through the job runner on %s', (backend) => {
  let database: DatabaseHandle;
  let sink: SmtpSink;
  let transport: ReturnType<typeof smtpTransport>;
  const clock = new FixedClock(new Date('2026-11-23T01:00:00Z'));
  let runner: JobRunner;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
    sink = new SmtpSink();
    transport = smtpTransport(await sink.start());
    runner = new JobRunner(database.db, clock);
    runner.register(MAIL_JOB_KIND, createMailJobHandler(database.db, clock, transport, 'Zairyu Online <no-reply@zairyu.localhost>', 'zairyu.localhost'));
  });
  afterAll(async () => {
    transport.close();
    await sink.stop();
    await database.close();
  });

  const queue = (jobKey: string, to: string) => database.db.transaction(async (tx) => enqueueMail(tx, clock, jobKey, message(to)));
  const received = (to: string) => sink.received.filter((m) => m.to.includes(to));

  it('delivers the message: envelope, subject, both languages, HTML and the job-derived Message-ID', async () => {
    await queue('smtp-1', 'd@example.jp');
    expect(await runner.runDue()).toBe(1);
    const [delivered] = received('d@example.jp');
    expect(delivered?.from).toBe('no-reply@zairyu.localhost');
    const mail = parseMail(delivered?.raw ?? '');
    expect(mail.header('subject')).toBe('【在留オンライン】申請を受け付けました / [Zairyu Online] Application received');
    expect(mail.header('message-id')).toBe(expectedMessageId('smtp-1', 'zairyu.localhost'));
    expect(mail.text).toContain('受付番号：TKY-2026-000123');
    expect(mail.text).toContain('Reception number: TKY-2026-000123');
    expect(mail.html).toContain('<p>申請を受け付けました。<br>受付番号：TKY-2026-000123</p>');
    const [row] = await database.db.select().from(sentMail).where(eq(sentMail.jobKey, 'smtp-1'));
    expect(row).toMatchObject({ transport: 'SMTP', messageId: expectedMessageId('smtp-1', 'zairyu.localhost') });
  });

  it('a failing server makes the job retry with back-off, then it is delivered once and never again', async () => {
    sink.failNext = 2;
    await queue('smtp-2', 'e@example.jp');
    expect(await runner.runDue()).toBe(1);
    let [job] = await database.db.select().from(outbox).where(eq(outbox.jobKey, 'smtp-2'));
    expect(job).toMatchObject({ status: 'PENDING', attempts: 1, lastError: expect.stringContaining('451') });
    expect(job?.runAfter.getTime()).toBe(clock.now().getTime() + 2000);
    expect(await runner.runDue()).toBe(0); // not due yet
    clock.advance(2000);
    expect(await runner.runDue()).toBe(1); // second failure
    [job] = await database.db.select().from(outbox).where(eq(outbox.jobKey, 'smtp-2'));
    expect(job?.runAfter.getTime()).toBe(clock.now().getTime() + 4000);
    expect(received('e@example.jp')).toHaveLength(0);
    clock.advance(4000);
    expect(await runner.runDue()).toBe(1);
    expect(received('e@example.jp')).toHaveLength(1);
    [job] = await database.db.select().from(outbox).where(eq(outbox.jobKey, 'smtp-2'));
    expect(job).toMatchObject({ status: 'DONE', attempts: 3, lastError: null });
    clock.advance(60 * 60 * 1000);
    await queue('smtp-2', 'e@example.jp');
    expect(await runner.runDue()).toBe(0);
    expect(received('e@example.jp')).toHaveLength(1);
    expect(await database.db.select().from(sentMail).where(eq(sentMail.jobKey, 'smtp-2'))).toHaveLength(1);
  });

  it('a server that keeps failing leaves the job DEAD after the last attempt, with nothing recorded as sent', async () => {
    const strict = new JobRunner(database.db, clock, { maxAttempts: 2 });
    strict.register(MAIL_JOB_KIND, createMailJobHandler(database.db, clock, transport, 'no-reply@zairyu.localhost', 'zairyu.localhost'));
    sink.failNext = 10;
    await queue('smtp-3', 'f@example.jp');
    await strict.runDue();
    clock.advance(2000);
    await strict.runDue();
    clock.advance(60 * 60 * 1000);
    expect(await strict.runDue()).toBe(0);
    const [job] = await database.db.select().from(outbox).where(eq(outbox.jobKey, 'smtp-3'));
    expect(job).toMatchObject({ status: 'DEAD', attempts: 2 });
    expect(received('f@example.jp')).toHaveLength(0);
    expect(await database.db.select().from(sentMail).where(eq(sentMail.jobKey, 'smtp-3'))).toEqual([]);
    sink.failNext = 0;
  });
});
