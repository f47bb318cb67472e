import { isValidIsoDate } from '../domain/calendar/jst.js';
import { isValidCorporateNumber } from '../domain/organizations/corporate-number.js';
import { STATUS_CODES } from '../domain/reference/index.js';
import type { Bilingual } from '../domain/validation/field-errors.js';
import type { CommonMessageKey } from './messages/common-ja.js';
import type { AnswerValue, FieldDefinition } from './types.js';

/** What is wrong with an answer: a message key of the engine and its values ({max}, {length}, another field's label …). */
export interface Problem {
  key: CommonMessageKey;
  vars?: Record<string, string | number | Bilingual>;
}

/** R-FORM-4: names as in the passport, Latin letters separated by single spaces. */
export const LATIN_NAME_MAX = 104;
export const PHONE_MAX_DIGITS = 12;
const EMAIL_MAX = 254;

const LATIN_NAME = /^[A-Z]+( [A-Z]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?$/;

const STATUS_SET: ReadonlySet<string> = new Set(STATUS_CODES);

/** The length a person sees: code points, not UTF-16 units. */
export function lengthOf(text: string): number {
  return [...text].length;
}

function maxLengthOf(field: FieldDefinition): number | undefined {
  if (field.maxLength !== undefined) return field.maxLength;
  if (field.type === 'latinName') return LATIN_NAME_MAX;
  if (field.type === 'email') return EMAIL_MAX;
  return undefined;
}

function isOption(field: FieldDefinition, value: string): boolean {
  return (field.options ?? []).some((option) => option.value === value);
}

function numberProblem(field: FieldDefinition, value: number): Problem | undefined {
  const min = field.min ?? (field.type === 'money' ? 0 : undefined);
  const { max } = field;
  const tooSmall = min !== undefined && value < min;
  const tooBig = max !== undefined && value > max;
  if (!tooSmall && !tooBig) return undefined;
  if (field.type === 'money' && field.min === undefined && max === undefined) return { key: 'error.money' };
  if (min !== undefined && max !== undefined) return { key: 'error.range', vars: { min, max } };
  return min !== undefined ? { key: 'error.min', vars: { min } } : { key: 'error.max', vars: { max: max ?? 0 } };
}

function isPartialDate(text: string): boolean {
  if (isValidIsoDate(text)) return true;
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  return month >= 1 && month <= 12;
}

/**
 * Checks one answered, already normalised scalar (or multi-choice list) against its field's type and limits.
 * Blank answers are the caller's business (required or not).
 */
export function checkValue(field: FieldDefinition, value: AnswerValue): Problem | undefined {
  switch (field.type) {
    case 'yesNo':
      return typeof value === 'boolean' ? undefined : { key: 'error.yesNo' };
    case 'integer':
    case 'money':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return { key: field.type === 'money' ? 'error.money' : 'error.integer' };
      return numberProblem(field, value);
    case 'multiChoice':
      if (!Array.isArray(value) || !value.every((item: unknown) => typeof item === 'string')) return { key: 'error.malformed' };
      return (value as string[]).every((item) => isOption(field, item)) ? undefined : { key: 'error.choice' };
    case 'group':
      return Array.isArray(value) ? undefined : { key: 'error.malformed' };
    default:
      return typeof value === 'string' ? checkText(field, value) : { key: 'error.malformed' };
  }
}

function checkText(field: FieldDefinition, text: string): Problem | undefined {
  const typeProblem = checkTextType(field, text);
  if (typeProblem) return typeProblem;
  const max = maxLengthOf(field);
  const length = lengthOf(text);
  return max !== undefined && length > max ? { key: 'error.tooLong', vars: { max, length } } : undefined;
}

function checkTextType(field: FieldDefinition, text: string): Problem | undefined {
  switch (field.type) {
    case 'latinName':
      return LATIN_NAME.test(text) ? undefined : { key: 'error.latinName' };
    case 'date':
      return isValidIsoDate(text) ? undefined : { key: 'error.date' };
    case 'partialDate':
      return isPartialDate(text) ? undefined : { key: 'error.partialDate' };
    case 'phone':
      return new RegExp(`^\\d{1,${PHONE_MAX_DIGITS}}$`).test(text) ? undefined : { key: 'error.phone' };
    case 'postalCode':
      return /^\d{7}$/.test(text) ? undefined : { key: 'error.postalCode' };
    case 'email':
      return EMAIL.test(text) ? undefined : { key: 'error.email' };
    case 'corporateNumber':
      return isValidCorporateNumber(text) ? undefined : { key: 'error.corporateNumber' };
    case 'passportNumber':
      return /^[A-Z0-9]{1,20}$/.test(text) ? undefined : { key: 'error.passportNumber' };
    case 'residenceCardNumber':
      return /^[A-Z]{2}\d{8}[A-Z]{2}$/.test(text) ? undefined : { key: 'error.residenceCardNumber' };
    case 'choice':
      return isOption(field, text) ? undefined : { key: 'error.choice' };
    case 'country':
      if (field.options) return isOption(field, text) ? undefined : { key: 'error.country' };
      return /^[A-Z]{3}$/.test(text) ? undefined : { key: 'error.country' };
    case 'status':
      if (!STATUS_SET.has(text)) return { key: 'error.status' };
      return field.options && !isOption(field, text) ? { key: 'error.status' } : undefined;
    case 'text':
    case 'japaneseText':
    case 'textarea':
      return undefined;
    default:
      return { key: 'error.malformed' };
  }
}

/** The message key for a missing required answer, by how the field is answered. */
export function requiredKey(field: FieldDefinition): CommonMessageKey {
  switch (field.type) {
    case 'group':
      return 'error.requiredRows';
    case 'yesNo':
    case 'choice':
    case 'multiChoice':
    case 'country':
    case 'status':
      return 'error.requiredChoice';
    default:
      return 'error.required';
  }
}
