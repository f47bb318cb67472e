import { CaseStatus } from '../../../domain/case/index.js';
import type { AppContext } from '../../context.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { auditActor } from '../applications/access.js';
import { listActions } from '../applications/action-repository.js';
import { loadVisible, type Meta } from '../back-office/access.js';
import { currentProposalOf, documentRequestsOf, messagesOf, notesOf } from './case-log.js';
import { approvalRequired } from './officer-service.js';
import type { ExaminationView } from './schemas.js';

/** The examination panel of the case screen (R-EXAM-4); every view is audited (R-EXAM-6). */
export async function examinationView(ctx: AppContext, account: SessionAccount, id: string, meta: Meta): Promise<ExaminationView> {
  const row = await loadVisible(ctx, account, id, 'back-office.examination.viewed', meta);
  const log = await listActions(ctx.database.db, id);
  await ctx.database.db.transaction(async (tx) => {
    await appendAudit(tx, ctx.clock, {
      ...auditActor(account), subjectType: 'application', subjectId: id, action: 'back-office.examination.viewed', ipAddress: meta.ip, outcome: 'SUCCESS', details: {},
    });
  });
  return {
    status: CaseStatus.parse(row.state), documentRequests: documentRequestsOf(log), messages: messagesOf(log), notes: notesOf(log),
    proposal: currentProposalOf(log), approvalRequired: approvalRequired(ctx, row.office ?? ''),
  };
}
