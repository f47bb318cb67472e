import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { auditActor } from '../applications/access.js';
import { findApplication, lockApplication, type ApplicationRow } from '../applications/application-repository.js';
import { BACK_OFFICE_MESSAGES } from './messages.js';
import { isVisible, visibilityOf } from './visibility.js';

export interface Meta {
  ip: string;
}

/**
 * A case the officer may not see answers exactly like a missing one (404, nothing revealed, nothing changed);
 * the attempt is audited (R-EXAM-1, R-EXAM-6).
 */
export async function loadVisible(ctx: AppContext, account: SessionAccount, id: string, action: string, meta: Meta): Promise<ApplicationRow> {
  const row = await findApplication(ctx.database.db, id);
  if (row && isVisible(visibilityOf(account), row)) return row;
  await ctx.database.db.transaction(async (tx) => {
    await appendAudit(tx, ctx.clock, {
      ...auditActor(account), subjectType: 'application', subjectId: id, action, ipAddress: meta.ip, outcome: 'DENIED',
      details: { reason: row ? 'OUTSIDE_JURISDICTION' : 'NOT_FOUND' },
    });
  });
  throw new AppError('NOT_FOUND', BACK_OFFICE_MESSAGES.notFound);
}

/** Inside the action's transaction: the locked row, checked again (its status may have left the officer's view). */
export async function lockVisible(tx: DbOrTx, account: SessionAccount, id: string): Promise<ApplicationRow> {
  const row = await lockApplication(tx, id);
  if (!row || !isVisible(visibilityOf(account), row)) throw new AppError('NOT_FOUND', BACK_OFFICE_MESSAGES.notFound);
  return row;
}
