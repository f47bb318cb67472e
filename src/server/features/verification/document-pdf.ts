import { describeDocument, formatVerificationCode, DOCUMENT_KIND_RULES, type DocumentKind, type DocumentSubject } from '../../../domain/verification/index.js';
import type { Bilingual } from '../../../domain/validation/field-errors.js';
import { COUNTRIES } from '../../../forms/pages/countries.js';
import { renderBilingualDocument } from '../../adapters/documents/bilingual-document.js';
import { verificationKeywords } from './pdf-metadata.js';

export interface PrintableDocument {
  kind: DocumentKind;
  number: string;
  subject: DocumentSubject;
  issuedAt: Date;
  validUntil: string | null;
  payload: string;
  /** The verification code as stored (8 characters). */
  code: string;
}

const NOTES: Readonly<Record<DocumentKind, Bilingual>> = {
  E_COE: {
    ja: 'この証明書は、有効期限までに日本の在外公館での査証申請及び上陸の申請に用いることができます。このメールやPDFは、日本国外にいる本人に転送して差し支えありません。',
    en: 'This certificate may be used to apply for a visa at a Japanese embassy or consulate and for landing until it expires. The email and this PDF may be forwarded to the person abroad.',
  },
  PERMISSION: {
    ja: 'この許可書は、旅券への証印シールに代えて交付されたものです。在留カード又は旅券と共に携帯してください。',
    en: 'This permission is issued instead of a sticker in the passport. Carry it with your residence card or passport.',
  },
  DECISION_NOTICE: {
    ja: 'この通知書は、上記の申請に対する処分の内容を通知するものです。',
    en: 'This notice states the decision on the application above.',
  },
  PENDING_PROOF: {
    ja: '上記の者は、在留期間の満了日までに上記の申請を行い、その申請は現在審査中です。出入国管理及び難民認定法第20条第6項（第21条第4項において準用する場合を含む。）により、その申請に対する処分がされる時又は在留期間の満了の日から2か月を経過する日が終了する時のいずれか早い時まで、引き続き従前の在留資格をもって日本に在留することができます（特例期間）。処分がされた日以後、この証明書は有効ではありません。',
    en: 'The person above filed the application above on or before the expiry of the period of stay, and it is pending. Under Article 20(6) of the Immigration Control and Refugee Recognition Act (also as applied by Article 21(4)), they may continue to reside in Japan with their previous status of residence until the decision on it or until the end of the day two months after the expiry, whichever comes first (the special period). From the day of the decision this proof is no longer valid.',
  },
};

function countryName(code: string): Bilingual | undefined {
  const country = COUNTRIES.find((c) => c.code === code);
  return country ? { ja: country.nameJa, en: country.nameEn } : undefined;
}

/** The verification URL a phone camera opens: the payload travels in the fragment, which no server sees. */
export function verificationUrl(publicUrl: string, payload: string): string {
  return `${publicUrl}/verify#${payload}`;
}

/**
 * The bilingual PDF of an issued document (R-RES-4): the minimum data, the verification code, a QR code of the
 * verification URL with the signed payload, and the payload and subject again in the PDF metadata (R-PLUS-1).
 */
export async function renderIssuedDocument(doc: PrintableDocument, publicUrl: string): Promise<Buffer> {
  const title = DOCUMENT_KIND_RULES[doc.kind].title;
  const rows = describeDocument(doc, countryName).slice(1).map((row) => ({
    labelJa: row.label.ja, labelEn: row.label.en, value: row.value.ja === row.value.en ? row.value.ja : `${row.value.ja}  ${row.value.en}`,
  }));
  rows.push({ labelJa: '確認コード', labelEn: 'Verification code', value: formatVerificationCode(doc.code) });
  return renderBilingualDocument({
    titleJa: title.ja, titleEn: title.en,
    issuerJa: '出入国在留管理庁', issuerEn: 'Immigration Services Agency of Japan',
    documentNumber: doc.number,
    issuedAt: doc.issuedAt,
    rows,
    notes: [
      NOTES[doc.kind],
      {
        ja: `この文書が有効かどうかは、${publicUrl}/verify で文書番号と確認コードを入力するか、QRコードを読み取って確認できます。`,
        en: `Anyone can check that this document is genuine and valid at ${publicUrl}/verify by entering the document number and verification code, or by scanning the QR code.`,
      },
    ],
    footerJa: 'この文書は在留申請オンラインシステムにより電子的に発行され、電子署名されています。',
    footerEn: 'This document was issued electronically and signed by Zairyu Online.',
    qr: {
      payload: verificationUrl(publicUrl, doc.payload),
      captionJa: 'QRコードを読み取ると、この文書が真正で有効か確認できます。',
      captionEn: 'Scan the QR code to check that this document is genuine and valid.',
    },
    keywords: verificationKeywords(doc.payload, doc.subject),
  });
}

