import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JPKI_CLIENT_KINDS } from '../../../domain/jpki/index.js';
import type { AppContext } from '../../context.js';
import { csrfGuard } from '../accounts/route-support.js';
import { ensureCardBinding, nonceSessionOf } from './card-binding.js';

const tags = ['my number card'];

const ChallengeRequest = z.object({ purpose: z.enum(['REGISTRATION', 'LOGIN', 'CARD_RENEWAL']) }).strict();
const ChallengeResponse = z.object({ nonce: z.string(), expiresAt: z.string() });
const ClientResponse = z.object({ kind: z.enum(JPKI_CLIENT_KINDS) });

/** The card challenge (R-AUTH-2) and which card client the browser must use (R-AUTH-3). */
export function jpkiRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/jpki/client', {
    schema: { tags, summary: 'The card client to use: the development software card or the real JPKI client', response: { 200: ClientResponse } },
  }, async () => ({ kind: ctx.jpki.clientKind }));

  r.post('/api/v1/jpki/challenge', {
    schema: { tags, summary: 'A fresh nonce for the card to sign (single use, 5 minutes, bound to this browser)', body: ChallengeRequest, response: { 200: ChallengeResponse } },
    preValidation: csrfGuard,
  }, async (request, reply) => {
    const binding = ensureCardBinding(request, reply);
    const issued = await ctx.jpki.nonces.issue({ sessionId: nonceSessionOf(binding), purpose: request.body.purpose });
    reply.header('cache-control', 'no-store');
    return { nonce: issued.nonce, expiresAt: issued.expiresAt.toISOString() };
  });
}
