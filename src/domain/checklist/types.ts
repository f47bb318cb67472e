import { z } from 'zod';
import type { ProcedureCode, StatusCode } from '../reference/index.js';
import type { Bilingual } from '../validation/field-errors.js';

/** Every document a checklist can ask for (R-ATT-3); uploads carry one of these codes. The face photo is not one. */
export const DOCUMENT_CODES = [
  // Any procedure
  'PASSPORT_COPY', 'RESIDENCE_CARD_COPY', 'ORGANIZATION_PART_FORM', 'ACTIVITY_PROOF', 'ACTIVITY_CONTINUATION_PROOF',
  'RESIDENT_TAX_CERTIFICATES', 'ACQUISITION_EVENT_PROOF', 'WORK_CERT_ACTIVITY_PROOF', 'PREVIOUS_EMPLOYMENT_PROOF',
  'OUTSIDE_ACTIVITY_DETAILS', 'OTHER',
  // The organisation (区分N, 経営・管理, 高度専門職)
  'CATEGORY_PROOF', 'SPECIALIST_TITLE_PROOF', 'DISPATCH_DETAILS', 'EMPLOYMENT_TERMS', 'CV_AND_CREDENTIALS',
  'COMMERCIAL_REGISTRY', 'BUSINESS_OVERVIEW', 'FINANCIAL_STATEMENTS', 'WITHHOLDING_REPORT_UNAVAILABLE',
  'CARE_WORKER_REGISTRATION', 'EXECUTIVE_COMPENSATION', 'BUSINESS_PREMISES', 'BUSINESS_PLAN', 'HSP_POINT_EVIDENCE',
  // 特定技能, 技能実習
  'SSW_SKILL_PROOF', 'SSW_JAPANESE_PROOF', 'SSW_EMPLOYMENT_CONTRACT', 'SSW_SUPPORT_PLAN', 'HEALTH_CHECK_RECORD',
  'TITP_PLAN_APPROVAL',
  // 留学
  'SCHOOL_ADMISSION_OR_ENROLMENT', 'STUDENT_FINANCIAL_SUPPORT', 'ACADEMIC_RECORD',
  // 家族滞在, 日本人の配偶者等, 永住者の配偶者等, 定住者
  'RELATIONSHIP_PROOF', 'SUPPORTER_RESIDENCE_CARD', 'SUPPORTER_INCOME_PROOF', 'JAPANESE_FAMILY_REGISTER',
  'FOREIGN_MARRIAGE_CERTIFICATE', 'BIRTH_OR_ADOPTION_PROOF', 'SPONSOR_TAX_CERTIFICATES', 'LETTER_OF_GUARANTEE',
  'HOUSEHOLD_RESIDENT_RECORD', 'SPOUSE_QUESTIONNAIRE', 'COUPLE_SNAPSHOTS',
] as const;
export const DocumentCode = z.enum(DOCUMENT_CODES);
export type DocumentCode = z.infer<typeof DocumentCode>;

export const REQUIREMENTS = ['REQUIRED', 'OPTIONAL'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** R-ORG-4: categories 1–4 of the accepting organisation, or null when nobody has told us. */
export type OrganizationCategory = 1 | 2 | 3 | 4;

const BilingualText = z.object({ ja: z.string(), en: z.string() });

/** The page of ISA's site a document list was transcribed from. */
export const DocumentSource = z.object({ url: z.string(), titleJa: z.string() });
export type DocumentSource = z.infer<typeof DocumentSource>;

export const ChecklistItem = z.object({
  code: DocumentCode,
  requirement: z.enum(REQUIREMENTS),
  name: BilingualText,
  note: BilingualText.optional(),
  source: DocumentSource,
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ReceivedChecklistItem = ChecklistItem.extend({ received: z.boolean() });
export type ReceivedChecklistItem = z.infer<typeof ReceivedChecklistItem>;

/** An item applies only when an answer of the form holds one of the values; `describes` says when, for the filer. */
export interface AnswerCondition {
  field: string;
  in: readonly (string | boolean)[];
  describes: Bilingual;
}

/** One line of a transcribed list: which procedures, which organisation categories, under which answer. */
export interface DocumentRule {
  code: DocumentCode;
  requirement: Requirement;
  procedures: readonly ProcedureCode[];
  /** Absent: every category (and statuses without categories). */
  categories?: readonly OrganizationCategory[];
  when?: AnswerCondition;
  note?: Bilingual;
  /** Overrides the table's source (the generic list cites each procedure's page). */
  source?: DocumentSource;
}

/** ISA's document list for some statuses, transcribed from one page. */
export interface StatusDocumentTable {
  statuses: readonly StatusCode[];
  source: DocumentSource;
  rules: readonly DocumentRule[];
}
