import { assertActionAllowed, deriveApplicationState } from '../../../domain/case/index.js';
import type { AppContext } from '../../context.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { auditActor, type Meta } from './access.js';
import { appendActionOnce } from './action-repository.js';
import { jurisdictionOf, searchColumnsOf } from './applicant-facts.js';
import { updateApplication } from './application-repository.js';
import { asConflict } from './case-guard.js';
import { resolveFiler } from './filer.js';
import { APPLICATION_MESSAGES } from './messages.js';
import { mailResubmissionReceived } from './notifications.js';
import { latestReturnOf } from './return-reasons.js';
import { checkedForSending, lockForSending, sentView } from './sending.js';

/**
 * R-EXAM-2 再提出: the filer sends a returned application again after correcting it. The same application and its
 * log (RESUBMIT is appended; nothing is rewritten), the same checks as the first submission run again under the row
 * lock (422 listing every problem), idempotent by the client's key; the action, the case state (back to SUBMITTED,
 * so back in the intake queue and under the daily acceptance from this submission's date), the audit row and the
 * mails commit together. The reception number is still given at acceptance.
 */
export async function resubmitApplication(ctx: AppContext, account: SessionAccount, id: string, key: string, meta: Meta) {
  const filer = await resolveFiler(ctx.database.db, account);
  const outcome = await ctx.database.db.transaction(async (tx) => {
    const locked = await lockForSending(tx, filer, id, key, 'RESUBMIT', APPLICATION_MESSAGES.keyUsedForOtherAction);
    if (locked.kind !== 'NEW') return locked.kind === 'REPLAY' ? locked : undefined;
    asConflict(() => assertActionAllowed(deriveApplicationState(locked.actions), 'RESUBMIT', { kind: 'ACCOUNT', role: account.role }));
    const check = checkedForSending(locked, filer, ctx);
    const now = ctx.clock.now();
    const returned = latestReturnOf(locked.actions);
    const { action } = await appendActionOnce(tx, {
      applicationId: id, type: 'RESUBMIT', idempotencyKey: key, ...auditActor(account), at: now, details: { returnActionId: returned?.actionId ?? null },
    });
    const office = jurisdictionOf(check.answers, filer);
    const resubmitted = await updateApplication(tx, id, {
      state: deriveApplicationState([...locked.actions, action]), answers: check.answers, ...searchColumnsOf(check.answers), office,
      submittedAt: now, submittedBy: account.id, updatedAt: now,
    });
    await mailResubmissionReceived(tx, ctx, resubmitted, action.id, now, account);
    await appendAudit(tx, ctx.clock, {
      ...auditActor(account), subjectType: 'application', subjectId: id, action: 'application.resubmitted', ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { idempotencyKey: key, returnActionId: returned?.actionId ?? null, office, previousOffice: locked.row.office, procedures: resubmitted.procedures },
    });
    return { row: resubmitted, files: locked.files };
  });
  return sentView(ctx, account, id, filer, meta, 'application.resubmit', outcome);
}
