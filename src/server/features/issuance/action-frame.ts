import type { Answers } from '../../../forms/types.js';
import { contextFromAnswers } from '../../../forms/application-form.js';
import { REENTRY_PERMISSION_TYPES } from '../../../forms/pages/reentry.js';
import { assertActionAllowed, deriveApplicationState, type CaseAction } from '../../../domain/case/index.js';
import { isOneOf } from '../../../domain/eligibility/list.js';
import { PROCEDURE_CODES, type ProcedureCode } from '../../../domain/reference/procedures.js';
import { ReceiptMethod } from '../../../domain/receipt/receipt-methods.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { auditActor } from '../applications/access.js';
import { appendActionOnce, findActionByKey, listActions, type ActionRow } from '../applications/action-repository.js';
import { updateApplication, type ApplicationRow } from '../applications/application-repository.js';
import { asConflict } from '../applications/case-guard.js';
import { loadVisible, lockVisible, type Meta } from '../back-office/access.js';
import { currentHolderId } from '../back-office/holder.js';
import { BACK_OFFICE_MESSAGES } from '../back-office/messages.js';
import { accountNames } from '../back-office/repository.js';
import { ISSUANCE_MESSAGES } from './messages.js';
import { progressOf, type IssuanceProgress } from './progress.js';
import type { IssuanceFacts } from './requirements.js';

export type { Meta };

/** The facts of a case that decide what issuance needs (R-RES-1): procedures, receipt method, status, received date. */
export function factsOf(row: ApplicationRow): IssuanceFacts {
  const answers = row.answers as Answers;
  const procedures = row.procedures.filter((p): p is ProcedureCode => isOneOf(PROCEDURE_CODES, p));
  const method = ReceiptMethod.safeParse(row.receiptMethod);
  const context = contextFromAnswers(answers, row.filerType);
  const variant = answers['reentry.permissionType'];
  return {
    procedures,
    receiptMethod: method.success ? method.data : null,
    currentStatus: context?.currentStatus ?? null,
    receivedAt: row.submittedAt ?? row.createdAt,
    reentryVariant: typeof variant === 'string' && isOneOf(REENTRY_PERMISSION_TYPES, variant) ? variant : 'SINGLE',
  };
}

export interface Step {
  tx: DbOrTx;
  row: ApplicationRow;
  actions: ActionRow[];
  facts: IssuanceFacts;
  progress: IssuanceProgress;
}

async function assertHolds(tx: DbOrTx, actions: readonly ActionRow[], account: SessionAccount): Promise<void> {
  const holderId = currentHolderId(actions);
  if (holderId === account.id) return;
  if (holderId) {
    const name = (await accountNames(tx, [holderId])).get(holderId) ?? '—';
    throw new AppError('CONFLICT', BACK_OFFICE_MESSAGES.heldBy(name), undefined, { holder: { id: holderId, name } });
  }
  throw new AppError('CONFLICT', BACK_OFFICE_MESSAGES.claimFirst, undefined, { holder: null });
}

/**
 * The frame of every issuance write (DESIGN §3.1–3.4), as in the back office: a visible case (else 404, audited),
 * the client's key (a retry changes nothing), then under the row lock the one guard of src/domain/case (409 naming
 * the status and what is possible now, 403 for the role), the claim, the 「審査終了のお知らせ」 if not yet queued, the work, and the audit row.
 */
export async function runIssuanceAction(
  notify: (tx: DbOrTx, ctx: AppContext, id: string) => Promise<void>,
  ctx: AppContext, account: SessionAccount, id: string, action: CaseAction, key: string, meta: Meta,
  work: (step: Step) => Promise<Record<string, unknown>>,
): Promise<void> {
  const auditName = `issuance.${action.toLowerCase()}`;
  await loadVisible(ctx, account, id, auditName, meta);
  const earlier = await findActionByKey(ctx.database.db, id, key);
  if (earlier) {
    if (earlier.type !== action || earlier.actorId !== account.id) throw new AppError('CONFLICT', ISSUANCE_MESSAGES.keyReused);
    return;
  }
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockVisible(tx, account, id);
    const actions = await listActions(tx, id);
    asConflict(() => assertActionAllowed(deriveApplicationState(actions), action, { kind: 'ACCOUNT', role: account.role }));
    await assertHolds(tx, actions, account);
    await notify(tx, ctx, id);
    const details = await work({ tx, row, actions, facts: factsOf(row), progress: progressOf(actions) });
    await appendAudit(tx, ctx.clock, {
      ...auditActor(account), subjectType: 'application', subjectId: id, action: auditName, ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { idempotencyKey: key, ...details },
    });
  });
}

/** Appends the action to the log and moves the case's status when the action does (DISPATCH → 完了). */
export async function appendStep(
  step: Pick<Step, 'tx' | 'row' | 'actions'>, ctx: Pick<AppContext, 'clock'>, actor: { actorType: string; actorId: string | null },
  action: CaseAction, key: string, details: Record<string, unknown>,
): Promise<ActionRow> {
  const now = ctx.clock.now();
  const { action: stored } = await appendActionOnce(step.tx, { applicationId: step.row.id, type: action, idempotencyKey: key, ...actor, at: now, details });
  const state = deriveApplicationState([...step.actions, stored]);
  if (state !== step.row.state) await updateApplication(step.tx, step.row.id, { state, updatedAt: now });
  return stored;
}
