import type { Clock } from '../../../domain/calendar/clock.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { sha256Hex } from '../accounts/tokens.js';
import { REGISTRATION_MESSAGES } from './messages.js';
import { lockCardCheck, type CardCheck } from './profile-repository.js';

export const CARD_CHECK_MINUTES = 15;

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function failed(error: AppError): { ok: false; error: AppError } {
  return { ok: false, error };
}

/**
 * The verified card read a form refers to: the browser that read the card (binding), unused, unexpired and of
 * the expected kind. Anything else is one refusal: read the card again.
 */
export async function usableCardCheck(tx: DbOrTx, clock: Clock, checkId: string, bindingHash: string | undefined, kind: CardCheck['kind']): Promise<CardCheck> {
  const check = await lockCardCheck(tx, sha256Hex(checkId));
  const isUsable = check && bindingHash && check.bindingHash === bindingHash && !check.usedAt && check.expiresAt.getTime() > clock.now().getTime();
  if (!check || !isUsable) throw new AppError('NOT_FOUND', REGISTRATION_MESSAGES.checkExpired, undefined, { reason: 'CARD_CHECK_INVALID' });
  if (check.kind !== kind) {
    throw kind === 'REGISTRATION'
      ? new AppError('CONFLICT', REGISTRATION_MESSAGES.renewalRequired, undefined, { reason: 'RENEWAL_REQUIRED' })
      : new AppError('CONFLICT', REGISTRATION_MESSAGES.notRenewal, undefined, { reason: 'NOT_RENEWAL' });
  }
  return check;
}
