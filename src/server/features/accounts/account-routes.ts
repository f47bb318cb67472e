import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { requireScope } from '../../plugins/session.js';
import { accountOverview, assertRecentlyReauthenticated, beginSecondFactorChange, changePassword, describeAccount, reauthenticate, requestEmailChange } from './account-service.js';
import { AUTH_MESSAGES } from './messages.js';
import { qrSvg } from './route-support.js';
import { Acknowledged, AccountPage, CodeRequest, EmailRequest, EnrolmentResponse, NewPasswordRequest, PasswordRequest, ReauthenticatedResponse } from './schemas.js';
import { confirmEnrolment } from './sign-in-service.js';
import { normaliseEmail } from './recovery-service.js';
import type { SessionRow } from './session-repository.js';

const tags = ['account'];

function currentSession(request: FastifyRequest): SessionRow {
  if (!request.session) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
  return request.session;
}

/** The account page (R-AUTH-8): details, recent sign-ins, and changes of password, email and second factor after re-authentication. */
export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const self = requireScope('account:self');

  r.get('/api/v1/account', {
    schema: { tags, summary: 'The signed-in account and its recent sign-ins', response: { 200: AccountPage } }, preValidation: self,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const overview = await accountOverview(ctx, currentSession(request).accountId);
    return { account: describeAccount(overview.account), recentSignIns: overview.recentSignIns };
  });

  r.post('/api/v1/account/reauthenticate', {
    schema: { tags, summary: 'Enter the password again; allows changes for 5 minutes', body: PasswordRequest, response: { 200: ReauthenticatedResponse } }, preValidation: self,
  }, async (request) => {
    const at = await reauthenticate(ctx, currentSession(request), request.body.password, { ip: request.ip });
    return { ok: true as const, validUntil: new Date(at.getTime() + 5 * 60_000).toISOString() };
  });

  r.post('/api/v1/account/password', {
    schema: { tags, summary: 'Change the password (after re-authentication); other sessions end', body: NewPasswordRequest, response: { 200: Acknowledged } }, preValidation: self,
  }, async (request) => {
    await changePassword(ctx, currentSession(request), request.body.newPassword, { ip: request.ip });
    return { ok: true as const };
  });

  r.post('/api/v1/account/email', {
    schema: { tags, summary: 'Change the email address (after re-authentication): a link is sent to the new address', body: EmailRequest, response: { 200: Acknowledged } }, preValidation: self,
  }, async (request) => {
    await requestEmailChange(ctx, currentSession(request), normaliseEmail(request.body.email), { ip: request.ip });
    return { ok: true as const };
  });

  r.post('/api/v1/account/second-factor/enrolment', {
    schema: { tags, summary: 'Start replacing the authenticator (after re-authentication)', response: { 200: EnrolmentResponse } }, preValidation: self,
  }, async (request, reply) => {
    const enrolment = await beginSecondFactorChange(ctx, currentSession(request));
    reply.header('cache-control', 'no-store');
    return { ...enrolment, qrSvg: await qrSvg(enrolment.otpauthUri) };
  });

  r.post('/api/v1/account/second-factor', {
    schema: { tags, summary: 'Confirm the new authenticator with its first code', body: CodeRequest, response: { 200: Acknowledged } }, preValidation: self,
  }, async (request) => {
    const session = currentSession(request);
    assertRecentlyReauthenticated(ctx, session);
    await confirmEnrolment(ctx, session, request.body.code, { ip: request.ip }, null);
    return { ok: true as const };
  });
}
