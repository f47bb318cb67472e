import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Clock } from '../../../domain/calendar/clock.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { sentMail } from '../../db/schema.js';
import { jobsInsert, type ClaimedJob, type JobHandler } from '../jobs/outbox.js';

export const MAIL_JOB_KIND = 'mail.send';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Queues a mail in the caller's transaction; the job key makes a retried action queue it once. */
export async function enqueueMail(tx: DbOrTx, clock: Clock, jobKey: string, message: MailMessage): Promise<void> {
  await mailsInsert(tx, clock, [{ jobKey, message }]);
}

/** Several mails in one outbox insert (e.g. both copies of one notice), to await or to send with other writes (writeTogether). */
export function mailsInsert(tx: DbOrTx, clock: Clock, mails: readonly { jobKey: string; message: MailMessage }[]) {
  return jobsInsert(tx, clock, mails.map(({ jobKey, message }) => ({ kind: MAIL_JOB_KIND, jobKey, payload: { ...message } })));
}

export interface MailTransport {
  kind: 'DEV_MAILBOX' | 'SMTP';
  send(message: MailMessage & { from: string; messageId: string }): Promise<void>;
}

/** Development mailbox: the sent_mail row written by the handler is the mailbox (shown at /dev/mailbox). */
export const devMailboxTransport: MailTransport = { kind: 'DEV_MAILBOX', send: async () => undefined };

export function smtpTransport(url: string): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: 'SMTP',
    async send(m) {
      await transporter.sendMail({ from: m.from, to: m.to, subject: m.subject, text: m.text, html: m.html, messageId: m.messageId });
    },
    close: () => transporter.close(),
  };
}

/**
 * Sends a queued mail at most once per job key: a handled job is recorded in sent_mail, and the Message-ID
 * derives from the job key, so even a crash between hand-over and record lets the receiver drop the copy.
 */
export function createMailJobHandler(db: Db, clock: Clock, transport: MailTransport, from: string, domain: string): JobHandler {
  return async (job: ClaimedJob) => {
    const already = await db.select({ id: sentMail.id }).from(sentMail).where(eq(sentMail.jobKey, job.jobKey)).limit(1);
    if (already.length > 0) return;
    const message = job.payload as unknown as MailMessage;
    const messageId = `<${createHash('sha256').update(job.jobKey).digest('hex').slice(0, 32)}@${domain}>`;
    await transport.send({ ...message, from, messageId });
    await db
      .insert(sentMail)
      .values({
        jobKey: job.jobKey, transport: transport.kind, toAddress: message.to, subject: message.subject,
        textBody: message.text, htmlBody: message.html ?? null, messageId, sentAt: clock.now(),
      })
      .onConflictDoNothing({ target: sentMail.jobKey });
  };
}
