import { normaliseCorporateNumber } from '../domain/organizations/corporate-number.js';
import type { AnswerRow, AnswerScalar, AnswerValue, Answers, FieldDefinition, FieldType, FormDefinition } from './types.js';

/**
 * R-FORM-4: what a person types is normalised, never silently rejected. Each field type has one normaliser;
 * what still does not fit after it is reported by the validator with the fix. Blank input becomes null.
 */
const FIELD_INDEX = new WeakMap<FormDefinition, ReadonlyMap<string, FieldDefinition>>();

function fieldIndex(form: FormDefinition): ReadonlyMap<string, FieldDefinition> {
  let index = FIELD_INDEX.get(form);
  if (!index) {
    index = new Map(form.pages.flatMap((page) => page.fields).map((field) => [field.id, field]));
    FIELD_INDEX.set(form, index);
  }
  return index;
}

export function normaliseAnswers(form: FormDefinition, answers: Answers): Answers {
  const fields = fieldIndex(form);
  const normalised: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    const field = fields.get(id);
    // Unknown ids are dropped; computed answers are derived by the form, never taken from the input.
    if (!field || field.computed) continue;
    normalised[id] = normaliseValue(field, value);
  }
  return normalised;
}

export function normaliseValue(field: FieldDefinition, value: AnswerValue | undefined): AnswerValue {
  if (value === undefined || value === null) return null;
  switch (field.type) {
    case 'group':
      return Array.isArray(value) ? value.map((row: unknown) => normaliseRow(field, row)) : value;
    case 'multiChoice':
      return normaliseList(value);
    default:
      return isScalar(value) ? normaliseScalar(field.type, value) : value;
  }
}

function normaliseRow(group: FieldDefinition, row: unknown): AnswerRow {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row as AnswerRow;
  const cells = row as Record<string, unknown>;
  const normalised: AnswerRow = {};
  for (const column of group.columns ?? []) {
    const cell = cells[column.id];
    if (cell === undefined) continue;
    const value = isScalar(cell) ? normaliseScalar(column.type, cell) : cell;
    normalised[column.id] = value as AnswerScalar;
  }
  return normalised;
}

function isScalar(value: unknown): value is AnswerScalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function normaliseList(value: AnswerValue): AnswerValue {
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items)) return items;
  if (!items.every((item: unknown) => typeof item === 'string')) return items;
  const list = [...new Set((items as string[]).map((item) => item.trim()).filter((item) => item !== ''))];
  return list.length === 0 ? null : list;
}

export function normaliseScalar(type: FieldType, value: AnswerScalar): AnswerScalar {
  if (value === null) return null;
  if (type === 'yesNo') return normaliseYesNo(value);
  if (type === 'integer' || type === 'money') return normaliseNumber(value, type === 'money');
  if (typeof value === 'boolean') return value;
  const text = String(value);
  if (text.trim() === '') return null;
  switch (type) {
    case 'japaneseText':
      return toFullWidth(trimAll(text));
    case 'latinName':
      return normaliseLatinName(text);
    case 'textarea':
      return text.replace(/\r\n?/g, '\n').replace(/^\s+|\s+$/g, '');
    case 'date':
      return normaliseDate(text);
    case 'partialDate':
      return normalisePartialDate(text);
    case 'phone':
      return nfkc(text).replace(/[\s\-‐‑‒–—―−ーｰ()（）]/g, '');
    case 'postalCode':
      return nfkc(text).replace(/[\s\-‐‑‒–—―−ーｰ〒]/g, '');
    case 'email':
      return nfkc(text).trim();
    case 'country':
      return nfkc(text).trim().toUpperCase();
    case 'corporateNumber':
      return normaliseCorporateNumber(text);
    case 'passportNumber':
    case 'residenceCardNumber':
      return nfkc(text).replace(/[\s\-‐‑‒–—―−ー]/g, '').toUpperCase();
    case 'text':
    case 'choice':
    case 'status':
    case 'multiChoice':
    case 'group':
      return text.trim();
  }
}

function nfkc(text: string): string {
  return text.normalize('NFKC');
}

/** Trims ASCII and ideographic spaces. */
function trimAll(text: string): string {
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

const HALF_WIDTH_KATAKANA = /[\uFF61-\uFF9F]+/g;

/**
 * Half-width ASCII and half-width katakana to full-width (the real system silently refuses them):
 * "1-2-3 ﾏﾝｼｮﾝ" → "１－２－３\u3000マンション". Dakuten combine (ｶﾞ → ガ).
 */
export function toFullWidth(text: string): string {
  const katakana = text.replace(HALF_WIDTH_KATAKANA, (run) => run.normalize('NFKC'));
  let out = '';
  for (const char of katakana) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x20) out += '\u3000';
    else if (code > 0x20 && code < 0x7f) out += String.fromCodePoint(code + 0xfee0);
    else out += char;
  }
  return out;
}

/** "José-María o'neil," → "JOSE MARIA ONEIL": upper case, accents and apostrophes dropped, separators to one space. */
export function normaliseLatinName(text: string): string {
  return nfkc(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/['’‘`]/g, '')
    .replace(/[\s,.\-‐–—<_]+/g, ' ')
    .trim();
}

function normaliseYesNo(value: AnswerScalar): AnswerScalar {
  if (typeof value !== 'string') return value;
  const text = nfkc(value).trim().toLowerCase();
  if (text === '') return null;
  if (['true', 'yes', 'はい', '有', 'あり'].includes(text)) return true;
  if (['false', 'no', 'いいえ', '無', 'なし'].includes(text)) return false;
  return value;
}

function normaliseNumber(value: AnswerScalar, isMoney: boolean): AnswerScalar {
  if (typeof value !== 'string') return value;
  let text = nfkc(value).replace(/[\s,_]/g, '');
  if (isMoney) text = text.replace(/^[¥\\]|円$/g, '');
  if (text === '') return null;
  return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : value;
}

/** Japanese eras by their first Gregorian year minus one (令和元年 = 2019). */
const ERAS: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988, 昭和: 1925, S: 1925, 大正: 1911, T: 1911 };
const ERA_PREFIX = /^(令和|平成|昭和|大正|[RHST])\s*(元|\d{1,2})\s*[年./-]?\s*/;

/** Converts an era year ("令和7年", "R7.") at the start to the Gregorian year followed by "-". */
function withGregorianYear(text: string): string {
  const match = ERA_PREFIX.exec(text);
  if (!match) return text;
  const [whole, era = '', year = ''] = match;
  const gregorian = (ERAS[era] ?? 0) + (year === '元' ? 1 : Number(year));
  const rest = text.slice(whole.length);
  return rest === '' ? String(gregorian) : `${gregorian}-${rest}`;
}

const pad = (n: string) => n.padStart(2, '0');

/** "2026/4/1", "2026年4月1日", "20260401", "令和8年4月1日" → "2026-04-01". Anything else is kept for the validator. */
export function normaliseDate(text: string): string {
  const input = withGregorianYear(nfkc(text).trim().toUpperCase());
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(input);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(input);
  if (parts) return `${parts[1]}-${pad(parts[2] ?? '')}-${pad(parts[3] ?? '')}`;
  return input;
}

/** A date where the month or day may be unknown: "2001", "2001/4" → "2001-04", or a full date. */
export function normalisePartialDate(text: string): string {
  const input = withGregorianYear(nfkc(text).trim().toUpperCase());
  const year = /^(\d{4})\s*年?$/.exec(input);
  if (year) return year[1] ?? input;
  const month = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(input);
  if (month) return `${month[1]}-${pad(month[2] ?? '')}`;
  const compactMonth = /^(\d{4})(\d{2})$/.exec(input);
  if (compactMonth) return `${compactMonth[1]}-${compactMonth[2]}`;
  return normaliseDate(input);
}
