import { randomUUID } from 'node:crypto';
import { officeForPrefecture } from '../../../domain/reference/bureaus.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit-log.js';
import { createAccount } from '../accounts/account-factory.js';
import { getAccount, type Account } from '../accounts/account-repository.js';
import { accountActor } from '../accounts/audit-actor.js';
import { LINK_MINUTES, normaliseEmail, type AfterPasswordLink } from '../accounts/recovery-service.js';
import { insertToken, voidOpenTokens } from '../accounts/token-repository.js';
import { newToken, sha256Hex } from '../accounts/tokens.js';
import { intermediaryApprovedMail, intermediaryAuthIdMail, intermediaryReceivedMail, intermediaryRejectedMail } from './mail-templates.js';
import { isUniqueViolation } from '../../db/errors.js';
import { INTERMEDIARY_MESSAGES } from './messages.js';
import { findByAccount, findOpenByNumber, insertRegistration, listPending, lockRegistration, updateRegistration, type IntermediaryRegistration } from './repository.js';
import type { IntermediaryRegistrationInput } from './schemas.js';

interface Meta {
  ip: string;
}

/** R-AUTH-5: the registration waits for the office with jurisdiction over the office address. No personal data in the audit. */
export async function registerIntermediary(ctx: AppContext, input: IntermediaryRegistrationInput, meta: Meta): Promise<void> {
  const office = officeForPrefecture(input.prefectureCode);
  if (!office) throw new AppError('UNPROCESSABLE', INTERMEDIARY_MESSAGES.notFound);
  const duplicate = () => new AppError('CONFLICT', INTERMEDIARY_MESSAGES.duplicate, [{ path: 'registrationNumber', message: INTERMEDIARY_MESSAGES.duplicate }], { reason: 'DUPLICATE_REGISTRATION' });
  // Two simultaneous registrations both pass the lookup; the unique index decides, and the loser gets the same 409.
  await ctx.database.db.transaction(async (tx) => {
    if (await findOpenByNumber(tx, input.profession, input.registrationNumber)) throw duplicate();
    const now = ctx.clock.now();
    const id = randomUUID();
    const { termsAccepted: _terms, ...fields } = input;
    await insertRegistration(tx, { ...fields, id, email: normaliseEmail(input.email), status: 'PENDING', office: office.code, createdAt: now, updatedAt: now });
    await appendAudit(tx, ctx.clock, {
      actorType: 'ANONYMOUS', action: 'intermediary.registered', subjectType: 'intermediary-registration', subjectId: id, ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { profession: input.profession, office: office.code },
    });
    await enqueueMail(tx, ctx.clock, `intermediary-received:${id}`, intermediaryReceivedMail(normaliseEmail(input.email)));
  }).catch((error: unknown) => {
    throw isUniqueViolation(error) ? duplicate() : error;
  });
}

export async function pendingForOfficer(ctx: AppContext, officerId: string): Promise<IntermediaryRegistration[]> {
  const officer = await getAccount(ctx.database.db, officerId);
  return officer.office ? listPending(ctx.database.db, officer.office) : [];
}

type Decision = { kind: 'APPROVE' } | { kind: 'REJECT'; reason: string };

/**
 * The officer decides a pending registration of their own office. Another office's registration is answered
 * as not found (it is not theirs to see) and the refusal is audited in its own transaction.
 */
export async function decideRegistration(ctx: AppContext, officerId: string, id: string, decision: Decision, meta: Meta): Promise<void> {
  const refused = await ctx.database.db.transaction(async (tx) => {
    const officer = await getAccount(tx, officerId);
    const row = await lockRegistration(tx, id);
    if (!row || !officer.office || row.office !== officer.office) return { code: 'NOT_FOUND' as const, message: INTERMEDIARY_MESSAGES.notFound };
    if (row.status !== 'PENDING') return { code: 'ACTION_NOT_ALLOWED' as const, message: INTERMEDIARY_MESSAGES.alreadyDecided };
    if (decision.kind === 'APPROVE') await approve(tx, ctx, officer, row, meta);
    else await reject(tx, ctx, officer, row, decision.reason, meta);
    return undefined;
  });
  if (!refused) return;
  await ctx.database.db.transaction(async (tx) => {
    const officer = await getAccount(tx, officerId);
    await appendAudit(tx, ctx.clock, {
      ...accountActor(officer), subjectType: 'intermediary-registration', subjectId: id, action: `intermediary.${decision.kind === 'APPROVE' ? 'approve' : 'reject'}`,
      ipAddress: meta.ip, outcome: 'DENIED', details: { reason: refused.code },
    });
  });
  throw new AppError(refused.code, refused.message);
}

async function approve(tx: DbOrTx, ctx: AppContext, officer: Account, row: IntermediaryRegistration, meta: Meta): Promise<void> {
  const now = ctx.clock.now();
  const account = await createAccount(tx, ctx.clock, { kind: 'INTERMEDIARY', displayName: row.fullName, email: row.email, createdBy: officer.id });
  await updateRegistration(tx, row.id, { status: 'APPROVED', accountId: account.id, decidedBy: officer.id, decidedAt: now, updatedAt: now });
  const actor = { actorType: accountActor(officer).actorType, actorId: officer.id, ipAddress: meta.ip };
  await appendAudit(tx, ctx.clock, { ...actor, action: 'intermediary.approved', subjectType: 'intermediary-registration', subjectId: row.id, outcome: 'SUCCESS', details: { accountId: account.id } });
  await appendAudit(tx, ctx.clock, { ...actor, action: 'account.created', subjectType: 'account', subjectId: account.id, outcome: 'SUCCESS', details: { kind: 'INTERMEDIARY' } });
  const token = newToken();
  const minutes = LINK_MINUTES.PASSWORD_SET;
  await voidOpenTokens(tx, account.id, ['PASSWORD_SET', 'PASSWORD_RESET'], now);
  await insertToken(tx, { tokenHash: sha256Hex(token), accountId: account.id, purpose: 'PASSWORD_SET', createdAt: now, expiresAt: new Date(now.getTime() + minutes * 60_000) });
  const link = `${ctx.config.publicUrl}/intermediaries/password#token=${token}`;
  await enqueueMail(tx, ctx.clock, `intermediary-approved:${row.id}`, intermediaryApprovedMail(account.email, link, minutes / 60));
  await appendAudit(tx, ctx.clock, { ...actor, action: 'password.set-link-issued', subjectType: 'account', subjectId: account.id, outcome: 'SUCCESS' });
}

async function reject(tx: DbOrTx, ctx: AppContext, officer: Account, row: IntermediaryRegistration, reason: string, meta: Meta): Promise<void> {
  const now = ctx.clock.now();
  await updateRegistration(tx, row.id, { status: 'REJECTED', rejectionReason: reason, decidedBy: officer.id, decidedAt: now, updatedAt: now });
  await appendAudit(tx, ctx.clock, {
    actorType: accountActor(officer).actorType, actorId: officer.id, ipAddress: meta.ip,
    action: 'intermediary.rejected', subjectType: 'intermediary-registration', subjectId: row.id, outcome: 'SUCCESS',
  });
  await enqueueMail(tx, ctx.clock, `intermediary-rejected:${row.id}`, intermediaryRejectedMail(row.email, reason));
}

/** Once the password is set from the approval link, the 認証ID is emailed (once). */
export function afterIntermediaryPasswordSet(ctx: AppContext): AfterPasswordLink {
  return async (tx, account, purpose) => {
    if (account.kind !== 'INTERMEDIARY' || purpose !== 'PASSWORD_SET') return;
    const registration = await findByAccount(tx, account.id);
    if (!registration || registration.activatedAt) return;
    await updateRegistration(tx, registration.id, { activatedAt: ctx.clock.now(), updatedAt: ctx.clock.now() });
    await enqueueMail(tx, ctx.clock, `intermediary-auth-id:${account.id}`, intermediaryAuthIdMail(account.email, account.authId, `${ctx.config.publicUrl}/sign-in`));
    await appendAudit(tx, ctx.clock, { ...accountActor(account), action: 'auth-id.issued', outcome: 'SUCCESS' });
  };
}
