import { z } from 'zod';
import { bilingual, type FieldError } from '../validation/field-errors.js';
import {
  ImplementingOrganization, MAX_IMPLEMENTING, MAX_STAFF, RequestingOrganization, StaffMember, actsForRequestingOrganization, checkStaffEmailsUnique,
  type OrganizationType,
} from './usage-application.js';

/**
 * 追加の利用申出 (R-ORG-2), filed by a signed-in staff member of an approved organisation: more staff, more
 * implementing organisations (supervising organisations), or a new requesting organisation (support organisations
 * and public-interest corporations) with the staff who will hold its own 認証ID. Without a requesting
 * organisation the new staff join the filer's own 認証ID group.
 */
export const AdditionalUsageApplicationForm = z.object({
  staff: z.array(StaffMember).max(MAX_STAFF).default([]),
  implementingOrganizations: z.array(ImplementingOrganization).max(MAX_IMPLEMENTING).default([]),
  requestingOrganization: RequestingOrganization.optional(),
  pledgesAccepted: z.literal(true, bilingual('誓約事項に同意してください。', 'Please accept the pledges.')),
}).strict().superRefine((form, ctx) => {
  if (form.staff.length === 0 && form.implementingOrganizations.length === 0 && !form.requestingOrganization) {
    ctx.addIssue({ code: 'custom', path: ['staff'], message: bilingual('追加する職員、実習実施者又は委託元の機関を入力してください。', 'Add staff members, implementing organisations or a requesting organisation.') });
  }
  if (form.requestingOrganization && form.staff.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['staff'], message: bilingual('新しい委託元の認証IDを受け取る職員を1人以上入力してください。', 'Enrol at least one staff member to hold the new requesting organisation\'s 認証ID.') });
  }
  checkStaffEmailsUnique(form.staff, ctx);
});
export type AdditionalUsageApplicationForm = z.infer<typeof AdditionalUsageApplicationForm>;
export type AdditionalUsageApplicationInput = z.input<typeof AdditionalUsageApplicationForm>;

/** What the organisation's type allows: implementing organisations only for supervising ones, requesting ones only for support and public-interest. */
export function additionalApplicationIssues(form: AdditionalUsageApplicationForm, type: OrganizationType): FieldError[] {
  const issues: FieldError[] = [];
  if (form.implementingOrganizations.length > 0 && type !== 'SUPERVISING') {
    issues.push({ path: 'implementingOrganizations', message: { ja: '実習実施者を追加できるのは監理団体だけです。', en: 'Only a supervising organisation lists implementing organisations.' } });
  }
  if (form.requestingOrganization && !actsForRequestingOrganization(type)) {
    issues.push({ path: 'requestingOrganization', message: { ja: '委託元の機関を追加できるのは登録支援機関と公益法人だけです。', en: 'Only a registered support organisation or a public-interest corporation adds requesting organisations.' } });
  }
  return issues;
}
