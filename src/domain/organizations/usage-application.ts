import { z } from 'zod';
import { PREFECTURES } from '../reference/bureaus.js';
import { bilingual } from '../validation/field-errors.js';
import { isValidCorporateNumber, normaliseCorporateNumber } from './corporate-number.js';

export const ORGANIZATION_TYPES = ['ACCEPTING', 'SUPERVISING', 'SUPPORT', 'PUBLIC_INTEREST'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
export const MAX_STAFF = 20;
export const MAX_IMPLEMENTING = 500;
/** How long the emailed link to answer a request for more information stays valid. */
export const REPLY_LINK_DAYS = 30;

/** PENDING is also where an application returns once the organisation has answered a request for more. */
export const USAGE_APPLICATION_STATUSES = ['PENDING', 'MORE_INFORMATION_REQUESTED', 'APPROVED', 'REJECTED'] as const;
export type UsageApplicationStatus = (typeof USAGE_APPLICATION_STATUSES)[number];

/** NEW: filed by anyone for an organisation; ADDITIONAL: filed by a signed-in staff member of an approved one (R-ORG-2). */
export const USAGE_APPLICATION_KINDS = ['NEW', 'ADDITIONAL'] as const;
export type UsageApplicationKind = (typeof USAGE_APPLICATION_KINDS)[number];

/** Types that act for a requesting organisation: one 認証ID per requesting organisation (R-ORG-3). */
export function actsForRequestingOrganization(type: OrganizationType): boolean {
  return type === 'SUPPORT' || type === 'PUBLIC_INTEREST';
}

export const boundedText = (max: number, ja: string, en: string) =>
  z.string().transform((s) => s.normalize('NFKC').replace(/\s+/g, ' ').trim()).pipe(z.string().min(1, bilingual(`${ja}を入力してください。`, `Enter the ${en}.`)).max(max));

export const CorporateNumber = z.string()
  .transform(normaliseCorporateNumber)
  .pipe(z.string().refine(isValidCorporateNumber, bilingual('法人番号は13桁で、チェックデジットが正しい番号を入力してください。', 'Enter a 13-digit corporate number (法人番号) with a correct check digit.')));

const Email = z.string().transform((s) => s.normalize('NFKC').trim().toLowerCase())
  .pipe(z.email(bilingual('メールアドレスの形式が正しくありません。', 'Enter a valid email address.')).max(254));

const PrefectureCode = z.string().transform((s) => s.normalize('NFKC').trim().padStart(2, '0'))
  .pipe(z.string().refine((c) => PREFECTURES.some((p) => p.code === c), bilingual('都道府県を選択してください。', 'Choose a prefecture.')));

export const StaffMember = z.object({ name: boundedText(100, '職員の氏名', "staff member's name"), email: Email }).strict();
export type StaffMember = z.infer<typeof StaffMember>;

export const ImplementingOrganization = z.object({
  name: boundedText(200, '実習実施者の名称', "implementing organisation's name"),
  corporateNumber: CorporateNumber.optional(),
  address: z.string().transform((s) => s.normalize('NFKC').trim()).pipe(z.string().max(300)).optional(),
}).strict().refine((o) => Boolean(o.corporateNumber) || Boolean(o.address), {
  message: bilingual('実習実施者の法人番号または所在地を入力してください。', 'Give the implementing organisation\'s corporate number or address.'), path: ['corporateNumber'],
});

export const RequestingOrganization = z.object({
  name: boundedText(200, '委託元の名称', "requesting organisation's name"),
  corporateNumber: CorporateNumber,
}).strict();

const duplicateStaffEmail = bilingual('同じメールアドレスの職員が重複しています。', 'This staff email appears twice.');

/** Flags the second and later staff members with an email already listed. */
export function checkStaffEmailsUnique(staff: readonly StaffMember[], ctx: z.RefinementCtx): void {
  const emails = staff.map((s) => s.email);
  emails.forEach((email, i) => {
    if (emails.indexOf(email) !== i) ctx.addIssue({ code: 'custom', path: ['staff', i, 'email'], message: duplicateStaffEmail });
  });
}

/**
 * 利用申出 (R-ORG-1): one schema for the web form and the API. The request letter and pledge of a support
 * organisation or public-interest corporation travel as files beside it (see usage-documents.ts).
 */
export const UsageApplicationForm = z.object({
  organization: z.object({
    name: boundedText(200, '機関の名称', "organisation's name"),
    corporateNumber: CorporateNumber,
    prefectureCode: PrefectureCode,
    address: boundedText(300, '所在地', 'address'),
    category: z.number().int().min(1).max(4),
    categoryEvidence: boundedText(1000, 'カテゴリーの根拠', 'evidence for the category'),
  }).strict(),
  type: z.enum(ORGANIZATION_TYPES),
  contactEmail: Email,
  staff: z.array(StaffMember).min(1, bilingual('利用する職員を1人以上登録してください。', 'Enrol at least one staff member.')).max(MAX_STAFF),
  implementingOrganizations: z.array(ImplementingOrganization).max(MAX_IMPLEMENTING).optional(),
  requestingOrganization: RequestingOrganization.optional(),
  pledgesAccepted: z.literal(true, bilingual('誓約事項に同意してください。', 'Please accept the pledges.')),
}).strict().superRefine((form, ctx) => {
  if (form.type === 'SUPERVISING' && (form.implementingOrganizations ?? []).length === 0) {
    ctx.addIssue({ code: 'custom', path: ['implementingOrganizations'], message: bilingual('監理団体は実習実施者の一覧を入力してください。', 'A supervising organisation lists its implementing organisations.') });
  }
  if (actsForRequestingOrganization(form.type) && !form.requestingOrganization) {
    ctx.addIssue({ code: 'custom', path: ['requestingOrganization'], message: bilingual('委託元の機関を入力してください。', 'Name the requesting organisation.') });
  }
  checkStaffEmailsUnique(form.staff, ctx);
});
export type UsageApplicationForm = z.infer<typeof UsageApplicationForm>;

/** R-ORG-4: an approved usage application lifts category 3 or 4 to 2; category 1 stays 1. */
export function categoryAfterApproval(category: number): number {
  return Math.min(category, 2);
}

/** Free text that keeps its line breaks (a reply, a report), 1 to `max` characters after trimming. */
export const multilineText = (max: number, ja: string, en: string) =>
  z.string().transform((s) => s.normalize('NFKC').replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(1, bilingual(`${ja}を入力してください。`, `Enter the ${en}.`)).max(max, bilingual(`${ja}は${max}文字以内で入力してください。`, `Keep the ${en} to ${max} characters.`)));
