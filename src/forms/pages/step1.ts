import { ORGANIZATION_FILER_TYPES, ORGANIZATION_RELATIONS, RELATIONSHIPS } from '../../domain/eligibility/index.js';
import {
  DESIGNATED_ACTIVITY_NOTICES, PROCEDURE_CODES, STATUSES, isMainProcedure, type ProcedureCode,
} from '../../domain/reference/index.js';
import type { FieldError } from '../../domain/validation/field-errors.js';
import { STEP1_EN } from '../messages/step1-en.js';
import { STEP1_JA } from '../messages/step1-ja.js';
import type { Answers, Condition, FormContext, PageDefinition, ValidationMode } from '../types.js';
import { equals, field, isYes, oneOf, options, pageTitle } from './define.js';

/**
 * Step 1 (R-FORM-1): the procedures, the statuses and what the eligibility rules (SPEC §3) need to know. The filer
 * type is never asked: it comes from the signed-in account. Ids are part of the contract with the server and web.
 */
export const STEP1_IDS = {
  procedures: 'step1.procedures',
  currentStatus: 'step1.currentStatus',
  currentStatusNotice: 'step1.currentStatusNotice',
  periodOfStayExpiry: 'step1.periodOfStayExpiry',
  desiredStatus: 'step1.desiredStatus',
  desiredStatusNotice: 'step1.desiredStatusNotice',
  acquisitionEventDate: 'step1.acquisitionEventDate',
  applicantDateOfBirth: 'step1.applicantDateOfBirth',
  relationToOrganization: 'step1.relationToOrganization',
  relationship: 'step1.relationship',
  livesInJapan: 'step1.livesInJapan',
  unableToApplyPersonally: 'step1.unableToApplyPersonally',
  unableReason: 'step1.unableReason',
} as const;

const S = STEP1_IDS;

/** The procedures that concern a status the applicant holds now, and those that ask for a status. */
export const CURRENT_STATUS_PROCEDURES = ['CHANGE', 'EXTENSION', 'WORK_CERT'] as const satisfies readonly ProcedureCode[];
export const DESIRED_STATUS_PROCEDURES = ['COE', 'CHANGE', 'ACQUISITION'] as const satisfies readonly ProcedureCode[];

/** Statuses whose period of stay ends on no date (永住者, 高度専門職2号, 外交): no expiry date is asked. */
export const UNDATED_STATUSES: readonly string[] = STATUSES
  .filter((s) => !s.periods.some((p) => p.kind === 'FIXED' || p.kind === 'DESIGNATED'))
  .map((s) => s.code);

const asksCurrent: Condition = oneOf(S.procedures, CURRENT_STATUS_PROCEDURES);
const asksDesired: Condition = oneOf(S.procedures, DESIRED_STATUS_PROCEDURES);
const byRelative: Condition = { filer: ['RELATIVE'] };
const NOTICE_OPTIONS = options('designatedNotice', DESIGNATED_ACTIVITY_NOTICES);

export const STEP1_PAGE: PageDefinition = {
  id: 'step1',
  titleKey: pageTitle('step1'),
  part: 'step1',
  fields: [
    field(S.procedures, 'multiChoice', { required: true, hint: true, options: options(S.procedures, PROCEDURE_CODES) }),
    field(S.currentStatus, 'status', { required: true, hint: true, condition: asksCurrent }),
    field(S.currentStatusNotice, 'choice', {
      required: true, hint: true, options: NOTICE_OPTIONS, condition: { all: [asksCurrent, equals(S.currentStatus, 'DESIGNATED_ACTIVITIES')] },
    }),
    field(S.periodOfStayExpiry, 'date', { required: true, hint: true, condition: { all: [asksCurrent, { not: oneOf(S.currentStatus, UNDATED_STATUSES) }] } }),
    field(S.desiredStatus, 'status', { required: true, condition: asksDesired }),
    field(S.desiredStatusNotice, 'choice', {
      required: true, hint: true, options: NOTICE_OPTIONS, condition: { all: [asksDesired, equals(S.desiredStatus, 'DESIGNATED_ACTIVITIES')] },
    }),
    field(S.acquisitionEventDate, 'date', { required: true, hint: true, condition: equals(S.procedures, 'ACQUISITION') }),
    field(S.applicantDateOfBirth, 'date', { required: true, hint: true }),
    field(S.relationToOrganization, 'choice', {
      required: true, hint: true, options: options(S.relationToOrganization, ORGANIZATION_RELATIONS), condition: { filer: ORGANIZATION_FILER_TYPES },
    }),
    field(S.relationship, 'choice', { required: true, options: options(S.relationship, RELATIONSHIPS), condition: byRelative }),
    field(S.livesInJapan, 'yesNo', { required: true, condition: byRelative }),
    field(S.unableToApplyPersonally, 'yesNo', { required: true, hint: true, condition: byRelative }),
    field(S.unableReason, 'textarea', { required: true, maxLength: 600, condition: { all: [byRelative, isYes(S.unableToApplyPersonally)] } }),
  ],
};

/** The valid procedure codes among the answer to `step1.procedures`. */
export const proceduresOf = (answers: Answers): ProcedureCode[] => {
  const value = answers[S.procedures];
  return Array.isArray(value) ? value.filter((p): p is ProcedureCode => (PROCEDURE_CODES as readonly unknown[]).includes(p)) : [];
};

/**
 * One submission holds one main procedure (SPEC §2.1); re-entry and outside activity come with one (R-ELIG-3, whose
 * finer rule — only with a change, an extension or an acquisition — the eligibility check states with its reason).
 */
export function checkStep1(answers: Answers, _context: FormContext, mode: ValidationMode): FieldError[] {
  const procedures = proceduresOf(answers);
  const mains = procedures.filter(isMainProcedure);
  if (mains.length > 1) return [{ path: S.procedures, message: { ja: STEP1_JA['step1.procedures.error.oneMain'], en: STEP1_EN['step1.procedures.error.oneMain'] } }];
  if (mode === 'submit' && procedures.length > 0 && mains.length === 0) {
    return [{ path: S.procedures, message: { ja: STEP1_JA['step1.procedures.error.noMain'], en: STEP1_EN['step1.procedures.error.noMain'] } }];
  }
  return [];
}
