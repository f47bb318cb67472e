import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { requireScope, startSession, type SessionAccount } from '../../plugins/session.js';
import { AppError } from '../../errors.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';
import { completePasswordLink } from '../accounts/recovery-service.js';
import { csrfGuard } from '../accounts/route-support.js';
import { readCardBinding } from '../jpki/card-binding.js';
import { signInWithCard } from './card-sign-in-service.js';
import { REGISTRATION_MESSAGES } from './messages.js';
import { afterIndividualPasswordSet, readCardForRegistration, registerIndividual } from './registration-service.js';
import { completeRenewal, startRenewal } from './renewal-service.js';
import { readIdentity, saveIdentity } from './identity-service.js';
import {
  CardReadRequest, CardReadResponse, CardSignInRequest, CardSignInResponse, Done, IdentityDetailsRequest, IdentityDetailsView,
  RegistrationPasswordRequest, RegistrationRequest, RenewalCompleteRequest, RenewalStartRequest,
} from './schemas.js';

const tags = ['individual registration'];
/** Per-address limit on the anonymous routes that send mail or verify a card. */
const limit = { rateLimit: { max: 30, timeWindow: 15 * 60_000 } };

/** 利用者情報登録 with the My Number card (R-AUTH-1, R-AUTH-2, R-AUTH-4) and the card sign-in (R-AUTH-6). */
export function registrationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/registration/card', {
    schema: { tags, summary: 'Verify both certificates of the card (each signing the REGISTRATION nonce); returns the 4 facts', body: CardReadRequest, response: { 200: CardReadResponse } },
    preValidation: csrfGuard, config: limit,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return readCardForRegistration(ctx, request.body, readCardBinding(request), { ip: request.ip });
  });

  r.post('/api/v1/registration', {
    schema: { tags, summary: 'Register (user type, contact email, terms); the facts are those of the verified card', body: RegistrationRequest, response: { 201: Done } },
    preValidation: csrfGuard, config: limit,
  }, async (request, reply) => {
    await registerIndividual(ctx, request.body, readCardBinding(request), { ip: request.ip });
    return reply.status(201).send({ ok: true as const, message: REGISTRATION_MESSAGES.registered });
  });

  r.post('/api/v1/registration/password', {
    schema: { tags, summary: 'Set the password from the approval email link (single use); the 認証ID is then emailed', body: RegistrationPasswordRequest, response: { 200: Done } },
    preValidation: csrfGuard,
  }, async (request) => {
    await completePasswordLink(ctx, request.body.token, request.body.password, { ip: request.ip }, afterIndividualPasswordSet(ctx));
    return { ok: true as const };
  });

  r.post('/api/v1/registration/renewal/start', {
    schema: { tags, summary: 'Renewed card: prove the account with 認証ID and password; a code is emailed', body: RenewalStartRequest, response: { 200: Done } },
    preValidation: csrfGuard, config: limit,
  }, async (request) => {
    await startRenewal(ctx, request.body, readCardBinding(request), { ip: request.ip });
    return { ok: true as const, message: REGISTRATION_MESSAGES.codeSent };
  });

  r.post('/api/v1/registration/renewal/complete', {
    schema: { tags, summary: 'Renewed card: the emailed code moves the account to the new card', body: RenewalCompleteRequest, response: { 200: Done } },
    preValidation: csrfGuard,
  }, async (request) => {
    await completeRenewal(ctx, request.body, readCardBinding(request), { ip: request.ip });
    return { ok: true as const, message: REGISTRATION_MESSAGES.rebound };
  });

  r.post('/api/v1/sign-in/card', {
    schema: { tags, summary: '外国人本人・その他: card (LOGIN nonce signed with the PIN) + 認証ID + password', body: CardSignInRequest, response: { 200: CardSignInResponse } },
    preValidation: csrfGuard,
  }, async (request, reply) => {
    await signInWithCard(ctx, request.body, readCardBinding(request), { ip: request.ip },
      (tx, account) => startSession(reply, tx, account, { method: 'JPKI_CARD_PASSWORD' }));
    return { next: 'ACTIVE' as const };
  });

  // R-PLUS-6: the signed-in foreign national's own numbers, in the body only (never in a URL), never cached.
  const ownAccount = requireScope('applications:file-own');
  const signedIn = (account: SessionAccount | null): SessionAccount => {
    if (!account) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
    return account;
  };

  r.get('/api/v1/account/identity', {
    schema: { tags, summary: 'Your residence card number, nationality and passport number (R-PLUS-6: filings in your name are notified)', response: { 200: IdentityDetailsView } },
    preValidation: ownAccount,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return readIdentity(ctx, signedIn(request.account));
  });

  r.post('/api/v1/account/identity', {
    schema: { tags, summary: 'Record or clear your residence card number, nationality and passport number (normalised; blank clears)', body: IdentityDetailsRequest, response: { 200: IdentityDetailsView } },
    preValidation: ownAccount,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return saveIdentity(ctx, signedIn(request.account), request.body, { ip: request.ip });
  });
}
