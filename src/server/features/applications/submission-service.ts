import { assertActionAllowed, deriveApplicationState } from '../../../domain/case/index.js';
import type { AppContext } from '../../context.js';
import type { SessionAccount } from '../../plugins/session.js';
import { writeTogether } from '../../db/client.js';
import { auditInsert } from '../audit/audit-log.js';
import { auditActor, type Meta } from './access.js';
import { actionInsert } from './action-repository.js';
import { jurisdictionOf, searchColumnsOf } from './applicant-facts.js';
import { applicationUpdate, type ApplicationRow } from './application-repository.js';
import { asConflict } from './case-guard.js';
import { resolveFiler } from './filer.js';
import { APPLICATION_MESSAGES } from './messages.js';
import { mailFiledInYourName, submissionReceivedMails } from './notifications.js';
import { checkedForSending, lockForSending, sentView } from './sending.js';

/**
 * 入管庁に申請を行う (R-SUB-1, R-SUB-2). Idempotent by the client's key: a retry — however many, however
 * concurrent — returns the first result. Under the row lock the whole submission is checked again (422 listing
 * every problem); then the SUBMIT action, the case state, the audit row and the mails commit together.
 */
export async function submitApplication(ctx: AppContext, account: SessionAccount, id: string, key: string, meta: Meta) {
  const filer = await resolveFiler(ctx.database.db, account);
  const outcome = await ctx.database.db.transaction(async (tx) => {
    const locked = await lockForSending(tx, filer, id, key, 'SUBMIT', APPLICATION_MESSAGES.alreadySubmitted);
    if (locked.kind !== 'NEW') return locked.kind === 'REPLAY' ? locked : undefined;
    asConflict(() => assertActionAllowed(deriveApplicationState(locked.actions), 'SUBMIT'));
    const check = checkedForSending(locked, filer, ctx);
    const now = ctx.clock.now();
    const office = jurisdictionOf(check.answers, filer);
    const changes = {
      state: deriveApplicationState([...locked.actions, { type: 'SUBMIT' as const }]), answers: check.answers, ...searchColumnsOf(check.answers), office,
      submittedAt: now, submittedBy: account.id, updatedAt: now,
    } satisfies Partial<ApplicationRow>;
    const submitted: ApplicationRow = { ...locked.row, ...changes };
    const notified = await mailFiledInYourName(tx, ctx, submitted, filer, now);
    // The action, the case, both receipt mails and the audit row are independent rows: one statement, one round trip.
    await writeTogether(tx, [
      actionInsert(tx, { applicationId: id, type: 'SUBMIT', idempotencyKey: key, ...auditActor(account), at: now, details: {} }),
      applicationUpdate(tx, id, changes),
      ...(await submissionReceivedMails(tx, ctx, submitted, now, account)),
      auditInsert(tx, ctx.clock, {
        ...auditActor(account), subjectType: 'application', subjectId: id, action: 'application.submitted', ipAddress: meta.ip, outcome: 'SUCCESS',
        details: { procedures: submitted.procedures, office, filerType: filer.type, applicantAccountsNotified: notified },
      }),
    ]);
    return { row: submitted, files: locked.files };
  });
  return sentView(ctx, account, id, filer, meta, 'application.submit', outcome);
}
