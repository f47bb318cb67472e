import { normaliseAuthId } from '../../../domain/auth/auth-id.js';
import { normalisePassword } from '../../../domain/auth/password-policy.js';
import { JPKI_VERIFY_FAILURE_MESSAGES } from '../../../domain/jpki/index.js';
import type { CardResponse } from '../../adapters/jpki/verify.js';
import type { AppContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit-log.js';
import { findAccountByAuthId, type Account } from '../accounts/account-repository.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';
import { verifyPasswordOrDummy } from '../accounts/password-hashing.js';
import { admitAttempt, recordFailure, recordSuccess, throttleKeyOf } from '../accounts/throttle.js';
import { newToken } from '../accounts/tokens.js';
import { nonceSessionOf } from '../jpki/card-binding.js';
import { failed, type Attempt } from './card-checks.js';
import { REGISTRATION_MESSAGES } from './messages.js';
import { findProfile } from './profile-repository.js';

export type StartCardSession = (tx: Tx, account: Account) => Promise<unknown>;

export interface CardSignInInput {
  authId: string;
  password: string;
  nonce: string;
  authentication: CardResponse;
}

/**
 * 外国人本人・その他 (R-AUTH-6): the card's authentication key signs a LOGIN nonce (PIN on the card), plus 認証ID
 * and password. The card is checked first: its result says nothing about any account. Then identity core's
 * throttling, with a dummy Argon2id verification for unknown IDs and one answer for unknown ID or wrong password.
 * Only after the right password is a card that is not the account's own named as such.
 */
export async function signInWithCard(ctx: AppContext, input: CardSignInInput, binding: string | undefined, meta: { ip: string }, start: StartCardSession): Promise<void> {
  const verification = await ctx.jpki.verifier.verify({
    slot: 'AUTHENTICATION', purpose: 'LOGIN', nonce: input.nonce, sessionId: nonceSessionOf(binding ?? newToken()), response: input.authentication,
  });
  if (!verification.ok) {
    await ctx.database.db.transaction(async (tx) => {
      await appendAudit(tx, ctx.clock, { actorType: 'ANONYMOUS', action: 'sign-in.card', ipAddress: meta.ip, outcome: 'FAILURE', details: { reason: verification.reason } });
    });
    throw new AppError('UNAUTHENTICATED', JPKI_VERIFY_FAILURE_MESSAGES[verification.reason], undefined, { reason: verification.reason });
  }
  const certificate = verification.certificate;
  const key = throttleKeyOf(input.authId);
  const result = await ctx.database.db.transaction(async (tx): Promise<Attempt<null>> => {
    const state = await admitAttempt(tx, ctx.clock, key, meta.ip);
    const found = await findAccountByAuthId(tx, normaliseAuthId(input.authId));
    const account = found?.kind === 'INDIVIDUAL' ? found : undefined;
    const isMatch = await verifyPasswordOrDummy(account?.passwordHash, normalisePassword(input.password));
    if (!account || !isMatch) {
      await recordFailure(tx, ctx.clock, { key, state, account, ip: meta.ip, step: 'PASSWORD' });
      return failed(new AppError('UNAUTHENTICATED', AUTH_MESSAGES.invalidCredentials));
    }
    if (account.status === 'DISABLED') {
      return failed(new AppError('FORBIDDEN', account.disabledReason === 'FAILED_ATTEMPTS' ? AUTH_MESSAGES.disabled : AUTH_MESSAGES.accountDisabledByAdministrator));
    }
    const profile = await findProfile(tx, account.id);
    if (!profile || profile.authCertIssuer !== certificate.issuer || profile.authCertSerial !== certificate.serialNumber) {
      await recordFailure(tx, ctx.clock, { key, state, account, ip: meta.ip, step: 'SECOND_FACTOR' });
      return failed(new AppError('FORBIDDEN', REGISTRATION_MESSAGES.wrongCard, undefined, { reason: 'WRONG_CARD' }));
    }
    await recordSuccess(tx, ctx.clock, { key, account, ip: meta.ip, step: 'SECOND_FACTOR' });
    await start(tx, account);
    return { ok: true, value: null };
  });
  if (!result.ok) throw result.error;
}
