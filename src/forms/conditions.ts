import type { AnswerScalar, AnswerValue, Answers, Condition, FormContext } from './types.js';

/** Blank text, null, an empty list: not answered. `false` is an answer. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function matches(value: AnswerValue | undefined, accepted: readonly AnswerScalar[]): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.some((item: unknown) => accepted.includes(item as AnswerScalar));
  return accepted.includes(value as AnswerScalar);
}

/** Whether a page's or field's condition holds for these answers and this context (see `Condition`). */
export function evaluateCondition(condition: Condition, answers: Answers, context: FormContext): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers, context));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers, context));
  if ('not' in condition) return !evaluateCondition(condition.not, answers, context);
  if ('procedure' in condition) return context.procedures.some((p) => condition.procedure.includes(p));
  if ('filer' in condition) return condition.filer.includes(context.filerType);
  if ('status' in condition) return context.desiredStatus !== null && condition.status.includes(context.desiredStatus);
  const value = answers[condition.field];
  if ('equals' in condition) return matches(value, [condition.equals]);
  if ('in' in condition) return matches(value, condition.in);
  return isAnswered(value) === condition.isAnswered;
}
