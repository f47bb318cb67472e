import type { Clock } from '../../../domain/calendar/clock.js';
import { buildChecklist, withReceived, type ReceivedChecklistItem } from '../../../domain/checklist/index.js';
import { EligibilityRequest, checkFiling, type EligibilityResult, type FilerType } from '../../../domain/eligibility/index.js';
import { receiptMethodsFor, type ReceiptMethod } from '../../../domain/receipt/index.js';
import { toFieldErrors, type FieldError } from '../../../domain/validation/field-errors.js';
import { APPLICATION_FORM, contextFromAnswers, pathContext } from '../../../forms/application-form.js';
import { ELIGIBILITY_FIELD_IDS, toEligibilityRequest, type FilerFacts } from '../../../forms/eligibility-bridge.js';
import { STEP1_IDS, normaliseAnswers, validateAnswers } from '../../../forms/index.js';
import type { Answers, FormContext } from '../../../forms/types.js';
import { organizationCategoryOf, type Filer } from './filer.js';

/**
 * The server's one bridge to the forms engine and the domain rules: the same functions the browser runs live, so a
 * draft shows exactly what submission will say (R-SUB-1).
 */
export type ChecklistEntry = ReceivedChecklistItem;

export function normalise(answers: Answers): Answers {
  return normaliseAnswers(APPLICATION_FORM, answers);
}

/** Draft mode: only malformed values, never "required" (R-FORM-3: a draft may be incomplete). */
export function draftErrors(answers: Answers, filerType: FilerType): FieldError[] {
  return validateAnswers(APPLICATION_FORM, answers, pathContext(answers, filerType), 'draft').errors;
}

export function filingContext(answers: Answers, filer: Filer): FormContext | undefined {
  return contextFromAnswers(answers, filer.type);
}

export function filerFacts(filer: Filer): FilerFacts {
  return {
    type: filer.type,
    ...(filer.hasMyNumberCard === null ? {} : { hasMyNumberCard: filer.hasMyNumberCard }),
    ...(filer.relationship === null ? {} : { relationship: filer.relationship }),
  };
}

/** Support organisations and public-interest corporations file only with the requesting organisation's request (R-ELIG-7). */
export function organizationRequestOnFile(filer: Filer): boolean | null {
  if (filer.type !== 'ORG_SUPPORT' && filer.type !== 'ORG_PUBLIC_INTEREST') return null;
  return filer.organization?.requestingRange != null;
}

const comparable = (value: unknown) => (typeof value === 'string' ? value.normalize('NFKC').replace(/\s+/g, '').toUpperCase() : '');

/**
 * R-ELIG-7: a supervising organisation files for trainees of the implementing organisations on its current list.
 * The form's "listed trainee" is a claim; the server holds it against the list (the implementing organisation is the
 * organisation part's 勤務先, by 法人番号 or name) and treats an unlisted one as such.
 */
export function withVerifiedRange(answers: Answers, filer: Filer): Answers {
  if (filer.type !== 'ORG_SUPERVISING' || answers[STEP1_IDS.relationToOrganization] !== 'TRAINEE_LISTED') return answers;
  const corporateNumber = comparable(answers['organization.corporateNumber']);
  const name = comparable(answers['organization.name']);
  if (!corporateNumber && !name) return answers;
  const listed = (filer.organization?.implementingOrganizations ?? []).some((o) =>
    (corporateNumber !== '' && comparable(o.corporateNumber) === corporateNumber) || (name !== '' && comparable(o.name) === name));
  return listed ? answers : { ...answers, [STEP1_IDS.relationToOrganization]: 'TRAINEE_UNLISTED' };
}

export type EligibilityCheck = { kind: 'CHECKED'; result: EligibilityResult } | { kind: 'INCOMPLETE'; fields: FieldError[] };

/** The eligibility rules (SPEC §3) on the answers at this instant, in JST (R-ELIG-9). */
export function checkEligibility(answers: Answers, filer: Filer, clock: Clock): EligibilityCheck {
  const context = filingContext(answers, filer);
  const requestOnFile = organizationRequestOnFile(filer);
  const input = toEligibilityRequest(withVerifiedRange(answers, filer), context, filerFacts(filer), clock.now().toISOString(), requestOnFile ?? undefined);
  const parsed = EligibilityRequest.safeParse(input);
  if (!parsed.success) {
    const fields = toFieldErrors(parsed.error.issues).map((f) => ({ ...f, path: ELIGIBILITY_FIELD_IDS[f.path] ?? f.path }));
    return { kind: 'INCOMPLETE', fields };
  }
  return { kind: 'CHECKED', result: checkFiling(parsed.data, clock) };
}

/** The document checklist (R-ATT-3) with the received flags; empty until Step 1 is complete. */
export function checklistOf(answers: Answers, filer: Filer, receivedCodes: readonly string[]): ChecklistEntry[] {
  const context = filingContext(answers, filer);
  if (!context?.desiredStatus) return [];
  const items = buildChecklist({
    procedures: context.procedures, status: context.desiredStatus, filerType: filer.type, organizationCategory: organizationCategoryOf(filer), answers,
  });
  return withReceived(items, receivedCodes);
}

/** The ways to receive the result for these procedures (R-ATT-4); none until Step 1 is complete. */
export function receiptMethodsOf(answers: Answers, filer: Filer): ReceiptMethod[] {
  const context = filingContext(answers, filer);
  if (!context?.desiredStatus) return [];
  return receiptMethodsFor({ procedures: context.procedures, status: context.desiredStatus });
}
