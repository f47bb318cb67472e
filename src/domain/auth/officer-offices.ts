import { ISSUANCE_UNIT, OFFICES, OFFICE_CODES } from '../reference/bureaus.js';

/** Where an officer works: a bureau or branch with jurisdiction, or the nationwide issuance unit (R-EXAM-1). */
export const OFFICER_OFFICES = [...OFFICE_CODES, ISSUANCE_UNIT.code] as const;
export type OfficerOffice = (typeof OFFICER_OFFICES)[number];

export function isOfficerOffice(value: string): value is OfficerOffice {
  return (OFFICER_OFFICES as readonly string[]).includes(value);
}

export function officerOfficeName(code: OfficerOffice): { ja: string; en: string } {
  if (code === ISSUANCE_UNIT.code) return { ja: ISSUANCE_UNIT.nameJa, en: ISSUANCE_UNIT.nameEn };
  const office = OFFICES.find((o) => o.code === code);
  return office ? { ja: office.nameJa, en: office.nameEn } : { ja: code, en: code };
}
