import { randomUUID } from 'node:crypto';
import { jstDateOf } from '../../../domain/calendar/jst.js';
import type { AdditionalUsageApplicationForm } from '../../../domain/organizations/additional-usage-application.js';
import { authIdValidUntil } from '../../../domain/organizations/periodic-report.js';
import { UsageApplicationForm, actsForRequestingOrganization, categoryAfterApproval, type StaffMember } from '../../../domain/organizations/usage-application.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { createAccount } from '../accounts/account-factory.js';
import type { Account } from '../accounts/account-repository.js';
import { accountActor } from '../accounts/audit-actor.js';
import { LINK_MINUTES, type AfterPasswordLink } from '../accounts/recovery-service.js';
import { insertToken, voidOpenTokens } from '../accounts/token-repository.js';
import { newToken, sha256Hex } from '../accounts/tokens.js';
import { staffApprovedMail, staffAuthIdMail, usageApprovedMail } from './mail-templates.js';
import { findOrganizationByCorporateNumber, findStaff, insertOrganization, insertRange, insertStaff, updateOrganization, updateUsageApplication, type UsageApplication } from './repository.js';

type Implementing = NonNullable<UsageApplicationForm['implementingOrganizations']>[number];
type Requesting = NonNullable<UsageApplicationForm['requestingOrganization']>;

interface Enrolment {
  row: UsageApplication;
  reviewer: SessionAccount;
  organizationId: string;
  organizationName: string;
  implementing: readonly Implementing[];
  /** A new requesting organisation: its staff get new 認証IDs linked to it. */
  requesting: Requesting | undefined;
  /** Without a new requesting organisation, the staff join this group (the filer's, for an additional application). */
  groupRangeId: string | null;
  staff: readonly StaffMember[];
}

/**
 * The ranges and one ORG_STAFF account per staff member, each with its password link: the part of an approval
 * shared by new and additional usage applications (R-ORG-2, R-ORG-3).
 */
async function enrol(tx: DbOrTx, ctx: AppContext, input: Enrolment, now: Date): Promise<{ validUntil: Date; requestingRangeId: string | null }> {
  const { row, reviewer, organizationId } = input;
  for (const implementing of input.implementing) {
    await insertRange(tx, {
      id: randomUUID(), organizationId, kind: 'IMPLEMENTING', name: implementing.name, corporateNumber: implementing.corporateNumber ?? null,
      address: implementing.address ?? null, usageApplicationId: row.id, createdAt: now,
    });
  }
  let requestingRangeId = input.groupRangeId;
  if (input.requesting) {
    requestingRangeId = randomUUID();
    await insertRange(tx, {
      id: requestingRangeId, organizationId, kind: 'REQUESTING', name: input.requesting.name, corporateNumber: input.requesting.corporateNumber,
      address: null, usageApplicationId: row.id, createdAt: now,
    });
  }
  const validUntil = authIdValidUntil(now);
  for (const [index, member] of input.staff.entries()) {
    const account = await createAccount(tx, ctx.clock, {
      kind: 'ORG_STAFF', displayName: member.name, email: member.email, authIdExpiresAt: validUntil, creationKey: `usage-application:${row.id}:${index}`, createdBy: reviewer.id,
    });
    await insertStaff(tx, { accountId: account.id, organizationId, requestingRangeId, usageApplicationId: row.id, createdAt: now });
    await appendAudit(tx, ctx.clock, { ...accountActor(reviewer), subjectId: account.id, action: 'org-staff.created', outcome: 'SUCCESS', details: { usageApplicationId: row.id } });
    await issueStaffLink(tx, ctx, account, input.organizationName, validUntil);
  }
  await enqueueMail(tx, ctx.clock, `usage-application-approved:${row.id}`, usageApprovedMail(row.contactEmail, input.organizationName, input.staff.length));
  return { validUntil, requestingRangeId };
}

/**
 * A new usage application: the organisation (one per 法人番号, category lifted to at most 2), its range, and the
 * staff. With a requesting organisation the accounts are new ones linked to it: one 認証ID per requesting organisation.
 */
export async function approveNew(tx: DbOrTx, ctx: AppContext, row: UsageApplication, reviewer: SessionAccount, now: Date): Promise<Record<string, unknown>> {
  const form = UsageApplicationForm.parse(row.body);
  const existing = await findOrganizationByCorporateNumber(tx, row.corporateNumber);
  const organizationId = existing?.id ?? randomUUID();
  const category = categoryAfterApproval(Math.min(existing?.category ?? form.organization.category, form.organization.category));
  const place = { name: form.organization.name, prefectureCode: form.organization.prefectureCode, address: form.organization.address, office: row.office };
  if (existing) await updateOrganization(tx, organizationId, { ...place, orgType: form.type, category, updatedAt: now });
  else await insertOrganization(tx, { id: organizationId, corporateNumber: row.corporateNumber, ...place, orgType: form.type, category, approvedAt: now, updatedAt: now });
  const { validUntil } = await enrol(tx, ctx, {
    row, reviewer, organizationId, organizationName: row.organizationName, implementing: form.implementingOrganizations ?? [],
    requesting: actsForRequestingOrganization(form.type) ? form.requestingOrganization : undefined, groupRangeId: null, staff: form.staff,
  }, now);
  await updateUsageApplication(tx, row.id, { status: 'APPROVED', holderId: null, organizationId, decidedBy: reviewer.id, decidedAt: now, updatedAt: now, replyTokenHash: null, replyTokenExpiresAt: null });
  return { organizationId, category, staff: form.staff.length, validUntil: validUntil.toISOString() };
}

/** An additional usage application of an approved organisation (R-ORG-2): more staff, implementing or requesting organisations. */
export async function approveAdditional(tx: DbOrTx, ctx: AppContext, row: UsageApplication, form: AdditionalUsageApplicationForm, reviewer: SessionAccount, now: Date): Promise<Record<string, unknown>> {
  const organizationId = row.organizationId;
  if (!organizationId) throw new Error(`additional usage application ${row.id} has no organisation`);
  const { requestingRangeId } = await enrol(tx, ctx, {
    row, reviewer, organizationId, organizationName: row.organizationName, implementing: form.implementingOrganizations,
    requesting: form.requestingOrganization, groupRangeId: row.filerRequestingRangeId, staff: form.staff,
  }, now);
  await updateUsageApplication(tx, row.id, { status: 'APPROVED', holderId: null, decidedBy: reviewer.id, decidedAt: now, updatedAt: now, replyTokenHash: null, replyTokenExpiresAt: null });
  return { organizationId, staff: form.staff.length, implementing: form.implementingOrganizations.length, newRequestingRangeId: form.requestingOrganization ? requestingRangeId : null };
}

async function issueStaffLink(tx: DbOrTx, ctx: AppContext, account: Account, organization: string, validUntil: Date): Promise<void> {
  const now = ctx.clock.now();
  const token = newToken();
  const minutes = LINK_MINUTES.PASSWORD_SET;
  await voidOpenTokens(tx, account.id, ['PASSWORD_SET', 'PASSWORD_RESET'], now);
  await insertToken(tx, { tokenHash: sha256Hex(token), accountId: account.id, purpose: 'PASSWORD_SET', createdAt: now, expiresAt: new Date(now.getTime() + minutes * 60_000) });
  const link = `${ctx.config.publicUrl}/organisation/password#token=${token}`;
  await enqueueMail(tx, ctx.clock, `org-staff-approved:${account.id}`, staffApprovedMail(account.email, organization, link, minutes / 60, jstDateOf(validUntil)));
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
