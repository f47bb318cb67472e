import { STATUS_CODES, getStatus, type StatusCode } from '../../../domain/reference/index.js';
import type { AnswerScalar, AnswerValue, FieldDefinition } from '../../../forms/types.js';
import { isAnswered, rowsOf, stringsOf } from './field-paths.js';

/** What the review page and the read-only view need to turn a stored answer into words. */
export interface DisplayTexts {
  language: 'ja' | 'en';
  text(key: string): string;
  yes: string;
  no: string;
  unanswered: string;
}

const isStatusCode = (value: string): value is StatusCode => (STATUS_CODES as readonly string[]).includes(value);

/** A scalar answer as text: option labels instead of codes, status names, はい/いいえ. */
export function displayScalar(field: FieldDefinition, value: AnswerScalar | undefined, texts: DisplayTexts): string {
  if (!isAnswered(value ?? undefined) || value === undefined || value === null) return texts.unanswered;
  if (field.type === 'yesNo') return value === true ? texts.yes : value === false ? texts.no : String(value);
  const raw = String(value);
  const option = field.options?.find((o) => o.value === raw);
  if (option) return texts.text(option.labelKey);
  if (field.type === 'status' && isStatusCode(raw)) {
    const status = getStatus(raw);
    return texts.language === 'en' ? status.nameEn : status.nameJa;
  }
  if (field.type === 'money' && typeof value === 'number') return new Intl.NumberFormat(texts.language === 'en' ? 'en-GB' : 'ja-JP').format(value);
  return raw;
}

/** A multi-choice answer as its option labels, joined in the page's language. */
export function displayList(field: FieldDefinition, value: AnswerValue | undefined, texts: DisplayTexts): string {
  const chosen = stringsOf(value);
  if (chosen.length === 0) return texts.unanswered;
  return chosen.map((v) => displayScalar(field, v, texts)).join(texts.language === 'en' ? ', ' : '、');
}

/** A group answer: per row, each column's label and value. */
export function displayRows(field: FieldDefinition, value: AnswerValue | undefined, texts: DisplayTexts): { label: string; value: string }[][] {
  return rowsOf(value).map((row) =>
    (field.columns ?? []).map((column) => ({ label: texts.text(column.labelKey), value: displayScalar(column, row[column.id], texts) })),
  );
}
