import { ApplicationState, isEditableByFiler } from '../../../domain/case/index.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { actorTypeOf } from '../accounts/audit-actor.js';
import { findApplication, isInScope, lockApplication, type ApplicationRow, type OwnerScope } from './application-repository.js';
import { resolveFiler, type Filer } from './filer.js';
import { APPLICATION_MESSAGES } from './messages.js';

export interface Meta {
  ip: string;
}

/** An individual or intermediary sees their own applications; organisation staff their organisation's (DESIGN §3.3). */
export function ownerScopeOf(filer: Filer): OwnerScope {
  if (filer.organization) return { kind: 'ORGANIZATION', organizationId: filer.organization.id, requestingRangeId: filer.organization.requestingRange?.id ?? null };
  return { kind: 'ACCOUNT', accountId: filer.accountId };
}

/**
 * The scope without resolving the whole filer where the account alone decides it: individuals and intermediaries
 * own what they created; organisation staff need their organisation (and requesting organisation).
 */
export async function ownerScopeFor(db: DbOrTx, account: SessionAccount): Promise<OwnerScope> {
  if (account.kind === 'ORG_STAFF') return ownerScopeOf(await resolveFiler(db, account));
  return { kind: 'ACCOUNT', accountId: account.id };
}

export function auditActor(account: Pick<SessionAccount, 'id' | 'kind' | 'officerRole'>) {
  return { actorType: actorTypeOf(account), actorId: account.id };
}

/**
 * Another owner's application answers exactly like a missing one (404, nothing revealed, nothing changed); the
 * attempt is audited.
 */
async function refuse(ctx: AppContext, account: SessionAccount, id: string, action: string, meta: Meta): Promise<never> {
  await ctx.database.db.transaction(async (tx) => {
    await appendAudit(tx, ctx.clock, {
      ...auditActor(account), subjectType: 'application', subjectId: id, action, ipAddress: meta.ip, outcome: 'DENIED', details: { reason: 'NOT_OWNER' },
    });
  });
  throw new AppError('NOT_FOUND', APPLICATION_MESSAGES.notFound);
}

export interface Owned {
  filer: Filer;
  row: ApplicationRow;
}

/** The application if the signed-in filer may see it. */
export async function loadOwned(ctx: AppContext, account: SessionAccount, id: string, action: string, meta: Meta): Promise<Owned> {
  const filer = await resolveFiler(ctx.database.db, account);
  const row = await findApplication(ctx.database.db, id);
  if (!row) throw new AppError('NOT_FOUND', APPLICATION_MESSAGES.notFound);
  if (!isInScope(ownerScopeOf(filer), row)) return refuse(ctx, account, id, action, meta);
  return { filer, row };
}

/** Inside a transaction: the locked row, checked again against the filer (it may have changed since the first read). */
export async function lockOwned(tx: DbOrTx, filer: Filer, id: string): Promise<ApplicationRow> {
  const row = await lockApplication(tx, id);
  if (!row || !isInScope(ownerScopeOf(filer), row)) throw new AppError('NOT_FOUND', APPLICATION_MESSAGES.notFound);
  return row;
}

/** The filer changes the content of a draft, and of a case returned for correction (R-EXAM-2); nothing else. */
export function assertEditable(row: ApplicationRow): void {
  if (!isEditableByFiler(ApplicationState.parse(row.state))) throw new AppError('ACTION_NOT_ALLOWED', APPLICATION_MESSAGES.notDraft, undefined, { status: row.state });
}
