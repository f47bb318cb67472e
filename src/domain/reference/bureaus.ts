/** Regional immigration bureaus, their branches with their own jurisdiction, and the issuance unit (SPEC §2.3). */
export const OFFICE_CODES = [
  'SAPPORO', 'SENDAI', 'TOKYO', 'YOKOHAMA', 'NAGOYA', 'OSAKA', 'KOBE', 'HIROSHIMA', 'TAKAMATSU', 'FUKUOKA', 'NAHA',
] as const;
export type OfficeCode = (typeof OFFICE_CODES)[number];

export const BUREAU_CODES = ['SAPPORO', 'SENDAI', 'TOKYO', 'NAGOYA', 'OSAKA', 'HIROSHIMA', 'TAKAMATSU', 'FUKUOKA'] as const satisfies readonly OfficeCode[];
export type BureauCode = (typeof BUREAU_CODES)[number];

export interface Office {
  code: OfficeCode;
  nameJa: string;
  nameEn: string;
  /** The regional bureau it belongs to (itself for a bureau). */
  bureau: BureauCode;
  kind: 'BUREAU' | 'BRANCH';
  /** The office's initial in reception numbers (R-SUB-2). */
  receptionInitial: string;
}

export const OFFICES: readonly Office[] = [
  { code: 'SAPPORO', nameJa: '札幌出入国在留管理局', nameEn: 'Sapporo Regional Immigration Services Bureau', bureau: 'SAPPORO', kind: 'BUREAU', receptionInitial: '札' },
  { code: 'SENDAI', nameJa: '仙台出入国在留管理局', nameEn: 'Sendai Regional Immigration Services Bureau', bureau: 'SENDAI', kind: 'BUREAU', receptionInitial: '仙' },
  { code: 'TOKYO', nameJa: '東京出入国在留管理局', nameEn: 'Tokyo Regional Immigration Services Bureau', bureau: 'TOKYO', kind: 'BUREAU', receptionInitial: '東' },
  { code: 'YOKOHAMA', nameJa: '東京出入国在留管理局横浜支局', nameEn: 'Yokohama District Immigration Services Office', bureau: 'TOKYO', kind: 'BRANCH', receptionInitial: '横' },
  { code: 'NAGOYA', nameJa: '名古屋出入国在留管理局', nameEn: 'Nagoya Regional Immigration Services Bureau', bureau: 'NAGOYA', kind: 'BUREAU', receptionInitial: '名' },
  { code: 'OSAKA', nameJa: '大阪出入国在留管理局', nameEn: 'Osaka Regional Immigration Services Bureau', bureau: 'OSAKA', kind: 'BUREAU', receptionInitial: '大' },
  { code: 'KOBE', nameJa: '大阪出入国在留管理局神戸支局', nameEn: 'Kobe District Immigration Services Office', bureau: 'OSAKA', kind: 'BRANCH', receptionInitial: '神' },
  { code: 'HIROSHIMA', nameJa: '広島出入国在留管理局', nameEn: 'Hiroshima Regional Immigration Services Bureau', bureau: 'HIROSHIMA', kind: 'BUREAU', receptionInitial: '広' },
  { code: 'TAKAMATSU', nameJa: '高松出入国在留管理局', nameEn: 'Takamatsu Regional Immigration Services Bureau', bureau: 'TAKAMATSU', kind: 'BUREAU', receptionInitial: '高' },
  { code: 'FUKUOKA', nameJa: '福岡出入国在留管理局', nameEn: 'Fukuoka Regional Immigration Services Bureau', bureau: 'FUKUOKA', kind: 'BUREAU', receptionInitial: '福' },
  { code: 'NAHA', nameJa: '福岡出入国在留管理局那覇支局', nameEn: 'Naha District Immigration Services Office', bureau: 'FUKUOKA', kind: 'BRANCH', receptionInitial: '那' },
];

/** The one nationwide unit that issues and mails residence cards for online applications. */
export const ISSUANCE_UNIT = {
  code: 'ODAIBA',
  nameJa: '東京出入国在留管理局 お台場分室 オンライン審査部門',
  nameEn: 'Tokyo Regional Immigration Services Bureau, Odaiba Branch, Online Examination Division',
} as const;

export interface Prefecture {
  /** JIS X 0401 code, "01"–"47". */
  code: string;
  nameJa: string;
  nameEn: string;
  /** The office that examines applications from this prefecture. */
  office: OfficeCode;
}

const p = (code: string, nameJa: string, nameEn: string, office: OfficeCode): Prefecture => ({ code, nameJa, nameEn, office });

export const PREFECTURES: readonly Prefecture[] = [
  p('01', '北海道', 'Hokkaido', 'SAPPORO'),
  p('02', '青森県', 'Aomori', 'SENDAI'), p('03', '岩手県', 'Iwate', 'SENDAI'), p('04', '宮城県', 'Miyagi', 'SENDAI'),
  p('05', '秋田県', 'Akita', 'SENDAI'), p('06', '山形県', 'Yamagata', 'SENDAI'), p('07', '福島県', 'Fukushima', 'SENDAI'),
  p('08', '茨城県', 'Ibaraki', 'TOKYO'), p('09', '栃木県', 'Tochigi', 'TOKYO'), p('10', '群馬県', 'Gunma', 'TOKYO'),
  p('11', '埼玉県', 'Saitama', 'TOKYO'), p('12', '千葉県', 'Chiba', 'TOKYO'), p('13', '東京都', 'Tokyo', 'TOKYO'),
  p('14', '神奈川県', 'Kanagawa', 'YOKOHAMA'), p('15', '新潟県', 'Niigata', 'TOKYO'), p('16', '富山県', 'Toyama', 'NAGOYA'),
  p('17', '石川県', 'Ishikawa', 'NAGOYA'), p('18', '福井県', 'Fukui', 'NAGOYA'), p('19', '山梨県', 'Yamanashi', 'TOKYO'),
  p('20', '長野県', 'Nagano', 'TOKYO'), p('21', '岐阜県', 'Gifu', 'NAGOYA'), p('22', '静岡県', 'Shizuoka', 'NAGOYA'),
  p('23', '愛知県', 'Aichi', 'NAGOYA'), p('24', '三重県', 'Mie', 'NAGOYA'), p('25', '滋賀県', 'Shiga', 'OSAKA'),
  p('26', '京都府', 'Kyoto', 'OSAKA'), p('27', '大阪府', 'Osaka', 'OSAKA'), p('28', '兵庫県', 'Hyogo', 'KOBE'),
  p('29', '奈良県', 'Nara', 'OSAKA'), p('30', '和歌山県', 'Wakayama', 'OSAKA'), p('31', '鳥取県', 'Tottori', 'HIROSHIMA'),
  p('32', '島根県', 'Shimane', 'HIROSHIMA'), p('33', '岡山県', 'Okayama', 'HIROSHIMA'), p('34', '広島県', 'Hiroshima', 'HIROSHIMA'),
  p('35', '山口県', 'Yamaguchi', 'HIROSHIMA'), p('36', '徳島県', 'Tokushima', 'TAKAMATSU'), p('37', '香川県', 'Kagawa', 'TAKAMATSU'),
  p('38', '愛媛県', 'Ehime', 'TAKAMATSU'), p('39', '高知県', 'Kochi', 'TAKAMATSU'), p('40', '福岡県', 'Fukuoka', 'FUKUOKA'),
  p('41', '佐賀県', 'Saga', 'FUKUOKA'), p('42', '長崎県', 'Nagasaki', 'FUKUOKA'), p('43', '熊本県', 'Kumamoto', 'FUKUOKA'),
  p('44', '大分県', 'Oita', 'FUKUOKA'), p('45', '宮崎県', 'Miyazaki', 'FUKUOKA'), p('46', '鹿児島県', 'Kagoshima', 'FUKUOKA'),
  p('47', '沖縄県', 'Okinawa', 'NAHA'),
];

export function getOffice(code: OfficeCode): Office {
  const found = OFFICES.find((o) => o.code === code);
  if (!found) throw new Error(`unknown office ${code}`);
  return found;
}

/** The office with jurisdiction over an address in this prefecture. */
export function officeForPrefecture(prefectureCode: string): Office | undefined {
  const pref = PREFECTURES.find((x) => x.code === prefectureCode);
  return pref ? getOffice(pref.office) : undefined;
}
