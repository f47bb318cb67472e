import type { FieldDefinition, FieldType } from '../../../forms/types.js';

/**
 * R-FORM-4: the input rule of each field is stated beside it. The rule follows the field's type (and its
 * length or range); the texts are `formRenderer.rules.*` in the applications messages.
 */
export type RuleKey =
  | 'japaneseText' | 'latinName' | 'date' | 'partialDate' | 'phone' | 'postalCode' | 'email' | 'integer' | 'money'
  | 'corporateNumber' | 'passportNumber' | 'residenceCardNumber' | 'country' | 'multiChoice' | 'group';

const RULE_OF_TYPE: Partial<Record<FieldType, RuleKey>> = {
  japaneseText: 'japaneseText',
  latinName: 'latinName',
  date: 'date',
  partialDate: 'partialDate',
  phone: 'phone',
  postalCode: 'postalCode',
  email: 'email',
  integer: 'integer',
  money: 'money',
  corporateNumber: 'corporateNumber',
  passportNumber: 'passportNumber',
  residenceCardNumber: 'residenceCardNumber',
  multiChoice: 'multiChoice',
  group: 'group',
};

export type RuleHint =
  | { key: RuleKey }
  | { key: 'maxLength'; max: number }
  | { key: 'range'; min: number; max: number }
  | { key: 'min'; min: number }
  | { key: 'max'; max: number }
  | { key: 'maxRows'; max: number };

/** A field's own hint, where it has one, already states how to fill it in; the type's rule then only repeats it. */
export function ruleHints(field: FieldDefinition): RuleHint[] {
  if (field.computed) return [];
  const hints: RuleHint[] = [];
  const typeRule = RULE_OF_TYPE[field.type];
  if (typeRule && !field.hintKey) hints.push({ key: typeRule });
  if (field.maxLength !== undefined && field.type !== 'latinName') hints.push({ key: 'maxLength', max: field.maxLength });
  if (field.min !== undefined && field.max !== undefined) hints.push({ key: 'range', min: field.min, max: field.max });
  else if (field.min !== undefined) hints.push({ key: 'min', min: field.min });
  else if (field.max !== undefined) hints.push({ key: 'max', max: field.max });
  if (field.type === 'group' && field.maxRows !== undefined) hints.push({ key: 'maxRows', max: field.maxRows });
  return hints;
}
