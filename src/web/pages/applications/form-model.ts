import { systemClock } from '../../../domain/calendar/clock.js';
import { EligibilityRequest, checkFiling, type EligibilityResult } from '../../../domain/eligibility/index.js';
import type { FieldError } from '../../../domain/validation/field-errors.js';
import { APPLICATION_FORM, contextFromAnswers, step1Context } from '../../../forms/application-form.js';
import { toEligibilityRequest } from '../../../forms/eligibility-bridge.js';
import { fieldsOnPath, pagesOnPath, validateAnswers } from '../../../forms/engine.js';
import type { Answers, FieldDefinition, FormContext, PageDefinition } from '../../../forms/types.js';
import { fieldIdOfPath } from '../../components/form-renderer/field-paths.js';
import type { ApplicationView } from './view-types.js';

/**
 * What the engine says about the answers so far (R-FORM-6): the pages and fields on the path, the errors of a
 * submission now, and Step 1's eligibility answer — the same functions the server runs. No React here.
 */
export interface FormModel {
  context: FormContext;
  /** Step 1 is complete: the rest of the path is known. */
  isStepOneComplete: boolean;
  pages: { page: PageDefinition; fields: FieldDefinition[] }[];
  errors: FieldError[];
  /** The answers as they would be submitted now: normalised, on the path only, with the computed ones (R-FORM-6). */
  answers: Answers;
  /** The page each field (and error path) belongs to. */
  pageOfField: ReadonlyMap<string, string>;
  eligibility: EligibilityResult | undefined;
}

export function buildFormModel(answers: Answers, filer: ApplicationView['filer'], organizationRequestOnFile: boolean | null | undefined, now: Date): FormModel {
  const complete = contextFromAnswers(answers, filer.type);
  const context = complete ?? step1Context(filer.type);
  const onPath = new Set(fieldsOnPath(APPLICATION_FORM, answers, context).map((f) => f.id));
  const pages = pagesOnPath(APPLICATION_FORM, answers, context).map((page) => ({ page, fields: page.fields.filter((f) => onPath.has(f.id)) }));
  const pageOfField = new Map(pages.flatMap(({ page, fields }) => fields.map((f) => [f.id, page.id] as const)));
  const validated = validateAnswers(APPLICATION_FORM, answers, context, 'submit');
  return { context, isStepOneComplete: complete !== undefined, pages, errors: validated.errors, answers: validated.answers, pageOfField, eligibility: eligibilityOf(answers, complete, filer, organizationRequestOnFile, now) };
}

/** checkFiling in the browser through the bridge; undefined while the request is not complete enough to ask. */
export function eligibilityOf(answers: Answers, context: FormContext | undefined, filer: ApplicationView['filer'], organizationRequestOnFile: boolean | null | undefined, now: Date): EligibilityResult | undefined {
  const input = toEligibilityRequest(answers, context, {
    type: filer.type,
    hasMyNumberCard: filer.hasMyNumberCard ?? undefined,
    relationship: filer.relationship ?? undefined,
  }, now.toISOString(), organizationRequestOnFile ?? undefined);
  const parsed = EligibilityRequest.safeParse(input);
  return parsed.success ? checkFiling(parsed.data, systemClock) : undefined;
}

export function pageOfPath(model: FormModel, path: string): string | undefined {
  return model.pageOfField.get(fieldIdOfPath(path));
}

/** Errors per page, for the step list. */
export function problemsPerPage(model: FormModel, errors: readonly FieldError[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const error of errors) {
    const page = pageOfPath(model, error.path);
    if (page) counts.set(page, (counts.get(page) ?? 0) + 1);
  }
  return counts;
}
