import type { Bilingual, FieldError } from '../domain/validation/field-errors.js';
import { evaluateCondition, isAnswered } from './conditions.js';
import { checkValue, requiredKey, type Problem } from './field-rules.js';
import { COMMON_EN } from './messages/common-en.js';
import { COMMON_JA, type CommonMessageKey } from './messages/common-ja.js';
import { normaliseAnswers } from './normalise.js';
import type { AnswerRow, AnswerValue, Answers, FieldDefinition, FormContext, FormDefinition, PageDefinition, ValidationMode } from './types.js';

export { evaluateCondition, isAnswered } from './conditions.js';
export { normaliseAnswers, normaliseValue } from './normalise.js';

export type { ValidationMode } from './types.js';

/**
 * The one engine that walks a form (R-FORM-6, DESIGN §3.6): the pages and fields on the path taken by these
 * answers in this context; only their answers are validated, reviewed and submitted.
 *
 * Drafts: store `normaliseAnswers(form, answers)` (an answer left off the path by a changed choice comes back if
 * the choice is changed back) and show `validateAnswers(…, 'draft').errors`; submission takes
 * `validateAnswers(…, 'submit').answers`, which holds the path's answers only.
 */
export interface ValidationOutcome {
  /** The normalised answers pruned to the path taken, blank ones left out, plus the computed ones. */
  answers: Answers;
  errors: FieldError[];
}

/** Until Step 1 names a procedure the path is Step 1 alone, whatever the other pages' conditions say. */
function isPageOnPath(page: PageDefinition, answers: Answers, context: FormContext): boolean {
  if (page.part !== 'step1' && context.procedures.length === 0) return false;
  return page.condition === undefined || evaluateCondition(page.condition, answers, context);
}

function isFieldShown(field: FieldDefinition, answers: Answers, context: FormContext): boolean {
  return field.condition === undefined || evaluateCondition(field.condition, answers, context);
}

/** Pages and fields on the path, judged against these answers as they are (one pass). */
function walk(form: FormDefinition, answers: Answers, context: FormContext): { pages: PageDefinition[]; fields: FieldDefinition[] } {
  const pages = form.pages.filter((page) => isPageOnPath(page, answers, context));
  const fields = pages.flatMap((page) => page.fields.filter((field) => isFieldShown(field, answers, context)));
  return { pages, fields };
}

function keepOnly(answers: Answers, fields: readonly FieldDefinition[]): Answers {
  const kept: Answers = {};
  for (const field of fields) {
    const value = answers[field.id];
    if (isAnswered(value) && value !== undefined) kept[field.id] = value;
  }
  return kept;
}

/**
 * Prunes to a fixed point: an answer off the path may not open another field's condition (a stale answer on a
 * hidden page must not keep fields of its own alive). Each pass only removes, so this ends.
 */
function settle(form: FormDefinition, answers: Answers, context: FormContext): { answers: Answers; pages: PageDefinition[]; fields: FieldDefinition[] } {
  let current = answers;
  for (;;) {
    const { pages, fields } = walk(form, current, context);
    const pruned = keepOnly(current, fields);
    if (Object.keys(pruned).length === Object.keys(current).length) return { answers: pruned, pages, fields };
    current = pruned;
  }
}

export function pagesOnPath(form: FormDefinition, answers: Answers, context: FormContext): PageDefinition[] {
  return settle(form, normaliseAnswers(form, answers), context).pages;
}

export function fieldsOnPath(form: FormDefinition, answers: Answers, context: FormContext): FieldDefinition[] {
  return settle(form, normaliseAnswers(form, answers), context).fields;
}

/** The normalised answers of the fields on the path, with the computed ones. */
export function pruneAnswers(form: FormDefinition, answers: Answers, context: FormContext): Answers {
  return withComputed(form, settle(form, normaliseAnswers(form, answers), context).answers, context).answers;
}

export function isFieldRequired(field: FieldDefinition, answers: Answers, context: FormContext): boolean {
  if (field.computed || field.required === undefined || field.required === false) return false;
  return field.required === true || evaluateCondition(field.required, answers, context);
}

function withComputed(form: FormDefinition, answers: Answers, context: FormContext): ReturnType<typeof settle> {
  const computed = form.compute?.(answers, context) ?? {};
  const computedIds = new Set(form.pages.flatMap((page) => page.fields.filter((f) => f.computed).map((f) => f.id)));
  const merged: Answers = { ...answers };
  for (const [id, value] of Object.entries(computed)) if (computedIds.has(id)) merged[id] = value;
  return settle(form, merged, context);
}

export function validateAnswers(form: FormDefinition, answers: Answers, context: FormContext, mode: ValidationMode): ValidationOutcome {
  const settled = withComputed(form, settle(form, normaliseAnswers(form, answers), context).answers, context);
  const kept: Answers = { ...settled.answers };
  const errors: FieldError[] = [];
  const say = (path: string, label: Bilingual, problem: Problem) => errors.push({ path, message: describeProblem(problem, label) });
  for (const field of settled.fields) {
    if (field.computed) continue;
    const label = labelOf(form, field.labelKey);
    const value = kept[field.id];
    if (value === undefined) {
      if (mode === 'submit' && isFieldRequired(field, kept, context)) say(field.id, label, { key: requiredKey(field) });
      continue;
    }
    if (field.type === 'group') {
      const rows = checkGroup(form, field, value, label, kept, context, mode, say);
      if (rows === undefined) delete kept[field.id];
      else kept[field.id] = rows;
      continue;
    }
    const problem = checkValue(field, value);
    if (problem) say(field.id, label, problem);
  }
  errors.push(...(form.check?.(kept, context, mode) ?? []));
  return { answers: kept, errors };
}

type Say = (path: string, label: Bilingual, problem: Problem) => void;

const isRow = (row: unknown): row is AnswerRow => typeof row === 'object' && row !== null && !Array.isArray(row);

/** Checks a group's rows; returns the rows to keep (wholly blank rows dropped), undefined when none remain. */
function checkGroup(
  form: FormDefinition, field: FieldDefinition, value: AnswerValue, label: Bilingual, answers: Answers,
  context: FormContext, mode: ValidationMode, say: Say,
): readonly AnswerRow[] | undefined {
  if (!Array.isArray(value) || !value.every(isRow)) {
    say(field.id, label, { key: 'error.malformed' });
    return undefined;
  }
  const columns = (field.columns ?? []).filter((column) => isFieldShown(column, answers, context));
  const isFilled = (row: AnswerRow) => columns.some((column) => isAnswered(row[column.id]));
  const rows = (value as readonly AnswerRow[]).filter(isFilled);
  if (rows.length === 0) {
    if (mode === 'submit' && isFieldRequired(field, answers, context)) say(field.id, label, { key: 'error.requiredRows' });
    return undefined;
  }
  if (field.maxRows !== undefined && rows.length > field.maxRows) say(field.id, label, { key: 'error.tooManyRows', vars: { max: field.maxRows } });
  // Paths keep the row's place in the list as entered, so an error lands on the row the person sees.
  (value as readonly AnswerRow[]).forEach((row, index) => {
    if (!isFilled(row)) return;
    for (const column of columns) {
      const path = `${field.id}[${index}].${column.id}`;
      const cellLabel = cellLabelOf(label, labelOf(form, column.labelKey), index + 1);
      const cell = row[column.id];
      if (cell === undefined || !isAnswered(cell)) {
        if (mode === 'submit' && isFieldRequired(column, answers, context)) say(path, cellLabel, { key: requiredKey(column) });
        continue;
      }
      const problem = checkValue(column, cell);
      if (problem) say(path, cellLabel, problem);
    }
  });
  return rows;
}

/** The field's label in both languages, from the form's messages (the key itself when a text is missing). */
export function labelOf(form: Pick<FormDefinition, 'messages'>, key: string): Bilingual {
  return { ja: form.messages?.ja[key] ?? key, en: form.messages?.en[key] ?? key };
}

function cellLabelOf(group: Bilingual, column: Bilingual, row: number): Bilingual {
  const vars = { group, column, row };
  return { ja: fill(COMMON_JA['error.cellLabel'], vars, 'ja'), en: fill(COMMON_EN['error.cellLabel'], vars, 'en') };
}

/** The engine's message for a problem with a field, naming it by its label (also for a form's own `check`). */
export function describeProblem(problem: Problem, label: Bilingual): Bilingual {
  const key: CommonMessageKey = problem.key;
  const vars = { ...problem.vars, label };
  return { ja: fill(COMMON_JA[key], vars, 'ja'), en: fill(COMMON_EN[key], vars, 'en') };
}

type Vars = Record<string, string | number | Bilingual>;

function fill(template: string, vars: Vars, language: keyof Bilingual): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[language] : String(value);
  });
}
