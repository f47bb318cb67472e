import type { FieldOption } from '../types.js';

export interface Industry {
  code: number;
  /** The heading the paper list groups some codes under (製造業, 卸売業 …). */
  group?: { ja: string; en: string };
  ja: string;
  en: string;
}

const manufacturing = { ja: '製造業', en: 'Manufacturing' };
const wholesale = { ja: '卸売業', en: 'Wholesale' };
const retail = { ja: '小売業', en: 'Retail' };
const research = { ja: '学術研究，専門・技術サービス業', en: 'Scientific research, professional and technical services' };
const welfare = { ja: '医療・福祉業', en: 'Medical care and welfare' };

/** 別紙「業種一覧」of the application forms' organisation part (所属機関等作成用), 47 codes (R-FORM-5). */
export const INDUSTRIES: readonly Industry[] = [
  { code: 1, ja: '農林業', en: 'Agriculture and forestry' },
  { code: 2, ja: '漁業', en: 'Fisheries' },
  { code: 3, ja: '鉱業，採石業，砂利採取業', en: 'Mining, quarrying and gravel extraction' },
  { code: 4, ja: '建設業', en: 'Construction' },
  { code: 5, group: manufacturing, ja: '食料品', en: 'Food products' },
  { code: 6, group: manufacturing, ja: '繊維工業', en: 'Textiles' },
  { code: 7, group: manufacturing, ja: 'プラスチック製品', en: 'Plastic products' },
  { code: 8, group: manufacturing, ja: '金属製品', en: 'Metal products' },
  { code: 9, group: manufacturing, ja: '生産用機械器具', en: 'Production machinery and equipment' },
  { code: 10, group: manufacturing, ja: '電気機械器具', en: 'Electrical machinery and equipment' },
  { code: 11, group: manufacturing, ja: '輸送用機械器具', en: 'Transport machinery and equipment' },
  { code: 12, group: manufacturing, ja: 'その他', en: 'Other' },
  { code: 13, ja: '電気・ガス・熱供給・水道業', en: 'Electricity, gas, heat supply and water' },
  { code: 14, ja: '情報通信業', en: 'Information and communications' },
  { code: 15, ja: '運輸・信書便事業', en: 'Transport and correspondence delivery' },
  { code: 16, group: wholesale, ja: '各種商品（総合商社等）', en: 'General merchandise (general trading companies etc.)' },
  { code: 17, group: wholesale, ja: '繊維・衣服等', en: 'Textiles, clothing etc.' },
  { code: 18, group: wholesale, ja: '飲食料品', en: 'Food and beverages' },
  { code: 19, group: wholesale, ja: '建築材料，鉱物・金属材料等', en: 'Building materials, minerals, metals etc.' },
  { code: 20, group: wholesale, ja: '機械器具', en: 'Machinery and equipment' },
  { code: 21, group: wholesale, ja: 'その他', en: 'Other' },
  { code: 22, group: retail, ja: '各種商品', en: 'General merchandise' },
  { code: 23, group: retail, ja: '織物・衣服・身の回り品', en: 'Fabrics, clothing and accessories' },
  { code: 24, group: retail, ja: '飲食料品（コンビニエンスストア等）', en: 'Food and beverages (convenience stores etc.)' },
  { code: 25, group: retail, ja: '機械器具', en: 'Machinery and equipment' },
  { code: 26, group: retail, ja: 'その他', en: 'Other' },
  { code: 27, ja: '金融・保険業', en: 'Finance and insurance' },
  { code: 28, ja: '不動産・物品賃貸業', en: 'Real estate and goods rental and leasing' },
  { code: 29, group: research, ja: '学術・開発研究機関', en: 'Scientific and development research institutions' },
  { code: 30, group: research, ja: '専門サービス業（他に分類されないもの）', en: 'Professional services (not elsewhere classified)' },
  { code: 31, group: research, ja: '広告業', en: 'Advertising' },
  { code: 32, group: research, ja: '技術サービス業（他に分類されないもの）', en: 'Technical services (not elsewhere classified)' },
  { code: 33, ja: '宿泊業', en: 'Accommodation' },
  { code: 34, ja: '飲食サービス業', en: 'Food and drink services' },
  { code: 35, ja: '生活関連サービス（理容・美容等）・娯楽業', en: 'Living-related services (barbers, beauty salons etc.) and amusement' },
  { code: 36, ja: '学校教育', en: 'School education' },
  { code: 37, ja: 'その他の教育，学習支援業', en: 'Other education and learning support' },
  { code: 38, group: welfare, ja: '医療業', en: 'Medical services' },
  { code: 39, group: welfare, ja: '保健衛生', en: 'Public health and hygiene' },
  { code: 40, group: welfare, ja: '社会保険・社会福祉・介護事業', en: 'Social insurance, social welfare and nursing care' },
  {
    code: 41, ja: '複合サービス事業（郵便局，農林水産業協同組合，事業協同組合（他に分類されないもの））',
    en: 'Compound services (post offices, agricultural, forestry and fishery cooperatives, business cooperatives not elsewhere classified)',
  },
  { code: 42, ja: '職業紹介・労働者派遣業', en: 'Employment placement and worker dispatching' },
  {
    code: 43, ja: 'その他の事業サービス業（速記・ワープロ入力・複写業，建物サービス業，警備業等）',
    en: 'Other business services (stenography, word processing and copying, building services, security etc.)',
  },
  { code: 44, ja: 'その他のサービス業（他に分類されないもの）', en: 'Other services (not elsewhere classified)' },
  { code: 45, ja: '宗教', en: 'Religion' },
  { code: 46, ja: '公務（他に分類されるものを除く）', en: 'Government (except elsewhere classified)' },
  { code: 47, ja: '分類不能の産業', en: 'Industries unable to classify' },
];

export const INDUSTRY_OPTION_SET = 'status.industry';

export function industryLabel(industry: Industry, language: 'ja' | 'en'): string {
  if (!industry.group) return industry[language];
  return language === 'ja' ? `${industry.group.ja}：${industry.ja}` : `${industry.group.en}: ${industry.en}`;
}

export const INDUSTRY_OPTIONS: readonly FieldOption[] = INDUSTRIES.map((industry) => ({
  value: String(industry.code),
  labelKey: `${INDUSTRY_OPTION_SET}.option.${industry.code}`,
}));
