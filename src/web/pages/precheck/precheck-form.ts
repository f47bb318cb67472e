import { systemClock } from '../../../domain/calendar/clock.js';
import { isValidIsoDate, jstDateOf } from '../../../domain/calendar/jst.js';
import {
  CARD_HOLDER_FILER_TYPES, EligibilityRequest, ORGANIZATION_FILER_TYPES, checkFiling,
  type EligibilityRequestInput, type EligibilityResult, type FilerType, type OrganizationRelation, type Relationship,
} from '../../../domain/eligibility/index.js';
import {
  getStatus, hasIndefinitePeriod, type DesignatedActivityNotice, type MainProcedureCode, type ProcedureCode, type StatusCode,
} from '../../../domain/reference/index.js';
import { toFieldErrors, type Bilingual } from '../../../domain/validation/field-errors.js';

/**
 * The pre-check form (R-ELIG-10) as plain data: the answers as the controls hold them, which questions concern
 * them, the EligibilityRequest they make, and the answer of the same checkFiling the server runs.
 * No React here, so the rules of the form are tested on their own.
 */

/** A yes/no question not answered yet is ''. */
export type YesNo = 'yes' | 'no' | '';

/** The main procedure, or NONE for re-entry / outside activity on their own (answered by R-ELIG-3). */
export type MainChoice = MainProcedureCode | 'NONE';

export interface PrecheckForm {
  filerType: FilerType | '';
  hasMyNumberCard: YesNo;
  livesInJapan: YesNo;
  relationship: Relationship | '';
  relationToOrganization: OrganizationRelation | '';
  organizationRequestOnFile: YesNo;
  mainProcedure: MainChoice | '';
  reentry: boolean;
  outsideActivity: boolean;
  dateOfBirth: string;
  unableToApplyPersonally: boolean;
  currentStatus: StatusCode | '';
  currentNotice: DesignatedActivityNotice | '';
  periodOfStayExpiry: string;
  desiredStatus: StatusCode | '';
  desiredNotice: DesignatedActivityNotice | '';
  acquisitionEventDate: string;
  /** The JST calendar date to check; today unless the user checks another day. */
  filingDate: string;
}

/** The questions of the form; each has one control (or one group of controls) and at most one error. */
export const FIELD_IDS = [
  'filerType', 'hasMyNumberCard', 'livesInJapan', 'relationship', 'relationToOrganization', 'organizationRequestOnFile',
  'mainProcedure', 'dateOfBirth', 'unableToApplyPersonally', 'currentStatus', 'currentNotice', 'periodOfStayExpiry',
  'desiredStatus', 'desiredNotice', 'acquisitionEventDate', 'filingDate',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

export function initialForm(today: string): PrecheckForm {
  return {
    filerType: '', hasMyNumberCard: '', livesInJapan: '', relationship: '', relationToOrganization: '', organizationRequestOnFile: '',
    mainProcedure: '', reentry: false, outsideActivity: false, dateOfBirth: '', unableToApplyPersonally: false,
    currentStatus: '', currentNotice: '', periodOfStayExpiry: '', desiredStatus: '', desiredNotice: '', acquisitionEventDate: '',
    filingDate: today,
  };
}

/** "Today" is the JST calendar date wherever the browser is (R-ELIG-9). */
export function todayInJapan(now: Date = systemClock.now()): string {
  return jstDateOf(now);
}

const includes = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** Which questions concern these answers. Hidden answers are kept (never lost) but not sent. */
export type Visibility = Record<FieldId, boolean>;

export function visibleFields(form: PrecheckForm): Visibility {
  const main = form.mainProcedure;
  const isRelative = form.filerType === 'RELATIVE';
  const needsCurrent = main === 'CHANGE' || main === 'EXTENSION' || main === 'WORK_CERT';
  const needsDesired = main === 'COE' || main === 'CHANGE' || main === 'ACQUISITION';
  const current = needsCurrent ? form.currentStatus : '';
  return {
    filerType: true,
    hasMyNumberCard: includes(CARD_HOLDER_FILER_TYPES, form.filerType),
    livesInJapan: isRelative,
    relationship: isRelative,
    relationToOrganization: includes(ORGANIZATION_FILER_TYPES, form.filerType),
    organizationRequestOnFile: form.filerType === 'ORG_SUPPORT' || form.filerType === 'ORG_PUBLIC_INTEREST',
    mainProcedure: true,
    dateOfBirth: true,
    // R-ELIG-5 concerns a relative's change, extension, acquisition and re-entry.
    unableToApplyPersonally: isRelative && (main === 'CHANGE' || main === 'EXTENSION' || main === 'ACQUISITION' || form.reentry),
    currentStatus: needsCurrent,
    currentNotice: current === 'DESIGNATED_ACTIVITIES',
    periodOfStayExpiry: current !== '' && hasDatedPeriod(current),
    desiredStatus: needsDesired,
    desiredNotice: needsDesired && form.desiredStatus === 'DESIGNATED_ACTIVITIES',
    acquisitionEventDate: main === 'ACQUISITION',
    filingDate: true,
  };
}

/** A period of stay that ends on a date: not an indefinite one (永住者, 高度専門職2号), nor a diplomat's. */
function hasDatedPeriod(code: StatusCode): boolean {
  return !hasIndefinitePeriod(code) && getStatus(code).periods.some((p) => p.kind === 'FIXED' || p.kind === 'DESIGNATED');
}

const yesNo = (value: YesNo): boolean | null => (value === '' ? null : value === 'yes');
const orNull = <T extends string>(value: T | ''): T | null => (value === '' ? null : value);

function status(code: StatusCode | '', notice: DesignatedActivityNotice | ''): EligibilityRequestInput['desiredStatus'] {
  if (code === '') return null;
  return { code, notice: code === 'DESIGNATED_ACTIVITIES' ? orNull(notice) : null };
}

/** A request as the form makes it: like the API's, except that the two always-asked answers may still be missing. */
export type PrecheckRequest = Omit<EligibilityRequestInput, 'filer' | 'applicant'> & {
  filer: Omit<EligibilityRequestInput['filer'], 'type'> & { type: FilerType | undefined };
  applicant: Omit<EligibilityRequestInput['applicant'], 'dateOfBirth'> & { dateOfBirth: string | undefined };
};

/** Noon JST on the date: any time of the day checks the same JST calendar date. */
export function filingDateTimeOf(date: string): string {
  return `${date}T12:00:00+09:00`;
}

/**
 * The request the answers make, with only the questions that concern them. Unanswered questions stay empty
 * (undefined or null), so the schema names exactly what is missing.
 */
export function buildRequest(form: PrecheckForm): PrecheckRequest {
  const visible = visibleFields(form);
  const procedures: ProcedureCode[] = [];
  if (form.mainProcedure !== '' && form.mainProcedure !== 'NONE') procedures.push(form.mainProcedure);
  if (form.reentry) procedures.push('REENTRY');
  if (form.outsideActivity) procedures.push('OUTSIDE_ACTIVITY');
  return {
    filer: {
      type: form.filerType === '' ? undefined : form.filerType,
      hasMyNumberCard: visible.hasMyNumberCard ? yesNo(form.hasMyNumberCard) : null,
      livesInJapan: visible.livesInJapan ? yesNo(form.livesInJapan) : null,
      relationship: visible.relationship && form.relationship !== '' ? form.relationship : null,
    },
    applicant: {
      dateOfBirth: form.dateOfBirth === '' ? undefined : form.dateOfBirth,
      unableToApplyPersonally: visible.unableToApplyPersonally && form.unableToApplyPersonally,
      currentStatus: visible.currentStatus ? status(form.currentStatus, form.currentNotice) : null,
      periodOfStayExpiry: visible.periodOfStayExpiry ? orNull(form.periodOfStayExpiry) : null,
      acquisitionEventDate: visible.acquisitionEventDate ? orNull(form.acquisitionEventDate) : null,
      relationToOrganization: visible.relationToOrganization && form.relationToOrganization !== '' ? form.relationToOrganization : null,
      organizationRequestOnFile: visible.organizationRequestOnFile ? yesNo(form.organizationRequestOnFile) : null,
    },
    procedures,
    desiredStatus: visible.desiredStatus ? status(form.desiredStatus, form.desiredNotice) : null,
    ...(isValidIsoDate(form.filingDate) ? { filingDateTime: filingDateTimeOf(form.filingDate) } : {}),
  };
}

/** Where each request path is answered in the form. */
const FIELD_OF_PATH: Record<string, FieldId> = {
  'filer.type': 'filerType',
  'filer.hasMyNumberCard': 'hasMyNumberCard',
  'filer.livesInJapan': 'livesInJapan',
  'filer.relationship': 'relationship',
  'applicant.dateOfBirth': 'dateOfBirth',
  'applicant.unableToApplyPersonally': 'unableToApplyPersonally',
  'applicant.currentStatus': 'currentStatus',
  'applicant.currentStatus.code': 'currentStatus',
  'applicant.currentStatus.notice': 'currentNotice',
  'applicant.periodOfStayExpiry': 'periodOfStayExpiry',
  'applicant.acquisitionEventDate': 'acquisitionEventDate',
  'applicant.relationToOrganization': 'relationToOrganization',
  'applicant.organizationRequestOnFile': 'organizationRequestOnFile',
  desiredStatus: 'desiredStatus',
  'desiredStatus.code': 'desiredStatus',
  'desiredStatus.notice': 'desiredNotice',
  filingDateTime: 'filingDate',
};

export function fieldOfPath(path: string): FieldId {
  if (path === 'procedures' || path.startsWith('procedures.')) return 'mainProcedure';
  return FIELD_OF_PATH[path] ?? 'mainProcedure';
}

/**
 * A field error: the schema's own bilingual message, or — where the schema's message is written for API clients
 * (it lists codes) and the control is simply unanswered — a key of the page's plain "please answer" messages.
 */
export type FieldProblem = { message: Bilingual } | { unanswered: UnansweredKey };
export type UnansweredKey = 'filerType' | 'dateOfBirth' | 'notice' | 'filingDate' | 'choice';

export type FieldErrors = Partial<Record<FieldId, FieldProblem>>;

export interface Evaluation {
  /** Errors in the order of the form. */
  errors: FieldErrors;
  /** The answer, once the request is complete and valid. */
  result: EligibilityResult | undefined;
}

function unansweredKey(field: FieldId, form: PrecheckForm): UnansweredKey | undefined {
  switch (field) {
    case 'filerType':
      return form.filerType === '' ? 'filerType' : undefined;
    case 'dateOfBirth':
      return form.dateOfBirth === '' ? 'dateOfBirth' : undefined;
    case 'currentNotice':
      return form.currentNotice === '' ? 'notice' : undefined;
    case 'desiredNotice':
      return form.desiredNotice === '' ? 'notice' : undefined;
    default:
      return undefined;
  }
}

/** Validates the answers with the request schema and, when they are complete, runs checkFiling in the browser. */
export function evaluate(form: PrecheckForm): Evaluation {
  const found = new Map<FieldId, FieldProblem>();
  if (!isValidIsoDate(form.filingDate)) found.set('filingDate', { unanswered: 'filingDate' });
  const parsed = EligibilityRequest.safeParse(buildRequest(form));
  if (!parsed.success) {
    for (const error of toFieldErrors(parsed.error.issues)) {
      const field = fieldOfPath(error.path);
      if (found.has(field)) continue; // the first problem of a field is the one to fix first
      const unanswered = unansweredKey(field, form);
      found.set(field, unanswered ? { unanswered } : { message: error.message });
    }
  }
  // The schema checks the filer's follow-up questions only once a procedure is chosen; ask for them anyway.
  const visible = visibleFields(form);
  for (const field of ['hasMyNumberCard', 'livesInJapan', 'relationship', 'relationToOrganization', 'organizationRequestOnFile'] as const) {
    if (visible[field] && form[field] === '' && !found.has(field)) found.set(field, { unanswered: 'choice' });
  }
  const errors: FieldErrors = {};
  for (const field of FIELD_IDS) {
    const problem = found.get(field);
    if (problem) errors[field] = problem;
  }
  if (!parsed.success || found.size > 0) return { errors, result: undefined };
  // filingDateTime is always set here, so the clock is not read.
  return { errors, result: checkFiling(parsed.data, systemClock) };
}
