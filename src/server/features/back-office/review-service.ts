import { hasScope } from '../../../domain/auth/roles.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { accountActor } from '../accounts/audit-actor.js';
import type { Meta } from './access.js';
import { holderConflict } from './hold-guard.js';
import { BACK_OFFICE_MESSAGES } from './messages.js';
import { accountNames, findOfficer } from './repository.js';
import { REVIEW_SUBJECTS, type ReviewRow } from './review-subjects.js';
import type { ReviewActionResult, ReviewKind } from './schemas.js';
import { isReviewVisible } from './visibility.js';

interface ReviewStep {
  tx: DbOrTx;
  row: ReviewRow;
}

async function resultOf(db: DbOrTx, kind: ReviewKind, id: string): Promise<ReviewActionResult> {
  const row = await REVIEW_SUBJECTS[kind].find(db, id);
  if (!row) throw new AppError('NOT_FOUND', BACK_OFFICE_MESSAGES.reviewNotFound);
  const name = row.holderId ? ((await accountNames(db, [row.holderId])).get(row.holderId) ?? '—') : null;
  return { kind, status: row.status, holder: row.holderId && name ? { id: row.holderId, name } : null };
}

/**
 * The frame of the back-office writes on a usage application or periodic report (R-EXAM-3, R-EXAM-5), as for
 * cases: another bureau's (or a missing) one is a 404 with a DENIED audit row and nothing changed; under the row
 * lock a decided one is a 409; then the work and the audit row with who, when, what and from where.
 */
async function runReviewAction(
  ctx: AppContext, account: SessionAccount, kind: ReviewKind, id: string, action: string, meta: Meta, key: string,
  work: (step: ReviewStep) => Promise<Record<string, unknown>>,
): Promise<ReviewActionResult> {
  const subject = REVIEW_SUBJECTS[kind];
  const auditAction = `back-office.${action}`;
  const refuse = async (reason: string): Promise<never> => {
    await ctx.database.db.transaction(async (tx) => {
      await appendAudit(tx, ctx.clock, { ...accountActor(account), subjectType: subject.auditType, subjectId: id, action: auditAction, ipAddress: meta.ip, outcome: 'DENIED', details: { reason } });
    });
    throw new AppError('NOT_FOUND', BACK_OFFICE_MESSAGES.reviewNotFound);
  };
  const preview = await subject.find(ctx.database.db, id);
  if (!preview) return refuse('NOT_FOUND');
  if (!isReviewVisible(account, preview.office)) return refuse('OUTSIDE_JURISDICTION');
  await ctx.database.db.transaction(async (tx) => {
    const row = await subject.lock(tx, id);
    if (!row) throw new AppError('NOT_FOUND', BACK_OFFICE_MESSAGES.reviewNotFound);
    if (!subject.isOpen(row.status)) throw new AppError('ACTION_NOT_ALLOWED', BACK_OFFICE_MESSAGES.reviewDecided, undefined, { status: row.status });
    const details = await work({ tx, row });
    await appendAudit(tx, ctx.clock, {
      ...accountActor(account), subjectType: subject.auditType, subjectId: id, action: auditAction, ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { idempotencyKey: key, ...details },
    });
  });
  return resultOf(ctx.database.db, kind, id);
}

/** R-EXAM-3 for reviews: take it; held by someone else → 409 naming them; claiming one's own again changes nothing. */
export function claimReview(ctx: AppContext, account: SessionAccount, kind: ReviewKind, id: string, key: string, meta: Meta) {
  return runReviewAction(ctx, account, kind, id, 'claim', meta, key, async ({ tx, row }) => {
    if (row.holderId && row.holderId !== account.id) await holderConflict(tx, row.holderId);
    if (row.holderId !== account.id) await REVIEW_SUBJECTS[kind].setHolder(tx, row.id, account.id, ctx.clock.now());
    return {};
  });
}

/** The holder gives it back, or a supervisor (cases:assign) frees it. */
export function releaseReview(ctx: AppContext, account: SessionAccount, kind: ReviewKind, id: string, key: string, meta: Meta) {
  return runReviewAction(ctx, account, kind, id, 'release', meta, key, async ({ tx, row }) => {
    if (!row.holderId) throw new AppError('CONFLICT', BACK_OFFICE_MESSAGES.notHeld, undefined, { holder: null });
    if (row.holderId !== account.id && !hasScope(account.role, 'cases:assign')) await holderConflict(tx, row.holderId);
    await REVIEW_SUBJECTS[kind].setHolder(tx, row.id, null, ctx.clock.now());
    return { from: row.holderId };
  });
}

/** A supervisor hands it to an active usage reviewer of the bureau it was filed with. */
export function reassignReview(ctx: AppContext, account: SessionAccount, kind: ReviewKind, id: string, body: { idempotencyKey: string; officerId: string }, meta: Meta) {
  return runReviewAction(ctx, account, kind, id, 'reassign', meta, body.idempotencyKey, async ({ tx, row }) => {
    const target = await findOfficer(tx, body.officerId);
    const role = target?.officerRole;
    const canReview = role !== null && role !== undefined && target?.kind === 'OFFICER' && target.status === 'ACTIVE'
      && hasScope(role, 'usage-applications:review') && isReviewVisible({ role, office: target.office }, row.office);
    if (!canReview) throw new AppError('UNPROCESSABLE', BACK_OFFICE_MESSAGES.assigneeInvalid, [{ path: 'officerId', message: BACK_OFFICE_MESSAGES.assigneeInvalid }]);
    await REVIEW_SUBJECTS[kind].setHolder(tx, row.id, body.officerId, ctx.clock.now());
    return { from: row.holderId, to: body.officerId };
  });
}
