import type { StatusCode } from '../../domain/reference/index.js';
import type { FieldError } from '../../domain/validation/field-errors.js';
import type { Answers, FormContext, PageDefinition, ValidationMode } from '../types.js';
import { BUSINESS_MANAGER_APPLICANT_PAGE, BUSINESS_MANAGER_ORGANIZATION_PAGE } from './business-manager.js';
import { N_APPLICANT_PAGE, N_ORGANIZATION_PAGE } from './category-n.js';
import { DEPENDENT_PAGE, FAMILY_PAGE } from './family.js';
import { computeHspAnswers, HSP_PAGE, hspSubmitErrors } from './hsp.js';
import { GENERAL_ORGANIZATION_PAGE, ORGANIZATION_PAGE } from './organization.js';
import { STATUS_PART_PROCEDURES } from './shared.js';
import { SSW_APPLICANT_PAGE, SSW_ORGANIZATION_PAGE } from './ssw.js';
import { STUDENT_APPLICANT_PAGE, STUDENT_ORGANIZATION_PAGE } from './student.js';
import { TITP_APPLICANT_PAGE, TITP_ORGANIZATION_PAGE } from './titp.js';
import { statusFormatErrors } from './validation.js';

export { INDUSTRIES, INDUSTRY_OPTIONS, industryLabel, type Industry } from './industries.js';
export { OCCUPATIONS, OCCUPATION_OPTIONS, type Occupation } from './occupations.js';
export { HSP_PASS_MARK, HSP_POINT_RULES, scoreHsp, type HspFacts, type HspKind, type HspPointRule } from './hsp-points.js';
export * from './status-groups.js';
export { ORGANIZATION_PART_FILERS, STATUS_PART_PROCEDURES } from './shared.js';

/**
 * Status-specific pages of the applicant's part (part `status`), then the organisation's part (所属機関等作成用,
 * part `organization`), per 区分 of the paper forms (R-FORM-1, R-FORM-5). Each page's condition names its statuses
 * (`{ status }`, matched against the status applied for), procedures and, for the organisation part, the filers.
 */
export const STATUS_PAGES: readonly PageDefinition[] = [
  HSP_PAGE,
  N_APPLICANT_PAGE,
  BUSINESS_MANAGER_APPLICANT_PAGE,
  STUDENT_APPLICANT_PAGE,
  DEPENDENT_PAGE,
  FAMILY_PAGE,
  SSW_APPLICANT_PAGE,
  TITP_APPLICANT_PAGE,
  ORGANIZATION_PAGE,
  N_ORGANIZATION_PAGE,
  BUSINESS_MANAGER_ORGANIZATION_PAGE,
  STUDENT_ORGANIZATION_PAGE,
  SSW_ORGANIZATION_PAGE,
  TITP_ORGANIZATION_PAGE,
  GENERAL_ORGANIZATION_PAGE,
];

/** The status the status-specific part is about, as `{ status }` conditions see it: the desired one (for an extension, the current one). */
export function statusApplied(context: FormContext): StatusCode | null {
  return context.desiredStatus;
}

function hasStatusPart(context: FormContext): boolean {
  return context.procedures.some((p) => (STATUS_PART_PROCEDURES as readonly string[]).includes(p));
}

/** Derives the computed status answers: the HSP point subtotals (`status.hsp.points.<category>`) and total. */
export function computeStatusAnswers(answers: Answers, context: FormContext): Answers {
  if (!hasStatusPart(context)) return {};
  return computeHspAnswers(statusApplied(context), answers);
}

/**
 * Rules of the status and organisation parts that one field's type cannot express, on the answers of the path
 * taken: malformed values (employment insurance number, date order, head counts) in both
 * modes; at submission also the HSP pass mark (70 points) and the 3-million-yen minimum for ロ/ハ.
 */
export function statusAnswerErrors(answers: Answers, context: FormContext, mode: ValidationMode): FieldError[] {
  if (!hasStatusPart(context)) return [];
  const errors = statusFormatErrors(answers);
  if (mode === 'submit') errors.push(...hspSubmitErrors(statusApplied(context), answers));
  return errors;
}
