import type { IsoDate } from '../calendar/jst.js';
import { getProcedure } from '../reference/procedures.js';
import { getStatus } from '../reference/statuses.js';
import type { Bilingual } from '../validation/field-errors.js';
import { DECISION_NAMES, DOCUMENT_DATE_KINDS, DOCUMENT_DATE_NAMES, DOCUMENT_KIND_RULES, type DocumentKind, type DocumentSubject } from './documents.js';

export interface DescribedRow {
  label: Bilingual;
  value: Bilingual;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A JST calendar date in both languages: 2026年11月23日 and 23 November 2026. */
export function bilingualIsoDate(date: IsoDate): Bilingual {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { ja: `${y}年${m}月${d}日`, en: `${d} ${MONTHS[m - 1] ?? ''} ${y}` };
}

const same = (text: string): Bilingual => ({ ja: text, en: text });

/**
 * The minimum data of a document as labelled rows, in the same order on the PDF and on the verification page
 * (R-PLUS-1). Country names come from the caller (the forms' country list).
 */
export function describeDocument(
  doc: { kind: DocumentKind; subject: DocumentSubject; validUntil: IsoDate | null },
  countryName: (code: string) => Bilingual | undefined,
): DescribedRow[] {
  const { subject } = doc;
  const rows: DescribedRow[] = [
    { label: { ja: '文書の種類', en: 'Document' }, value: DOCUMENT_KIND_RULES[doc.kind].title },
    { label: { ja: '氏名', en: 'Name' }, value: same(subject.name) },
    { label: { ja: '国籍・地域', en: 'Nationality / Region' }, value: countryName(subject.nationality) ?? same(subject.nationality) },
  ];
  if (subject.status) {
    const status = getStatus(subject.status);
    rows.push({ label: { ja: '在留資格', en: 'Status of residence' }, value: { ja: status.nameJa, en: status.nameEn } });
  }
  if (subject.procedure) {
    const procedure = getProcedure(subject.procedure);
    rows.push({ label: { ja: '申請の種類', en: 'Application' }, value: { ja: procedure.nameJa, en: procedure.nameEn } });
  }
  if (subject.decision) rows.push({ label: { ja: '処分', en: 'Decision' }, value: DECISION_NAMES[subject.decision] });
  for (const kind of DOCUMENT_DATE_KINDS) {
    const date = subject.dates[kind];
    if (date) rows.push({ label: DOCUMENT_DATE_NAMES[kind], value: bilingualIsoDate(date) });
  }
  if (doc.validUntil) rows.push({ label: { ja: 'この文書の有効期限', en: 'This document is valid until' }, value: bilingualIsoDate(doc.validUntil) });
  return rows;
}
