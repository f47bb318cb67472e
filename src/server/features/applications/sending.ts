import type { CaseAction } from '../../../domain/case/index.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import type { Bilingual } from '../../../domain/validation/field-errors.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { loadOwned, ownerScopeOf, type Meta } from './access.js';
import { listActions, type ActionRow } from './action-repository.js';
import { isInScope, lockApplication, type ApplicationRow } from './application-repository.js';
import { describe } from './draft-service.js';
import { listFiles, type ApplicationFile } from './file-repository.js';
import type { Filer } from './filer.js';
import { APPLICATION_MESSAGES } from './messages.js';
import { checkSubmission, isComplete, type SubmissionCheck } from './submission-checks.js';

/** What a submission or resubmission finds under the row lock. */
export type Locked =
  | { kind: 'NOT_VISIBLE' }
  | { kind: 'REPLAY'; row: ApplicationRow; files: ApplicationFile[] }
  | { kind: 'NEW'; row: ApplicationRow; files: ApplicationFile[]; actions: ActionRow[] };

/**
 * The start of sending an application to the bureau (submit, R-SUB-1; resubmit, R-EXAM-2): lock the row, check the
 * filer's scope, read the log and the files; a key already used for this action is a replay of it (the caller
 * returns the first result), a key used for another action a conflict.
 */
export async function lockForSending(
  tx: DbOrTx, filer: Filer, id: string, key: string, action: Extract<CaseAction, 'SUBMIT' | 'RESUBMIT'>, keyConflict: Bilingual,
): Promise<Locked> {
  const row = await lockApplication(tx, id);
  if (!row || !isInScope(ownerScopeOf(filer), row)) return { kind: 'NOT_VISIBLE' };
  const actions = await listActions(tx, id);
  const files = await listFiles(tx, id);
  const earlier = actions.find((a) => a.idempotencyKey === key);
  if (!earlier) return { kind: 'NEW', row, files, actions };
  if (earlier.type !== action) throw new AppError('CONFLICT', keyConflict);
  return { kind: 'REPLAY', row, files };
}

/** Every check of R-SUB-1 again, under the lock: the checked answers, or a 422 listing every problem. */
export function checkedForSending(locked: Extract<Locked, { kind: 'NEW' }>, filer: Filer, ctx: Pick<AppContext, 'clock'>): SubmissionCheck {
  const check = checkSubmission(locked.row, locked.files, filer, ctx.clock);
  if (!isComplete(check)) {
    throw new AppError('UNPROCESSABLE', APPLICATION_MESSAGES.submissionIncomplete, check.fields, { reasons: check.reasons, missingDocuments: check.missingDocuments });
  }
  return check;
}

/**
 * The answer after the transaction: the application as sent; where it was not visible, the refusal is audited
 * (another filer's application) and the answer is the same 404 as for a missing one.
 */
export async function sentView(
  ctx: AppContext, account: SessionAccount, id: string, filer: Filer, meta: Meta, auditAction: string,
  outcome: { row: ApplicationRow; files: ApplicationFile[] } | undefined,
) {
  if (!outcome) {
    await loadOwned(ctx, account, id, auditAction, meta);
    throw new AppError('NOT_FOUND', APPLICATION_MESSAGES.notFound);
  }
  return describe(ctx, outcome.row, filer, outcome.files);
}
