import { randomUUID } from 'node:crypto';
import { additionalApplicationIssues, type AdditionalUsageApplicationForm } from '../../../domain/organizations/additional-usage-application.js';
import { requestingDocumentIssues } from '../../../domain/organizations/usage-documents.js';
import { OFFICES } from '../../../domain/reference/bureaus.js';
import type { FieldError } from '../../../domain/validation/field-errors.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { StoredUpload } from '../../adapters/uploads/receive-uploads.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { accountActor } from '../accounts/audit-actor.js';
import { additionalReceivedMail } from './mail-templates.js';
import { USAGE_MESSAGES } from './messages.js';
import {
  findRange, findStaff, getOrganization, insertUsageApplication, listGroupAccounts, listRanges,
  type Organization, type OrganizationRange, type OrganizationStaff,
} from './repository.js';
import type { Meta } from './review-service.js';
import { linkUploads } from './service.js';
import { invalid } from './upload-support.js';

/** Who a signed-in staff member acts for: the organisation and, for support and public-interest ones, the requesting organisation of the 認証ID. */
export interface StaffContext {
  staff: OrganizationStaff;
  organization: Organization;
  requesting: OrganizationRange | undefined;
}

/** The staff member's own organisation, never one named in the request: another organisation's data is out of reach by construction. */
export async function staffContextOf(db: DbOrTx, account: SessionAccount): Promise<StaffContext> {
  const staff = account.kind === 'ORG_STAFF' ? await findStaff(db, account.id) : undefined;
  if (!staff) throw new AppError('FORBIDDEN', USAGE_MESSAGES.notStaff);
  const organization = await getOrganization(db, staff.organizationId);
  const requesting = staff.requestingRangeId ? await findRange(db, staff.requestingRangeId) : undefined;
  return { staff, organization, requesting };
}

/** Staff already in the group, requesting or implementing organisations already listed: each named by its field. */
async function duplicateIssues(db: DbOrTx, context: StaffContext, form: AdditionalUsageApplicationForm): Promise<FieldError[]> {
  const issues: FieldError[] = [];
  const ranges = await listRanges(db, context.organization.id);
  if (!form.requestingOrganization) {
    const enrolled = new Set((await listGroupAccounts(db, context.organization.id, context.staff.requestingRangeId)).map((a) => a.email));
    form.staff.forEach((s, i) => {
      if (enrolled.has(s.email)) issues.push({ path: `staff.${i}.email`, message: USAGE_MESSAGES.staffAlreadyEnrolled });
    });
  }
  const requesting = form.requestingOrganization;
  if (requesting && ranges.some((r) => r.kind === 'REQUESTING' && r.corporateNumber === requesting.corporateNumber)) {
    issues.push({ path: 'requestingOrganization.corporateNumber', message: USAGE_MESSAGES.requestingAlreadyListed });
  }
  form.implementingOrganizations.forEach((o, i) => {
    if (o.corporateNumber && ranges.some((r) => r.kind === 'IMPLEMENTING' && r.corporateNumber === o.corporateNumber)) {
      issues.push({ path: `implementingOrganizations.${i}.corporateNumber`, message: USAGE_MESSAGES.implementingAlreadyListed });
    }
  });
  return issues;
}

/**
 * R-ORG-2: an additional usage application by a signed-in staff member, reviewed like a new one by the office with
 * jurisdiction over the organisation. A new requesting organisation comes with its request letter and pledge.
 */
export async function fileAdditionalUsageApplication(
  ctx: AppContext, account: SessionAccount, form: AdditionalUsageApplicationForm, files: readonly StoredUpload[], meta: Meta,
): Promise<{ id: string }> {
  const context = await staffContextOf(ctx.database.db, account);
  const { organization } = context;
  const issues = [
    ...additionalApplicationIssues(form, organization.orgType),
    ...requestingDocumentIssues(files.map((f) => f.fieldName), Boolean(form.requestingOrganization)),
    ...(await duplicateIssues(ctx.database.db, context, form)),
  ];
  if (issues.length > 0) throw invalid(issues);
  const office = OFFICES.find((o) => o.code === organization.office);
  if (!office) throw new Error(`organisation ${organization.id} has an unknown office`);
  const id = randomUUID();
  await ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await insertUsageApplication(tx, {
      id, kind: 'ADDITIONAL', status: 'PENDING', office: office.code, bureau: office.bureau, organizationName: organization.name, corporateNumber: organization.corporateNumber,
      orgType: organization.orgType, category: organization.category, contactEmail: account.email, body: form, organizationId: organization.id,
      filedBy: account.id, filerRequestingRangeId: context.staff.requestingRangeId, createdAt: now, updatedAt: now,
    });
    await linkUploads(tx, id, files, now);
    await appendAudit(tx, ctx.clock, {
      ...accountActor(account), subjectType: 'usage-application', subjectId: id, action: 'usage-application.additional-filed', ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { organizationId: organization.id, staff: form.staff.length, implementing: form.implementingOrganizations.length, requesting: Boolean(form.requestingOrganization), documents: files.length },
    });
    await enqueueMail(tx, ctx.clock, `usage-application-received:${id}`, additionalReceivedMail(account.email, organization.name, id));
  });
  return { id };
}
