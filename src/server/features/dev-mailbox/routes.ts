import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sentMail } from '../../db/schema.js';
import type { AppContext } from '../../context.js';

const MailboxEntry = z.object({ id: z.number(), to: z.string(), subject: z.string(), text: z.string(), html: z.string().nullable(), sentAt: z.string() });

/**
 * The development mailbox: mail "sent" without an SMTP server, readable at /dev/mailbox.
 * Never registered in production (R-MAIL-2).
 */
export function devMailboxRoutes(app: FastifyInstance, ctx: AppContext): void {
  if (ctx.config.isProduction || ctx.config.mail.kind !== 'dev-mailbox') return;
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/dev/mailbox',
    { schema: { tags: ['development'], summary: 'Mail in the development mailbox, newest first', querystring: z.object({ to: z.string().optional() }), response: { 200: z.array(MailboxEntry) } } },
    async (request) => {
      const query = ctx.database.db.select().from(sentMail).orderBy(desc(sentMail.id)).limit(200).$dynamic();
      const rows = await (request.query.to ? query.where(eq(sentMail.toAddress, request.query.to)) : query);
      return rows.map((m) => ({ id: m.id, to: m.toAddress, subject: m.subject, text: m.textBody, html: m.htmlBody, sentAt: m.sentAt.toISOString() }));
    },
  );
}
