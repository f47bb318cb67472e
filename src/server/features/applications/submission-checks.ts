import type { Clock } from '../../../domain/calendar/clock.js';
import { missingRequired } from '../../../domain/checklist/index.js';
import type { EligibilityReason } from '../../../domain/eligibility/index.js';
import type { FieldError } from '../../../domain/validation/field-errors.js';
import { APPLICATION_FORM, pathContext } from '../../../forms/application-form.js';
import { validateAnswers } from '../../../forms/index.js';
import type { Answers } from '../../../forms/types.js';
import type { ApplicationRow } from './application-repository.js';
import type { ApplicationFile } from './file-repository.js';
import type { Filer } from './filer.js';
import { checkEligibility, checklistOf, receiptMethodsOf, type ChecklistEntry } from './form-checks.js';
import { APPLICATION_MESSAGES } from './messages.js';

export interface SubmissionCheck {
  /** The answers as submitted: normalised, pruned to the path taken, with the computed ones. */
  answers: Answers;
  fields: FieldError[];
  reasons: EligibilityReason[];
  missingDocuments: ChecklistEntry[];
}

export function isComplete(check: SubmissionCheck): boolean {
  return check.fields.length === 0 && check.reasons.length === 0 && check.missingDocuments.length === 0;
}

/**
 * R-SUB-1: everything is checked again on the server at the moment of submission — the form in submit mode, who
 * may file what and the dates in JST (SPEC §3), the required documents (R-ATT-3), the photo (R-ATT-1) and the
 * receipt method (R-ATT-4) — and every problem is listed, not only the first.
 */
export function checkSubmission(row: ApplicationRow, files: readonly ApplicationFile[], filer: Filer, clock: Clock): SubmissionCheck {
  const stored = row.answers as Answers;
  const validation = validateAnswers(APPLICATION_FORM, stored, pathContext(stored, filer.type), 'submit');
  const fields = [...validation.errors];
  const seen = new Set(fields.map((f) => f.path));
  const eligibility = checkEligibility(stored, filer, clock);
  const reasons = eligibility.kind === 'CHECKED' ? eligibility.result.reasons : [];
  if (eligibility.kind === 'INCOMPLETE') {
    for (const field of eligibility.fields) if (!seen.has(field.path)) fields.push(field);
  }
  const documents = files.filter((f) => f.kind === 'DOCUMENT').map((f) => f.documentCode ?? '');
  const missingDocuments = missingRequired(checklistOf(stored, filer, documents));
  if (!files.some((f) => f.kind === 'PHOTO')) fields.push({ path: 'photo', message: APPLICATION_MESSAGES.photoMissing });
  const methods = receiptMethodsOf(stored, filer);
  if (!row.receiptMethod || !(methods as readonly string[]).includes(row.receiptMethod)) {
    fields.push({ path: 'receiptMethod', message: row.receiptMethod ? APPLICATION_MESSAGES.receiptMethodNotAllowed : APPLICATION_MESSAGES.receiptMethodMissing });
  }
  return { answers: validation.answers, fields, reasons, missingDocuments };
}
