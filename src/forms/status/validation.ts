import type { Bilingual, FieldError } from '../../domain/validation/field-errors.js';
import type { Answers, AnswerValue } from '../types.js';

/** Digits as typed: full-width digits and the hyphens or spaces between groups are accepted (R-FORM-4). */
function digitsOf(value: string): string {
  return value.normalize('NFKC').replace(/[\s\-‐−ー]/g, '');
}

const EMPLOYMENT_INSURANCE_NUMBER = /^\d{11}$/;

/** Pairs of dates where the second may not come before the first. */
const DATE_RANGES: readonly (readonly [string, string])[] = [
  ['status.n.dispatch.periodStart', 'status.n.dispatch.periodEnd'],
  ['status.general.periodStart', 'status.general.periodEnd'],
  ['status.ssw.contractStart', 'status.ssw.contractEnd'],
  ['status.titp.periodStart', 'status.titp.periodEnd'],
  ['status.student.admissionDate', 'status.student.expectedCompletionDate'],
];

const text = (value: AnswerValue | undefined): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
const count = (value: AnswerValue | undefined): number | undefined => (typeof value === 'number' ? value : undefined);

const error = (path: string, message: Bilingual): FieldError => ({ path, message });

/**
 * Rules across fields or beyond a field type, on the answers of the path taken (malformed values only: these hold
 * for drafts too). Messages name the field and the fix.
 */
export function statusFormatErrors(answers: Answers): FieldError[] {
  const errors: FieldError[] = [];
  const insurance = text(answers['organization.employmentInsuranceNumber']);
  if (insurance !== undefined && !EMPLOYMENT_INSURANCE_NUMBER.test(digitsOf(insurance))) {
    errors.push(error('organization.employmentInsuranceNumber', {
      ja: '雇用保険適用事業所番号は11桁の数字で入力してください（ハイフンは省略できます）。',
      en: 'Enter the employment insurance office number as 11 digits (hyphens may be left out).',
    }));
  }
  const employees = count(answers['organization.employees']);
  const foreign = count(answers['organization.foreignEmployees']);
  if (employees !== undefined && foreign !== undefined && foreign > employees) {
    errors.push(error('organization.foreignEmployees', {
      ja: `外国人職員数（${foreign}人）が従業員数（${employees}人）を超えています。どちらかを訂正してください。`,
      en: `The number of foreign employees (${foreign}) exceeds the number of employees (${employees}); correct one of them.`,
    }));
  }
  for (const [from, to] of DATE_RANGES) {
    const start = text(answers[from]);
    const end = text(answers[to]);
    if (start !== undefined && end !== undefined && end < start) {
      errors.push(error(to, {
        ja: `終了日（${end}）が開始日（${start}）より前です。日付を確認してください。`,
        en: `The end date (${end}) is before the start date (${start}); check the dates.`,
      }));
    }
  }
  return errors;
}
