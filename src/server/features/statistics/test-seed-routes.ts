import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { createAccount } from '../accounts/account-factory.js';
import { jstDateOf } from '../../../domain/calendar/jst.js';
import { CaseSeed, seedCase } from './decided-case-seed.js';
import { deleteSnapshot } from './repository.js';
import type { ProcessingTimesCache } from './service.js';

const SeedRequest = z.object({ cases: z.array(CaseSeed).min(1).max(500) });
const SeedResponse = z.object({ applicationIds: z.array(z.string()) });

/**
 * Browser journeys only (registered with TEST_CLOCK_CONTROL, which config refuses in production): decided cases
 * for the public statistics page, owned by a new account nobody signs in with, so no one's lists change.
 */
export function statisticsTestSeedRoutes(app: FastifyInstance, ctx: AppContext, cache: ProcessingTimesCache): void {
  app.withTypeProvider<ZodTypeProvider>().post('/api/test/statistics/cases', {
    schema: { hide: true, body: SeedRequest, response: { 200: SeedResponse } },
  }, async (request) => {
    const applicationIds = await ctx.database.db.transaction(async (tx) => {
      const owner = await createAccount(tx, ctx.clock, {
        kind: 'INDIVIDUAL', displayName: 'Statistics seed', email: `statistics-seed-${randomUUID()}@example.test`,
      });
      const ids: string[] = [];
      for (const seed of request.body.cases) ids.push(await seedCase(tx, owner.id, seed));
      await deleteSnapshot(tx, jstDateOf(ctx.clock.now()));
      return ids;
    });
    cache.clear();
    return { applicationIds };
  });
}
