import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { requireScope } from '../../plugins/session.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';
import { completePasswordLink } from '../accounts/recovery-service.js';
import { csrfGuard } from '../accounts/route-support.js';
import { INTERMEDIARY_MESSAGES } from './messages.js';
import { Done, IntermediaryRegistrationRequest, PasswordRequest, PendingRegistrationList, RegistrationIdParams, RejectRequest } from './schemas.js';
import { afterIntermediaryPasswordSet, decideRegistration, pendingForOfficer, registerIntermediary } from './service.js';

const tags = ['intermediary registration'];
/** Per-address limit on the anonymous route that sends mail. */
const limit = { rateLimit: { max: 30, timeWindow: 15 * 60_000 } };

/** R-AUTH-5: lawyers and administrative scriveners register; an officer of the office with jurisdiction approves them as 申請等取次者. */
export function intermediaryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The usage-application reviewer also reviews the registrations of 申請等取次者 (SPEC §1).
  const review = requireScope('usage-applications:review');

  r.post('/api/v1/intermediaries/registrations', {
    schema: { tags, summary: 'Register as 申請等取次者 (office address, registration number); reviewed by the office with jurisdiction', body: IntermediaryRegistrationRequest, response: { 201: Done } },
    preValidation: csrfGuard, config: limit,
  }, async (request, reply) => {
    await registerIntermediary(ctx, request.body, { ip: request.ip });
    return reply.status(201).send({ ok: true as const, message: INTERMEDIARY_MESSAGES.registered });
  });

  r.post('/api/v1/intermediaries/password', {
    schema: { tags, summary: 'Set the password from the approval email link (single use); the 認証ID is then emailed', body: PasswordRequest, response: { 200: Done } },
    preValidation: csrfGuard,
  }, async (request) => {
    await completePasswordLink(ctx, request.body.token, request.body.password, { ip: request.ip }, afterIntermediaryPasswordSet(ctx));
    return { ok: true as const };
  });

  r.get('/api/v1/officer/intermediary-registrations', {
    schema: { tags, summary: "Pending registrations of the officer's office", response: { 200: PendingRegistrationList } }, preValidation: review,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const rows = await pendingForOfficer(ctx, officerId(request.account));
    return { registrations: rows.map(({ id, profession, fullName, fullNameKana, email, phone, associationName, registrationNumber, officeName, postalCode, prefectureCode, officeAddress, office, createdAt }) => ({
      id, profession, fullName, fullNameKana, email, phone, associationName, registrationNumber, officeName, postalCode, prefectureCode, officeAddress, office, createdAt: createdAt.toISOString(),
    })) };
  });

  r.post('/api/v1/officer/intermediary-registrations/:id/approve', {
    schema: { tags, summary: 'Approve as 申請等取次者: the account is created and a password link is emailed', params: RegistrationIdParams, response: { 200: Done } }, preValidation: review,
  }, async (request) => {
    await decideRegistration(ctx, officerId(request.account), request.params.id, { kind: 'APPROVE' }, { ip: request.ip });
    return { ok: true as const, message: INTERMEDIARY_MESSAGES.approved };
  });

  r.post('/api/v1/officer/intermediary-registrations/:id/reject', {
    schema: { tags, summary: 'Reject with a reason, which is emailed', params: RegistrationIdParams, body: RejectRequest, response: { 200: Done } }, preValidation: review,
  }, async (request) => {
    await decideRegistration(ctx, officerId(request.account), request.params.id, { kind: 'REJECT', reason: request.body.reason }, { ip: request.ip });
    return { ok: true as const, message: INTERMEDIARY_MESSAGES.rejected };
  });
}

function officerId(account: { id: string } | null): string {
  if (!account) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
  return account.id;
}
