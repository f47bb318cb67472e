import { describe, expect, it } from 'vitest';
import { BUREAU_CODES, OFFICES, PREFECTURES, PROCEDURES, STATUSES, describePeriod, feeFor, feesOn, getStatus, hasIndefinitePeriod, isStatusAvailableOnline, officeForPrefecture } from './index.js';

/** Independent transcription of SPEC §2.2: code → [日本語, English, periods as written in the table]. */
const SPEC_STATUSES: Record<string, [string, string, string]> = {
  DIPLOMAT: ['外交', 'Diplomat', 'period of diplomatic activities'],
  OFFICIAL: ['公用', 'Official', '5y 3y 1y 3m 30d 15d'],
  PROFESSOR: ['教授', 'Professor', '5y 3y 1y 3m'],
  ARTIST: ['芸術', 'Artist', '5y 3y 1y 3m'],
  RELIGIOUS_ACTIVITIES: ['宗教', 'Religious Activities', '5y 3y 1y 3m'],
  JOURNALIST: ['報道', 'Journalist', '5y 3y 1y 3m'],
  HSP_1A: ['高度専門職1号イ', 'Highly Skilled Professional (i)(a)', '5y'],
  HSP_1B: ['高度専門職1号ロ', 'Highly Skilled Professional (i)(b)', '5y'],
  HSP_1C: ['高度専門職1号ハ', 'Highly Skilled Professional (i)(c)', '5y'],
  HSP_2: ['高度専門職2号', 'Highly Skilled Professional (ii)', 'indefinite'],
  BUSINESS_MANAGER: ['経営・管理', 'Business Manager', '5y 3y 1y 6m 4m 3m'],
  LEGAL_ACCOUNTING: ['法律・会計業務', 'Legal/Accounting Services', '5y 3y 1y 3m'],
  MEDICAL: ['医療', 'Medical Services', '5y 3y 1y 3m'],
  RESEARCHER: ['研究', 'Researcher', '5y 3y 1y 3m'],
  INSTRUCTOR: ['教育', 'Instructor', '5y 3y 1y 3m'],
  ENGINEER_HUMANITIES_INTL: ['技術・人文知識・国際業務', 'Engineer/Specialist in Humanities/International Services', '5y 3y 1y 3m'],
  INTRA_COMPANY_TRANSFEREE: ['企業内転勤', 'Intra-company Transferee', '5y 3y 1y 3m'],
  NURSING_CARE: ['介護', 'Nursing Care', '5y 3y 1y 3m'],
  ENTERTAINER: ['興行', 'Entertainer', '3y 1y 6m 3m 30d'],
  SKILLED_LABOR: ['技能', 'Skilled Labor', '5y 3y 1y 3m'],
  SSW_1: ['特定技能1号', 'Specified Skilled Worker (i)', '<=3y0m0d'],
  SSW_2: ['特定技能2号', 'Specified Skilled Worker (ii)', '3y 1y 6m'],
  TITP_1: ['技能実習1号', 'Technical Intern Training (i)', '<=1y0m0d'],
  TITP_2: ['技能実習2号', 'Technical Intern Training (ii)', '<=2y0m0d'],
  TITP_3: ['技能実習3号', 'Technical Intern Training (iii)', '<=2y0m0d'],
  CULTURAL_ACTIVITIES: ['文化活動', 'Cultural Activities', '3y 1y 6m 3m'],
  TEMPORARY_VISITOR: ['短期滞在', 'Temporary Visitor', '90d 30d <=0y0m15d'],
  STUDENT: ['留学', 'Student', '<=4y3m0d'],
  TRAINEE: ['研修', 'Trainee', '1y 6m 3m'],
  DEPENDENT: ['家族滞在', 'Dependent', '<=5y0m0d'],
  DESIGNATED_ACTIVITIES: ['特定活動', 'Designated Activities', '5y 3y 1y 6m 3m <=5y0m0d'],
  PERMANENT_RESIDENT: ['永住者', 'Permanent Resident', 'indefinite'],
  SPOUSE_OF_JAPANESE: ['日本人の配偶者等', 'Spouse or Child of Japanese National', '5y 3y 1y 6m'],
  SPOUSE_OF_PERMANENT_RESIDENT: ['永住者の配偶者等', 'Spouse or Child of Permanent Resident', '5y 3y 1y 6m'],
  LONG_TERM_RESIDENT: ['定住者', 'Long-Term Resident', '5y 3y 1y 6m <=5y0m0d'],
};

function periodsAsText(code: string): string {
  return getStatus(code as never).periods.map((p) => {
    switch (p.kind) {
      case 'FIXED': return `${p.amount}${{ YEAR: 'y', MONTH: 'm', DAY: 'd' }[p.unit]}`;
      case 'DESIGNATED': return `<=${p.max.years}y${p.max.months}m${p.max.days}d`;
      case 'INDEFINITE': return 'indefinite';
      case 'DURATION_OF_ACTIVITY': return 'period of diplomatic activities';
    }
  }).join(' ');
}

describe('reference data (SPEC §2)', () => {
  it('the seven procedures with their numbers, and only re-entry and outside activity not stand-alone', () => {
    expect(PROCEDURES.map((p) => [p.number, p.code, p.standAlone])).toEqual([
      [1, 'COE', true], [2, 'CHANGE', true], [3, 'EXTENSION', true], [4, 'ACQUISITION', true], [5, 'WORK_CERT', true], [6, 'REENTRY', false], [7, 'OUTSIDE_ACTIVITY', false],
    ]);
    expect(PROCEDURES.find((p) => p.code === 'COE')?.nameJa).toBe('在留資格認定証明書交付申請');
  });

  it('every status of SPEC §2.2 and no other', () => {
    expect(STATUSES.map((s) => s.code).sort()).toEqual(Object.keys(SPEC_STATUSES).sort());
  });

  it.each(Object.entries(SPEC_STATUSES))('%s has the names and periods of SPEC §2.2', (code, [ja, en, periods]) => {
    const s = getStatus(code as never);
    expect([s.nameJa, s.nameEn, periodsAsText(code)]).toEqual([ja, en, periods]);
  });

  it('R-ELIG-6 online availability: all but 外交, 短期滞在 and 特定活動（出国準備期間）', () => {
    const offline = STATUSES.filter((s) => !isStatusAvailableOnline(s.code, null)).map((s) => s.code);
    expect(offline).toEqual(['DIPLOMAT', 'TEMPORARY_VISITOR']);
    expect(isStatusAvailableOnline('DESIGNATED_ACTIVITIES', 'DEPARTURE_PREPARATION')).toBe(false);
    expect(isStatusAvailableOnline('DESIGNATED_ACTIVITIES', '46')).toBe(true);
  });

  it('R-ELIG-6 indefinite statuses are exactly 永住者 and 高度専門職2号', () => {
    expect(STATUSES.filter((s) => hasIndefinitePeriod(s.code)).map((s) => s.code)).toEqual(['HSP_2', 'PERMANENT_RESIDENT']);
  });

  it('periods read naturally in both languages', () => {
    expect(describePeriod({ kind: 'FIXED', amount: 3, unit: 'MONTH' })).toEqual({ ja: '3月', en: '3 months' });
    expect(describePeriod({ kind: 'DESIGNATED', max: { years: 4, months: 3, days: 0 } })).toEqual({ ja: '個別指定（4年3月以内）', en: 'individually designated (up to 4 years 3 months)' });
  });
});

/** Independent transcription of SPEC §2.3: prefecture → examining office. */
const JURISDICTION: Record<string, string[]> = {
  SAPPORO: ['北海道'],
  SENDAI: ['青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県'],
  TOKYO: ['茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都', '新潟県', '山梨県', '長野県'],
  YOKOHAMA: ['神奈川県'],
  NAGOYA: ['富山県', '石川県', '福井県', '岐阜県', '静岡県', '愛知県', '三重県'],
  OSAKA: ['滋賀県', '京都府', '大阪府', '奈良県', '和歌山県'],
  KOBE: ['兵庫県'],
  HIROSHIMA: ['鳥取県', '島根県', '岡山県', '広島県', '山口県'],
  TAKAMATSU: ['徳島県', '香川県', '愛媛県', '高知県'],
  FUKUOKA: ['福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県'],
  NAHA: ['沖縄県'],
};

describe('bureaus and jurisdiction (SPEC §2.3)', () => {
  it('47 prefectures with JIS codes 01–47', () => {
    expect(PREFECTURES.map((p) => p.code)).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it.each(Object.entries(JURISDICTION))('%s examines its prefectures', (office, prefectures) => {
    expect(PREFECTURES.filter((p) => p.office === office).map((p) => p.nameJa).sort()).toEqual([...prefectures].sort());
  });

  it('branches belong to their regional bureau; every office has its reception-number initial', () => {
    expect(BUREAU_CODES).toHaveLength(8);
    expect(OFFICES.filter((o) => o.kind === 'BRANCH').map((o) => [o.code, o.bureau])).toEqual([['YOKOHAMA', 'TOKYO'], ['KOBE', 'OSAKA'], ['NAHA', 'FUKUOKA']]);
    expect(OFFICES.map((o) => o.receptionInitial).join('')).toBe('札仙東横名大神広高福那');
    expect(officeForPrefecture('14')?.code).toBe('YOKOHAMA');
    expect(officeForPrefecture('99')).toBeUndefined();
  });
});

describe('fees, dated (SPEC §2.1)', () => {
  it.each([
    ['CHANGE', 'STANDARD', '2025-03-31', 4000, 4000],
    ['CHANGE', 'STANDARD', '2025-04-01', 6000, 5500],
    ['EXTENSION', 'STANDARD', '2025-03-31', 4000, 4000],
    ['EXTENSION', 'STANDARD', '2025-04-01', 6000, 5500],
    ['WORK_CERT', 'STANDARD', '2025-03-31', 1200, 1200],
    ['WORK_CERT', 'STANDARD', '2025-04-01', 2000, 1600],
    ['REENTRY', 'SINGLE', '2025-03-31', 3000, 3000],
    ['REENTRY', 'SINGLE', '2025-04-01', 4000, 3500],
    ['REENTRY', 'MULTIPLE', '2025-03-31', 6000, 6000],
    ['REENTRY', 'MULTIPLE', '2026-11-23', 7000, 6500],
    ['COE', 'STANDARD', '2026-11-23', 0, 0],
    ['ACQUISITION', 'STANDARD', '2026-11-23', 0, 0],
    ['OUTSIDE_ACTIVITY', 'STANDARD', '2026-11-23', 0, 0],
  ] as const)('%s %s received %s: counter ¥%i, online ¥%i', (procedure, variant, date, counter, online) => {
    expect(feeFor(procedure, variant, date)).toMatchObject({ counterYen: counter, onlineYen: online });
  });

  it('feesOn lists every procedure and variant once', () => {
    expect(feesOn('2026-11-23').map((f) => `${f.procedure}:${f.variant}`).sort()).toEqual(
      ['ACQUISITION:STANDARD', 'CHANGE:STANDARD', 'COE:STANDARD', 'EXTENSION:STANDARD', 'OUTSIDE_ACTIVITY:STANDARD', 'REENTRY:MULTIPLE', 'REENTRY:SINGLE', 'WORK_CERT:STANDARD'],
    );
  });
});
