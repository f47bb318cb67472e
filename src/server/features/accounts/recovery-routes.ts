import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { AUTH_MESSAGES } from './messages.js';
import { completePasswordLink, confirmEmailChange, forgotPassword, inspectPasswordLink, recoverAuthIds } from './recovery-service.js';
import { csrfGuard } from './route-support.js';
import { Acknowledged, CompletePasswordRequest, EmailRequest, PasswordLinkInfo, TokenRequest } from './schemas.js';

const tags = ['account recovery'];
/** Per-address limit on anonymous mail-sending routes (the services also limit per account). */
const mailLimit = { rateLimit: { max: 10, timeWindow: 15 * 60_000 } };

/** R-AUTH-7: forgotten password and 認証ID by email, and the single-use links (token in the body, never the query). */
export function recoveryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/password/forgot', {
    schema: { tags, summary: 'Email a password reset link; the same answer whether or not the address is registered', body: EmailRequest, response: { 200: Acknowledged } },
    preValidation: csrfGuard, config: mailLimit,
  }, async (request) => {
    await forgotPassword(ctx, request.body.email, { ip: request.ip });
    return { ok: true as const, message: AUTH_MESSAGES.mailSent };
  });

  r.post('/api/v1/auth-id/forgot', {
    schema: { tags, summary: 'Email the 認証IDs registered with an address; the same answer whether or not it is registered', body: EmailRequest, response: { 200: Acknowledged } },
    preValidation: csrfGuard, config: mailLimit,
  }, async (request) => {
    await recoverAuthIds(ctx, request.body.email, { ip: request.ip });
    return { ok: true as const, message: AUTH_MESSAGES.mailSent };
  });

  r.post('/api/v1/password/link', {
    schema: { tags, summary: 'Whose password link this is, and the minimum length that applies', body: TokenRequest, response: { 200: PasswordLinkInfo } },
    preValidation: csrfGuard,
  }, async (request) => inspectPasswordLink(ctx, request.body.token));

  r.post('/api/v1/password/complete', {
    schema: { tags, summary: 'Set a password from an emailed link (single use)', body: CompletePasswordRequest, response: { 200: Acknowledged } },
    preValidation: csrfGuard,
  }, async (request) => {
    await completePasswordLink(ctx, request.body.token, request.body.password, { ip: request.ip });
    return { ok: true as const };
  });

  r.post('/api/v1/account/email/confirm', {
    schema: { tags, summary: 'Confirm a new email address from the link sent to it (single use)', body: TokenRequest, response: { 200: Acknowledged } },
    preValidation: csrfGuard,
  }, async (request) => {
    await confirmEmailChange(ctx, request.body.token, { ip: request.ip });
    return { ok: true as const };
  });
}
