import type { Bilingual, FieldError } from '../../../domain/validation/field-errors.js';
import { describeProblem, labelOf } from '../../../forms/engine.js';
import { checkValue, requiredKey } from '../../../forms/field-rules.js';
import { FORM_MESSAGES } from '../../../forms/messages/index.js';
import { normaliseValue } from '../../../forms/normalise.js';
import { APPLICANT_ITEMS } from '../../../forms/pages/applicant-fields.js';
import type { FieldDefinition } from '../../../forms/types.js';

/**
 * The person's own identity numbers on their profile (R-PLUS-6): the same fields, normalisation (R-FORM-4) and rules
 * as the applicant's part of the application form, so a number typed here matches the one an intermediary types.
 * Shared by the account page and the server.
 */
export interface IdentityDetails {
  /** 在留カード番号: 2 letters, 8 digits, 2 letters. */
  residenceCardNumber: string | null;
  /** ISO 3166-1 alpha-3, from the form's country list. */
  nationality: string | null;
  passportNumber: string | null;
}

export type IdentityInput = { [K in keyof IdentityDetails]?: string | null };

export const IDENTITY_FIELDS = ['residenceCardNumber', 'nationality', 'passportNumber'] as const satisfies readonly (keyof IdentityDetails)[];

const FORM_FIELD_IDS: Readonly<Record<keyof IdentityDetails, string>> = {
  residenceCardNumber: 'applicant.residenceCardNumber',
  nationality: 'applicant.nationality',
  passportNumber: 'applicant.passport.number',
};

function formField(id: string): FieldDefinition {
  const field = APPLICANT_ITEMS.find((f) => f.id === id);
  if (!field) throw new Error(`no applicant item ${id}`);
  return field;
}

/** The label of a field as the application form shows it (both languages). */
export function identityLabel(name: keyof IdentityDetails): Bilingual {
  return labelOf({ messages: FORM_MESSAGES }, formField(FORM_FIELD_IDS[name]).labelKey);
}

/** The passport is matched together with the nationality: one without the other identifies no one. */
function pairMessage(missing: 'nationality' | 'passportNumber'): Bilingual {
  const [label, other] = [identityLabel(missing), identityLabel(missing === 'nationality' ? 'passportNumber' : 'nationality')];
  return {
    ja: `「${label.ja}」も入力してください。「${other.ja}」とあわせて照合します。`,
    en: `${label.en}: enter it too; it is matched together with the ${other.en.toLowerCase()}.`,
  };
}

/**
 * One identity number, normalised and checked as the application form does (also the clerk's record of a new
 * residence card, R-RES-1): the value, or the ja/en message naming the field. Blank is null, refused only when `required`.
 */
export function checkIdentityNumber(name: keyof IdentityDetails, typed: string | null | undefined, required: true): { value: string; message?: undefined } | { value: null; message: Bilingual };
export function checkIdentityNumber(name: keyof IdentityDetails, typed: string | null | undefined, required?: boolean): { value: string | null; message?: Bilingual };
export function checkIdentityNumber(name: keyof IdentityDetails, typed: string | null | undefined, required = false): { value: string | null; message?: Bilingual } {
  const field = formField(FORM_FIELD_IDS[name]);
  const normalised = normaliseValue(field, typed ?? null);
  const problem = normalised === null ? (required ? { key: requiredKey(field) } : undefined) : checkValue(field, normalised);
  if (problem) return { value: null, message: describeProblem(problem, identityLabel(name)) };
  return { value: typeof normalised === 'string' ? normalised : null };
}

/** Normalises what was typed (full-width, lower case, spaces, hyphens) and reports each field that still does not fit. */
export function checkIdentityDetails(input: IdentityInput): { value: IdentityDetails; errors: FieldError[] } {
  const value: IdentityDetails = { residenceCardNumber: null, nationality: null, passportNumber: null };
  const errors: FieldError[] = [];
  for (const name of IDENTITY_FIELDS) {
    const checked = checkIdentityNumber(name, input[name]);
    if (checked.message) errors.push({ path: name, message: checked.message });
    else value[name] = checked.value;
  }
  const failed = new Set(errors.map((e) => e.path));
  if (value.passportNumber && !value.nationality && !failed.has('nationality')) errors.push({ path: 'nationality', message: pairMessage('nationality') });
  if (value.nationality && !value.passportNumber && !failed.has('passportNumber')) errors.push({ path: 'passportNumber', message: pairMessage('passportNumber') });
  return { value, errors };
}
