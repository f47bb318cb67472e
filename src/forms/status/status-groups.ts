import { STATUS_CODES, type StatusCode } from '../../domain/reference/index.js';
import type { Condition } from '../types.js';

/**
 * Which 区分 of the paper forms each status's status-specific and organisation parts follow (R-FORM-5). A status
 * is in exactly one organisation-part group (a test proves it); HSP statuses also have the point table.
 */
export const N_STATUSES = [
  'ENGINEER_HUMANITIES_INTL', 'SKILLED_LABOR', 'NURSING_CARE', 'RESEARCHER', 'INSTRUCTOR', 'INTRA_COMPANY_TRANSFEREE',
  'ENTERTAINER', 'HSP_1A', 'HSP_1B',
] as const satisfies readonly StatusCode[];
export const BUSINESS_MANAGER_STATUSES = ['BUSINESS_MANAGER', 'HSP_1C'] as const satisfies readonly StatusCode[];
export const HSP_STATUSES = ['HSP_1A', 'HSP_1B', 'HSP_1C', 'HSP_2'] as const satisfies readonly StatusCode[];
export const STUDENT_STATUSES = ['STUDENT'] as const satisfies readonly StatusCode[];
export const DEPENDENT_STATUSES = ['DEPENDENT'] as const satisfies readonly StatusCode[];
export const FAMILY_STATUSES = ['SPOUSE_OF_JAPANESE', 'SPOUSE_OF_PERMANENT_RESIDENT', 'LONG_TERM_RESIDENT'] as const satisfies readonly StatusCode[];
export const SSW_STATUSES = ['SSW_1', 'SSW_2'] as const satisfies readonly StatusCode[];
export const TITP_STATUSES = ['TITP_1', 'TITP_2', 'TITP_3'] as const satisfies readonly StatusCode[];

/** 高度専門職2号 carries on one of the 1号 activities, chosen on the HSP page; it decides the organisation part. */
export const HSP_ACTIVITY_FIELD = 'status.hsp.activity';
const hsp2With = (activities: readonly string[]): Condition => ({
  all: [{ status: ['HSP_2'] }, { field: HSP_ACTIVITY_FIELD, in: activities }],
});

/** 区分N: employment-type statuses, and 高度専門職 on イ/ロ activities. */
export const N_CONDITION: Condition = { any: [{ status: N_STATUSES }, hsp2With(['A', 'B'])] };
/** 経営・管理 and 高度専門職 on the ハ activity. */
export const BUSINESS_MANAGER_CONDITION: Condition = { any: [{ status: BUSINESS_MANAGER_STATUSES }, hsp2With(['C'])] };

/**
 * No organisation part on the paper forms: the family statuses (the supporter's details are asked instead) and
 * permanent residence; 外交 and 短期滞在 are never filed online (R-ELIG-6).
 */
export const NO_ORGANIZATION_PART_STATUSES = [
  ...DEPENDENT_STATUSES, ...FAMILY_STATUSES, 'PERMANENT_RESIDENT', 'DIPLOMAT', 'TEMPORARY_VISITOR',
] as const satisfies readonly StatusCode[];

const WITH_OWN_ORGANIZATION_PART: readonly StatusCode[] = [
  ...N_STATUSES, ...BUSINESS_MANAGER_STATUSES, 'HSP_2', ...STUDENT_STATUSES, ...SSW_STATUSES, ...TITP_STATUSES,
];

/** Every other status gets the generic organisation block (name, 法人番号, address, phone, relation, activity). */
export const GENERIC_ORGANIZATION_STATUSES: readonly StatusCode[] = STATUS_CODES.filter(
  (code) => !WITH_OWN_ORGANIZATION_PART.includes(code) && !(NO_ORGANIZATION_PART_STATUSES as readonly StatusCode[]).includes(code),
);

/** Statuses with an organisation part at all. */
export const ORGANIZATION_PART_STATUSES: readonly StatusCode[] = [...WITH_OWN_ORGANIZATION_PART, ...GENERIC_ORGANIZATION_STATUSES];

/** Organisations that employ the applicant: their size and insurance details are asked (R-FORM-5). */
export const EMPLOYER_STATUSES: readonly StatusCode[] = [
  ...N_STATUSES, ...BUSINESS_MANAGER_STATUSES, 'HSP_2', ...SSW_STATUSES, ...TITP_STATUSES,
];
