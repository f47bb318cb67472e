import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { requireScope, type SessionAccount } from '../../plugins/session.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';
import { completePasswordLink } from '../accounts/recovery-service.js';
import { csrfGuard } from '../accounts/route-support.js';
import { USAGE_MESSAGES } from './messages.js';
import { Done, Filed, IdParams, MoreRequest, RejectRequest, StaffPasswordRequest, UsageApplicationForm, UsageApplicationList, UsageApplicationView } from './schemas.js';
import { afterStaffPasswordSet, decideUsageApplication, fileUsageApplication, getForReviewer, listForReviewer } from './service.js';

const tags = ['usage applications'];
const limit = { rateLimit: { max: 30, timeWindow: 15 * 60_000 } };

function reviewerOf(request: FastifyRequest): SessionAccount {
  if (!request.account) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
  return request.account;
}

/** 利用申出 of organisations (R-ORG-1, R-ORG-2): filed by anyone, reviewed by the office with jurisdiction. */
export function usageApplicationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const review = requireScope('usage-applications:review');

  r.post('/api/v1/usage-applications', {
    schema: { tags, summary: 'File a new usage application (organisation, type, staff, pledges); a receipt is emailed', body: UsageApplicationForm, response: { 201: Filed } },
    preValidation: csrfGuard, config: limit,
  }, async (request, reply) => {
    const { id } = await fileUsageApplication(ctx, request.body, { ip: request.ip });
    return reply.status(201).send({ ok: true as const, id, message: USAGE_MESSAGES.received });
  });

  r.post('/api/v1/usage-applications/staff-password', {
    schema: { tags, summary: 'A staff member sets the password from the approval email link (single use); the 認証ID is then emailed', body: StaffPasswordRequest, response: { 200: Done } },
    preValidation: csrfGuard, config: limit,
  }, async (request) => {
    await completePasswordLink(ctx, request.body.token, request.body.password, { ip: request.ip }, afterStaffPasswordSet(ctx));
    return { ok: true as const };
  });

  r.get('/api/v1/usage-applications', {
    schema: { tags, summary: "Open usage applications of the reviewer's office (and its branches for a regional bureau)", response: { 200: UsageApplicationList } },
    preValidation: review,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return { applications: await listForReviewer(ctx, reviewerOf(request)) };
  });

  r.get('/api/v1/usage-applications/:id', {
    schema: { tags, summary: 'One usage application (the reviewer\'s jurisdiction only)', params: IdParams, response: { 200: UsageApplicationView } },
    preValidation: review,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return getForReviewer(ctx, reviewerOf(request), request.params.id, { ip: request.ip });
  });

  r.post('/api/v1/usage-applications/:id/approve', {
    schema: { tags, summary: 'Approve: staff accounts (認証ID valid 3 years) and approval emails', params: IdParams, response: { 200: Done } }, preValidation: review,
  }, async (request) => {
    await decideUsageApplication(ctx, reviewerOf(request), request.params.id, { kind: 'APPROVE' }, { ip: request.ip });
    return { ok: true as const, message: USAGE_MESSAGES.approved };
  });

  r.post('/api/v1/usage-applications/:id/reject', {
    schema: { tags, summary: 'Reject with a reason (emailed)', params: IdParams, body: RejectRequest, response: { 200: Done } }, preValidation: review,
  }, async (request) => {
    await decideUsageApplication(ctx, reviewerOf(request), request.params.id, { kind: 'REJECT', reason: request.body.reason }, { ip: request.ip });
    return { ok: true as const, message: USAGE_MESSAGES.rejected };
  });

  r.post('/api/v1/usage-applications/:id/request-more', {
    schema: { tags, summary: 'Ask the organisation for more information (emailed)', params: IdParams, body: MoreRequest, response: { 200: Done } }, preValidation: review,
  }, async (request) => {
    await decideUsageApplication(ctx, reviewerOf(request), request.params.id, { kind: 'REQUEST_MORE', request: request.body.request }, { ip: request.ip });
    return { ok: true as const, message: USAGE_MESSAGES.moreRequested };
  });
}
