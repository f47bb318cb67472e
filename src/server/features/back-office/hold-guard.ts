import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { BACK_OFFICE_MESSAGES } from './messages.js';
import { accountNames } from './repository.js';

/** 409 naming the officer who holds the case or review (R-EXAM-3). */
export async function holderConflict(db: DbOrTx, holderId: string): Promise<never> {
  const name = (await accountNames(db, [holderId])).get(holderId) ?? '—';
  throw new AppError('CONFLICT', BACK_OFFICE_MESSAGES.heldBy(name), undefined, { holder: { id: holderId, name } });
}

/**
 * The one rule for writes in the back office (R-EXAM-3), for cases, usage applications and periodic reports alike:
 * the caller must hold it; nobody holding → 409 "claim first"; someone else → 409 naming them.
 */
export async function requireHolder(db: DbOrTx, holderId: string | null, accountId: string): Promise<void> {
  if (holderId === accountId) return;
  if (holderId) await holderConflict(db, holderId);
  throw new AppError('CONFLICT', BACK_OFFICE_MESSAGES.claimFirst, undefined, { holder: null });
}
