import { isMainProcedure } from '../../domain/reference/index.js';
import type { FieldError } from '../../domain/validation/field-errors.js';
import { isAnswered } from '../conditions.js';
import { describeProblem, labelOf } from '../engine.js';
import type { Problem } from '../field-rules.js';
import type { Answers, FormContext, FormMessages, ValidationMode } from '../types.js';
import { STEP1_IDS } from './step1.js';

/** The applicant's part repeats Step 1's answers read-only under the paper form's numbers. */
export function computeApplicantAnswers(answers: Answers, context: FormContext): Answers {
  return {
    'applicant.dateOfBirth': answers[STEP1_IDS.applicantDateOfBirth] ?? null,
    'applicant.currentStatus': context.currentStatus,
    'applicant.periodOfStayExpiry': answers[STEP1_IDS.periodOfStayExpiry] ?? null,
    'applicant.desiredStatus': context.desiredStatus,
    'coe.purposeOfEntry': context.desiredStatus,
    'acquisition.eventDate': answers[STEP1_IDS.acquisitionEventDate] ?? null,
  };
}

/** [later, earlier, whether the same day is allowed] */
const DATE_ORDER: readonly (readonly [string, string, boolean])[] = [
  ['reentry.returnDate', 'reentry.departureDate', false],
  ['coe.lastEntryTo', 'coe.lastEntryFrom', true],
  ['outsideActivity.contractTo', 'outsideActivity.contractFrom', true],
  ['workCert.periodTo', 'workCert.periodFrom', true],
];

const labelKey = (id: string) => `${id}.label`;

/**
 * Rules across the applicant's items: dates in order (both modes, once both are valid dates) and, at submission,
 * at least one of phone and mobile (R-FORM-4). Gets the pruned answers, so only items on the path count.
 */
export function applicantAnswerErrors(answers: Answers, context: FormContext, mode: ValidationMode, messages: FormMessages): FieldError[] {
  const form = { messages };
  const error = (id: string, other: string, key: Problem['key']): FieldError => ({
    path: id, message: describeProblem({ key, vars: { other: labelOf(form, labelKey(other)) } }, labelOf(form, labelKey(id))),
  });
  const errors: FieldError[] = [];
  for (const [later, earlier, sameDay] of DATE_ORDER) {
    const a = answers[later];
    const b = answers[earlier];
    if (typeof a !== 'string' || typeof b !== 'string' || !isIsoDate(a) || !isIsoDate(b)) continue;
    if (a < b || (!sameDay && a === b)) errors.push(error(later, earlier, sameDay ? 'error.dateNotBefore' : 'error.dateAfter'));
  }
  const hasApplicantPart = context.procedures.some(isMainProcedure);
  if (mode === 'submit' && hasApplicantPart && !isAnswered(answers['applicant.phone']) && !isAnswered(answers['applicant.mobile'])) {
    errors.push(error('applicant.phone', 'applicant.mobile', 'error.phoneOrMobile'));
  }
  return errors;
}

const isIsoDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

