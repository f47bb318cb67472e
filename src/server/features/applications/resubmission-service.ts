import { assertActionAllowed, deriveApplicationState } from '../../../domain/case/index.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { auditActor, loadOwned, ownerScopeOf, type Meta } from './access.js';
import { appendActionOnce, listActions } from './action-repository.js';
import { jurisdictionOf, searchColumnsOf } from './applicant-facts.js';
import { isInScope, lockApplication, updateApplication } from './application-repository.js';
import { asConflict } from './case-guard.js';
import { describe } from './draft-service.js';
import { listFiles } from './file-repository.js';
import { resolveFiler } from './filer.js';
import { APPLICATION_MESSAGES } from './messages.js';
import { mailResubmissionReceived } from './notifications.js';
import { latestReturnOf } from './return-reasons.js';
import { checkSubmission, isComplete } from './submission-checks.js';

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
    const row = await lockApplication(tx, id);
    if (!row || !isInScope(ownerScopeOf(filer), row)) return undefined;
    const actions = await listActions(tx, id);
    const files = await listFiles(tx, id);
    const earlier = actions.find((a) => a.idempotencyKey === key);
    if (earlier) {
      if (earlier.type !== 'RESUBMIT') throw new AppError('CONFLICT', APPLICATION_MESSAGES.keyUsedForOtherAction);
      return { row, files };
    }
    const state = deriveApplicationState(actions);
    asConflict(() => assertActionAllowed(state, 'RESUBMIT', { kind: 'ACCOUNT', role: account.role }));
    const check = checkSubmission(row, files, filer, ctx.clock);
    if (!isComplete(check)) {
      throw new AppError('UNPROCESSABLE', APPLICATION_MESSAGES.submissionIncomplete, check.fields, { reasons: check.reasons, missingDocuments: check.missingDocuments });
    }
    const now = ctx.clock.now();
    const returned = latestReturnOf(actions);
    const { action } = await appendActionOnce(tx, {
      applicationId: id, type: 'RESUBMIT', idempotencyKey: key, ...auditActor(account), at: now, details: { returnActionId: returned?.actionId ?? null },
    });
    const office = jurisdictionOf(check.answers, filer);
    const resubmitted = await updateApplication(tx, id, {
      state: deriveApplicationState([...actions, action]), answers: check.answers, ...searchColumnsOf(check.answers), office,
      submittedAt: now, submittedBy: account.id, updatedAt: now,
    });
    await mailResubmissionReceived(tx, ctx, resubmitted, action.id, now, account);
    await appendAudit(tx, ctx.clock, {
      ...auditActor(account), subjectType: 'application', subjectId: id, action: 'application.resubmitted', ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { idempotencyKey: key, returnActionId: returned?.actionId ?? null, office, previousOffice: row.office, procedures: resubmitted.procedures },
    });
    return { row: resubmitted, files };
  });
  if (!outcome) {
    await loadOwned(ctx, account, id, 'application.resubmit', meta);
    throw new AppError('NOT_FOUND', APPLICATION_MESSAGES.notFound);
  }
  return describe(ctx, outcome.row, filer, outcome.files);
}
