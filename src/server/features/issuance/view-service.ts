import { CaseStatus, allowedActionsFor } from '../../../domain/case/index.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { auditActor } from '../applications/access.js';
import { listActions } from '../applications/action-repository.js';
import { findApplication, type ApplicationRow } from '../applications/application-repository.js';
import { loadVisible } from '../back-office/access.js';
import { currentHolderId } from '../back-office/holder.js';
import { accountNames } from '../back-office/repository.js';
import { factsOf, type Meta } from './action-frame.js';
import { notifyExaminationCompleted } from './mail-flow-service.js';
import { ISSUANCE_MESSAGES } from './messages.js';
import { findDocument } from '../verification/document-repository.js';
import { renderDocumentPdf } from '../verification/registry.js';
import { issuePermission, permissionByMail } from './permission.js';
import { progressOf } from './progress.js';
import { MAILED_ITEM_NAMES, feeDueYen, issuanceRouteOf, issuesCard, requiredItems } from './requirements.js';
import type { IssuanceView } from './schemas.js';

/**
 * The issuance clerk's view (R-RES-1 … R-RES-3), audited like every officer view (R-EXAM-6). A case seen in 発行待ち
 * has had its 「審査終了のお知らせ」 queued (at most once), whatever path brought it there.
 */
export async function viewIssuance(ctx: AppContext, account: SessionAccount, id: string, meta: Meta): Promise<IssuanceView> {
  const row = await loadVisible(ctx, account, id, 'issuance.view', meta);
  await ctx.database.db.transaction(async (tx) => {
    if (row.state === 'AWAITING_ISSUE') await notifyExaminationCompleted(tx, ctx, id);
    await appendAudit(tx, ctx.clock, { ...auditActor(account), subjectType: 'application', subjectId: id, action: 'issuance.view', ipAddress: meta.ip, outcome: 'SUCCESS', details: {} });
  });
  return viewOf(ctx, account, row);
}

/**
 * The answer to the officer's own step: the case as it now stands, even when the step took it out of their view
 * (dispatch → 完了 leaves the issuance stage); the step itself was checked and audited.
 */
export async function resultAfterAction(ctx: AppContext, account: SessionAccount, id: string): Promise<IssuanceView> {
  const row = await findApplication(ctx.database.db, id);
  if (!row) throw new AppError('NOT_FOUND', ISSUANCE_MESSAGES.notFound);
  return viewOf(ctx, account, row);
}

async function viewOf(ctx: AppContext, account: SessionAccount, row: ApplicationRow): Promise<IssuanceView> {
  const id = row.id;
  const actions = await listActions(ctx.database.db, id);
  const facts = factsOf(row);
  const progress = progressOf(actions);
  const holderId = currentHolderId(actions);
  const holderName = holderId ? ((await accountNames(ctx.database.db, [holderId])).get(holderId) ?? '—') : null;
  const status = CaseStatus.parse(row.state);
  return {
    id, status, receptionNumber: row.receptionNumber, applicantName: row.applicantName, route: issuanceRouteOf(facts.receiptMethod),
    issuesCard: issuesCard(facts), permissionByMail: permissionByMail(row),
    items: requiredItems(facts).map((item) => ({ item, name: MAILED_ITEM_NAMES[item], received: progress.itemsReceived.includes(item) })),
    feeDueYen: feeDueYen(facts), feePaidYen: progress.feePaidYen, cardNumber: progress.cardNumber, trackingNumber: progress.trackingNumber,
    ecoe: progress.ecoe ? { number: progress.ecoe.number, validUntil: progress.ecoe.validUntil, receiptRegisteredAt: progress.ecoeReceiptAt?.toISOString() ?? null } : null,
    holder: holderId && holderName ? { id: holderId, name: holderName } : null,
    allowedActions: allowedActionsFor(status, { kind: 'ACCOUNT', role: account.role }),
  };
}

/** R-RES-3: the printed 資格外活動許可書 to put in the envelope, issued once (signed, R-RES-4) and rendered as a PDF. */
export async function permissionPdf(ctx: AppContext, account: SessionAccount, id: string, meta: Meta): Promise<{ fileName: string; pdf: Buffer }> {
  const row = await loadVisible(ctx, account, id, 'issuance.permission-pdf', meta);
  if (!permissionByMail(row) || (row.state !== 'AWAITING_ISSUE' && row.state !== 'COMPLETED')) throw new AppError('NOT_FOUND', ISSUANCE_MESSAGES.noPermission);
  const doc = await ctx.database.db.transaction(async (tx) => {
    const issued = await issuePermission(tx, ctx, row, auditActor(account), meta.ip);
    await appendAudit(tx, ctx.clock, { ...auditActor(account), subjectType: 'application', subjectId: id, action: 'issuance.permission-pdf', ipAddress: meta.ip, outcome: 'SUCCESS', details: { number: issued?.number ?? null } });
    return issued ? findDocument(tx, issued.id) : undefined;
  });
  if (!doc) throw new AppError('NOT_FOUND', ISSUANCE_MESSAGES.noPermission);
  return renderDocumentPdf(doc, ctx);
}
