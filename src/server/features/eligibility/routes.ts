import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkFiling, EligibilityRequest, EligibilityResult } from '../../../domain/eligibility/index.js';
import type { AppContext } from '../../context.js';

const Bilingual = z.object({ ja: z.string(), en: z.string() });
const InvalidRequest = z.object({
  error: z.literal('INVALID_REQUEST'),
  message: Bilingual,
  fields: z.array(z.object({ path: z.string(), message: Bilingual })),
});
const RateLimited = z.object({ error: z.literal('RATE_LIMITED'), message: Bilingual });

/** R-ELIG-10: the public pre-check. No account, no state: the same pure function that guards submission. */
export function eligibilityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/v1/eligibility/check',
    {
      config: { rateLimit: { max: ctx.config.eligibilityRateLimitPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['eligibility'],
        summary: 'Can this filing be made online today? Every reason it cannot, in Japanese and English (SPEC §3)',
        description: 'Public and rate-limited per client address. Answers 200 whether the filing is allowed or not; 400 with field errors when the request is malformed.',
        body: EligibilityRequest,
        response: { 200: EligibilityResult, 400: InvalidRequest, 429: RateLimited },
      },
    },
    async (request) => checkFiling(request.body, ctx.clock),
  );
}
