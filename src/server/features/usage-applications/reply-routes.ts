import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { csrfGuard } from '../accounts/route-support.js';
import { USAGE_MESSAGES } from './messages.js';
import { inspectReplyLink, replyToRequest } from './reply-service.js';
import { filingLimit, tags } from './route-support.js';
import { Done, ReplyFields, ReplyLinkInfo, ReplyLinkRequest } from './schemas.js';
import { invalid, keepUploadsIf, receiveUsageUploads } from './upload-support.js';
import { toFieldErrors } from '../../../domain/validation/field-errors.js';

/** The link of a request for more (R-ORG-2): the token travels in the body, never in a URL. */
export function replyLinkRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().post('/api/v1/usage-applications/reply-link', {
    schema: { tags, summary: 'What the emailed reply link answers: the organisation and the reviewer\'s request', body: ReplyLinkRequest, response: { 200: ReplyLinkInfo } },
    preValidation: csrfGuard, config: filingLimit,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return inspectReplyLink(ctx, request.body.token);
  });
}

/** The organisation's answer by the single-use link: `token` and `reply` fields with any `documents` files. */
export function replyUploadRoutes(scope: FastifyInstance, ctx: AppContext): void {
  scope.post('/api/v1/usage-applications/reply', {
    schema: { tags, summary: 'Answer a request for more (multipart: token, reply, documents); the application returns to the review queue', response: { 200: Done } },
    preValidation: csrfGuard, config: filingLimit,
  }, async (request) => {
    const { files, fields } = await receiveUsageUploads(request, ctx);
    await keepUploadsIf(ctx, files, async () => {
      const parsed = ReplyFields.safeParse(fields);
      if (!parsed.success) throw invalid(toFieldErrors(parsed.error.issues));
      await replyToRequest(ctx, parsed.data.token, parsed.data.reply, files, { ip: request.ip });
    });
    return { ok: true as const, message: USAGE_MESSAGES.replied };
  });
}
