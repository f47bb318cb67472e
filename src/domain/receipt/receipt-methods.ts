import { z } from 'zod';
import { isMainProcedure, type ProcedureCode, type StatusCode } from '../reference/index.js';
import type { Bilingual } from '../validation/field-errors.js';

/** How the result is received (R-ATT-4), chosen with the attachments (seeds 001, 002: 「在留カードの受領方法」). */
export const RECEIPT_METHODS = ['CARD_BY_MAIL', 'CARD_AT_COUNTER', 'COE_BY_EMAIL', 'COE_BY_MAIL', 'COUNTER_PASSPORT'] as const;
export const ReceiptMethod = z.enum(RECEIPT_METHODS);
export type ReceiptMethod = z.infer<typeof ReceiptMethod>;

export interface ReceiptInput {
  procedures: readonly ProcedureCode[];
  /** The status in question: the desired one for COE, change and acquisition, the current one otherwise. */
  status: StatusCode;
}

/**
 * Statuses whose holders are not mid- to long-term residents (入管法第19条の3): no residence card is issued, so
 * the permission is a sticker (証印シール) in the passport. 外交 and 短期滞在 are never filed online (R-ELIG-6), which
 * leaves 公用. The other such cases cannot be told from the filing: a period of stay of three months or less is
 * decided only at the decision, and the 特定活動 of the staff of 台湾日本関係協会 and 駐日パレスチナ総代表部 have no
 * 告示 number of their own; the bureau calls those to the counter when it decides.
 */
export const PASSPORT_STICKER_STATUSES = ['OFFICIAL'] as const satisfies readonly StatusCode[];

/**
 * Seeds 001 and 002: 「旅券に証印シールを貼付する必要がある方は、窓口にお越しいただきます」. Re-entry permission is
 * given by a sticker in the passport (入管法施行規則第29条), so a filing with re-entry is one of these. Permission
 * for activity outside status is not: since January 2024 it is mailed as a printed 資格外活動許可書 (seed 004, R-RES-3).
 */
export function isPassportStickerCase({ procedures, status }: ReceiptInput): boolean {
  return procedures.includes('REENTRY') || (PASSPORT_STICKER_STATUSES as readonly StatusCode[]).includes(status);
}

/**
 * R-ATT-4: COE by email (electronic, since 2023-03-17, R-RES-2) or by mail; residence card by mail or at the
 * counter for a change, an extension or an acquisition; passport-sticker cases at the counter only. The work
 * certificate is a document like the card in the seeds' 「在留カード等」: by mail or at the counter, so it uses the
 * card methods (named for the certificate by `receiptMethodName`).
 */
export function receiptMethodsFor(input: ReceiptInput): ReceiptMethod[] {
  const main = input.procedures.find(isMainProcedure);
  switch (main) {
    case 'COE':
      return ['COE_BY_EMAIL', 'COE_BY_MAIL'];
    case 'CHANGE':
    case 'EXTENSION':
    case 'ACQUISITION':
      return isPassportStickerCase(input) ? ['COUNTER_PASSPORT'] : ['CARD_BY_MAIL', 'CARD_AT_COUNTER'];
    case 'WORK_CERT':
      return ['CARD_BY_MAIL', 'CARD_AT_COUNTER'];
    case undefined:
      return [];
  }
}

export function isReceiptMethodAllowed(input: ReceiptInput, method: ReceiptMethod): boolean {
  return receiptMethodsFor(input).includes(method);
}

/** The method's label for this filing: "the card" is "the certificate" for a work certificate. */
export function receiptMethodName(method: ReceiptMethod, procedures: readonly ProcedureCode[]): Bilingual {
  const workCert = procedures.includes('WORK_CERT');
  switch (method) {
    case 'CARD_BY_MAIL':
      return workCert
        ? { ja: '就労資格証明書を郵送で受け取る', en: 'Receive the certificate of authorized employment by mail' }
        : { ja: '在留カードを郵送で受け取る', en: 'Receive the residence card by mail' };
    case 'CARD_AT_COUNTER':
      return workCert
        ? { ja: '就労資格証明書を地方出入国在留管理官署の窓口で受け取る', en: 'Receive the certificate of authorized employment at the immigration office counter' }
        : { ja: '在留カードを地方出入国在留管理官署の窓口で受け取る', en: 'Receive the residence card at the immigration office counter' };
    case 'COE_BY_EMAIL':
      return { ja: '在留資格認定証明書を電子メールで受け取る（電子交付）', en: 'Receive the Certificate of Eligibility by email (electronic)' };
    case 'COE_BY_MAIL':
      return { ja: '在留資格認定証明書を郵送で受け取る', en: 'Receive the Certificate of Eligibility by mail' };
    case 'COUNTER_PASSPORT':
      return { ja: '窓口で受け取る（旅券に証印シールを貼付するため）', en: 'Receive it at the counter (a sticker is placed in the passport)' };
  }
}
