import type { Bilingual } from '../validation/field-errors.js';
import { SOURCES } from './sources.js';
import type { AnswerCondition, DocumentRule, StatusDocumentTable } from './types.js';

/**
 * Transcribed from ISA's 「提出書類」 of 特定技能, 技能実習, 留学 and the family statuses, and the generic list for
 * every other status. Left out on purpose, as they vary with facts the form does not ask: 特定技能's documents on
 * the accepting organisation (they depend on its track record) and per industry field, 留学's lists per type of
 * school beyond the admission and the means of support, and 定住者's lists per 告示 type beyond the common lines.
 */

const ALL_MAIN = ['COE', 'CHANGE', 'EXTENSION'] as const;
const ENTRY = ['COE', 'CHANGE'] as const;
const note = (ja: string, en: string): Bilingual => ({ ja, en });

/** Field of the family page (src/forms/status/family.ts). */
const FAMILY_RELATIONSHIP_FIELD = 'status.family.relationship';
export const SPOUSE_ANSWER: AnswerCondition = {
  field: FAMILY_RELATIONSHIP_FIELD, in: ['SPOUSE'], describes: note('配偶者の場合', 'For a spouse'),
};
export const CHILD_ANSWER: AnswerCondition = {
  field: FAMILY_RELATIONSHIP_FIELD, in: ['CHILD', 'SPECIAL_ADOPTED_CHILD'], describes: note('実子又は特別養子の場合', 'For a child or a specially adopted child'),
};

const sswRules = (firstGrade: boolean): DocumentRule[] => [
  {
    code: 'SSW_SKILL_PROOF', requirement: 'REQUIRED', procedures: ENTRY,
    ...(firstGrade ? {} : { note: note('2号の場合は、2号特定技能評価試験等の合格証明書と、分野で定める実務経験を証する資料', 'For (ii): the certificate of the (ii) skills test and proof of the practical experience the field requires') }),
  },
  ...(firstGrade
    ? [
      {
        code: 'SSW_JAPANESE_PROOF', requirement: 'OPTIONAL', procedures: ENTRY,
        note: note('試験で日本語能力を証明する場合に提出します（技能実習2号を良好に修了した方は不要です）。', 'Needed when Japanese ability is proven by a test (not for those who completed Technical Intern Training (ii) in good standing).'),
      } satisfies DocumentRule,
      { code: 'SSW_SUPPORT_PLAN', requirement: 'REQUIRED', procedures: ENTRY } satisfies DocumentRule,
    ]
    : []),
  { code: 'SSW_EMPLOYMENT_CONTRACT', requirement: 'REQUIRED', procedures: ENTRY },
  { code: 'HEALTH_CHECK_RECORD', requirement: 'REQUIRED', procedures: ENTRY },
  { code: 'RESIDENT_TAX_CERTIFICATES', requirement: 'REQUIRED', procedures: ['EXTENSION'] },
];

export const SSW_1_TABLE: StatusDocumentTable = { statuses: ['SSW_1'], source: SOURCES.ssw, rules: sswRules(true) };
export const SSW_2_TABLE: StatusDocumentTable = { statuses: ['SSW_2'], source: SOURCES.ssw, rules: sswRules(false) };

export const TITP_TABLE: StatusDocumentTable = {
  statuses: ['TITP_1', 'TITP_2', 'TITP_3'],
  source: SOURCES.titp,
  rules: [
    {
      code: 'TITP_PLAN_APPROVAL', requirement: 'REQUIRED', procedures: ENTRY,
      note: note('申請する号（1号・2号・3号）の技能実習計画に係るもの。変更の認定があったときは変更後のもの', 'For the plan of the grade applied for; after an approved change, the changed plan'),
    },
  ],
};

export const STUDENT_TABLE: StatusDocumentTable = {
  statuses: ['STUDENT'],
  source: SOURCES.student,
  rules: [
    { code: 'SCHOOL_ADMISSION_OR_ENROLMENT', requirement: 'REQUIRED', procedures: ENTRY },
    {
      code: 'STUDENT_FINANCIAL_SUPPORT', requirement: 'OPTIONAL', procedures: ALL_MAIN,
      note: note('教育機関の種類と区分により提出が不要な場合があります。', 'Depending on the type and standing of the school, this may not be needed.'),
    },
    { code: 'ACADEMIC_RECORD', requirement: 'REQUIRED', procedures: ['EXTENSION'] },
  ],
};

export const DEPENDENT_TABLE: StatusDocumentTable = {
  statuses: ['DEPENDENT'],
  source: SOURCES.dependent,
  rules: [
    { code: 'RELATIONSHIP_PROOF', requirement: 'REQUIRED', procedures: ENTRY },
    { code: 'SUPPORTER_RESIDENCE_CARD', requirement: 'REQUIRED', procedures: ALL_MAIN },
    { code: 'SUPPORTER_INCOME_PROOF', requirement: 'REQUIRED', procedures: ALL_MAIN },
  ],
};

/** The lines every family status shares: the sponsor's taxes, the guarantee and the household's residence record. */
const SPONSOR_RULES: readonly DocumentRule[] = [
  { code: 'SPONSOR_TAX_CERTIFICATES', requirement: 'REQUIRED', procedures: ALL_MAIN },
  { code: 'LETTER_OF_GUARANTEE', requirement: 'REQUIRED', procedures: ALL_MAIN },
  { code: 'HOUSEHOLD_RESIDENT_RECORD', requirement: 'REQUIRED', procedures: ALL_MAIN },
];
const SPOUSE_ENTRY_RULES: readonly DocumentRule[] = [
  { code: 'SPOUSE_QUESTIONNAIRE', requirement: 'REQUIRED', procedures: ENTRY, when: SPOUSE_ANSWER },
  { code: 'COUPLE_SNAPSHOTS', requirement: 'REQUIRED', procedures: ENTRY, when: SPOUSE_ANSWER },
];

export const SPOUSE_OF_JAPANESE_TABLE: StatusDocumentTable = {
  statuses: ['SPOUSE_OF_JAPANESE'],
  source: SOURCES.spouseOfJapanese,
  rules: [
    { code: 'JAPANESE_FAMILY_REGISTER', requirement: 'REQUIRED', procedures: ALL_MAIN },
    { code: 'FOREIGN_MARRIAGE_CERTIFICATE', requirement: 'REQUIRED', procedures: ENTRY, when: SPOUSE_ANSWER },
    { code: 'BIRTH_OR_ADOPTION_PROOF', requirement: 'REQUIRED', procedures: ENTRY, when: CHILD_ANSWER },
    ...SPOUSE_ENTRY_RULES,
    ...SPONSOR_RULES,
  ],
};

export const SPOUSE_OF_PERMANENT_RESIDENT_TABLE: StatusDocumentTable = {
  statuses: ['SPOUSE_OF_PERMANENT_RESIDENT'],
  source: SOURCES.spouseOfPermanentResident,
  rules: [
    { code: 'RELATIONSHIP_PROOF', requirement: 'REQUIRED', procedures: ENTRY },
    { code: 'SUPPORTER_RESIDENCE_CARD', requirement: 'REQUIRED', procedures: ALL_MAIN, note: note('永住者（特別永住者）である配偶者又は親のもの', 'Of the spouse or parent who is the permanent (or special permanent) resident') },
    ...SPOUSE_ENTRY_RULES,
    ...SPONSOR_RULES,
  ],
};

export const LONG_TERM_RESIDENT_TABLE: StatusDocumentTable = {
  statuses: ['LONG_TERM_RESIDENT'],
  source: SOURCES.longTermResident,
  rules: [
    { code: 'RELATIONSHIP_PROOF', requirement: 'REQUIRED', procedures: ENTRY, note: note('日系人、配偶者、扶養を受ける子など、該当する類型の身分関係を証するもの', 'Proving the relationship of the type that applies (Nikkei descendant, spouse, supported child, etc.)') },
    ...SPONSOR_RULES,
  ],
};

/** Every other status: its activity, or its continuation, with the resident tax where the status earns income. */
export const GENERIC_TABLE: StatusDocumentTable = {
  statuses: [],
  source: SOURCES.coe,
  rules: [
    {
      code: 'ACTIVITY_PROOF', requirement: 'REQUIRED', procedures: ['COE'], source: SOURCES.coe,
      note: note('在留資格ごとの提出書類は、出入国在留管理庁の在留資格の案内で確認してください。', 'The documents for each status are listed on the Immigration Services Agency page of that status.'),
    },
    {
      code: 'ACTIVITY_PROOF', requirement: 'REQUIRED', procedures: ['CHANGE'], source: SOURCES.change,
      note: note('在留資格ごとの提出書類は、出入国在留管理庁の在留資格の案内で確認してください。', 'The documents for each status are listed on the Immigration Services Agency page of that status.'),
    },
    { code: 'ACTIVITY_CONTINUATION_PROOF', requirement: 'REQUIRED', procedures: ['EXTENSION'], source: SOURCES.extension },
    {
      code: 'RESIDENT_TAX_CERTIFICATES', requirement: 'OPTIONAL', procedures: ['EXTENSION'], source: SOURCES.extension,
      note: note('報酬を受ける活動の在留資格の場合など、在留資格により必要です。', 'Needed for statuses whose activity is paid, among others, depending on the status.'),
    },
  ],
};

export const OTHER_TABLES: readonly StatusDocumentTable[] = [
  SSW_1_TABLE, SSW_2_TABLE, TITP_TABLE, STUDENT_TABLE, DEPENDENT_TABLE, SPOUSE_OF_JAPANESE_TABLE,
  SPOUSE_OF_PERMANENT_RESIDENT_TABLE, LONG_TERM_RESIDENT_TABLE,
];
