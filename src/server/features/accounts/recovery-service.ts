import { minimumLength } from '../../../domain/auth/password-policy.js';
import type { Clock } from '../../../domain/calendar/clock.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { appendAudit, type AuditEntry } from '../audit/audit-log.js';
import { findAccountsByEmail, getAccount, updateAccount, type Account } from './account-repository.js';
import { accountActor } from './audit-actor.js';
import { accountNoticeMail, authIdRecoveryMail, passwordLinkMail } from './mail-templates.js';
import { AUTH_MESSAGES } from './messages.js';
import { acceptNewPassword, audienceOf } from './password-rules.js';
import { endOtherSessions } from './session-repository.js';
import { clearThrottle, throttleKeyOf } from './throttle.js';
import { countTokensSince, findToken, insertToken, lockToken, markTokenUsed, voidOpenTokens, type AccountToken } from './token-repository.js';
import { newToken, sha256Hex } from './tokens.js';
import { formatAuthId } from '../../../domain/auth/auth-id.js';

export const LINK_MINUTES = { PASSWORD_RESET: 30, PASSWORD_SET: 24 * 60 } as const;
const MAX_RESET_LINKS_PER_WINDOW = 3;

export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/**
 * Issues a single-use password link (only its hash is stored; the token travels in the URL fragment, which is
 * never sent to a server or logged) and queues the mail in the caller's transaction. Returns the link.
 */
export async function issuePasswordLink(
  tx: DbOrTx, ctx: Pick<AppContext, 'clock' | 'config'>, account: Account, purpose: 'PASSWORD_SET' | 'PASSWORD_RESET', audit: Pick<AuditEntry, 'actorType' | 'actorId' | 'ipAddress'>,
): Promise<string> {
  const now = ctx.clock.now();
  const token = newToken();
  const minutes = LINK_MINUTES[purpose];
  await voidOpenTokens(tx, account.id, ['PASSWORD_SET', 'PASSWORD_RESET'], now);
  await insertToken(tx, { tokenHash: sha256Hex(token), accountId: account.id, purpose, createdAt: now, expiresAt: new Date(now.getTime() + minutes * 60_000) });
  const link = `${ctx.config.publicUrl}/password/${purpose === 'PASSWORD_SET' ? 'set' : 'reset'}#token=${token}`;
  await enqueueMail(tx, ctx.clock, `password-link:${sha256Hex(token)}`, passwordLinkMail({ to: account.email, authId: account.authId, link, purpose, validMinutes: minutes }));
  await appendAudit(tx, ctx.clock, { ...audit, subjectType: 'account', subjectId: account.id, action: `${purpose === 'PASSWORD_SET' ? 'password.set' : 'password.reset'}-link-issued`, outcome: 'SUCCESS' });
  return link;
}

/** R-AUTH-7: the same answer whether or not the address is registered; at most 3 links per account per 30 minutes. */
export async function forgotPassword(ctx: AppContext, email: string, meta: { ip: string }): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    for (const account of await findAccountsByEmail(tx, normaliseEmail(email))) {
      if (account.status === 'DISABLED' && account.disabledReason === 'ADMINISTRATOR') continue;
      const since = new Date(now.getTime() - LINK_MINUTES.PASSWORD_RESET * 60_000);
      if ((await countTokensSince(tx, account.id, 'PASSWORD_RESET', since)) >= MAX_RESET_LINKS_PER_WINDOW) continue;
      await issuePasswordLink(tx, ctx, account, 'PASSWORD_RESET', { actorType: 'ANONYMOUS', actorId: null, ipAddress: meta.ip });
    }
  });
}

/** R-AUTH-7: the 認証IDs registered with an address are mailed to that address (at most once an hour). */
export async function recoverAuthIds(ctx: AppContext, email: string, meta: { ip: string }): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const address = normaliseEmail(email);
    const found = (await findAccountsByEmail(tx, address)).filter((a) => a.status === 'ACTIVE' || a.disabledReason === 'FAILED_ATTEMPTS');
    if (found.length === 0) return;
    const hour = Math.floor(ctx.clock.now().getTime() / 3_600_000);
    await enqueueMail(tx, ctx.clock, `auth-id-recovery:${sha256Hex(address)}:${hour}`, authIdRecoveryMail(address, found.map((a) => a.authId)));
    for (const account of found) {
      await appendAudit(tx, ctx.clock, { actorType: 'ANONYMOUS', subjectType: 'account', subjectId: account.id, action: 'auth-id.recovery-mailed', ipAddress: meta.ip, outcome: 'SUCCESS' });
    }
  });
}

function usableToken(token: AccountToken | undefined, purposes: AccountToken['purpose'][], clock: Clock): AccountToken {
  if (!token || token.usedAt || !purposes.includes(token.purpose) || token.expiresAt.getTime() <= clock.now().getTime()) {
    throw new AppError('NOT_FOUND', AUTH_MESSAGES.invalidLink, undefined, { reason: 'INVALID_LINK' });
  }
  return token;
}

/** What the password page shows before the user types: whose link it is and the minimum length. */
export async function inspectPasswordLink(ctx: AppContext, token: string) {
  const row = usableToken(await findToken(ctx.database.db, sha256Hex(token)), ['PASSWORD_SET', 'PASSWORD_RESET'], ctx.clock);
  const account = await getAccount(ctx.database.db, row.accountId);
  const purpose: 'PASSWORD_SET' | 'PASSWORD_RESET' = row.purpose === 'PASSWORD_SET' ? 'PASSWORD_SET' : 'PASSWORD_RESET';
  return { purpose, authId: formatAuthId(account.authId), minLength: minimumLength(audienceOf(account.kind)), expiresAt: row.expiresAt.toISOString() };
}

/** Runs in the same transaction after a password is set from a link (e.g. individual registration mails the 認証ID). */
export type AfterPasswordLink = (tx: DbOrTx, account: Account, purpose: AccountToken['purpose']) => Promise<void>;

/** Sets the password from a link: single use, ends every session, re-enables an ID disabled by failed attempts. */
export async function completePasswordLink(ctx: AppContext, token: string, password: string, meta: { ip: string }, after?: AfterPasswordLink): Promise<void> {
  const preview = usableToken(await findToken(ctx.database.db, sha256Hex(token)), ['PASSWORD_SET', 'PASSWORD_RESET'], ctx.clock);
  const passwordHash = await acceptNewPassword(password, await getAccount(ctx.database.db, preview.accountId));
  await ctx.database.db.transaction(async (tx) => {
    const row = usableToken(await lockToken(tx, sha256Hex(token)), ['PASSWORD_SET', 'PASSWORD_RESET'], ctx.clock);
    const account = await getAccount(tx, row.accountId);
    const now = ctx.clock.now();
    const reenable = account.status === 'DISABLED' && account.disabledReason === 'FAILED_ATTEMPTS';
    await markTokenUsed(tx, row.tokenHash, now);
    await voidOpenTokens(tx, account.id, ['PASSWORD_SET', 'PASSWORD_RESET'], now);
    await updateAccount(tx, account.id, { passwordHash, passwordChangedAt: now, updatedAt: now, ...(reenable ? { status: 'ACTIVE', disabledReason: null } : {}) });
    await endOtherSessions(tx, account.id, null, now, 'PASSWORD_CHANGED');
    await clearThrottle(tx, ctx.clock, throttleKeyOf(account.authId));
    const action = row.purpose === 'PASSWORD_SET' ? 'password.set' : 'password.reset';
    await appendAudit(tx, ctx.clock, { ...accountActor(account), action, ipAddress: meta.ip, outcome: 'SUCCESS', details: { reenabled: reenable } });
    if (row.purpose === 'PASSWORD_RESET') {
      await enqueueMail(tx, ctx.clock, `password-changed:${account.id}:${now.getTime()}`, accountNoticeMail(account.email, 'PASSWORD_CHANGED'));
    }
    if (after) await after(tx, account, row.purpose);
  });
}

export async function confirmEmailChange(ctx: AppContext, token: string, meta: { ip: string }): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const row = usableToken(await lockToken(tx, sha256Hex(token)), ['EMAIL_CHANGE'], ctx.clock);
    const account = await getAccount(tx, row.accountId);
    const now = ctx.clock.now();
    const newEmail = row.newEmail ?? account.email;
    await markTokenUsed(tx, row.tokenHash, now);
    await updateAccount(tx, account.id, { email: newEmail, updatedAt: now });
    await appendAudit(tx, ctx.clock, { ...accountActor(account), action: 'email.changed', ipAddress: meta.ip, outcome: 'SUCCESS' });
    await enqueueMail(tx, ctx.clock, `email-changed:${account.id}:${now.getTime()}`, accountNoticeMail(account.email, 'EMAIL_CHANGED'));
  });
}
