import { INDEFINITE, days, designated, months, years, type GrantablePeriod } from './periods.js';

/** Status of residence codes (在留資格), shared by the API, the forms and the database. */
export const STATUS_CODES = [
  'DIPLOMAT', 'OFFICIAL', 'PROFESSOR', 'ARTIST', 'RELIGIOUS_ACTIVITIES', 'JOURNALIST',
  'HSP_1A', 'HSP_1B', 'HSP_1C', 'HSP_2', 'BUSINESS_MANAGER', 'LEGAL_ACCOUNTING', 'MEDICAL', 'RESEARCHER',
  'INSTRUCTOR', 'ENGINEER_HUMANITIES_INTL', 'INTRA_COMPANY_TRANSFEREE', 'NURSING_CARE', 'ENTERTAINER',
  'SKILLED_LABOR', 'SSW_1', 'SSW_2', 'TITP_1', 'TITP_2', 'TITP_3', 'CULTURAL_ACTIVITIES', 'TEMPORARY_VISITOR',
  'STUDENT', 'TRAINEE', 'DEPENDENT', 'DESIGNATED_ACTIVITIES', 'PERMANENT_RESIDENT', 'SPOUSE_OF_JAPANESE',
  'SPOUSE_OF_PERMANENT_RESIDENT', 'LONG_TERM_RESIDENT',
] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/** Statuses that come in numbered kinds are grouped in a family (高度専門職, 特定技能, 技能実習). */
export type StatusFamily = 'HSP' | 'SSW' | 'TITP';

export interface StatusOfResidence {
  code: StatusCode;
  nameJa: string;
  nameEn: string;
  family?: StatusFamily;
  periods: readonly GrantablePeriod[];
  /** R-ELIG-6: 外交 and 短期滞在 are never online (出国準備期間 is handled by the notice). */
  availableOnline: boolean;
  /** 特定活動 always carries the 告示 number. */
  requiresNotice: boolean;
  note?: { ja: string; en: string };
}

const standard = [years(5), years(3), years(1), months(3)];

export const STATUSES: readonly StatusOfResidence[] = [
  { code: 'DIPLOMAT', nameJa: '外交', nameEn: 'Diplomat', periods: [{ kind: 'DURATION_OF_ACTIVITY' }], availableOnline: false, requiresNotice: false },
  { code: 'OFFICIAL', nameJa: '公用', nameEn: 'Official', periods: [years(5), years(3), years(1), months(3), days(30), days(15)], availableOnline: true, requiresNotice: false },
  { code: 'PROFESSOR', nameJa: '教授', nameEn: 'Professor', periods: standard, availableOnline: true, requiresNotice: false },
  { code: 'ARTIST', nameJa: '芸術', nameEn: 'Artist', periods: standard, availableOnline: true, requiresNotice: false },
  { code: 'RELIGIOUS_ACTIVITIES', nameJa: '宗教', nameEn: 'Religious Activities', periods: standard, availableOnline: true, requiresNotice: false },
  { code: 'JOURNALIST', nameJa: '報道', nameEn: 'Journalist', periods: standard, availableOnline: true, requiresNotice: false },
  { code: 'HSP_1A', nameJa: '高度専門職1号イ', nameEn: 'Highly Skilled Professional (i)(a)', family: 'HSP', periods: [years(5)], availableOnline: true, requiresNotice: false },
  { code: 'HSP_1B', nameJa: '高度専門職1号ロ', nameEn: 'Highly Skilled Professional (i)(b)', family: 'HSP', periods: [years(5)], availableOnline: true, requiresNotice: false },
  { code: 'HSP_1C', nameJa: '高度専門職1号ハ', nameEn: 'Highly Skilled Professional (i)(c)', family: 'HSP', periods: [years(5)], availableOnline: true, requiresNotice: false },
  { code: 'HSP_2', nameJa: '高度専門職2号', nameEn: 'Highly Skilled Professional (ii)', family: 'HSP', periods: [INDEFINITE], availableOnline: true, requiresNotice: false },
  { code: 'BUSINESS_MANAGER', nameJa: '経営・管理', nameEn: 'Business Manager', periods: [years(5), years(3), years(1), months(6), months(4), months(3)], availableOnline: true, requiresNotice: false },
  { code: 'LEGAL_ACCOUNTING', nameJa: '法律・会計業務', nameEn: 'Legal/Accounting Services', periods: standard, availableOnline: true, requiresNotice: false },
  { code: 'MEDICAL', nameJa: '医療', nameEn: 'Medical Services', periods: standard, availableOnline: true, requiresNotice: false },
  { code: 'RESEARCHER', nameJa: '研究', nameEn: 'Researcher', periods: standard, availableOnline: true, requiresNotice: false },
  { code: 'INSTRUCTOR', nameJa: '教育', nameEn: 'Instructor', periods: standard, availableOnline: true, requiresNotice: false },
  {
    code: 'ENGINEER_HUMANITIES_INTL', nameJa: '技術・人文知識・国際業務', nameEn: 'Engineer/Specialist in Humanities/International Services',
    periods: standard, availableOnline: true, requiresNotice: false,
  },
  { code: 'INTRA_COMPANY_TRANSFEREE', nameJa: '企業内転勤', nameEn: 'Intra-company Transferee', periods: standard, availableOnline: true, requiresNotice: false },
  { code: 'NURSING_CARE', nameJa: '介護', nameEn: 'Nursing Care', periods: standard, availableOnline: true, requiresNotice: false },
  { code: 'ENTERTAINER', nameJa: '興行', nameEn: 'Entertainer', periods: [years(3), years(1), months(6), months(3), days(30)], availableOnline: true, requiresNotice: false },
  { code: 'SKILLED_LABOR', nameJa: '技能', nameEn: 'Skilled Labor', periods: standard, availableOnline: true, requiresNotice: false },
  {
    code: 'SSW_1', nameJa: '特定技能1号', nameEn: 'Specified Skilled Worker (i)', family: 'SSW', periods: [designated(3)], availableOnline: true, requiresNotice: false,
    note: { ja: '2025年9月30日以降、3年以内で個別に指定。通算上限5年。', en: 'Individually designated up to 3 years since 2025-09-30; 5 years in total at most.' },
  },
  { code: 'SSW_2', nameJa: '特定技能2号', nameEn: 'Specified Skilled Worker (ii)', family: 'SSW', periods: [years(3), years(1), months(6)], availableOnline: true, requiresNotice: false },
  { code: 'TITP_1', nameJa: '技能実習1号', nameEn: 'Technical Intern Training (i)', family: 'TITP', periods: [designated(1)], availableOnline: true, requiresNotice: false },
  { code: 'TITP_2', nameJa: '技能実習2号', nameEn: 'Technical Intern Training (ii)', family: 'TITP', periods: [designated(2)], availableOnline: true, requiresNotice: false },
  { code: 'TITP_3', nameJa: '技能実習3号', nameEn: 'Technical Intern Training (iii)', family: 'TITP', periods: [designated(2)], availableOnline: true, requiresNotice: false },
  { code: 'CULTURAL_ACTIVITIES', nameJa: '文化活動', nameEn: 'Cultural Activities', periods: [years(3), years(1), months(6), months(3)], availableOnline: true, requiresNotice: false },
  { code: 'TEMPORARY_VISITOR', nameJa: '短期滞在', nameEn: 'Temporary Visitor', periods: [days(90), days(30), designated(0, 0, 15)], availableOnline: false, requiresNotice: false },
  { code: 'STUDENT', nameJa: '留学', nameEn: 'Student', periods: [designated(4, 3)], availableOnline: true, requiresNotice: false },
  { code: 'TRAINEE', nameJa: '研修', nameEn: 'Trainee', periods: [years(1), months(6), months(3)], availableOnline: true, requiresNotice: false },
  { code: 'DEPENDENT', nameJa: '家族滞在', nameEn: 'Dependent', periods: [designated(5)], availableOnline: true, requiresNotice: false },
  {
    code: 'DESIGNATED_ACTIVITIES', nameJa: '特定活動', nameEn: 'Designated Activities',
    periods: [years(5), years(3), years(1), months(6), months(3), designated(5)], availableOnline: true, requiresNotice: true,
    note: { ja: '出国準備期間の特定活動はオンライン申請の対象外です。', en: 'Designated activities for preparation for departure cannot be filed online.' },
  },
  { code: 'PERMANENT_RESIDENT', nameJa: '永住者', nameEn: 'Permanent Resident', periods: [INDEFINITE], availableOnline: true, requiresNotice: false },
  { code: 'SPOUSE_OF_JAPANESE', nameJa: '日本人の配偶者等', nameEn: 'Spouse or Child of Japanese National', periods: [years(5), years(3), years(1), months(6)], availableOnline: true, requiresNotice: false },
  {
    code: 'SPOUSE_OF_PERMANENT_RESIDENT', nameJa: '永住者の配偶者等', nameEn: 'Spouse or Child of Permanent Resident',
    periods: [years(5), years(3), years(1), months(6)], availableOnline: true, requiresNotice: false,
  },
  { code: 'LONG_TERM_RESIDENT', nameJa: '定住者', nameEn: 'Long-Term Resident', periods: [years(5), years(3), years(1), months(6), designated(5)], availableOnline: true, requiresNotice: false },
];

/** 特定活動 (出国準備期間): the one 特定活動 that cannot be filed online (R-ELIG-6). */
export const DEPARTURE_PREPARATION_NOTICE = 'DEPARTURE_PREPARATION';

/** 告示 numbers of 特定活動 named in the leaflets and the API, as strings ("33-2" is 33の2). */
export const DESIGNATED_ACTIVITY_NOTICES = [
  '1', '2', '3', '4', '5', '5-2', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20',
  '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '33-2', '34', '35', '36', '37', '38',
  '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54', '55',
  DEPARTURE_PREPARATION_NOTICE,
] as const;
export type DesignatedActivityNotice = (typeof DESIGNATED_ACTIVITY_NOTICES)[number];

export function getStatus(code: StatusCode): StatusOfResidence {
  const found = STATUSES.find((s) => s.code === code);
  if (!found) throw new Error(`unknown status ${code}`);
  return found;
}

/** A status whose only period is indefinite has no extension (R-ELIG-6). */
export function hasIndefinitePeriod(code: StatusCode): boolean {
  return getStatus(code).periods.every((p) => p.kind === 'INDEFINITE');
}

export function isStatusAvailableOnline(code: StatusCode, notice: string | null | undefined): boolean {
  if (code === 'DESIGNATED_ACTIVITIES' && notice === DEPARTURE_PREPARATION_NOTICE) return false;
  return getStatus(code).availableOnline;
}
