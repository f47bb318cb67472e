import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ProcessingTimesQuery, ProcessingTimesReport } from '../../../domain/statistics/index.js';
import type { AppContext } from '../../context.js';
import { ProcessingTimesCache, processingTimes } from './service.js';
import { statisticsTestSeedRoutes } from './test-seed-routes.js';

/** R-CASE-2: the public processing-time figures (no account; closed from abroad like every route not in R-OPS-1's list). */
export function statisticsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const cache = new ProcessingTimesCache();
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/statistics/processing-times', {
    schema: {
      tags: ['statistics'],
      summary: 'Days from acceptance to decision per bureau, procedure and status of residence: median and 80th percentile',
      description: 'Cases decided (許可 or 不許可) in the 90 whole JST days before today; percentiles by nearest rank; '
        + 'days are published from 20 decided cases on (null below). The same all day.',
      querystring: ProcessingTimesQuery,
      response: { 200: ProcessingTimesReport },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return processingTimes(ctx.database.db, ctx.clock, cache, request.query);
  });
  if (ctx.config.testClockControl) statisticsTestSeedRoutes(app, ctx, cache);
}
