import type { Bilingual } from '../validation/field-errors.js';
import { SOURCES } from './sources.js';
import type { AnswerCondition, DocumentRule, OrganizationCategory, StatusDocumentTable } from './types.js';

/**
 * Transcribed from ISA's 「提出書類」 of each status (認定・変更・更新), by organisation category (R-ORG-4).
 * Kept to what those lists state for every case of the status; documents that depend on details the form does
 * not ask (e.g. a new business without accounts yet) carry a note instead of a rule. Left out on purpose: the
 * application form and photo (entered and uploaded separately), the return envelope (no paper result by default),
 * and documents that lists added recently whose wording we could not confirm.
 */

const ALL_MAIN = ['COE', 'CHANGE', 'EXTENSION'] as const;
const ENTRY = ['COE', 'CHANGE'] as const;
const C123: readonly OrganizationCategory[] = [1, 2, 3];
const C34: readonly OrganizationCategory[] = [3, 4];
const C4: readonly OrganizationCategory[] = [4];
const note = (ja: string, en: string): Bilingual => ({ ja, en });

/** Field of the 区分N organisation part (src/forms/status/category-n.ts). */
export const DISPATCH_ANSWER: AnswerCondition = {
  field: 'status.n.dispatch.isDispatched',
  in: [true],
  describes: note('派遣契約に基づいて就労する場合（申請人が被派遣者の場合）', 'When the applicant works at another company under a worker dispatch contract'),
};

const CATEGORY_NOTE = note(
  '在留申請オンラインシステムの利用申出の承認を受けてカテゴリー2となった機関は、承認のお知らせメール等でも証明できます。',
  'An organisation in category 2 because its usage application for this system was approved may show the approval email instead.',
);
const RESIDENT_TAX_NOTE = note('1月1日現在の住所地の市区町村が発行します。', 'Issued by the municipality of the address on 1 January.');

/** 技術・人文知識・国際業務 and 研究 share the structure of 区分N's list. */
function categoryNRules(withSpecialistTitle: boolean): DocumentRule[] {
  return [
    { code: 'CATEGORY_PROOF', requirement: 'REQUIRED', procedures: ALL_MAIN, categories: C123, note: CATEGORY_NOTE },
    ...(withSpecialistTitle
      ? [{ code: 'SPECIALIST_TITLE_PROOF', requirement: 'OPTIONAL', procedures: ENTRY, note: note('専門学校を卒業した場合', 'If the applicant graduated from a vocational school (専門学校)') } satisfies DocumentRule]
      : []),
    { code: 'DISPATCH_DETAILS', requirement: 'REQUIRED', procedures: ALL_MAIN, when: DISPATCH_ANSWER },
    { code: 'EMPLOYMENT_TERMS', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'CV_AND_CREDENTIALS', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'COMMERCIAL_REGISTRY', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'BUSINESS_OVERVIEW', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'FINANCIAL_STATEMENTS', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'WITHHOLDING_REPORT_UNAVAILABLE', requirement: 'REQUIRED', procedures: ENTRY, categories: C4 },
    { code: 'RESIDENT_TAX_CERTIFICATES', requirement: 'REQUIRED', procedures: ['EXTENSION'], categories: C34, note: RESIDENT_TAX_NOTE },
  ];
}

export const GIJINKOKU_TABLE: StatusDocumentTable = {
  statuses: ['ENGINEER_HUMANITIES_INTL'], source: SOURCES.gijinkoku, rules: categoryNRules(true),
};

export const RESEARCHER_TABLE: StatusDocumentTable = {
  statuses: ['RESEARCHER'], source: SOURCES.researcher, rules: categoryNRules(false),
};

/** 技能: the career (years of practice in the skill) is what is proven; no dispatch line in its list. */
export const SKILLED_LABOR_TABLE: StatusDocumentTable = {
  statuses: ['SKILLED_LABOR'],
  source: SOURCES.skilledLabor,
  rules: [
    { code: 'CATEGORY_PROOF', requirement: 'REQUIRED', procedures: ALL_MAIN, categories: C123, note: CATEGORY_NOTE },
    { code: 'EMPLOYMENT_TERMS', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    {
      code: 'CV_AND_CREDENTIALS', requirement: 'REQUIRED', procedures: ENTRY, categories: C34,
      note: note('技能を要する業務に従事した機関、内容及び期間を明示した履歴書と、在職証明書等の実務経験を証する文書', 'A CV stating where, what and how long the applicant practised the skill, with certificates of employment proving it'),
    },
    { code: 'COMMERCIAL_REGISTRY', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'BUSINESS_OVERVIEW', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'FINANCIAL_STATEMENTS', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'WITHHOLDING_REPORT_UNAVAILABLE', requirement: 'REQUIRED', procedures: ENTRY, categories: C4 },
    { code: 'RESIDENT_TAX_CERTIFICATES', requirement: 'REQUIRED', procedures: ['EXTENSION'], categories: C34, note: RESIDENT_TAX_NOTE },
  ],
};

/** 介護: ISA's list has no organisation categories. */
export const NURSING_CARE_TABLE: StatusDocumentTable = {
  statuses: ['NURSING_CARE'],
  source: SOURCES.nursingCare,
  rules: [
    { code: 'CARE_WORKER_REGISTRATION', requirement: 'REQUIRED', procedures: ENTRY },
    { code: 'EMPLOYMENT_TERMS', requirement: 'REQUIRED', procedures: ENTRY },
    { code: 'BUSINESS_OVERVIEW', requirement: 'REQUIRED', procedures: ENTRY },
    { code: 'DISPATCH_DETAILS', requirement: 'REQUIRED', procedures: ALL_MAIN, when: DISPATCH_ANSWER },
    { code: 'RESIDENT_TAX_CERTIFICATES', requirement: 'REQUIRED', procedures: ['EXTENSION'], note: RESIDENT_TAX_NOTE },
    {
      code: 'EMPLOYMENT_TERMS', requirement: 'OPTIONAL', procedures: ['EXTENSION'],
      note: note('転職後、初めての更新の場合に提出します。', 'Needed for the first extension after changing employer.'),
    },
  ],
};

/** 経営・管理: the business itself is proven (premises, plan, accounts) for categories 3 and 4. */
export const BUSINESS_MANAGER_TABLE: StatusDocumentTable = {
  statuses: ['BUSINESS_MANAGER'],
  source: SOURCES.businessManager,
  rules: [
    { code: 'CATEGORY_PROOF', requirement: 'REQUIRED', procedures: ALL_MAIN, categories: C123, note: CATEGORY_NOTE },
    { code: 'EXECUTIVE_COMPENSATION', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'COMMERCIAL_REGISTRY', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'BUSINESS_PLAN', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'BUSINESS_PREMISES', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    {
      code: 'FINANCIAL_STATEMENTS', requirement: 'REQUIRED', procedures: ALL_MAIN, categories: C34,
      note: note('事業を開始したばかりで決算期を迎えていない場合は、事業計画書で代えます。', 'A business that has not yet closed a year gives its business plan instead.'),
    },
    { code: 'WITHHOLDING_REPORT_UNAVAILABLE', requirement: 'REQUIRED', procedures: ENTRY, categories: C4 },
    { code: 'RESIDENT_TAX_CERTIFICATES', requirement: 'REQUIRED', procedures: ['EXTENSION'], categories: C34, note: RESIDENT_TAX_NOTE },
  ],
};

/**
 * 高度専門職: the point evidence, plus the organisation's documents by category as for the activity's status
 * (イ・ロ like 区分N, ハ like 経営・管理); only the lines common to both are kept. 2号 is reached only by a change
 * from 1号 (R-ELIG-6), and that change also proves the income and taxes paid.
 */
function hspRules(isSecondGrade: boolean): DocumentRule[] {
  return [
    { code: 'HSP_POINT_EVIDENCE', requirement: 'REQUIRED', procedures: ALL_MAIN },
    { code: 'CATEGORY_PROOF', requirement: 'REQUIRED', procedures: ALL_MAIN, categories: C123, note: CATEGORY_NOTE },
    { code: 'COMMERCIAL_REGISTRY', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'BUSINESS_OVERVIEW', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    { code: 'FINANCIAL_STATEMENTS', requirement: 'REQUIRED', procedures: ENTRY, categories: C34 },
    isSecondGrade
      ? { code: 'RESIDENT_TAX_CERTIFICATES', requirement: 'REQUIRED', procedures: ['CHANGE'], note: RESIDENT_TAX_NOTE }
      : { code: 'RESIDENT_TAX_CERTIFICATES', requirement: 'REQUIRED', procedures: ['EXTENSION'], categories: C34, note: RESIDENT_TAX_NOTE },
  ];
}

export const HSP_TABLE: StatusDocumentTable = { statuses: ['HSP_1A', 'HSP_1B', 'HSP_1C'], source: SOURCES.hsp, rules: hspRules(false) };
export const HSP_2_TABLE: StatusDocumentTable = { statuses: ['HSP_2'], source: SOURCES.hsp, rules: hspRules(true) };

export const EMPLOYMENT_TABLES: readonly StatusDocumentTable[] = [
  GIJINKOKU_TABLE, RESEARCHER_TABLE, SKILLED_LABOR_TABLE, NURSING_CARE_TABLE, BUSINESS_MANAGER_TABLE, HSP_TABLE, HSP_2_TABLE,
];
