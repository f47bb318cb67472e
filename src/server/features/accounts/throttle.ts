import { normaliseAuthId } from '../../../domain/auth/auth-id.js';
import { SIGN_IN_POLICY, afterFailure, afterSuccess, throttleVerdict, type ThrottleState } from '../../../domain/auth/sign-in-policy.js';
import type { Clock } from '../../../domain/calendar/clock.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit-log.js';
import { updateAccount, type Account } from './account-repository.js';
import { accountActor } from './audit-actor.js';
import { accountNoticeMail } from './mail-templates.js';
import { AUTH_MESSAGES } from './messages.js';
import { sha256Hex } from './tokens.js';
import { countAddressFailuresSince, countKeyFailuresSince, insertAttempt, lockThrottle, saveThrottle } from './throttle-repository.js';

export type AttemptStep = 'PASSWORD' | 'SECOND_FACTOR' | 'REAUTHENTICATION';

/** The throttle key of a submitted 認証ID (hashed: whatever was typed into the field is not stored). */
export function throttleKeyOf(authIdInput: string): string {
  return `id:${sha256Hex(normaliseAuthId(authIdInput))}`;
}

/**
 * Locks the ID's throttle row and refuses the attempt — before any password is checked — when the address
 * or the ID is over its limits. The same for known and unknown IDs (the state is per submitted ID).
 */
export async function admitAttempt(tx: DbOrTx, clock: Clock, key: string, ip: string): Promise<ThrottleState> {
  const now = clock.now();
  const since = new Date(now.getTime() - SIGN_IN_POLICY.windowMs);
  if ((await countAddressFailuresSince(tx, ip, since)) >= SIGN_IN_POLICY.addressFailuresInWindow) {
    throw new AppError('RATE_LIMITED', AUTH_MESSAGES.addressLimited, undefined, { retryAfterSeconds: Math.ceil(SIGN_IN_POLICY.windowMs / 1000) });
  }
  const state = await lockThrottle(tx, key, now);
  const verdict = throttleVerdict(state, now);
  switch (verdict.kind) {
    case 'ALLOWED':
      return state;
    case 'DELAYED':
      throw new AppError('RATE_LIMITED', AUTH_MESSAGES.throttled, undefined, { reason: 'DELAYED', retryAfterSeconds: Math.ceil(verdict.retryAfterMs / 1000) });
    case 'LOCKED':
      throw new AppError('RATE_LIMITED', AUTH_MESSAGES.locked, undefined, { reason: 'LOCKED', retryAfterSeconds: Math.ceil(verdict.retryAfterMs / 1000) });
    case 'DISABLED':
      throw new AppError('FORBIDDEN', AUTH_MESSAGES.disabled, undefined, { reason: 'DISABLED' });
  }
}

export interface FailureInput {
  key: string;
  state: ThrottleState;
  account: Account | undefined;
  ip: string;
  step: AttemptStep;
}

/** Records a failed attempt: the window count, the delay, a lock at 10 in 15 minutes, disabling at 100 in a row. */
export async function recordFailure(tx: DbOrTx, clock: Clock, input: FailureInput): Promise<void> {
  const now = clock.now();
  const { key, account, ip, step } = input;
  await insertAttempt(tx, { at: now, throttleKey: key, accountId: account?.id ?? null, ipAddress: ip, step, outcome: 'FAILURE' });
  const inWindow = await countKeyFailuresSince(tx, key, new Date(now.getTime() - SIGN_IN_POLICY.windowMs));
  const outcome = afterFailure(input.state, inWindow, now);
  await saveThrottle(tx, key, outcome.state, now);
  const subject = account ? accountActor(account) : { actorType: 'ANONYMOUS' as const, subjectType: 'auth_id', subjectId: key };
  const base = { ...subject, actorType: 'ANONYMOUS' as const, actorId: null, ipAddress: ip };
  await appendAudit(tx, clock, { ...base, action: `sign-in.${step.toLowerCase().replace('_', '-')}`, outcome: 'FAILURE', details: { consecutiveFailures: outcome.state.consecutiveFailures } });
  if (outcome.becameLocked) {
    await appendAudit(tx, clock, { ...base, action: 'account.locked', outcome: 'SUCCESS', details: { until: outcome.state.lockedUntil?.toISOString() } });
    if (account) await enqueueMail(tx, clock, `account-locked:${account.id}:${now.getTime()}`, accountNoticeMail(account.email, 'LOCKED'));
  }
  if (outcome.becameDisabled) {
    await appendAudit(tx, clock, { ...base, action: 'account.disabled', outcome: 'SUCCESS', details: { reason: 'FAILED_ATTEMPTS' } });
    if (account) {
      await updateAccount(tx, account.id, { status: 'DISABLED', disabledReason: 'FAILED_ATTEMPTS', updatedAt: now });
      await enqueueMail(tx, clock, `account-disabled:${account.id}:${now.getTime()}`, accountNoticeMail(account.email, 'DISABLED'));
    }
  }
}

/** A completed sign-in clears the ID's failure state. */
export async function recordSuccess(tx: DbOrTx, clock: Clock, input: { key: string; account: Account; ip: string; step: AttemptStep }): Promise<void> {
  const now = clock.now();
  await insertAttempt(tx, { at: now, throttleKey: input.key, accountId: input.account.id, ipAddress: input.ip, step: input.step, outcome: 'SUCCESS' });
  await saveThrottle(tx, input.key, afterSuccess(), now);
}

/** After a password reset the ID may be used again (NIST: re-enable after the subscriber proves control). */
export async function clearThrottle(tx: DbOrTx, clock: Clock, key: string): Promise<void> {
  await lockThrottle(tx, key, clock.now());
  await saveThrottle(tx, key, afterSuccess(), clock.now());
}
