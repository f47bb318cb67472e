import { z } from 'zod';
import { jstDateOf } from '../calendar/jst.js';
import { OFFICES, type OfficeCode } from '../reference/bureaus.js';
import { MAIN_PROCEDURE_CODES, type MainProcedureCode } from '../reference/procedures.js';
import { bilingual } from '../validation/field-errors.js';

/** R-SUB-2: the main procedure's code in a reception number (half-width here; the number itself is full-width). */
export const RECEPTION_PROCEDURE_CODES: Readonly<Record<MainProcedureCode, string>> = {
  COE: 'NT', CHANGE: 'HK', EXTENSION: 'EN', ACQUISITION: 'ST', WORK_CERT: 'SR',
};

export const RECEPTION_SERIAL_MAX = 999_999;
const ONLINE = 'オン';

export interface ReceptionNumberParts {
  office: OfficeCode;
  procedure: MainProcedureCode;
  /** The calendar year of acceptance in JST, four digits (2000–2099). */
  year: number;
  /** Per office and year, across procedures, from 1. */
  serial: number;
}

const INITIALS = OFFICES.map((o) => o.receptionInitial).join('');
const HALF_WIDTH_PATTERN = new RegExp(`^([${INITIALS}])${ONLINE}(${Object.values(RECEPTION_PROCEDURE_CODES).join('|')})(\\d{2})(\\d{6})$`);

/** ASCII letters and digits to their full-width forms (U+FF01…U+FF5E mirror U+0021…U+007E). */
function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/**
 * What a person may type: full- or half-width letters and digits, half-width katakana (ｵﾝ) or hiragana (おん),
 * lower case, spaces and hyphens. NFKC folds the widths; the rest is stripped or upper-cased.
 */
function foldInput(input: string): string {
  return input.normalize('NFKC').replace(/[\s\-‐‑–—]/g, '').replace(/おん/g, ONLINE).toUpperCase();
}

/** 福オンＥＮ２５００１８７８: office initial, オン, procedure code, 2-digit JST year, 6-digit serial, all full-width. */
export function formatReceptionNumber(parts: ReceptionNumberParts): string {
  const { office, procedure, year, serial } = parts;
  if (!Number.isInteger(year) || year < 2000 || year > 2099) throw new RangeError(`reception year out of range: ${year}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > RECEPTION_SERIAL_MAX) throw new RangeError(`reception serial out of range: ${serial}`);
  const initial = OFFICES.find((o) => o.code === office)?.receptionInitial;
  if (!initial) throw new RangeError(`unknown office ${office}`);
  const digits = `${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
  return `${initial}${ONLINE}${toFullWidth(RECEPTION_PROCEDURE_CODES[procedure])}${toFullWidth(digits)}`;
}

/** The parts of a reception number typed in any width, or undefined when it is not one. */
export function parseReceptionNumber(input: string): ReceptionNumberParts | undefined {
  const match = HALF_WIDTH_PATTERN.exec(foldInput(input));
  if (!match) return undefined;
  const [, initial, code, yy, serial] = match;
  const office = OFFICES.find((o) => o.receptionInitial === initial)?.code;
  const procedure = MAIN_PROCEDURE_CODES.find((p) => RECEPTION_PROCEDURE_CODES[p] === code);
  if (!office || !procedure || yy === undefined || serial === undefined) return undefined;
  const parsedSerial = Number(serial);
  if (parsedSerial < 1) return undefined;
  return { office, procedure, year: 2000 + Number(yy), serial: parsedSerial };
}

/** R-SUB-2 search: the canonical full-width number for input in any width, or undefined when it is not one. */
export function normaliseReceptionNumber(input: string): string | undefined {
  const parts = parseReceptionNumber(input);
  return parts && formatReceptionNumber(parts);
}

/** For a partial search (e.g. "en25001"): folds the widths like a full number, then writes the letters and digits full-width. */
export function normaliseReceptionNumberQuery(input: string): string {
  return toFullWidth(foldInput(input));
}

/** The year that goes into the number: the JST calendar year of the acceptance. */
export function receptionYearOf(acceptedAt: Date): number {
  return Number(jstDateOf(acceptedAt).slice(0, 4));
}

export function isReceptionNumber(value: string): boolean {
  return normaliseReceptionNumber(value) === value;
}

/** A reception number as stored and returned by the API: the canonical full-width form. */
export const ReceptionNumber = z.string().refine(isReceptionNumber, {
  error: bilingual('受付番号の形式が正しくありません（例: 福オンＥＮ２５００１８７８）。', 'Not a reception number (e.g. 福オンＥＮ２５００１８７８).'),
});
