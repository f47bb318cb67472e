/** The vocabulary of the eligibility check (SPEC §3 and the API contract of issue 3). */

export const FILER_TYPES = [
  'FOREIGN_NATIONAL', 'LEGAL_REPRESENTATIVE', 'RELATIVE', 'LAWYER_SCRIVENER',
  'ORG_ACCEPTING', 'ORG_SUPERVISING', 'ORG_SUPPORT', 'ORG_PUBLIC_INTEREST',
] as const;
export type FilerType = (typeof FILER_TYPES)[number];

/** The rows of seed 000's individual-filer table (R-ELIG-1). */
export const INDIVIDUAL_FILER_TYPES = ['FOREIGN_NATIONAL', 'LEGAL_REPRESENTATIVE', 'RELATIVE', 'LAWYER_SCRIVENER'] as const satisfies readonly FilerType[];
export type IndividualFilerType = (typeof INDIVIDUAL_FILER_TYPES)[number];

/** Organisation staff, whose range of applicants is R-ELIG-7. */
export const ORGANIZATION_FILER_TYPES = ['ORG_ACCEPTING', 'ORG_SUPERVISING', 'ORG_SUPPORT', 'ORG_PUBLIC_INTEREST'] as const satisfies readonly FilerType[];
export type OrganizationFilerType = (typeof ORGANIZATION_FILER_TYPES)[number];

/** 「外国人本人・その他」: the filers who log in with a My Number card (R-ELIG-2) and file the applicant's part only (R-ELIG-8). */
export const CARD_HOLDER_FILER_TYPES = ['FOREIGN_NATIONAL', 'LEGAL_REPRESENTATIVE', 'RELATIVE'] as const satisfies readonly FilerType[];

export const RELATIONSHIPS = ['SPOUSE', 'CHILD', 'FATHER', 'MOTHER'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** The applicant's relation to the filing organisation: ①–⑤ of seed 000/003 and the trainee and support cases. */
export const ORGANIZATION_RELATIONS = [
  'ACCEPTED', 'FAMILY_OFFICIAL', 'DEPENDENT', 'SPOUSE_CHILD_DEPENDENT', 'LEGAL_REPRESENTATIVE',
  'TRAINEE_LISTED', 'TRAINEE_UNLISTED', 'SUPPORTED_UNDER_CONTRACT', 'NONE',
] as const;
export type OrganizationRelation = (typeof ORGANIZATION_RELATIONS)[number];

export const ELIGIBILITY_REASON_CODES = [
  'MY_NUMBER_CARD_REQUIRED',
  'RELATIVE_NOT_ALLOWED_FOR_PROCEDURE',
  'RELATIVE_MUST_LIVE_IN_JAPAN',
  'RELATIVE_COE_STATUS_NOT_ELIGIBLE',
  'RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE',
  'MUST_ACCOMPANY_CHANGE_EXTENSION_ACQUISITION',
  'STATUS_NOT_AVAILABLE_ONLINE',
  'STATUS_NOT_AVAILABLE_FOR_PROCEDURE',
  'CHANGE_TO_SAME_STATUS',
  'NO_EXTENSION_FOR_INDEFINITE_STATUS',
  'OUTSIDE_ORGANIZATION_RANGE',
  'TRAINEE_NOT_ON_LIST',
  'ORGANIZATION_REQUEST_REQUIRED',
  'LAST_DAY_OF_STAY',
  'PERIOD_OF_STAY_EXPIRED',
  'ACQUISITION_DEADLINE_PASSED',
] as const;
export type EligibilityReasonCode = (typeof ELIGIBILITY_REASON_CODES)[number];

export const ELIGIBILITY_NOTE_CODES = ['ORGANIZATION_PART_AS_ATTACHMENT', 'SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION'] as const;
export type EligibilityNoteCode = (typeof ELIGIBILITY_NOTE_CODES)[number];
