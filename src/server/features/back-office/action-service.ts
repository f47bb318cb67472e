import { CaseStatus, assertActionAllowed, deriveApplicationState, type CaseAction, type CaseActor } from '../../../domain/case/index.js';
import { hasScope } from '../../../domain/auth/roles.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { auditActor } from '../applications/access.js';
import { acceptApplication } from '../applications/acceptance-service.js';
import { appendActionOnce, findActionByKey, listActions, type ActionRow } from '../applications/action-repository.js';
import { findApplication, updateApplication, type ApplicationRow } from '../applications/application-repository.js';
import { asConflict } from '../applications/case-guard.js';
import { loadVisible, lockVisible, type Meta } from './access.js';
import { holderConflict, requireHolder } from './hold-guard.js';
import { currentHolderId } from './holder.js';
import { BACK_OFFICE_MESSAGES } from './messages.js';
import { accountNames, findOfficer } from './repository.js';
import type { ActionResult } from './schemas.js';
import { isVisible, visibilityOf } from './visibility.js';
import { mailReturn } from './return-mail.js';

export interface Step {
  tx: DbOrTx;
  row: ApplicationRow;
  actions: ActionRow[];
  holderId: string | null;
}

/** What an action leaves behind for the audit row. */
export interface Outcome {
  details: Record<string, unknown>;
}

export const caseActor = (account: SessionAccount): CaseActor => ({ kind: 'ACCOUNT', role: account.role });

/** Writes need the caller to hold the case (R-EXAM-3): nobody holding → claim first; someone else → 409 naming them. */
export async function assertHolds(step: Step, account: SessionAccount): Promise<void> {
  await requireHolder(step.tx, step.holderId, account.id);
}

async function resultOf(ctx: AppContext, id: string): Promise<ActionResult> {
  const db = ctx.database.db;
  const row = await findApplication(db, id);
  if (!row) throw new AppError('NOT_FOUND', BACK_OFFICE_MESSAGES.notFound);
  const holderId = currentHolderId(await listActions(db, id));
  const name = holderId ? ((await accountNames(db, [holderId])).get(holderId) ?? '—') : null;
  return { status: CaseStatus.parse(row.state), receptionNumber: row.receptionNumber, holder: holderId && name ? { id: holderId, name } : null };
}

/**
 * The frame of every officer write (DESIGN §3.1–3.4): visible case (else 404), the client's key (a retry returns the
 * current result), then under the row lock the one guard of src/domain/case (409 naming the status and what is
 * possible now, 403 for the role), the work itself, and the audit row with who, when, what and from where.
 */
export async function runAction(
  ctx: AppContext, account: SessionAccount, id: string, action: CaseAction, key: string, meta: Meta,
  work: (step: Step) => Promise<Outcome>,
): Promise<ActionResult> {
  await loadVisible(ctx, account, id, `back-office.${action.toLowerCase()}`, meta);
  const earlier = await findActionByKey(ctx.database.db, id, key);
  if (earlier) {
    if (earlier.type !== action || earlier.actorId !== account.id) throw new AppError('CONFLICT', BACK_OFFICE_MESSAGES.keyReused);
    return resultOf(ctx, id);
  }
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockVisible(tx, account, id);
    const actions = await listActions(tx, id);
    asConflict(() => assertActionAllowed(deriveApplicationState(actions), action, caseActor(account)));
    const outcome = await work({ tx, row, actions, holderId: currentHolderId(actions) });
    await appendAudit(tx, ctx.clock, {
      ...auditActor(account), subjectType: 'application', subjectId: id, action: `back-office.${action.toLowerCase()}`, ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { idempotencyKey: key, ...outcome.details },
    });
  });
  return resultOf(ctx, id);
}

export async function append(step: Step, account: SessionAccount, ctx: AppContext, action: CaseAction, key: string, details: Record<string, unknown>): Promise<ActionRow> {
  const now = ctx.clock.now();
  const { action: stored } = await appendActionOnce(step.tx, { applicationId: step.row.id, type: action, idempotencyKey: key, ...auditActor(account), at: now, details });
  const state = deriveApplicationState([...step.actions, stored]);
  if (state !== step.row.state) await updateApplication(step.tx, step.row.id, { state, updatedAt: now });
  return stored;
}

/** R-EXAM-3: take the case; a case held by someone else is a 409 naming the holder; claiming one's own case again changes nothing. */
export function claimCase(ctx: AppContext, account: SessionAccount, id: string, key: string, meta: Meta) {
  return runAction(ctx, account, id, 'CLAIM', key, meta, async (step) => {
    if (step.holderId && step.holderId !== account.id) await holderConflict(step.tx, step.holderId);
    if (step.holderId !== account.id) await append(step, account, ctx, 'CLAIM', key, {});
    return { details: {} };
  });
}

/** R-EXAM-3: the holder gives the case back, or a supervisor (cases:assign) frees it. */
export function releaseCase(ctx: AppContext, account: SessionAccount, id: string, key: string, meta: Meta) {
  return runAction(ctx, account, id, 'RELEASE', key, meta, async (step) => {
    if (!step.holderId) throw new AppError('CONFLICT', BACK_OFFICE_MESSAGES.notHeld, undefined, { holder: null });
    if (step.holderId !== account.id && !hasScope(account.role, 'cases:assign')) await holderConflict(step.tx, step.holderId);
    await append(step, account, ctx, 'RELEASE', key, { from: step.holderId });
    return { details: { from: step.holderId } };
  });
}

/** R-EXAM-3: a supervisor hands the case to an active officer who sees it and may work on it. */
export function reassignCase(ctx: AppContext, account: SessionAccount, id: string, body: { idempotencyKey: string; officerId: string }, meta: Meta) {
  return runAction(ctx, account, id, 'REASSIGN', body.idempotencyKey, meta, async (step) => {
    const target = await findOfficer(step.tx, body.officerId);
    const role = target?.officerRole;
    const canWork = role !== null && role !== undefined && target?.kind === 'OFFICER' && target.status === 'ACTIVE'
      && isVisible(visibilityOf({ role, office: target.office }), step.row) && hasAnyCaseScope(role);
    if (!canWork) throw new AppError('UNPROCESSABLE', BACK_OFFICE_MESSAGES.assigneeInvalid);
    await append(step, account, ctx, 'REASSIGN', body.idempotencyKey, { from: step.holderId, to: body.officerId });
    return { details: { from: step.holderId, to: body.officerId } };
  });
}

export function hasAnyCaseScope(role: Parameters<typeof hasScope>[0]): boolean {
  return (['cases:intake', 'cases:examine', 'cases:decide', 'cases:issue'] as const).some((s) => hasScope(role, s));
}

/**
 * R-EXAM-2: acceptance by the intake clerk holding the case. The reception number, the ACCEPT action and its mails
 * are the applications feature's acceptApplication (one implementation for officers and the daily job).
 */
export async function acceptCase(ctx: AppContext, account: SessionAccount, id: string, key: string, meta: Meta) {
  // acceptApplication stores ACCEPT under its own key, so a retry by the same officer is recognised by the log.
  const accepted = (await listActions(ctx.database.db, id)).find((a) => a.type === 'ACCEPT');
  if (accepted && accepted.actorId === account.id) {
    await loadVisible(ctx, account, id, 'back-office.accept', meta);
    return resultOf(ctx, id);
  }
  return runAction(ctx, account, id, 'ACCEPT', key, meta, async (step) => {
    await assertHolds(step, account);
    const { receptionNumber } = await acceptApplication(step.tx, ctx, id, { actorType: auditActor(account).actorType, actorId: account.id, caseActor: caseActor(account) });
    return { details: { receptionNumber } };
  });
}

/** R-EXAM-2 差戻し: returned with the reasons; the filer and the applicant's notification address are emailed. */
export function returnCase(ctx: AppContext, account: SessionAccount, id: string, body: { idempotencyKey: string; reasons: string[] }, meta: Meta) {
  return runAction(ctx, account, id, 'RETURN', body.idempotencyKey, meta, async (step) => {
    await assertHolds(step, account);
    const reason = body.reasons.join(' / ');
    const stored = await append(step, account, ctx, 'RETURN', body.idempotencyKey, { reasons: body.reasons, reason });
    await mailReturn(step.tx, ctx, step.row, body.reasons, stored.id, stored.at);
    return { details: { reasons: body.reasons } };
  });
}
