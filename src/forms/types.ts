import type { FilerType } from '../domain/eligibility/index.js';
import type { ProcedureCode, StatusCode } from '../domain/reference/index.js';
import type { FieldError } from '../domain/validation/field-errors.js';

/**
 * Forms as data (R-FORM-6, DESIGN §3.6). A form is pages of fields with stable dotted ids; one engine
 * (`engine.ts`) walks them with the answers so far and the filing context, and only the answers on the
 * path taken are validated, reviewed and submitted. Server and browser share these definitions.
 */

/** A single answer. Repeating groups (relatives table, implementing organisations…) hold rows of answers. */
export type AnswerScalar = string | number | boolean | null;
export type AnswerRow = Record<string, AnswerScalar>;
export type AnswerValue = AnswerScalar | readonly string[] | readonly AnswerRow[];
/** Answers keyed by the field's dotted id, e.g. `applicant.nationality`. Flat, so an autosave is a small patch. */
export type Answers = Record<string, AnswerValue>;

/** What the engine knows besides the answers: who files (from the signed-in account) and Step 1's choices. */
export interface FormContext {
  filerType: FilerType;
  procedures: readonly ProcedureCode[];
  /** The current status (extension, change, work certificate, the additions); null for COE and acquisition. */
  currentStatus: StatusCode | null;
  /** The desired status (COE, change, acquisition); for extension the current one. */
  desiredStatus: StatusCode | null;
}

/**
 * When a page or field applies. On a multi-choice answer (e.g. `step1.procedures`), `equals` holds when the
 * list contains the value and `in` when it contains any of the values. `procedure` holds when any of the
 * procedures is filed; `status` tests the status in question (`FormContext.desiredStatus`).
 */
export type Condition =
  | { field: string; equals: AnswerScalar }
  | { field: string; in: readonly AnswerScalar[] }
  | { field: string; isAnswered: boolean }
  | { procedure: readonly ProcedureCode[] }
  | { filer: readonly FilerType[] }
  | { status: readonly StatusCode[] }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

/**
 * Field types. Each has one normaliser and one validator in the engine (R-FORM-4): half-width input in
 * Japanese text is converted to full-width, Latin names are upper-cased and spaces collapsed, phone numbers
 * lose hyphens — never silently rejected.
 */
export const FIELD_TYPES = [
  'text', // free text, any script
  'japaneseText', // address-like Japanese text; half-width normalised to full-width
  'latinName', // passport name: A–Z and spaces, ≤104
  'textarea',
  'date', // YYYY-MM-DD
  'partialDate', // YYYY, YYYY-MM or YYYY-MM-DD where the paper form allows an unknown month/day
  'yesNo',
  'choice', // one of `options`
  'multiChoice',
  'country', // ISO 3166-1 alpha-3
  'status', // a StatusCode
  'phone', // digits only, ≤12
  'postalCode', // 7 digits
  'email',
  'integer',
  'money', // yen, integer ≥ 0
  'corporateNumber', // 法人番号, 13 digits with check digit
  'passportNumber', // letters and digits, ≤20, upper case
  'residenceCardNumber', // 在留カード番号: 2 letters, 8 digits, 2 letters
  'group', // repeating rows of `columns`, at most `maxRows`
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldOption {
  value: string;
  /** i18n key; the ja/en texts live in the forms message files. */
  labelKey: string;
}

export interface FieldDefinition {
  /** Stable dotted id; never renamed once released (drafts and exports refer to it). */
  id: string;
  /** The item number on the paper form (e.g. "10"), shown beside the label. */
  number?: string;
  type: FieldType;
  labelKey: string;
  hintKey?: string;
  /** true, or a condition under which the field is required. */
  required?: boolean | Condition;
  /** Shown (and validated, submitted) only when the condition holds. */
  condition?: Condition;
  options?: readonly FieldOption[];
  maxLength?: number;
  min?: number;
  max?: number;
  /** For `group`: the row's fields (their ids are relative, e.g. `relationship`). */
  columns?: readonly FieldDefinition[];
  maxRows?: number;
  /** Computed fields (e.g. the HSP point subtotals) are shown read-only and derived by `compute`. */
  computed?: boolean;
}

export interface PageDefinition {
  id: string;
  titleKey: string;
  /** Which part of the paper form: the applicant's part, the organisation's part (所属機関等作成用) … */
  part: 'step1' | 'applicant' | 'status' | 'organization' | 'reentry' | 'outsideActivity';
  condition?: Condition;
  fields: readonly FieldDefinition[];
}

/** `draft` reports malformed answers only; `submit` also every missing required answer on the path. */
export type ValidationMode = 'draft' | 'submit';

/** The form's own texts by key (labelKey, hintKey, titleKey, option labelKey), Japanese and English. */
export interface FormMessages {
  ja: Readonly<Record<string, string>>;
  en: Readonly<Record<string, string>>;
}

export interface FormDefinition {
  id: string;
  version: number;
  pages: readonly PageDefinition[];
  /** Derives computed answers (e.g. point totals) from the others; pure. */
  compute?: (answers: Answers, context: FormContext) => Answers;
  /** Lets the engine name each field by its label in its error messages; without it the key is shown. */
  messages?: FormMessages;
  /** Rules across fields that no single field's type states (e.g. one main procedure); gets the pruned answers. */
  check?: (answers: Answers, context: FormContext, mode: ValidationMode) => FieldError[];
}
