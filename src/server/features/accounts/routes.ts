import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { clearSessionCookie } from '../../plugins/session.js';
import { accountRoutes } from './account-routes.js';
import { recoveryRoutes } from './recovery-routes.js';
import { csrfGuard, qrSvg, reloaded, requireOpenSession, requireStage, sessionInfo, sessionStarter } from './route-support.js';
import { Acknowledged, CodeRequest, EnrolmentResponse, SessionInfo, SignInRequest, SignInResponse } from './schemas.js';
import { beginEnrolment, confirmEnrolment, signInWithPassword, signOut, verifySecondFactor } from './sign-in-service.js';

const tags = ['accounts'];

/** Sign-in (認証ID + password + TOTP), sign-out and the session (R-AUTH-6, R-AUTH-8); then the account and recovery routes. */
export function accountsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const meta = (ip: string) => ({ ip });

  r.post('/api/v1/sign-in', {
    schema: { tags, summary: 'Step 1: 認証ID and password (organisation staff, lawyers/scriveners, officers)', body: SignInRequest, response: { 200: SignInResponse } },
    preValidation: csrfGuard,
  }, async (request, reply) => {
    const next = await signInWithPassword(ctx, request.body, meta(request.ip), sessionStarter(reply));
    return { next };
  });

  r.post('/api/v1/sign-in/second-factor', {
    schema: { tags, summary: 'Step 2: the TOTP code; starts the full session', body: CodeRequest, response: { 200: SessionInfo } },
    preValidation: csrfGuard,
  }, async (request, reply) => {
    const { session } = await requireStage(request, reply, 'SECOND_FACTOR');
    await verifySecondFactor(ctx, session, request.body.code, meta(request.ip), sessionStarter(reply));
    return sessionInfo(await reloaded(request), ctx.clock);
  });

  r.get('/api/v1/sign-in/second-factor/enrolment', {
    schema: { tags, summary: 'First sign-in: a new TOTP secret to add to an authenticator app', response: { 200: EnrolmentResponse } },
  }, async (request, reply) => {
    const { session, account } = await requireStage(request, reply, 'ENROL_SECOND_FACTOR');
    const enrolment = await beginEnrolment(ctx, session, account);
    reply.header('cache-control', 'no-store');
    return { ...enrolment, qrSvg: await qrSvg(enrolment.otpauthUri) };
  });

  r.post('/api/v1/sign-in/second-factor/enrolment', {
    schema: { tags, summary: 'First sign-in: confirm the authenticator with its first code; starts the full session', body: CodeRequest, response: { 200: SessionInfo } },
    preValidation: csrfGuard,
  }, async (request, reply) => {
    const { session } = await requireStage(request, reply, 'ENROL_SECOND_FACTOR');
    await confirmEnrolment(ctx, session, request.body.code, meta(request.ip), sessionStarter(reply));
    return sessionInfo(await reloaded(request), ctx.clock);
  });

  r.post('/api/v1/sign-out', { schema: { tags, summary: 'Ends the session', response: { 200: Acknowledged } } }, async (request, reply) => {
    const found = await request.server.sessions.load(request, reply, { touch: false });
    if (found.kind === 'OPEN') await signOut(ctx, found.session, found.account, meta(request.ip));
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  r.get('/api/v1/session', {
    schema: { tags, summary: 'Who is signed in and the idle and absolute deadlines (does not extend the session)', response: { 200: SessionInfo } },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return sessionInfo(await request.server.sessions.load(request, reply, { touch: false }), ctx.clock);
  });

  r.post('/api/v1/session/continue', {
    schema: { tags, summary: 'The "continue" button of the timeout warning: extends the idle deadline', response: { 200: SessionInfo } },
  }, async (request, reply) => {
    const found = await requireOpenSession(request, reply);
    return sessionInfo({ kind: 'OPEN', ...found }, ctx.clock);
  });

  accountRoutes(app, ctx);
  recoveryRoutes(app, ctx);
}

