import { formatAuthId } from '../../../domain/auth/auth-id.js';
import { normalisePassword } from '../../../domain/auth/password-policy.js';
import { isRecentReauthentication } from '../../../domain/auth/session-policy.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit-log.js';
import { getAccount, updateAccount, type Account } from './account-repository.js';
import { accountActor } from './audit-actor.js';
import { accountNoticeMail, emailChangeConfirmMail } from './mail-templates.js';
import { AUTH_MESSAGES } from './messages.js';
import { verifyPasswordOrDummy } from './password-hashing.js';
import { acceptNewPassword } from './password-rules.js';
import { endOtherSessions, updateSession, type SessionRow } from './session-repository.js';
import { admitAttempt, recordFailure, recordSuccess, throttleKeyOf } from './throttle.js';
import { recentAttemptsOfAccount, type SignInAttempt } from './throttle-repository.js';
import { newToken, sha256Hex } from './tokens.js';
import { insertToken, voidOpenTokens } from './token-repository.js';
import { beginEnrolment } from './sign-in-service.js';

interface Meta {
  ip: string;
}

export const EMAIL_CHANGE_LINK_MINUTES = 30;

/** R-AUTH-8: changing email, password or second factor needs the password entered again within 5 minutes. */
export function assertRecentlyReauthenticated(ctx: AppContext, session: SessionRow): void {
  if (!isRecentReauthentication(session.reauthenticatedAt, ctx.clock.now())) {
    throw new AppError('FORBIDDEN', AUTH_MESSAGES.reauthenticationRequired, undefined, { reason: 'REAUTHENTICATION_REQUIRED' });
  }
}

export async function reauthenticate(ctx: AppContext, session: SessionRow, password: string, meta: Meta): Promise<Date> {
  const result = await ctx.database.db.transaction(async (tx) => {
    const account = await getAccount(tx, session.accountId);
    const key = throttleKeyOf(account.authId);
    const state = await admitAttempt(tx, ctx.clock, key, meta.ip);
    if (!(await verifyPasswordOrDummy(account.passwordHash, normalisePassword(password)))) {
      await recordFailure(tx, ctx.clock, { key, state, account, ip: meta.ip, step: 'REAUTHENTICATION' });
      return undefined;
    }
    const now = ctx.clock.now();
    await recordSuccess(tx, ctx.clock, { key, account, ip: meta.ip, step: 'REAUTHENTICATION' });
    await updateSession(tx, session.idHash, { reauthenticatedAt: now });
    await appendAudit(tx, ctx.clock, { ...accountActor(account), action: 'reauthentication', ipAddress: meta.ip, outcome: 'SUCCESS' });
    return now;
  });
  if (!result) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.invalidCredentials, [{ path: 'password', message: AUTH_MESSAGES.invalidCredentials }]);
  return result;
}

export async function changePassword(ctx: AppContext, session: SessionRow, newPassword: string, meta: Meta): Promise<void> {
  assertRecentlyReauthenticated(ctx, session);
  const account = await getAccount(ctx.database.db, session.accountId);
  const passwordHash = await acceptNewPassword(newPassword, account, 'newPassword');
  await ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await updateAccount(tx, account.id, { passwordHash, passwordChangedAt: now, updatedAt: now });
    await endOtherSessions(tx, account.id, session.idHash, now, 'PASSWORD_CHANGED');
    await voidOpenTokens(tx, account.id, ['PASSWORD_RESET', 'PASSWORD_SET'], now);
    await appendAudit(tx, ctx.clock, { ...accountActor(account), action: 'password.changed', ipAddress: meta.ip, outcome: 'SUCCESS' });
    await enqueueMail(tx, ctx.clock, `password-changed:${account.id}:${now.getTime()}`, accountNoticeMail(account.email, 'PASSWORD_CHANGED'));
  });
}

/** The new address is proved by a single-use link sent to it; the old address is told once the change is done. */
export async function requestEmailChange(ctx: AppContext, session: SessionRow, newEmail: string, meta: Meta): Promise<void> {
  assertRecentlyReauthenticated(ctx, session);
  await ctx.database.db.transaction(async (tx) => {
    const account = await getAccount(tx, session.accountId);
    const now = ctx.clock.now();
    const token = newToken();
    await voidOpenTokens(tx, account.id, ['EMAIL_CHANGE'], now);
    await insertToken(tx, {
      tokenHash: sha256Hex(token), accountId: account.id, purpose: 'EMAIL_CHANGE', newEmail, createdAt: now,
      expiresAt: new Date(now.getTime() + EMAIL_CHANGE_LINK_MINUTES * 60_000),
    });
    await appendAudit(tx, ctx.clock, { ...accountActor(account), action: 'email.change-requested', ipAddress: meta.ip, outcome: 'SUCCESS' });
    const link = `${ctx.config.publicUrl}/account/email/confirm#token=${token}`;
    await enqueueMail(tx, ctx.clock, `email-change:${sha256Hex(token)}`, emailChangeConfirmMail(newEmail, link, EMAIL_CHANGE_LINK_MINUTES));
  });
}

export async function beginSecondFactorChange(ctx: AppContext, session: SessionRow): Promise<{ secret: string; otpauthUri: string }> {
  assertRecentlyReauthenticated(ctx, session);
  const account = await getAccount(ctx.database.db, session.accountId);
  return beginEnrolment(ctx, session, account);
}

export interface AccountOverview {
  account: Account;
  recentSignIns: { at: string; ipAddress: string; step: SignInAttempt['step']; outcome: SignInAttempt['outcome'] }[];
}

/** How many of an account's latest sign-in attempts the account page lists (housekeeping keeps at least these). */
export const RECENT_SIGN_INS_SHOWN = 10;

export async function accountOverview(ctx: AppContext, accountId: string): Promise<AccountOverview> {
  const db = ctx.database.db;
  const account = await getAccount(db, accountId);
  const attempts = await recentAttemptsOfAccount(db, accountId, RECENT_SIGN_INS_SHOWN);
  return {
    account,
    recentSignIns: attempts.map((a) => ({ at: a.at.toISOString(), ipAddress: a.ipAddress, step: a.step, outcome: a.outcome })),
  };
}

export function describeAccount(account: Account) {
  return {
    id: account.id,
    authId: formatAuthId(account.authId),
    kind: account.kind,
    officerRole: account.officerRole,
    office: account.office,
    displayName: account.displayName,
    email: account.email,
    hasSecondFactor: account.totpSecret !== null,
    passwordChangedAt: account.passwordChangedAt?.toISOString() ?? null,
    authIdExpiresAt: account.authIdExpiresAt?.toISOString() ?? null,
  };
}
