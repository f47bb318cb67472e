import { JPKI_VERIFY_FAILURE_MESSAGES, type BasicFacts } from '../../../domain/jpki/index.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { CardResponse } from '../../adapters/jpki/verify.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit-log.js';
import { createAccount } from '../accounts/account-factory.js';
import type { Account } from '../accounts/account-repository.js';
import { accountActor } from '../accounts/audit-actor.js';
import { LINK_MINUTES, type AfterPasswordLink } from '../accounts/recovery-service.js';
import { insertToken, voidOpenTokens } from '../accounts/token-repository.js';
import { newToken, sha256Hex } from '../accounts/tokens.js';
import { bindingHashOf, nonceSessionOf } from '../jpki/card-binding.js';
import { CARD_CHECK_MINUTES, usableCardCheck } from './card-checks.js';
import { authIdIssuedMail, registrationApprovedMail } from './mail-templates.js';
import { REGISTRATION_MESSAGES } from './messages.js';
import {
  factsOf, findProfile, findProfileByCertificate, findProfilesByPerson, insertCardCheck, insertProfile, personKeyOf, purgeCardChecks, updateCardCheck, updateProfile,
} from './profile-repository.js';
import type { USER_TYPES } from './schemas.js';

interface Meta {
  ip: string;
}

export interface CardRead {
  checkId: string;
  kind: 'NEW' | 'RENEWAL';
  facts: BasicFacts;
  expiresAt: string;
}

/** Records a refusal in its own transaction (the caller then throws), so it is kept. Never the facts. */
async function auditRefusal(ctx: AppContext, action: string, meta: Meta, details: Record<string, unknown>, subjectId?: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await appendAudit(tx, ctx.clock, { actorType: 'ANONYMOUS', action, ipAddress: meta.ip, outcome: 'DENIED', subjectType: subjectId ? 'account' : null, subjectId: subjectId ?? null, details });
  });
}

/**
 * R-AUTH-1, R-AUTH-2: both certificates of one card, each signing the server's nonce. The 4 facts come from the
 * verified signature certificate; the read is kept server-side for the form (the browser gets only its id).
 * A card already registered is refused; the same person on a renewed card is offered re-binding (R-AUTH-4).
 */
export async function readCardForRegistration(
  ctx: AppContext, input: { nonce: string; signature: CardResponse; authentication: CardResponse }, binding: string | undefined, meta: Meta,
): Promise<CardRead> {
  const verification = await ctx.jpki.verifier.verifyPair({
    nonce: input.nonce, sessionId: nonceSessionOf(binding ?? newToken()), purpose: 'REGISTRATION', signature: input.signature, authentication: input.authentication,
  });
  if (!verification.ok) {
    await auditRefusal(ctx, 'registration.card-check', meta, { reason: verification.reason });
    throw new AppError('UNPROCESSABLE', JPKI_VERIFY_FAILURE_MESSAGES[verification.reason], undefined, { reason: verification.reason });
  }
  const { facts, authentication, signature } = verification;
  const existing = await findProfileByCertificate(ctx.database.db, authentication.issuer, authentication.serialNumber);
  if (existing) {
    await auditRefusal(ctx, 'registration.card-check', meta, { reason: 'CARD_ALREADY_REGISTERED' }, existing.accountId);
    throw new AppError('CONFLICT', REGISTRATION_MESSAGES.alreadyRegistered, undefined, { reason: 'CARD_ALREADY_REGISTERED' });
  }
  const personKey = personKeyOf(facts);
  const samePerson = await findProfilesByPerson(ctx.database.db, personKey);
  const kind = samePerson.length > 0 ? 'RENEWAL' : 'NEW';
  const checkId = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + CARD_CHECK_MINUTES * 60_000);
  await ctx.database.db.transaction(async (tx) => {
    await purgeCardChecks(tx, new Date(now.getTime() - 60 * 60_000));
    await insertCardCheck(tx, {
      idHash: sha256Hex(checkId), bindingHash: bindingHashOf(binding ?? ''), kind: kind === 'NEW' ? 'REGISTRATION' : 'RENEWAL', facts, personKey,
      authCertIssuer: authentication.issuer, authCertSerial: authentication.serialNumber, authCertFingerprint: authentication.fingerprintSha256,
      sigCertSerial: signature.serialNumber, createdAt: now, expiresAt,
    });
    await appendAudit(tx, ctx.clock, { actorType: 'ANONYMOUS', action: 'registration.card-check', ipAddress: meta.ip, outcome: 'SUCCESS', details: { kind } });
  });
  return { checkId, kind, facts, expiresAt: expiresAt.toISOString() };
}

export interface RegistrationInput {
  checkId: string;
  userType: (typeof USER_TYPES)[number];
  relationship?: string | undefined;
  email: string;
  termsAccepted: boolean;
}

function assertForm(input: RegistrationInput): void {
  const fields = [];
  if (!input.termsAccepted) fields.push({ path: 'termsAccepted', message: REGISTRATION_MESSAGES.termsRequired });
  if (input.userType === 'RELATIVE' && !input.relationship) fields.push({ path: 'relationship', message: REGISTRATION_MESSAGES.relationshipRequired });
  if (fields.length > 0) throw new AppError('UNPROCESSABLE', fields[0]?.message ?? REGISTRATION_MESSAGES.termsRequired, fields);
}

/**
 * 利用者情報登録: the account (PENDING until the password is set), bound to the card's authentication certificate.
 * Individuals are approved by the card check itself, so the approval email with the password link goes at once.
 */
export async function registerIndividual(ctx: AppContext, input: RegistrationInput, binding: string | undefined, meta: Meta): Promise<void> {
  assertForm(input);
  await ctx.database.db.transaction(async (tx) => {
    const check = await usableCardCheck(tx, ctx.clock, input.checkId, binding ? bindingHashOf(binding) : undefined, 'REGISTRATION');
    if (await findProfileByCertificate(tx, check.authCertIssuer, check.authCertSerial)) {
      throw new AppError('CONFLICT', REGISTRATION_MESSAGES.alreadyRegistered, undefined, { reason: 'CARD_ALREADY_REGISTERED' });
    }
    const facts = factsOf(check);
    const now = ctx.clock.now();
    const account = await createAccount(tx, ctx.clock, { kind: 'INDIVIDUAL', displayName: facts.name, email: input.email });
    await insertProfile(tx, {
      accountId: account.id, status: 'PENDING', userType: input.userType, relationship: input.userType === 'RELATIVE' ? (input.relationship ?? null) : null,
      facts, personKey: check.personKey, authCertIssuer: check.authCertIssuer, authCertSerial: check.authCertSerial,
      authCertFingerprint: check.authCertFingerprint, sigCertSerial: check.sigCertSerial, createdAt: now, updatedAt: now,
    });
    await updateCardCheck(tx, check.idHash, { usedAt: now });
    const subject = { subjectType: 'account', subjectId: account.id, ipAddress: meta.ip };
    await appendAudit(tx, ctx.clock, { actorType: 'ANONYMOUS', ...subject, action: 'registration.created', outcome: 'SUCCESS', details: { userType: input.userType } });
    await appendAudit(tx, ctx.clock, { actorType: 'SYSTEM', ...subject, action: 'registration.approved', outcome: 'SUCCESS', details: { method: 'JPKI_CARD' } });
    await issueApprovalLink(tx, ctx, account);
    await appendAudit(tx, ctx.clock, { actorType: 'SYSTEM', ...subject, action: 'password.set-link-issued', outcome: 'SUCCESS' });
  });
}

async function issueApprovalLink(tx: DbOrTx, ctx: AppContext, account: Account): Promise<void> {
  const now = ctx.clock.now();
  const token = newToken();
  const minutes = LINK_MINUTES.PASSWORD_SET;
  await voidOpenTokens(tx, account.id, ['PASSWORD_SET', 'PASSWORD_RESET'], now);
  await insertToken(tx, { tokenHash: sha256Hex(token), accountId: account.id, purpose: 'PASSWORD_SET', createdAt: now, expiresAt: new Date(now.getTime() + minutes * 60_000) });
  const link = `${ctx.config.publicUrl}/register/password#token=${token}`;
  await enqueueMail(tx, ctx.clock, `registration-approved:${account.id}`, registrationApprovedMail(account.email, link, minutes / 60));
}

/** R-AUTH-4: once the password is set from the approval link, the registration is complete and the 認証ID is emailed. */
export function afterIndividualPasswordSet(ctx: AppContext): AfterPasswordLink {
  return async (tx, account, purpose) => {
    if (account.kind !== 'INDIVIDUAL' || purpose !== 'PASSWORD_SET') return;
    const profile = await findProfile(tx, account.id);
    if (!profile || profile.status !== 'PENDING') return;
    await updateProfile(tx, account.id, { status: 'ACTIVE', updatedAt: ctx.clock.now() });
    await enqueueMail(tx, ctx.clock, `auth-id-issued:${account.id}`, authIdIssuedMail(account.email, account.authId, `${ctx.config.publicUrl}/sign-in/card`));
    await appendAudit(tx, ctx.clock, { ...accountActor(account), action: 'auth-id.issued', outcome: 'SUCCESS' });
  };
}
