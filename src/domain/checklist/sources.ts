import type { DocumentSource } from './types.js';

const ISA = 'https://www.moj.go.jp/isa/applications';
const status = (page: string, name: string): DocumentSource => ({ url: `${ISA}/status/${page}.html`, titleJa: `在留資格「${name}」` });
const procedure = (page: string, titleJa: string): DocumentSource => ({ url: `${ISA}/procedures/${page}.html`, titleJa });

/**
 * ISA's pages the lists were transcribed from (per status: 「提出書類」 for 認定・変更・更新). The least certain
 * addresses are the 高度専門職 page (the status is described on a page named after 特定活動) and 技能実習.
 */
export const SOURCES = {
  gijinkoku: status('gijinkoku', '技術・人文知識・国際業務'),
  skilledLabor: status('skilledlabor', '技能'),
  nursingCare: status('nursingcare', '介護'),
  researcher: status('researcher', '研究'),
  businessManager: status('businessmanager', '経営・管理'),
  hsp: { url: `${ISA}/status/designatedactivities02_00004.html`, titleJa: '在留資格「高度専門職」（高度人材ポイント制）' },
  ssw: status('specifiedskilledworker', '特定技能'),
  titp: status('technicalinterntraining', '技能実習'),
  student: status('student', '留学'),
  dependent: status('dependent', '家族滞在'),
  spouseOfJapanese: status('spouseorchildofjapanese', '日本人の配偶者等'),
  spouseOfPermanentResident: status('spouseorchildofpermanentresident', '永住者の配偶者等'),
  longTermResident: status('longtermresident', '定住者'),
  coe: procedure('16-1', '在留資格認定証明書交付申請'),
  change: procedure('16-2', '在留資格変更許可申請'),
  extension: procedure('16-3', '在留期間更新許可申請'),
  reentry: procedure('16-5', '再入国許可申請'),
  workCert: procedure('16-9', '就労資格証明書交付申請'),
  acquisition: procedure('16-10', '在留資格取得許可申請'),
  // Seed 004 links this page for the permission for activity outside status.
  outsideActivity: procedure('shikakugai_00001', '資格外活動許可について'),
  // Seeds 001 and 002 link this page; its FAQ (seed 002 Q5) is where R-ELIG-8's attachment comes from.
  online: { url: `${ISA}/guide/onlineshinsei.html`, titleJa: '在留申請のオンライン手続' },
} as const satisfies Record<string, DocumentSource>;
