import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/healthz', { schema: { tags: ['operations'], summary: 'The process is up', response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({
    status: 'ok' as const,
  }));
  r.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'The database is reachable and every migration is applied',
        response: { 200: z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) }), 503: z.object({ status: z.literal('not-ready'), reason: z.string() }) },
      },
    },
    async (_request, reply) => {
      try {
        if (!(await ctx.database.isMigrated())) return reply.status(503).send({ status: 'not-ready' as const, reason: 'migrations pending' });
        return { status: 'ready' as const, database: ctx.database.kind };
      } catch {
        return reply.status(503).send({ status: 'not-ready' as const, reason: 'database unreachable' });
      }
    },
  );
}
