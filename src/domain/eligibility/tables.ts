import type { DesignatedActivityNotice, ProcedureCode, StatusCode } from '../reference/index.js';
import type { IndividualFilerType, OrganizationFilerType, OrganizationRelation } from './codes.js';

/**
 * The rule tables of SPEC §3, in one place. Everything else in this folder only reads them.
 */

/** A cell of seed 000's table: ○, × or △ with the footnote that decides it. */
export type FilerCell = 'ALLOWED' | 'NOT_ALLOWED' | 'NOTE_2_RELATIVE_COE' | 'NOTE_3_UNDER_16_OR_UNABLE';

const ALL_ALLOWED: Record<ProcedureCode, FilerCell> = {
  COE: 'ALLOWED', CHANGE: 'ALLOWED', EXTENSION: 'ALLOWED', ACQUISITION: 'ALLOWED',
  WORK_CERT: 'ALLOWED', OUTSIDE_ACTIVITY: 'ALLOWED', REENTRY: 'ALLOWED',
};

/** R-ELIG-1: who may file what among individual filers (seed 000, 個人利用者). */
export const INDIVIDUAL_FILER_TABLE: Record<IndividualFilerType, Record<ProcedureCode, FilerCell>> = {
  FOREIGN_NATIONAL: ALL_ALLOWED,
  LEGAL_REPRESENTATIVE: ALL_ALLOWED,
  RELATIVE: {
    COE: 'NOTE_2_RELATIVE_COE',
    CHANGE: 'NOTE_3_UNDER_16_OR_UNABLE',
    EXTENSION: 'NOTE_3_UNDER_16_OR_UNABLE',
    ACQUISITION: 'NOTE_3_UNDER_16_OR_UNABLE',
    WORK_CERT: 'NOT_ALLOWED',
    OUTSIDE_ACTIVITY: 'NOT_ALLOWED',
    REENTRY: 'NOTE_3_UNDER_16_OR_UNABLE',
  },
  LAWYER_SCRIVENER: ALL_ALLOWED,
};

/** R-ELIG-5: a relative files for an applicant under this age (or one unable to file personally). */
export const RELATIVE_AGE_LIMIT = 16;

/** R-ELIG-4 (seed 000 注2): desired statuses for which a relative living in Japan may file a COE. */
export const RELATIVE_COE_STATUSES = [
  'CULTURAL_ACTIVITIES', 'STUDENT', 'DEPENDENT', 'SPOUSE_OF_JAPANESE', 'SPOUSE_OF_PERMANENT_RESIDENT', 'LONG_TERM_RESIDENT',
] as const satisfies readonly StatusCode[];

/** R-ELIG-4: the 特定活動 告示 numbers named by seed 000 注2 (families of sportspeople, EPA nurses, HSP, researchers, graduates, J-Find). */
export const RELATIVE_COE_NOTICES = [
  '7', '18', '19', '23', '24', '30', '31', '33', '33-2', '34', '38', '39', '47', '52',
] as const satisfies readonly DesignatedActivityNotice[];

/**
 * R-ELIG-7 ③: 特定活動 whose designated activity is being supported (扶養を受ける) by the principal.
 * Checked against the 告示 (平成2年法務省告示第131号): 7, 18, 19, 23, 24, 30, 31, 38 and 47, 52 designate
 * "…の扶養を受ける配偶者又は子として行う日常的な活動"; 39 designates the parents who live with and are
 * supported by a 36/37号 researcher. 33 and 33の2 (working spouses of HSP / special highly skilled
 * persons) and 34 (parents of HSP raising a child under 7, on household income) are families but not
 * supported, so they stay out although seed 000 lists them for relatives' COE.
 * Deviation from the issue's list: 45 is added — it designates the supported spouse or child of a
 * 44号 entrepreneur (外国人起業活動促進事業), the same 扶養を受ける wording as the others.
 */
export const SUPPORTED_DEPENDANT_NOTICES = [
  '7', '18', '19', '23', '24', '30', '31', '38', '39', '45', '47', '52',
] as const satisfies readonly DesignatedActivityNotice[];

/** R-ELIG-8: procedures in which an individual filer enters the applicant's part only. */
export const ORGANIZATION_PART_PROCEDURES = ['COE', 'CHANGE', 'EXTENSION'] as const satisfies readonly ProcedureCode[];

/** R-ELIG-8 (FAQ of seed 002, Q5): statuses whose organisation's part is attached as files by individual filers. */
export const ORGANIZATION_PART_STATUSES = [
  'PROFESSOR', 'ARTIST', 'RELIGIOUS_ACTIVITIES', 'JOURNALIST', 'HSP_1A', 'HSP_1B', 'HSP_1C', 'HSP_2',
  'BUSINESS_MANAGER', 'LEGAL_ACCOUNTING', 'MEDICAL', 'RESEARCHER', 'INSTRUCTOR', 'ENGINEER_HUMANITIES_INTL',
  'INTRA_COMPANY_TRANSFEREE', 'NURSING_CARE', 'ENTERTAINER', 'SKILLED_LABOR', 'SSW_1', 'SSW_2',
  'TITP_1', 'TITP_2', 'TITP_3', 'CULTURAL_ACTIVITIES', 'STUDENT', 'TRAINEE', 'DEPENDENT',
] as const satisfies readonly StatusCode[];

/** R-ELIG-6: reached only by a change from one of these (高度専門職2号 from 1号), never by a COE or an acquisition. */
export const CHANGE_ONLY_STATUSES: Partial<Record<StatusCode, readonly StatusCode[]>> = {
  HSP_2: ['HSP_1A', 'HSP_1B', 'HSP_1C'],
};

/** R-ELIG-6: permanent residence is its own (counter) procedure, never the desired status of an online filing. */
export const NEVER_DESIRED_ONLINE = ['PERMANENT_RESIDENT'] as const satisfies readonly StatusCode[];

/** A cell of the organisation table: in range, outside it, or a trainee missing from the current list. */
export type RangeCell = 'IN_RANGE' | 'OUTSIDE' | 'TRAINEE_NOT_ON_LIST';

const row = (accepting: RangeCell, supervising: RangeCell, support: RangeCell, publicInterest: RangeCell): Record<OrganizationFilerType, RangeCell> => ({
  ORG_ACCEPTING: accepting, ORG_SUPERVISING: supervising, ORG_SUPPORT: support, ORG_PUBLIC_INTEREST: publicInterest,
});
const I = 'IN_RANGE';
const O = 'OUTSIDE';
const T = 'TRAINEE_NOT_ON_LIST';

/** R-ELIG-7: relation × organisation type (seeds 000, 003; issue 3's table). */
export const ORGANIZATION_RANGE_TABLE: Record<OrganizationRelation, Record<OrganizationFilerType, RangeCell>> = {
  ACCEPTED: row(I, I, O, I),
  FAMILY_OFFICIAL: row(I, O, O, I),
  DEPENDENT: row(I, O, O, I),
  SPOUSE_CHILD_DEPENDENT: row(I, O, O, I),
  LEGAL_REPRESENTATIVE: row(I, O, O, O),
  TRAINEE_LISTED: row(O, I, O, I),
  TRAINEE_UNLISTED: row(O, T, O, T),
  SUPPORTED_UNDER_CONTRACT: row(O, O, I, O),
  NONE: row(O, O, O, O),
};

/** What the status in question must be for each relation; ANY when the relation alone decides. */
export type StatusRequirement =
  | { kind: 'ANY' }
  | { kind: 'ONE_OF'; statuses: readonly StatusCode[]; designatedNotices: readonly DesignatedActivityNotice[] };

const oneOf = (statuses: readonly StatusCode[], designatedNotices: readonly DesignatedActivityNotice[] = []): StatusRequirement => ({ kind: 'ONE_OF', statuses, designatedNotices });
const TRAINEE_STATUSES = ['TITP_1', 'TITP_2', 'TITP_3'] as const satisfies readonly StatusCode[];

export const RELATION_STATUS_REQUIREMENT: Record<OrganizationRelation, StatusRequirement> = {
  ACCEPTED: { kind: 'ANY' },
  FAMILY_OFFICIAL: oneOf(['OFFICIAL']),
  DEPENDENT: oneOf(['DEPENDENT'], SUPPORTED_DEPENDANT_NOTICES),
  SPOUSE_CHILD_DEPENDENT: oneOf(['SPOUSE_OF_JAPANESE', 'SPOUSE_OF_PERMANENT_RESIDENT', 'LONG_TERM_RESIDENT']),
  LEGAL_REPRESENTATIVE: { kind: 'ANY' },
  TRAINEE_LISTED: oneOf(TRAINEE_STATUSES),
  TRAINEE_UNLISTED: oneOf(TRAINEE_STATUSES),
  SUPPORTED_UNDER_CONTRACT: oneOf(['SSW_1']),
  NONE: { kind: 'ANY' },
};

/** R-ELIG-7: support organisations and public-interest corporations act only on the requesting organisation's letter. */
export const REQUEST_LETTER_FILER_TYPES = ['ORG_SUPPORT', 'ORG_PUBLIC_INTEREST'] as const satisfies readonly OrganizationFilerType[];

/** R-ELIG-9 */
export const EXTENSION_WINDOW_MONTHS = 3;
export const ACQUISITION_DEADLINE_DAYS = 30;
