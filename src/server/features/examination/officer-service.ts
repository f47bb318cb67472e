import { randomUUID } from 'node:crypto';
import { jstDateOf } from '../../../domain/calendar/jst.js';
import { isOneOf } from '../../../domain/eligibility/list.js';
import { OFFICE_CODES, getOffice } from '../../../domain/reference/bureaus.js';
import { describePeriod, type GrantablePeriod } from '../../../domain/reference/periods.js';
import { getStatus } from '../../../domain/reference/statuses.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { updateApplication } from '../applications/application-repository.js';
import type { Meta } from '../back-office/access.js';
import { append, assertHolds, runAction } from '../back-office/action-service.js';
import { notifyExaminationCompleted } from '../issuance/mail-flow-service.js';
import { currentProposalOf, openRequestOf } from './case-log.js';
import { NOTICES, mailFiler } from './mails.js';
import { EXAMINATION_MESSAGES as M } from './messages.js';
import type { CorrectBody, Decision, GrantedPeriod, RequestDocumentsBody, TextBody } from './schemas.js';

const unprocessable = (message: { ja: string; en: string }, path: string) => new AppError('UNPROCESSABLE', message, [{ path, message }]);

/** R-CASE-3: a structured list of items with a JST deadline; the filer and the applicant are emailed; status 追完待ち. */
export function requestDocuments(ctx: AppContext, account: SessionAccount, id: string, body: RequestDocumentsBody, meta: Meta) {
  return runAction(ctx, account, id, 'REQUEST_DOCUMENTS', body.idempotencyKey, meta, async (step) => {
    await assertHolds(step, account);
    if (body.deadline < jstDateOf(ctx.clock.now())) throw unprocessable(M.deadlinePast, 'deadline');
    const requestId = randomUUID();
    const items = body.items.map((i) => ({ id: randomUUID(), description: i.description }));
    const details = { requestId, deadline: body.deadline, items, message: body.message ?? null };
    const stored = await append(step, account, ctx, 'REQUEST_DOCUMENTS', body.idempotencyKey, details);
    await mailFiler(step.tx, ctx, step.row, NOTICES.documentsRequested(body.deadline, items.map((i) => i.description), body.message), stored.id);
    return { details: { requestId, deadline: body.deadline, items: items.length } };
  });
}

/** The examiner ends an open request without waiting for every item (e.g. the documents came another way). */
export function closeDocumentRequest(ctx: AppContext, account: SessionAccount, id: string, body: { idempotencyKey: string; reason: string }, meta: Meta) {
  return runAction(ctx, account, id, 'CLOSE_DOCUMENT_REQUEST', body.idempotencyKey, meta, async (step) => {
    await assertHolds(step, account);
    const open = openRequestOf(step.actions);
    if (!open) throw new AppError('CONFLICT', M.noOpenRequest);
    await append(step, account, ctx, 'CLOSE_DOCUMENT_REQUEST', body.idempotencyKey, { requestId: open.id, reason: body.reason });
    return { details: { requestId: open.id, reason: body.reason } };
  });
}

/** R-CASE-4: a message to the filer, who is emailed a notice (the text stays on the status page). */
export function messageFiler(ctx: AppContext, account: SessionAccount, id: string, body: TextBody, meta: Meta) {
  return runAction(ctx, account, id, 'MESSAGE', body.idempotencyKey, meta, async (step) => {
    await assertHolds(step, account);
    const stored = await append(step, account, ctx, 'MESSAGE', body.idempotencyKey, { side: 'BUREAU', body: body.body });
    await mailFiler(step.tx, ctx, step.row, NOTICES.messageFromBureau(), stored.id);
    return { details: { side: 'BUREAU', length: body.body.length } };
  });
}

/** R-EXAM-4: internal notes, never shown to the filer; supervisors may add them without holding the case. */
export function addNote(ctx: AppContext, account: SessionAccount, id: string, body: TextBody, meta: Meta) {
  return runAction(ctx, account, id, 'NOTE', body.idempotencyKey, meta, async (step) => {
    await append(step, account, ctx, 'NOTE', body.idempotencyKey, { body: body.body });
    return { details: { length: body.body.length } };
  });
}

/** R-EXAM-4: the officer corrects one submitted answer at the filer's request; old and new are audited; the filer is emailed. */
export function correctAnswer(ctx: AppContext, account: SessionAccount, id: string, body: CorrectBody, meta: Meta) {
  return runAction(ctx, account, id, 'CORRECT', body.idempotencyKey, meta, async (step) => {
    await assertHolds(step, account);
    const answers = { ...(step.row.answers as Record<string, unknown>) };
    if (!(body.questionId in answers)) throw unprocessable(M.unknownQuestion, 'questionId');
    const old = answers[body.questionId];
    if (old !== null && typeof old === 'object') throw unprocessable(M.unknownQuestion, 'questionId');
    if (old === body.value) throw unprocessable(M.unchanged, 'value');
    answers[body.questionId] = body.value;
    await updateApplication(step.tx, step.row.id, { answers, updatedAt: ctx.clock.now() });
    const details = { questionId: body.questionId, old: old ?? null, new: body.value, reason: body.reason };
    const stored = await append(step, account, ctx, 'CORRECT', body.idempotencyKey, details);
    await mailFiler(step.tx, ctx, step.row, NOTICES.corrected(body.questionId, body.reason), stored.id);
    return { details };
  });
}

function samePeriod(a: GrantablePeriod, b: GrantedPeriod): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'FIXED' && b.kind === 'FIXED') return a.amount === b.amount && a.unit === b.unit;
  if (a.kind === 'DESIGNATED' && b.kind === 'DESIGNATED') {
    const months = (y: number, m: number, d: number) => y * 372 + m * 31 + d;
    const wanted = months(b.years, b.months, b.days);
    return wanted > 0 && wanted <= months(a.max.years, a.max.months, a.max.days);
  }
  return true;
}

/** The granted status and period must come from the reference data (src/domain/reference). */
function assertGrantable(decision: Decision): void {
  if (decision.decision !== 'GRANT') return;
  const status = getStatus(decision.grantedStatus);
  if (!status.availableOnline) throw unprocessable(M.statusNotGrantable, 'grantedStatus');
  if (!status.periods.some((p) => samePeriod(p, decision.period))) throw unprocessable(M.periodNotGrantable, 'period');
}

export function describeGranted(decision: Extract<Decision, { decision: 'GRANT' }>): { ja: string; en: string } {
  const status = getStatus(decision.grantedStatus);
  const p = decision.period;
  const period = describePeriod(p.kind === 'DESIGNATED' ? { kind: 'DESIGNATED', max: { years: p.years, months: p.months, days: p.days } } : p);
  return { ja: `${status.nameJa}（${period.ja}）`, en: `${status.nameEn} (${period.en})` };
}

function sameDecision(a: Decision, b: Decision): boolean {
  if (a.decision === 'REFUSE' || b.decision === 'REFUSE') return a.decision === b.decision;
  if (a.grantedStatus !== b.grantedStatus) return false;
  const [x, y] = [a.period, b.period];
  if (x.kind === 'DESIGNATED' && y.kind === 'DESIGNATED') return x.years === y.years && x.months === y.months && x.days === y.days;
  if (x.kind === 'FIXED' && y.kind === 'FIXED') return x.amount === y.amount && x.unit === y.unit;
  return x.kind === y.kind;
}

/** R-EXAM-4: the examiner proposes 許可 (status and period) or 不許可 (reason). */
export function proposeDecision(ctx: AppContext, account: SessionAccount, id: string, body: { idempotencyKey: string } & Decision, meta: Meta) {
  const { idempotencyKey, ...decision } = body;
  return runAction(ctx, account, id, 'PROPOSE_DECISION', idempotencyKey, meta, async (step) => {
    await assertHolds(step, account);
    assertGrantable(decision);
    await append(step, account, ctx, 'PROPOSE_DECISION', idempotencyKey, { decision });
    return { details: { decision } };
  });
}

export function approvalRequired(ctx: AppContext, office: string): boolean {
  if (!isOneOf(OFFICE_CODES, office)) return false;
  return (ctx.config.decisionApprovalBureaus as readonly string[]).includes(getOffice(office).bureau);
}

/** A second officer approves the proposal in force (not its author); they need not hold the case. */
export function approveDecision(ctx: AppContext, account: SessionAccount, id: string, key: string, meta: Meta) {
  return runAction(ctx, account, id, 'APPROVE_DECISION', key, meta, async (step) => {
    const proposal = currentProposalOf(step.actions);
    if (!proposal) throw new AppError('CONFLICT', M.noProposal);
    if (proposal.proposedBy === account.id) throw new AppError('FORBIDDEN', M.selfApproval);
    await append(step, account, ctx, 'APPROVE_DECISION', key, { proposalId: proposal.id });
    return { details: { proposalId: proposal.id } };
  });
}

/**
 * R-EXAM-4: the decision. Where the bureau requires it, an approved proposal of the same decision comes first and
 * the approver is not the one deciding. GRANT leads to 発行待ち (the domain table); a refusal is mailed.
 */
export function decide(ctx: AppContext, account: SessionAccount, id: string, body: { idempotencyKey: string } & Decision, meta: Meta) {
  const { idempotencyKey, ...decision } = body;
  const action = decision.decision;
  return runAction(ctx, account, id, action, idempotencyKey, meta, async (step) => {
    await assertHolds(step, account);
    assertGrantable(decision);
    const proposal = currentProposalOf(step.actions);
    if (approvalRequired(ctx, step.row.office ?? '')) {
      if (!proposal?.approvedBy) throw new AppError('CONFLICT', M.approvalNeeded);
      if (proposal.approvedBy === account.id) throw new AppError('FORBIDDEN', M.approvalByDecider);
      if (!sameDecision(proposal.decision, decision)) throw new AppError('CONFLICT', M.proposalMismatch);
    }
    const details = { ...decision, proposalId: proposal?.id ?? null };
    const stored = await append(step, account, ctx, action, idempotencyKey, details);
    if (decision.decision === 'REFUSE') await mailFiler(step.tx, ctx, step.row, NOTICES.refused(decision.reason), stored.id);
    // R-RES-1: the "examination completed" mail (what to send to the issuance unit) leaves with the grant itself.
    if (decision.decision === 'GRANT') await notifyExaminationCompleted(step.tx, ctx, step.row.id);
    return { details };
  });
}
