import { randomInt } from 'node:crypto';
import { normaliseAuthId } from '../../../domain/auth/auth-id.js';
import { normalisePassword } from '../../../domain/auth/password-policy.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit-log.js';
import { findAccountByAuthId, getAccount } from '../accounts/account-repository.js';
import { accountActor } from '../accounts/audit-actor.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';
import { verifyPasswordOrDummy } from '../accounts/password-hashing.js';
import { admitAttempt, recordFailure, recordSuccess, throttleKeyOf } from '../accounts/throttle.js';
import { sha256Hex } from '../accounts/tokens.js';
import { bindingHashOf } from '../jpki/card-binding.js';
import { CARD_CHECK_MINUTES, failed, usableCardCheck, type Attempt } from './card-checks.js';
import { cardReboundMail, renewalCodeMail } from './mail-templates.js';
import { REGISTRATION_MESSAGES } from './messages.js';
import { factsOf, findProfile, updateCardCheck, updateProfile } from './profile-repository.js';

const MAX_CODE_ATTEMPTS = 5;

interface Meta {
  ip: string;
}

function codeHashOf(checkId: string, code: string): string {
  return sha256Hex(`${checkId}:${code.trim()}`);
}

/**
 * R-AUTH-4, renewed card, step 1: the password of the account of the same person (name, date of birth, sex)
 * proves it; a 6-digit code then goes to the account's email. Throttled as a sign-in.
 */
export async function startRenewal(ctx: AppContext, input: { checkId: string; authId: string; password: string }, binding: string | undefined, meta: Meta): Promise<void> {
  const key = throttleKeyOf(input.authId);
  const result = await ctx.database.db.transaction(async (tx): Promise<Attempt<null>> => {
    const check = await usableCardCheck(tx, ctx.clock, input.checkId, binding ? bindingHashOf(binding) : undefined, 'RENEWAL');
    const state = await admitAttempt(tx, ctx.clock, key, meta.ip);
    const found = await findAccountByAuthId(tx, normaliseAuthId(input.authId));
    const profile = found ? await findProfile(tx, found.id) : undefined;
    const account = profile?.personKey === check.personKey ? found : undefined;
    const isMatch = await verifyPasswordOrDummy(account?.passwordHash, normalisePassword(input.password));
    if (!account || !isMatch) {
      await recordFailure(tx, ctx.clock, { key, state, account, ip: meta.ip, step: 'REAUTHENTICATION' });
      return failed(new AppError('UNAUTHENTICATED', AUTH_MESSAGES.invalidCredentials));
    }
    await recordSuccess(tx, ctx.clock, { key, account, ip: meta.ip, step: 'REAUTHENTICATION' });
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = ctx.clock.now();
    await updateCardCheck(tx, check.idHash, {
      codeHash: codeHashOf(input.checkId, code), codeAttempts: 0, renewalAccountId: account.id, expiresAt: new Date(now.getTime() + CARD_CHECK_MINUTES * 60_000),
    });
    await enqueueMail(tx, ctx.clock, `card-renewal-code:${codeHashOf(input.checkId, code)}`, renewalCodeMail(account.email, code, CARD_CHECK_MINUTES));
    await appendAudit(tx, ctx.clock, { ...accountActor(account), actorType: 'ANONYMOUS', actorId: null, action: 'card.renewal-code-sent', ipAddress: meta.ip, outcome: 'SUCCESS' });
    return { ok: true, value: null };
  });
  if (!result.ok) throw result.error;
}

/** Step 2: the emailed code moves the account to the new card's certificates and facts (the address may differ). */
export async function completeRenewal(ctx: AppContext, input: { checkId: string; code: string }, binding: string | undefined, meta: Meta): Promise<void> {
  const result = await ctx.database.db.transaction(async (tx): Promise<Attempt<null>> => {
    const check = await usableCardCheck(tx, ctx.clock, input.checkId, binding ? bindingHashOf(binding) : undefined, 'RENEWAL');
    if (!check.codeHash || !check.renewalAccountId || check.codeAttempts >= MAX_CODE_ATTEMPTS) {
      return failed(new AppError('UNPROCESSABLE', REGISTRATION_MESSAGES.invalidRenewalCode, undefined, { reason: 'INVALID_CODE' }));
    }
    const account = await getAccount(tx, check.renewalAccountId);
    if (check.codeHash !== codeHashOf(input.checkId, input.code)) {
      await updateCardCheck(tx, check.idHash, { codeAttempts: check.codeAttempts + 1 });
      await appendAudit(tx, ctx.clock, { ...accountActor(account), actorType: 'ANONYMOUS', actorId: null, action: 'card.rebind', ipAddress: meta.ip, outcome: 'FAILURE', details: { reason: 'INVALID_CODE' } });
      return failed(new AppError('UNPROCESSABLE', REGISTRATION_MESSAGES.invalidRenewalCode, undefined, { reason: 'INVALID_CODE' }));
    }
    const now = ctx.clock.now();
    await updateProfile(tx, account.id, {
      facts: factsOf(check), personKey: check.personKey, authCertIssuer: check.authCertIssuer, authCertSerial: check.authCertSerial,
      authCertFingerprint: check.authCertFingerprint, sigCertSerial: check.sigCertSerial, updatedAt: now,
    });
    await updateCardCheck(tx, check.idHash, { usedAt: now });
    await appendAudit(tx, ctx.clock, { ...accountActor(account), actorType: 'ANONYMOUS', actorId: null, action: 'card.rebind', ipAddress: meta.ip, outcome: 'SUCCESS' });
    await enqueueMail(tx, ctx.clock, `card-rebound:${account.id}:${now.getTime()}`, cardReboundMail(account.email));
    return { ok: true, value: null };
  });
  if (!result.ok) throw result.error;
}
