import { isAuthIdExpired, normaliseAuthId } from '../../../domain/auth/auth-id.js';
import { normalisePassword } from '../../../domain/auth/password-policy.js';
import type { AppContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import { appendAudit } from '../audit/audit-log.js';
import { findAccountByAuthId, getAccount, updateAccount, type Account } from './account-repository.js';
import { accountActor } from './audit-actor.js';
import { accountNoticeMail } from './mail-templates.js';
import { AUTH_MESSAGES } from './messages.js';
import { verifyPasswordOrDummy } from './password-hashing.js';
import { endSession, updateSession, type SessionRow, type SessionStage } from './session-repository.js';
import { admitAttempt, recordFailure, recordSuccess, throttleKeyOf } from './throttle.js';
import { describeEnrolment, newTotpEnrolment, secretBoxFor } from './totp-secrets.js';
import { verifyTotp } from './totp.js';

/** Lets the route start the session (cookie) inside the service's transaction, keeping the service framework-free. */
export type StartSession = (tx: Tx, account: Account, stage: SessionStage) => Promise<unknown>;

interface Meta {
  ip: string;
}

type Attempt<T> = { ok: true; value: T } | { ok: false; error: AppError };

function failed(error: AppError): { ok: false; error: AppError } {
  return { ok: false, error };
}

/** The refusal after a correct password, for accounts that may not sign in here (only the owner sees it). */
function refusalAfterPassword(account: Account, now: Date): AppError | undefined {
  if (account.status === 'DISABLED') return new AppError('FORBIDDEN', account.disabledReason === 'FAILED_ATTEMPTS' ? AUTH_MESSAGES.disabled : AUTH_MESSAGES.accountDisabledByAdministrator);
  if (isAuthIdExpired(account.authIdExpiresAt, now)) return new AppError('FORBIDDEN', AUTH_MESSAGES.authIdExpired, undefined, { reason: 'AUTH_ID_EXPIRED' });
  if (account.kind === 'INDIVIDUAL') return new AppError('FORBIDDEN', AUTH_MESSAGES.useCard, undefined, { reason: 'USE_CARD' });
  return undefined;
}

/**
 * Step 1 (R-AUTH-6, R-AUTH-8): 認証ID + password. Unknown IDs get a dummy Argon2id verification and the same
 * failure; on success a short pending session waits for the second factor (or its enrolment).
 */
export async function signInWithPassword(ctx: AppContext, input: { authId: string; password: string }, meta: Meta, start: StartSession): Promise<SessionStage> {
  const key = throttleKeyOf(input.authId);
  const result = await ctx.database.db.transaction(async (tx): Promise<Attempt<SessionStage>> => {
    const state = await admitAttempt(tx, ctx.clock, key, meta.ip);
    const account = await findAccountByAuthId(tx, normaliseAuthId(input.authId));
    const isMatch = await verifyPasswordOrDummy(account?.passwordHash, normalisePassword(input.password));
    if (!account || !isMatch) {
      await recordFailure(tx, ctx.clock, { key, state, account, ip: meta.ip, step: 'PASSWORD' });
      return failed(new AppError('UNAUTHENTICATED', AUTH_MESSAGES.invalidCredentials));
    }
    const refusal = refusalAfterPassword(account, ctx.clock.now());
    if (refusal) return failed(refusal);
    const stage: SessionStage = account.totpSecret ? 'SECOND_FACTOR' : 'ENROL_SECOND_FACTOR';
    await start(tx, account, stage);
    await appendAudit(tx, ctx.clock, { ...accountActor(account), action: 'sign-in.password', ipAddress: meta.ip, outcome: 'SUCCESS', details: { next: stage } });
    return { ok: true, value: stage };
  });
  if (!result.ok) throw result.error;
  return result.value;
}

async function checkCode(tx: Tx, ctx: AppContext, account: Account, sealedSecret: string, code: string, ip: string): Promise<number | null> {
  const key = throttleKeyOf(account.authId);
  const state = await admitAttempt(tx, ctx.clock, key, ip);
  const step = verifyTotp(secretBoxFor(ctx.config).open(sealedSecret), code, ctx.clock.now(), account.totpLastStep);
  if (step === null) await recordFailure(tx, ctx.clock, { key, state, account, ip, step: 'SECOND_FACTOR' });
  else await recordSuccess(tx, ctx.clock, { key, account, ip, step: 'SECOND_FACTOR' });
  return step;
}

/** Step 2: the TOTP code. A code is accepted once; success replaces the pending session with a full one. */
export async function verifySecondFactor(ctx: AppContext, session: SessionRow, code: string, meta: Meta, start: StartSession): Promise<void> {
  const result = await ctx.database.db.transaction(async (tx): Promise<Attempt<null>> => {
    const account = await getAccount(tx, session.accountId);
    if (session.stage !== 'SECOND_FACTOR' || !account.totpSecret) return failed(new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated));
    const step = await checkCode(tx, ctx, account, account.totpSecret, code, meta.ip);
    if (step === null) return failed(new AppError('UNAUTHENTICATED', AUTH_MESSAGES.invalidCode));
    await updateAccount(tx, account.id, { totpLastStep: step, updatedAt: ctx.clock.now() });
    await start(tx, account, 'ACTIVE');
    return { ok: true, value: null };
  });
  if (!result.ok) throw result.error;
}

/** First sign-in without a second factor (R-AUTH-6): a new secret is kept, sealed, in the pending session. */
export async function beginEnrolment(ctx: AppContext, session: SessionRow, account: Account): Promise<{ secret: string; otpauthUri: string }> {
  if (session.pendingTotpSecret) return describeEnrolment(ctx.config, session.pendingTotpSecret, account.authId);
  const enrolment = newTotpEnrolment(ctx.config, account.authId);
  await updateSession(ctx.database.db, session.idHash, { pendingTotpSecret: enrolment.sealed });
  return { secret: enrolment.secret, otpauthUri: enrolment.otpauthUri };
}

/**
 * Confirms a pending TOTP secret with its first code and stores it on the account. Used at first sign-in
 * (then a full session starts) and from the account page (after re-authentication).
 */
export async function confirmEnrolment(ctx: AppContext, session: SessionRow, code: string, meta: Meta, start: StartSession | null): Promise<void> {
  const result = await ctx.database.db.transaction(async (tx): Promise<Attempt<null>> => {
    const account = await getAccount(tx, session.accountId);
    if (!session.pendingTotpSecret) return failed(new AppError('CONFLICT', AUTH_MESSAGES.enrolmentNotStarted));
    const step = await checkCode(tx, ctx, { ...account, totpLastStep: null }, session.pendingTotpSecret, code, meta.ip);
    if (step === null) return failed(new AppError('UNPROCESSABLE', AUTH_MESSAGES.invalidCode, [{ path: 'code', message: AUTH_MESSAGES.invalidCode }]));
    const now = ctx.clock.now();
    const isChange = account.totpSecret !== null;
    await updateAccount(tx, account.id, { totpSecret: session.pendingTotpSecret, totpEnrolledAt: now, totpLastStep: step, updatedAt: now });
    await updateSession(tx, session.idHash, { pendingTotpSecret: null });
    await appendAudit(tx, ctx.clock, { ...accountActor(account), action: isChange ? 'totp.changed' : 'totp.enrolled', ipAddress: meta.ip, outcome: 'SUCCESS' });
    if (isChange) await enqueueMail(tx, ctx.clock, `totp-changed:${account.id}:${now.getTime()}`, accountNoticeMail(account.email, 'TOTP_CHANGED'));
    if (start) await start(tx, account, 'ACTIVE');
    return { ok: true, value: null };
  });
  if (!result.ok) throw result.error;
}

export async function signOut(ctx: AppContext, session: SessionRow, account: Account, meta: Meta): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    if (!(await endSession(tx, session.idHash, ctx.clock.now(), 'SIGNED_OUT'))) return;
    await appendAudit(tx, ctx.clock, { ...accountActor(account), action: 'sign-out', ipAddress: meta.ip, outcome: 'SUCCESS' });
  });
}
