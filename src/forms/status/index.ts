import type { Answers, FormContext, PageDefinition } from '../types.js';

/** Status-specific pages and the organisation's part (所属機関等作成用), per 区分 of the paper forms (R-FORM-5). */
export const STATUS_PAGES: readonly PageDefinition[] = [];

/** Derives the computed status answers (the HSP point subtotals and total). */
export function computeStatusAnswers(_answers: Answers, _context: FormContext): Answers {
  return {};
}
