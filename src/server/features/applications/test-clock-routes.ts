import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { runAutoAcceptance } from './acceptance-service.js';
import { ClockRequest, ClockResponse } from './schemas.js';
import { isAdvanceable } from './test-clock.js';

/**
 * Browser journeys only (TEST_CLOCK_CONTROL=true, refused in production by config): move the app's clock forward,
 * then run what would have run meanwhile — the daily acceptance and the mail queue — so the next day's reception
 * number can be seen at once (R-SUB-2).
 */
export function testClockRoutes(app: FastifyInstance, ctx: AppContext): void {
  const clock = ctx.clock;
  if (!isAdvanceable(clock)) throw new Error('TEST_CLOCK_CONTROL needs an adjustable clock');
  app.withTypeProvider<ZodTypeProvider>().post('/api/test/clock', {
    schema: { hide: true, body: ClockRequest, response: { 200: ClockResponse } },
  }, async (request) => {
    clock.advance(request.body.advanceSeconds * 1000);
    await runAutoAcceptance(ctx);
    await ctx.jobs.runDue();
    return { now: clock.now().toISOString() };
  });
}
