import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listSigningKeys, publishedKeyOf } from '../../adapters/signer/signing-keys.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { requireScope } from '../../plugins/session.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';
import { pendingProofPdf } from './pending-proof-service.js';
import { ApplicationIdParams, CheckRequest, InvalidRequest, PayloadRequest, PublishedKeySet, RateLimited, VerificationResult } from './schemas.js';
import { verificationTestRoutes } from './test-routes.js';
import { checkNumberAndCode, checkPayload } from './verification-service.js';

const tags = ['verification'];
const fileApplications = requireScope(['applications:file-own', 'applications:file-for-others']);

function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

/**
 * R-RES-4, R-PLUS-1, R-PLUS-5: the published keys and the document checks are public and open from abroad
 * (WORLD_OPEN_ROUTES); the checks are rate-limited per address and audited. The proof of pending application is
 * the filer's own.
 */
export function verificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // One budget per address shared by both checks (a per-route limit would give each route its own counter).
  const limitChecks = app.rateLimit({ max: ctx.config.verificationRateLimitPerMinute, timeWindow: 60_000, groupId: 'verification-checks' });

  r.get('/api/v1/verification/keys', {
    schema: {
      tags, summary: 'The public keys (Ed25519, JWK) that sign issued documents, with each key\'s status and validity',
      description: 'Retired keys stay listed: they verify what they signed while active. Use them to check a QR payload offline.',
      response: { 200: PublishedKeySet },
    },
  }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return { keys: (await listSigningKeys(ctx.database.db)).map(publishedKeyOf) };
  });

  r.post('/api/v1/verification/check', {
    onRequest: limitChecks,
    schema: {
      tags, summary: 'Is this document genuine and valid? By document number and verification code',
      description: 'Public, open from abroad, rate-limited per address, audited. 200 in every case with GENUINE or NOT_VALID and a reason; the minimum data only for a valid document.',
      body: CheckRequest, response: { 200: VerificationResult, 400: InvalidRequest, 429: RateLimited },
    },
  }, async (request, reply) => {
    noStore(reply);
    return checkNumberAndCode(ctx, request.body, { ip: request.ip });
  });

  r.post('/api/v1/verification/payload', {
    onRequest: limitChecks,
    schema: {
      tags, summary: 'Is this document genuine and valid? By the signed payload of its QR code (or the URL it encodes)',
      description: 'Public, open from abroad, rate-limited per address, audited. The signature is checked against the published keys, then the registry.',
      body: PayloadRequest, response: { 200: VerificationResult, 400: InvalidRequest, 429: RateLimited },
    },
  }, async (request, reply) => {
    noStore(reply);
    return checkPayload(ctx, request.body, { ip: request.ip });
  });

  r.get('/api/v1/verification/pending-proof/:applicationId', {
    schema: { tags, summary: 'The signed proof of pending application (特例期間, R-PLUS-5) as a bilingual PDF', params: ApplicationIdParams },
    preValidation: fileApplications,
  }, async (request, reply) => {
    const { fileName, pdf } = await pendingProofPdf(ctx, accountOf(request), request.params.applicationId, { ip: request.ip });
    return reply.type('application/pdf').header('cache-control', 'no-store').header('x-content-type-options', 'nosniff')
      .header('content-disposition', `attachment; filename="${fileName}"`).send(pdf);
  });

  if (ctx.config.testClockControl) verificationTestRoutes(app, ctx);
}

function accountOf(request: FastifyRequest) {
  if (!request.account) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
  return request.account;
}
