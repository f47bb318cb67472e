import type { Bilingual } from '../../domain/validation/field-errors.js';

/**
 * 高度専門職ポイント計算表 (the Ministry's point calculation tables for 高度専門職1号イ・ロ・ハ; 2号 uses the table of
 * the 1号 activity it carries on). A: 高度学術研究 (イ), B: 高度専門・技術 (ロ), C: 高度経営・管理 (ハ).
 */
export const HSP_KINDS = ['A', 'B', 'C'] as const;
export type HspKind = (typeof HSP_KINDS)[number];

export const HSP_DEGREES = ['DOCTOR', 'MBA_MOT', 'MASTER', 'BACHELOR', 'NONE'] as const;
export const HSP_RESEARCH_ACHIEVEMENTS = ['PATENT', 'GRANTS', 'PAPERS', 'OTHER'] as const;
export const HSP_POSITIONS = ['REPRESENTATIVE', 'DIRECTOR', 'NONE'] as const;
export const HSP_JAPANESE_LEVELS = ['N1_OR_MAJOR', 'N2', 'NONE'] as const;
export const HSP_BONUSES = [
  'INNOVATION_SUPPORT', 'INNOVATION_SME', 'RESEARCH_SME', 'FOREIGN_QUALIFICATION', 'JAPANESE_DEGREE', 'GROWTH_FIELD',
  'DESIGNATED_UNIVERSITY', 'DESIGNATED_TRAINING', 'INVESTMENT', 'ASSET_MANAGEMENT',
] as const;
export type HspBonus = (typeof HSP_BONUSES)[number];

export interface HspFacts {
  degree: (typeof HSP_DEGREES)[number] | null;
  multipleFields: boolean;
  experienceYears: number | null;
  /** Yen a year, bonuses included. */
  annualSalary: number | null;
  /** Age on the day of application. */
  age: number | null;
  research: readonly (typeof HSP_RESEARCH_ACHIEVEMENTS)[number][];
  /** Japanese national qualifications (or IT examinations of the Ministry's notice) related to the work. */
  nationalQualifications: number;
  position: (typeof HSP_POSITIONS)[number] | null;
  japanese: (typeof HSP_JAPANESE_LEVELS)[number] | null;
  bonuses: readonly HspBonus[];
}

export const HSP_CATEGORIES = ['education', 'career', 'salary', 'age', 'research', 'qualifications', 'position', 'bonus'] as const;
export type HspCategory = (typeof HSP_CATEGORIES)[number];

export interface HspPointRule {
  id: string;
  category: HspCategory;
  /** Rules sharing a slot are alternatives (the highest that applies counts); different slots add up. */
  slot: string;
  criterion: Bilingual;
  /** Points per kind; a kind without an entry gets nothing from the rule. */
  points: Partial<Record<HspKind, number>>;
  applies: (facts: HspFacts) => boolean;
}

export const HSP_PASS_MARK = 70;
/** ロ and ハ also require an annual salary of at least 3 million yen, whatever the points. */
export const HSP_MINIMUM_SALARY: Partial<Record<HspKind, number>> = { B: 3_000_000, C: 3_000_000 };

const MAN = 10_000;
const years = (n: number) => (f: HspFacts) => (f.experienceYears ?? 0) >= n;
const salary = (yen: number, underAge?: number) => (f: HspFacts) =>
  (f.annualSalary ?? 0) >= yen && (underAge === undefined || (f.age !== null && f.age < underAge));
const ageUnder = (n: number) => (f: HspFacts) => f.age !== null && f.age < n;
const has = (bonus: HspBonus) => (f: HspFacts) => f.bonuses.includes(bonus);
const b = (ja: string, en: string): Bilingual => ({ ja, en });

export const HSP_POINT_RULES: readonly HspPointRule[] = [
  { id: 'education.doctor', category: 'education', slot: 'degree', points: { A: 30, B: 30, C: 20 }, applies: (f) => f.degree === 'DOCTOR',
    criterion: b('博士の学位（専門職学位を除く）', "Doctor's degree (excluding professional degrees)") },
  { id: 'education.mbaMot', category: 'education', slot: 'degree', points: { A: 20, B: 25, C: 25 }, applies: (f) => f.degree === 'MBA_MOT',
    criterion: b('経営管理に関する専門職学位（MBA・MOT）（1号イでは専門職学位として20点）', 'Professional degree in business management (MBA, MOT); 20 points as a professional degree under (i)(a)') },
  { id: 'education.master', category: 'education', slot: 'degree', points: { A: 20, B: 20, C: 20 }, applies: (f) => f.degree === 'MASTER',
    criterion: b('修士の学位又は専門職学位', "Master's or professional degree") },
  { id: 'education.bachelor', category: 'education', slot: 'degree', points: { A: 10, B: 10, C: 10 }, applies: (f) => f.degree === 'BACHELOR',
    criterion: b('大学を卒業し又はこれと同等以上の教育を受けた（博士・修士・専門職学位を除く）', "University graduate or equivalent (other than a doctor's, master's or professional degree)") },
  { id: 'education.multipleFields', category: 'education', slot: 'multipleFields', points: { A: 5, B: 5, C: 5 }, applies: (f) => f.multipleFields,
    criterion: b('複数の分野における2以上の博士若しくは修士の学位又は専門職学位', "Two or more doctor's, master's or professional degrees in different fields") },

  { id: 'career.10', category: 'career', slot: 'career', points: { B: 20, C: 25 }, applies: years(10),
    criterion: b('実務経験10年以上（イは7年以上の区分）', '10 or more years of experience ((i)(a): see 7 years)') },
  { id: 'career.7', category: 'career', slot: 'career', points: { A: 15, B: 15, C: 20 }, applies: years(7),
    criterion: b('実務経験7年以上', '7 or more years of experience') },
  { id: 'career.5', category: 'career', slot: 'career', points: { A: 10, B: 10, C: 15 }, applies: years(5),
    criterion: b('実務経験5年以上', '5 or more years of experience') },
  { id: 'career.3', category: 'career', slot: 'career', points: { A: 5, B: 5, C: 10 }, applies: years(3),
    criterion: b('実務経験3年以上', '3 or more years of experience') },

  { id: 'salary.30m', category: 'salary', slot: 'salary', points: { C: 50 }, applies: salary(3000 * MAN),
    criterion: b('年収3,000万円以上', 'Annual salary of 30 million yen or more') },
  { id: 'salary.25m', category: 'salary', slot: 'salary', points: { C: 40 }, applies: salary(2500 * MAN),
    criterion: b('年収2,500万円以上', 'Annual salary of 25 million yen or more') },
  { id: 'salary.20m', category: 'salary', slot: 'salary', points: { C: 30 }, applies: salary(2000 * MAN),
    criterion: b('年収2,000万円以上', 'Annual salary of 20 million yen or more') },
  { id: 'salary.15m', category: 'salary', slot: 'salary', points: { C: 20 }, applies: salary(1500 * MAN),
    criterion: b('年収1,500万円以上', 'Annual salary of 15 million yen or more') },
  { id: 'salary.10m', category: 'salary', slot: 'salary', points: { A: 40, B: 40, C: 10 }, applies: salary(1000 * MAN),
    criterion: b('年収1,000万円以上', 'Annual salary of 10 million yen or more') },
  { id: 'salary.9m', category: 'salary', slot: 'salary', points: { A: 35, B: 35 }, applies: salary(900 * MAN),
    criterion: b('年収900万円以上', 'Annual salary of 9 million yen or more') },
  { id: 'salary.8m', category: 'salary', slot: 'salary', points: { A: 30, B: 30 }, applies: salary(800 * MAN),
    criterion: b('年収800万円以上', 'Annual salary of 8 million yen or more') },
  { id: 'salary.7m', category: 'salary', slot: 'salary', points: { A: 25, B: 25 }, applies: salary(700 * MAN, 40),
    criterion: b('年収700万円以上（40歳未満）', 'Annual salary of 7 million yen or more (under 40)') },
  { id: 'salary.6m', category: 'salary', slot: 'salary', points: { A: 20, B: 20 }, applies: salary(600 * MAN, 40),
    criterion: b('年収600万円以上（40歳未満）', 'Annual salary of 6 million yen or more (under 40)') },
  { id: 'salary.5m', category: 'salary', slot: 'salary', points: { A: 15, B: 15 }, applies: salary(500 * MAN, 35),
    criterion: b('年収500万円以上（35歳未満）', 'Annual salary of 5 million yen or more (under 35)') },
  { id: 'salary.4m', category: 'salary', slot: 'salary', points: { A: 10, B: 10 }, applies: salary(400 * MAN, 30),
    criterion: b('年収400万円以上（30歳未満）', 'Annual salary of 4 million yen or more (under 30)') },

  { id: 'age.under30', category: 'age', slot: 'age', points: { A: 15, B: 15 }, applies: ageUnder(30),
    criterion: b('申請時の年齢が30歳未満', 'Under 30 at the time of application') },
  { id: 'age.under35', category: 'age', slot: 'age', points: { A: 10, B: 10 }, applies: ageUnder(35),
    criterion: b('申請時の年齢が30〜34歳', '30 to 34 at the time of application') },
  { id: 'age.under40', category: 'age', slot: 'age', points: { A: 5, B: 5 }, applies: ageUnder(40),
    criterion: b('申請時の年齢が35〜39歳', '35 to 39 at the time of application') },

  { id: 'research.one', category: 'research', slot: 'research', points: { A: 20, B: 15 }, applies: (f) => f.research.length >= 1,
    criterion: b('研究実績（特許の発明1件以上、補助金等を受けた研究に3回以上従事、論文3本以上、その他法務大臣が認める実績）のいずれか', 'One research achievement (a patented invention, 3+ publicly funded research projects, 3+ papers, or other recognised achievement)') },
  { id: 'research.two', category: 'research', slot: 'research', points: { A: 25, B: 15 }, applies: (f) => f.research.length >= 2,
    criterion: b('研究実績のうち2つ以上（1号イ）', 'Two or more research achievements ((i)(a))') },

  { id: 'qualifications.one', category: 'qualifications', slot: 'qualifications', points: { B: 5 }, applies: (f) => f.nationalQualifications >= 1,
    criterion: b('職務に関連する日本の国家資格（IT告示の試験を含む）1つ', 'One Japanese national qualification related to the work (incl. the IT examinations of the notice)') },
  { id: 'qualifications.two', category: 'qualifications', slot: 'qualifications', points: { B: 10 }, applies: (f) => f.nationalQualifications >= 2,
    criterion: b('職務に関連する日本の国家資格2つ以上', 'Two or more Japanese national qualifications related to the work') },

  { id: 'position.representative', category: 'position', slot: 'position', points: { C: 10 }, applies: (f) => f.position === 'REPRESENTATIVE',
    criterion: b('代表取締役・代表執行役・代表権のある業務執行社員', 'Representative director, representative executive officer or representative managing member') },
  { id: 'position.director', category: 'position', slot: 'position', points: { C: 5 }, applies: (f) => f.position === 'DIRECTOR',
    criterion: b('取締役・執行役・業務執行社員', 'Director, executive officer or managing member') },

  { id: 'bonus.innovationSupport', category: 'bonus', slot: 'innovationSupport', points: { A: 10, B: 10, C: 10 }, applies: has('INNOVATION_SUPPORT'),
    criterion: b('イノベーションを促進するための支援措置を受けている機関での就労', 'Working for an organisation receiving innovation support measures') },
  { id: 'bonus.innovationSme', category: 'bonus', slot: 'innovationSme', points: { A: 10, B: 10, C: 10 },
    applies: (f) => has('INNOVATION_SUPPORT')(f) && has('INNOVATION_SME')(f),
    criterion: b('上記の機関が中小企業基本法の中小企業者', 'That organisation is a small or medium-sized enterprise') },
  { id: 'bonus.researchSme', category: 'bonus', slot: 'researchSme', points: { A: 5, B: 5, C: 5 }, applies: has('RESEARCH_SME'),
    criterion: b('試験研究費等比率が3%を超える中小企業での就労', 'Working for an SME whose R&D spending exceeds 3% of sales') },
  { id: 'bonus.foreignQualification', category: 'bonus', slot: 'foreignQualification', points: { A: 5, B: 5, C: 5 }, applies: has('FOREIGN_QUALIFICATION'),
    criterion: b('職務に関連する外国の資格・表彰等', 'Foreign qualification or award related to the work') },
  { id: 'bonus.japaneseDegree', category: 'bonus', slot: 'japaneseDegree', points: { A: 10, B: 10, C: 10 }, applies: has('JAPANESE_DEGREE'),
    criterion: b('本邦の大学を卒業又は大学院の課程を修了', 'Degree from a Japanese university or graduate school') },
  { id: 'bonus.japaneseN1', category: 'bonus', slot: 'japanese', points: { A: 15, B: 15, C: 15 }, applies: (f) => f.japanese === 'N1_OR_MAJOR',
    criterion: b('日本語能力試験N1相当又は外国の大学で日本語を専攻して卒業', 'JLPT N1 level, or graduated in Japanese from a foreign university') },
  { id: 'bonus.japaneseN2', category: 'bonus', slot: 'japanese', points: { A: 10, B: 10, C: 10 },
    applies: (f) => f.japanese === 'N2' && !has('JAPANESE_DEGREE')(f),
    criterion: b('日本語能力試験N2相当（本邦の大学等の卒業者を除く）', 'JLPT N2 level (not for graduates of Japanese universities)') },
  { id: 'bonus.growthField', category: 'bonus', slot: 'growthField', points: { A: 10, B: 10, C: 10 }, applies: has('GROWTH_FIELD'),
    criterion: b('成長分野における先端的事業に従事', 'Engaged in an advanced project in a growth field') },
  { id: 'bonus.designatedUniversity', category: 'bonus', slot: 'designatedUniversity', points: { A: 10, B: 10, C: 10 }, applies: has('DESIGNATED_UNIVERSITY'),
    criterion: b('法務大臣が告示で定める大学を卒業', 'Graduated from a university designated by the Minister of Justice') },
  { id: 'bonus.designatedTraining', category: 'bonus', slot: 'designatedTraining', points: { A: 5, B: 5, C: 5 },
    applies: (f) => has('DESIGNATED_TRAINING')(f) && !has('JAPANESE_DEGREE')(f),
    criterion: b('法務大臣が告示で定める研修を修了（本邦の大学等の卒業で加点される者を除く）', 'Completed training designated by the Minister of Justice (not with the Japanese degree bonus)') },
  { id: 'bonus.investment', category: 'bonus', slot: 'investment', points: { C: 5 }, applies: has('INVESTMENT'),
    criterion: b('経営する事業に1億円以上の投資', 'Investment of 100 million yen or more in the business managed') },
  { id: 'bonus.assetManagement', category: 'bonus', slot: 'assetManagement', points: { B: 10, C: 10 }, applies: has('ASSET_MANAGEMENT'),
    criterion: b('投資運用業等に係る業務に従事', 'Engaged in investment management business') },
];

export interface HspScore {
  subtotals: Record<HspCategory, number>;
  total: number;
  /** The rules that scored, one per slot. */
  scored: readonly string[];
}

export function scoreHsp(kind: HspKind, facts: HspFacts): HspScore {
  const best = new Map<string, HspPointRule>();
  for (const rule of HSP_POINT_RULES) {
    const points = rule.points[kind];
    if (points === undefined || !rule.applies(facts)) continue;
    const current = best.get(rule.slot);
    if (!current || (current.points[kind] ?? 0) < points) best.set(rule.slot, rule);
  }
  const subtotals: Record<HspCategory, number> = { education: 0, career: 0, salary: 0, age: 0, research: 0, qualifications: 0, position: 0, bonus: 0 };
  for (const rule of best.values()) subtotals[rule.category] += rule.points[kind] ?? 0;
  const total = HSP_CATEGORIES.reduce((sum, c) => sum + subtotals[c], 0);
  return { subtotals, total, scored: [...best.values()].map((r) => r.id) };
}
