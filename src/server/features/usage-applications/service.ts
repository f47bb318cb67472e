import { randomUUID } from 'node:crypto';
import { OFFICES, officeForPrefecture } from '../../../domain/reference/bureaus.js';
import { UsageApplicationForm, categoryAfterApproval } from '../../../domain/organizations/usage-application.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { createAccount } from '../accounts/account-factory.js';
import type { Account } from '../accounts/account-repository.js';
import { accountActor } from '../accounts/audit-actor.js';
import { LINK_MINUTES, type AfterPasswordLink } from '../accounts/recovery-service.js';
import { insertToken, voidOpenTokens } from '../accounts/token-repository.js';
import { newToken, sha256Hex } from '../accounts/tokens.js';
import { staffApprovedMail, staffAuthIdMail, usageMoreInformationMail, usageReceivedMail, usageRejectedMail } from './mail-templates.js';
import { USAGE_MESSAGES } from './messages.js';
import {
  findOrganizationByCorporateNumber, findStaff, findUsageApplication, insertOrganization, insertRange, insertStaff, insertUsageApplication,
  listUsageApplications, lockUsageApplication, updateOrganization, updateUsageApplication, type UsageApplication,
} from './repository.js';

interface Meta {
  ip: string;
}

/** R-ORG-3: an organisation 認証ID is valid 3 years from the approval. */
export const AUTH_ID_VALID_YEARS = 3;

export function addYears(date: Date, years: number): Date {
  const result = new Date(date.getTime());
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
}

/** R-ORG-1: anyone may file; the office with jurisdiction over the organisation's prefecture reviews it. */
export async function fileUsageApplication(ctx: AppContext, form: UsageApplicationForm, meta: Meta): Promise<{ id: string }> {
  const office = officeForPrefecture(form.organization.prefectureCode);
  if (!office) throw new AppError('UNPROCESSABLE', USAGE_MESSAGES.noPrefectureOffice, [{ path: 'organization.prefectureCode', message: USAGE_MESSAGES.noPrefectureOffice }]);
  const id = randomUUID();
  await ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await insertUsageApplication(tx, {
      id, status: 'PENDING', office: office.code, bureau: office.bureau, organizationName: form.organization.name, corporateNumber: form.organization.corporateNumber,
      orgType: form.type, category: form.organization.category, contactEmail: form.contactEmail, body: form, createdAt: now, updatedAt: now,
    });
    await appendAudit(tx, ctx.clock, {
      actorType: 'ANONYMOUS', subjectType: 'usage-application', subjectId: id, action: 'usage-application.filed', ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { type: form.type, office: office.code, staff: form.staff.length },
    });
    await enqueueMail(tx, ctx.clock, `usage-application-received:${id}`, usageReceivedMail(form.contactEmail, form.organization.name, id));
  });
  return { id };
}

/** A reviewer at a regional bureau covers its branches too; a branch reviewer covers the branch. */
export function officesReviewedBy(office: string | null): string[] {
  if (!office) return [];
  const bureauOffices = OFFICES.filter((o) => o.bureau === office).map((o) => o.code);
  return bureauOffices.length > 0 ? bureauOffices : [office];
}

export function describeUsageApplication(row: UsageApplication) {
  return {
    id: row.id, status: row.status, office: row.office, bureau: row.bureau, organizationName: row.organizationName, corporateNumber: row.corporateNumber,
    type: row.orgType, category: row.category, contactEmail: row.contactEmail, form: UsageApplicationForm.parse(row.body),
    decisionNote: row.decisionNote, decidedAt: row.decidedAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString(),
  };
}

export async function listForReviewer(ctx: AppContext, reviewer: SessionAccount) {
  const rows = await listUsageApplications(ctx.database.db, officesReviewedBy(reviewer.office), ['PENDING', 'MORE_INFORMATION_REQUESTED']);
  return rows.map(describeUsageApplication);
}

async function refuse(ctx: AppContext, reviewer: SessionAccount, id: string, action: string, meta: Meta, error: AppError): Promise<never> {
  await ctx.database.db.transaction(async (tx) => {
    await appendAudit(tx, ctx.clock, {
      ...accountActor(reviewer), subjectType: 'usage-application', subjectId: id, action, ipAddress: meta.ip, outcome: 'DENIED', details: { reason: error.code },
    });
  });
  throw error;
}

export async function getForReviewer(ctx: AppContext, reviewer: SessionAccount, id: string, meta: Meta) {
  const row = await findUsageApplication(ctx.database.db, id);
  if (!row) throw new AppError('NOT_FOUND', USAGE_MESSAGES.notFound);
  if (!officesReviewedBy(reviewer.office).includes(row.office)) return refuse(ctx, reviewer, id, 'usage-application.read', meta, new AppError('FORBIDDEN', USAGE_MESSAGES.otherBureau));
  return describeUsageApplication(row);
}

export type Decision = { kind: 'APPROVE' } | { kind: 'REJECT'; reason: string } | { kind: 'REQUEST_MORE'; request: string };

const ACTIONS = { APPROVE: 'usage-application.approved', REJECT: 'usage-application.rejected', REQUEST_MORE: 'usage-application.more-requested' } as const;

/** R-ORG-2: approve, reject with a reason or ask for more; the mail, the audit row and the change commit together. */
export async function decideUsageApplication(ctx: AppContext, reviewer: SessionAccount, id: string, decision: Decision, meta: Meta): Promise<void> {
  const action = ACTIONS[decision.kind];
  const preview = await findUsageApplication(ctx.database.db, id);
  if (!preview) throw new AppError('NOT_FOUND', USAGE_MESSAGES.notFound);
  if (!officesReviewedBy(reviewer.office).includes(preview.office)) await refuse(ctx, reviewer, id, action, meta, new AppError('FORBIDDEN', USAGE_MESSAGES.otherBureau));
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockUsageApplication(tx, id);
    if (!row) throw new AppError('NOT_FOUND', USAGE_MESSAGES.notFound);
    if (row.status === 'APPROVED' || row.status === 'REJECTED') throw new AppError('ACTION_NOT_ALLOWED', USAGE_MESSAGES.alreadyDecided);
    const now = ctx.clock.now();
    const decided = { decidedBy: reviewer.id, decidedAt: now, updatedAt: now };
    let details: Record<string, unknown> = {};
    if (decision.kind === 'REJECT') {
      await updateUsageApplication(tx, id, { status: 'REJECTED', decisionNote: decision.reason, ...decided });
      await enqueueMail(tx, ctx.clock, `usage-application-rejected:${id}`, usageRejectedMail(row.contactEmail, row.organizationName, decision.reason));
    } else if (decision.kind === 'REQUEST_MORE') {
      await updateUsageApplication(tx, id, { status: 'MORE_INFORMATION_REQUESTED', decisionNote: decision.request, ...decided });
      await enqueueMail(tx, ctx.clock, `usage-application-more:${id}:${now.getTime()}`, usageMoreInformationMail(row.contactEmail, row.organizationName, decision.request));
    } else {
      details = await approve(tx, ctx, row, reviewer, now);
    }
    await appendAudit(tx, ctx.clock, { ...accountActor(reviewer), subjectType: 'usage-application', subjectId: id, action, ipAddress: meta.ip, outcome: 'SUCCESS', details });
  });
}

/**
 * The organisation (one per 法人番号, category lifted to at most 2), its range, and one ORG_STAFF account per staff
 * member. With a requesting organisation the accounts are new ones linked to it: one 認証ID per requesting organisation.
 */
async function approve(tx: DbOrTx, ctx: AppContext, row: UsageApplication, reviewer: SessionAccount, now: Date): Promise<Record<string, unknown>> {
  const form = UsageApplicationForm.parse(row.body);
  const existing = await findOrganizationByCorporateNumber(tx, row.corporateNumber);
  const organizationId = existing?.id ?? randomUUID();
  const category = categoryAfterApproval(Math.min(existing?.category ?? form.organization.category, form.organization.category));
  const place = { name: form.organization.name, prefectureCode: form.organization.prefectureCode, address: form.organization.address, office: row.office };
  if (existing) await updateOrganization(tx, organizationId, { ...place, orgType: form.type, category, updatedAt: now });
  else await insertOrganization(tx, { id: organizationId, corporateNumber: row.corporateNumber, ...place, orgType: form.type, category, approvedAt: now, updatedAt: now });
  for (const implementing of form.implementingOrganizations ?? []) {
    await insertRange(tx, {
      id: randomUUID(), organizationId, kind: 'IMPLEMENTING', name: implementing.name, corporateNumber: implementing.corporateNumber ?? null,
      address: implementing.address ?? null, usageApplicationId: row.id, createdAt: now,
    });
  }
  let requestingRangeId: string | null = null;
  if (form.requestingOrganization && (form.type === 'SUPPORT' || form.type === 'PUBLIC_INTEREST')) {
    requestingRangeId = randomUUID();
    await insertRange(tx, {
      id: requestingRangeId, organizationId, kind: 'REQUESTING', name: form.requestingOrganization.name, corporateNumber: form.requestingOrganization.corporateNumber,
      address: null, usageApplicationId: row.id, createdAt: now,
    });
  }
  const validUntil = addYears(now, AUTH_ID_VALID_YEARS);
  for (const [index, member] of form.staff.entries()) {
    const account = await createAccount(tx, ctx.clock, {
      kind: 'ORG_STAFF', displayName: member.name, email: member.email, authIdExpiresAt: validUntil, creationKey: `usage-application:${row.id}:${index}`, createdBy: reviewer.id,
    });
    await insertStaff(tx, { accountId: account.id, organizationId, requestingRangeId, usageApplicationId: row.id, createdAt: now });
    await appendAudit(tx, ctx.clock, { ...accountActor(reviewer), subjectId: account.id, action: 'org-staff.created', outcome: 'SUCCESS', details: { usageApplicationId: row.id } });
    await issueStaffLink(tx, ctx, account, row.organizationName, validUntil);
  }
  await updateUsageApplication(tx, row.id, { status: 'APPROVED', organizationId, decidedBy: reviewer.id, decidedAt: now, updatedAt: now });
  return { organizationId, category, staff: form.staff.length, validUntil: validUntil.toISOString() };
}

async function issueStaffLink(tx: DbOrTx, ctx: AppContext, account: Account, organization: string, validUntil: Date): Promise<void> {
  const now = ctx.clock.now();
  const token = newToken();
  const minutes = LINK_MINUTES.PASSWORD_SET;
  await voidOpenTokens(tx, account.id, ['PASSWORD_SET', 'PASSWORD_RESET'], now);
  await insertToken(tx, { tokenHash: sha256Hex(token), accountId: account.id, purpose: 'PASSWORD_SET', createdAt: now, expiresAt: new Date(now.getTime() + minutes * 60_000) });
  const link = `${ctx.config.publicUrl}/organisation/password#token=${token}`;
  await enqueueMail(tx, ctx.clock, `org-staff-approved:${account.id}`, staffApprovedMail(account.email, organization, link, minutes / 60, validUntil.toISOString().slice(0, 10)));
  await appendAudit(tx, ctx.clock, { actorType: 'SYSTEM', subjectType: 'account', subjectId: account.id, action: 'password.set-link-issued', outcome: 'SUCCESS' });
}

/** R-ORG-2: the 認証ID is mailed once the staff member has set the password from the approval link. */
export function afterStaffPasswordSet(ctx: AppContext): AfterPasswordLink {
  return async (tx, account, purpose) => {
    if (account.kind !== 'ORG_STAFF' || purpose !== 'PASSWORD_SET' || !(await findStaff(tx, account.id))) return;
    await enqueueMail(tx, ctx.clock, `auth-id-issued:${account.id}`, staffAuthIdMail(account.email, account.authId, `${ctx.config.publicUrl}/sign-in`));
    await appendAudit(tx, ctx.clock, { ...accountActor(account), action: 'auth-id.issued', outcome: 'SUCCESS' });
  };
}
