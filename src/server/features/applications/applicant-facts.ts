import { isOneOf } from '../../../domain/eligibility/list.js';
import { officeForPrefecture, type OfficeCode } from '../../../domain/reference/bureaus.js';
import { PROCEDURE_CODES, isMainProcedure, type MainProcedureCode, type ProcedureCode } from '../../../domain/reference/procedures.js';
import type { Answers } from '../../../forms/types.js';
import { officeOfAddress, type Filer } from './filer.js';

/** The answer ids the server reads besides what the forms engine does with them (agreed with the forms engineer). */
export const ANSWER_IDS = {
  procedures: 'step1.procedures',
  name: 'applicant.name',
  nationality: 'applicant.nationality',
  passportNumber: 'applicant.passport.number',
  residenceCardNumber: 'applicant.residenceCardNumber',
  notificationEmail: 'applicant.notificationEmail',
  /** JIS X 0401 code of the address in Japan. */
  addressPrefecture: 'applicant.address.prefecture',
  /** The organisation's part (所属機関等作成用): its address, written out from the prefecture. */
  organizationAddress: 'organization.address',
} as const;

function text(answers: Answers, id: string): string | null {
  const value = answers[id];
  if (typeof value !== 'string') return null;
  const trimmed = value.normalize('NFKC').trim();
  return trimmed === '' ? null : trimmed;
}

export function proceduresOf(answers: Answers): ProcedureCode[] {
  const value = answers[ANSWER_IDS.procedures];
  if (!Array.isArray(value)) return [];
  return value.filter((p): p is ProcedureCode => isOneOf(PROCEDURE_CODES, p));
}

export function mainProcedureOf(procedures: readonly ProcedureCode[]): MainProcedureCode | null {
  return procedures.find(isMainProcedure) ?? null;
}

/** What identifies the applicant (R-PLUS-6) and names them in lists, mails and search; copied to columns on save. */
export interface ApplicantFacts {
  name: string | null;
  nationality: string | null;
  passportNumber: string | null;
  residenceCardNumber: string | null;
  notificationEmail: string | null;
}

export function applicantFactsOf(answers: Answers): ApplicantFacts {
  const upper = (id: string) => text(answers, id)?.toUpperCase().replace(/\s+/g, ' ') ?? null;
  const compact = (id: string) => upper(id)?.replace(/[\s-]/g, '') ?? null;
  return {
    name: upper(ANSWER_IDS.name),
    nationality: upper(ANSWER_IDS.nationality),
    passportNumber: compact(ANSWER_IDS.passportNumber),
    residenceCardNumber: compact(ANSWER_IDS.residenceCardNumber),
    notificationEmail: text(answers, ANSWER_IDS.notificationEmail)?.toLowerCase() ?? null,
  };
}

/** The columns an autosave refreshes from the answers (list filters, search, R-PLUS-6 matching). */
export function searchColumnsOf(answers: Answers) {
  const procedures = proceduresOf(answers);
  const facts = applicantFactsOf(answers);
  return {
    procedures, mainProcedure: mainProcedureOf(procedures), applicantName: facts.name, applicantNationality: facts.nationality,
    applicantPassportNumber: facts.passportNumber, applicantResidenceCardNumber: facts.residenceCardNumber,
  };
}

/** Which search column each answer feeds: a patch refreshes only the columns whose answers it touches. */
const COLUMN_SOURCES: readonly [string, readonly (keyof ReturnType<typeof searchColumnsOf>)[]][] = [
  [ANSWER_IDS.procedures, ['procedures', 'mainProcedure']],
  [ANSWER_IDS.name, ['applicantName']],
  [ANSWER_IDS.nationality, ['applicantNationality']],
  [ANSWER_IDS.passportNumber, ['applicantPassportNumber']],
  [ANSWER_IDS.residenceCardNumber, ['applicantResidenceCardNumber']],
];

/** The search columns a patch changes: `set` holds the new (normalised) answers, `removed` the cleared ids. */
export function searchColumnChanges(set: Answers, removed: readonly string[]): Partial<ReturnType<typeof searchColumnsOf>> {
  const all = searchColumnsOf(set);
  const changes: Partial<ReturnType<typeof searchColumnsOf>> = {};
  for (const [id, columns] of COLUMN_SOURCES) {
    if (!(id in set) && !removed.includes(id)) continue;
    for (const column of columns) Object.assign(changes, { [column]: all[column] });
  }
  return changes;
}

/**
 * SPEC §2.3: the office with jurisdiction over the applicant's address in Japan; for a COE (no address in Japan yet)
 * the accepting organisation's address; otherwise the filing organisation's or the filer's own office.
 */
export function jurisdictionOf(answers: Answers, filer: Filer): OfficeCode | null {
  const prefecture = text(answers, ANSWER_IDS.addressPrefecture);
  return (prefecture ? officeForPrefecture(prefecture.padStart(2, '0'))?.code : undefined)
    ?? officeOfAddress(text(answers, ANSWER_IDS.organizationAddress))
    ?? filer.organization?.office
    ?? filer.office;
}
