import type { AnswerRow, AnswerValue, FieldDefinition } from '../../../forms/types.js';

/**
 * Paths and DOM ids of the rendered form. A field's path is its id; a group cell's is
 * `group[row].column` (the engine's FieldError.path), so server and browser errors land on the same control.
 */

export function cellPath(groupId: string, row: number, columnId: string): string {
  return `${groupId}[${row}].${columnId}`;
}

/** An id safe for HTML and CSS selectors, stable for a path. */
export function fieldDomId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The top-level field an error path belongs to (`applicant.relatives[2].name` → `applicant.relatives`). */
export function fieldIdOfPath(path: string): string {
  const bracket = path.indexOf('[');
  return bracket < 0 ? path : path.slice(0, bracket);
}

export function rowsOf(value: AnswerValue | undefined): readonly AnswerRow[] {
  return Array.isArray(value) && value.every((row) => typeof row === 'object' && row !== null) ? (value as readonly AnswerRow[]) : [];
}

export function stringsOf(value: AnswerValue | undefined): readonly string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** What a text-like control shows for a stored value (numbers as typed digits, nothing for null). */
export function textOf(value: AnswerValue | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

export function emptyRow(group: FieldDefinition): AnswerRow {
  return Object.fromEntries((group.columns ?? []).map((column) => [column.id, column.type === 'yesNo' ? null : '']));
}

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
