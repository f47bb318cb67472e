import { formatAuthId } from '../../../domain/auth/auth-id.js';
import type { OfficerRole } from '../../../domain/auth/roles.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { createAccount } from '../accounts/account-factory.js';
import { findAccountByCreationKey, findAccountsByEmail, listAccountsOfKinds, type Account } from '../accounts/account-repository.js';
import { accountActor } from '../accounts/audit-actor.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';
import { issuePasswordLink, normaliseEmail } from '../accounts/recovery-service.js';
import { appendAudit } from '../audit/audit-log.js';
import type { NewOfficer, OfficerSummary } from './schemas.js';

export function describeOfficer(account: Account): OfficerSummary {
  return {
    id: account.id,
    authId: formatAuthId(account.authId),
    displayName: account.displayName,
    email: account.email,
    role: account.officerRole ?? 'EXAMINER',
    office: account.office ?? '',
    status: account.status,
    hasPassword: account.passwordHash !== null,
    hasSecondFactor: account.totpSecret !== null,
    createdAt: account.createdAt.toISOString(),
  };
}

/**
 * An administrator creates an officer (SPEC §1): the account gets a 認証ID, and a single-use link to set the
 * password is mailed; the officer enrols TOTP at the first sign-in. Idempotent by the request's key.
 */
export async function createOfficer(ctx: AppContext, admin: Account, input: NewOfficer, meta: { ip: string }): Promise<{ officer: OfficerSummary; isNew: boolean }> {
  return ctx.database.db.transaction(async (tx) => {
    const earlier = await findAccountByCreationKey(tx, input.idempotencyKey);
    if (earlier) return { officer: describeOfficer(earlier), isNew: false };
    const email = normaliseEmail(input.email);
    if ((await findAccountsByEmail(tx, email)).some((a) => a.kind === 'OFFICER')) throw new AppError('CONFLICT', AUTH_MESSAGES.officerEmailInUse, [{ path: 'email', message: AUTH_MESSAGES.officerEmailInUse }]);
    const role: OfficerRole = input.role;
    const officer = await createAccount(tx, ctx.clock, {
      kind: 'OFFICER', officerRole: role, office: input.office, displayName: input.displayName, email, creationKey: input.idempotencyKey, createdBy: admin.id,
    });
    const actor = accountActor(admin);
    await appendAudit(tx, ctx.clock, { ...actor, subjectId: officer.id, action: 'officer.created', ipAddress: meta.ip, outcome: 'SUCCESS', details: { role, office: input.office } });
    await issuePasswordLink(tx, ctx, officer, 'PASSWORD_SET', { actorType: actor.actorType, actorId: admin.id, ipAddress: meta.ip });
    return { officer: describeOfficer(officer), isNew: true };
  });
}

export async function listOfficers(ctx: AppContext): Promise<OfficerSummary[]> {
  return (await listAccountsOfKinds(ctx.database.db, ['OFFICER'])).map(describeOfficer);
}
