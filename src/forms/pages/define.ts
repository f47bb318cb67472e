import type { Condition, FieldDefinition, FieldOption, FieldType } from '../types.js';

/**
 * Message keys derive from ids, as in the status parts: `<id>.label`, `<id>.hint`, `<set>.option.<value>`,
 * `<pageId>.title`. No key is a dotted prefix of another, so they also work as nested i18n resources.
 */
type FieldOptions = Omit<FieldDefinition, 'id' | 'type' | 'labelKey' | 'hintKey'> & { hint?: boolean };

export function field(id: string, type: FieldType, options: FieldOptions = {}): FieldDefinition {
  const { hint, ...rest } = options;
  return { id, type, labelKey: `${id}.label`, ...(hint ? { hintKey: `${id}.hint` } : {}), ...rest };
}

/** A column of a repeating group: its id is relative to the row, its keys live under the group's id. */
export function column(groupId: string, id: string, type: FieldType, options: FieldOptions = {}): FieldDefinition {
  const { hint, ...rest } = options;
  return { id, type, labelKey: `${groupId}.${id}.label`, ...(hint ? { hintKey: `${groupId}.${id}.hint` } : {}), ...rest };
}

export function options(set: string, values: readonly string[]): FieldOption[] {
  return values.map((value) => ({ value, labelKey: `${set}.option.${value}` }));
}

export const pageTitle = (pageId: string): string => `${pageId}.title`;

export const isYes = (id: string): Condition => ({ field: id, equals: true });
export const equals = (id: string, value: string): Condition => ({ field: id, equals: value });
export const oneOf = (id: string, values: readonly string[]): Condition => ({ field: id, in: values });
