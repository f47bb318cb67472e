import { CARD_HOLDER_FILER_TYPES, type FilerType } from '../eligibility/codes.js';
import { isOneOf } from '../eligibility/list.js';
import { ORGANIZATION_PART_PROCEDURES, ORGANIZATION_PART_STATUSES } from '../eligibility/tables.js';
import type { MainProcedureCode, StatusCode } from '../reference/index.js';
import type { Bilingual } from '../validation/field-errors.js';
import { SOURCES } from './sources.js';
import type { DocumentRule } from './types.js';

const note = (ja: string, en: string): Bilingual => ({ ja, en });

const SHOWN_AS_COPY = note(
  '窓口での申請では提示するものを、オンライン申請では写しで添付します。',
  'What is shown at the counter when filing in person is attached as a copy online.',
);

/** What each main procedure asks besides the status's list (each procedure's own page). */
export const MAIN_PROCEDURE_RULES: readonly DocumentRule[] = [
  { code: 'PASSPORT_COPY', requirement: 'REQUIRED', procedures: ['CHANGE'], source: SOURCES.change, note: SHOWN_AS_COPY },
  { code: 'PASSPORT_COPY', requirement: 'REQUIRED', procedures: ['EXTENSION'], source: SOURCES.extension, note: SHOWN_AS_COPY },
  { code: 'PASSPORT_COPY', requirement: 'REQUIRED', procedures: ['WORK_CERT'], source: SOURCES.workCert, note: SHOWN_AS_COPY },
  {
    code: 'PASSPORT_COPY', requirement: 'OPTIONAL', procedures: ['ACQUISITION'], source: SOURCES.acquisition,
    note: note('旅券を所持している場合に添付します。', 'Attach it if the applicant holds a passport.'),
  },
  { code: 'RESIDENCE_CARD_COPY', requirement: 'REQUIRED', procedures: ['CHANGE'], source: SOURCES.change, note: SHOWN_AS_COPY },
  { code: 'RESIDENCE_CARD_COPY', requirement: 'REQUIRED', procedures: ['EXTENSION'], source: SOURCES.extension, note: SHOWN_AS_COPY },
  { code: 'RESIDENCE_CARD_COPY', requirement: 'REQUIRED', procedures: ['WORK_CERT'], source: SOURCES.workCert, note: SHOWN_AS_COPY },
  { code: 'ACQUISITION_EVENT_PROOF', requirement: 'REQUIRED', procedures: ['ACQUISITION'], source: SOURCES.acquisition },
  { code: 'WORK_CERT_ACTIVITY_PROOF', requirement: 'REQUIRED', procedures: ['WORK_CERT'], source: SOURCES.workCert },
  {
    code: 'PREVIOUS_EMPLOYMENT_PROOF', requirement: 'OPTIONAL', procedures: ['WORK_CERT'], source: SOURCES.workCert,
    note: note('転職した場合に提出します。', 'Needed after a change of employer.'),
  },
];

/** Re-entry permission is a stamp in the passport, so the passport is needed even when acquiring a status. */
export const REENTRY_RULE: DocumentRule = {
  code: 'PASSPORT_COPY', requirement: 'REQUIRED', procedures: ['REENTRY'], source: SOURCES.reentry,
  note: note('再入国許可は旅券に証印して行うため、旅券が必要です。', 'Re-entry permission is stamped in the passport, so a passport is needed.'),
};

/** Students and dependants usually ask for the comprehensive permission (週28時間), which needs no contract yet. */
const COMPREHENSIVE_PERMISSION_STATUSES = ['STUDENT', 'DEPENDENT'] as const satisfies readonly StatusCode[];

export function outsideActivityRule(status: StatusCode): DocumentRule {
  const comprehensive = isOneOf(COMPREHENSIVE_PERMISSION_STATUSES, status);
  return {
    code: 'OUTSIDE_ACTIVITY_DETAILS', requirement: comprehensive ? 'OPTIONAL' : 'REQUIRED', procedures: ['OUTSIDE_ACTIVITY'],
    source: SOURCES.outsideActivity,
    ...(comprehensive
      ? { note: note('包括許可（1週28時間以内）の場合は不要です。勤務先等を特定した個別許可の場合に提出します。', 'Not needed for the comprehensive permission (up to 28 hours a week); needed for a permission for a specific job.') }
      : {}),
  };
}

/**
 * R-ELIG-8 (seed 002, Q5): a foreign national, legal representative or relative filing alone enters the
 * applicant's part only, so the organisation's part comes as a file. Intermediaries and organisation staff fill
 * it in the form instead.
 */
export function organizationPartRule(main: MainProcedureCode | undefined, status: StatusCode, filerType: FilerType): DocumentRule | undefined {
  if (!isOneOf(CARD_HOLDER_FILER_TYPES, filerType) || !isOneOf(ORGANIZATION_PART_PROCEDURES, main) || !isOneOf(ORGANIZATION_PART_STATUSES, status)) return undefined;
  return {
    code: 'ORGANIZATION_PART_FORM', requirement: 'REQUIRED', procedures: [main], source: SOURCES.online,
    note: note('在留資格に応じた所属機関等作成用の様式を、所属機関等に作成してもらい添付してください。', "Ask the organisation to complete the organisation's part for the status and attach it."),
  };
}

export const OTHER_DOCUMENTS_RULE: DocumentRule = {
  code: 'OTHER', requirement: 'OPTIONAL', procedures: [], source: SOURCES.online,
  note: note('審査の参考になる資料があれば添付できます。', 'Anything else that helps the examination may be attached.'),
};
