import { z } from 'zod';
import { addDays, addMonthsClamped, jstDateOf, type IsoDate } from '../../../domain/calendar/jst.js';
import { feeFor, type FeeVariant } from '../../../domain/reference/fees.js';
import type { ProcedureCode, StatusCode } from '../../../domain/reference/index.js';
import type { ReceiptMethod } from '../../../domain/receipt/receipt-methods.js';
import type { Bilingual } from '../../../domain/validation/field-errors.js';

/**
 * What the applicant sends to the Odaiba unit for a card by mail (R-RES-1, seed 001 「お持ちの在留カードや手数料納付書、
 * 返信用封筒等」). Never the passport: a case that needs a sticker in it is a counter case.
 */
export const MAILED_ITEMS = ['CURRENT_CARD', 'FEE_SLIP', 'RETURN_ENVELOPE', 'DESIGNATION'] as const;
export const MailedItem = z.enum(MAILED_ITEMS);
export type MailedItem = z.infer<typeof MailedItem>;

export const MAILED_ITEM_NAMES: Readonly<Record<MailedItem, Bilingual>> = {
  CURRENT_CARD: { ja: '現在お持ちの在留カード', en: 'Your current residence card' },
  FEE_SLIP: { ja: '手数料納付書（手数料額の収入印紙を貼付したもの）', en: 'The fee payment slip (手数料納付書) with revenue stamps for the fee' },
  RETURN_ENVELOPE: { ja: '返信用封筒（宛先を記入し、簡易書留料金分の切手を貼付したもの）', en: 'A return envelope (addressed, with stamps for registered mail)' },
  DESIGNATION: { ja: '指定書', en: 'The designation (指定書)' },
};

/** What to bring to the counter instead (R-RES-1 counter cases; the passport for the sticker, seed 001). */
export const COUNTER_ITEMS: readonly Bilingual[] = [
  { ja: '旅券（パスポート）', en: 'Your passport' },
  { ja: '現在お持ちの在留カード（お持ちの方）', en: 'Your current residence card (if you have one)' },
  { ja: '手数料納付書（手数料額の収入印紙を貼付したもの）', en: 'The fee payment slip (手数料納付書) with revenue stamps for the fee' },
  { ja: '申請受付番号のお知らせメールの写し', en: 'A copy of the email with the reception number' },
];

const CARD_PROCEDURES: readonly ProcedureCode[] = ['CHANGE', 'EXTENSION', 'ACQUISITION'];

export interface IssuanceFacts {
  procedures: readonly ProcedureCode[];
  receiptMethod: ReceiptMethod | null;
  currentStatus: StatusCode | null;
  /** When the bureau received the application (its submission), which decides the fee (SPEC §2.1). */
  receivedAt: Date;
  reentryVariant: FeeVariant;
}

export type IssuanceRoute = 'CARD_BY_MAIL' | 'COUNTER' | 'ECOE' | 'COE_BY_MAIL';

export function issuanceRouteOf(method: ReceiptMethod | null): IssuanceRoute {
  if (method === 'COE_BY_EMAIL') return 'ECOE';
  if (method === 'COE_BY_MAIL') return 'COE_BY_MAIL';
  if (method === 'CARD_BY_MAIL') return 'CARD_BY_MAIL';
  return 'COUNTER';
}

export const issuesCard = (facts: Pick<IssuanceFacts, 'procedures'>): boolean => facts.procedures.some((p) => CARD_PROCEDURES.includes(p));

/** The fee by revenue stamp, at the online rate valid on the received date (JST), summed over the case's procedures. */
export function feeDueYen(facts: IssuanceFacts): number {
  const receivedOn = jstDateOf(facts.receivedAt);
  return facts.procedures.reduce((sum, p) => sum + feeFor(p, p === 'REENTRY' ? facts.reentryVariant : 'STANDARD', receivedOn).onlineYen, 0);
}

/** The items the clerk must receive before dispatch (R-RES-1). */
export function requiredItems(facts: IssuanceFacts): MailedItem[] {
  const route = issuanceRouteOf(facts.receiptMethod);
  if (route === 'COE_BY_MAIL') return ['RETURN_ENVELOPE'];
  if (route !== 'CARD_BY_MAIL') return [];
  const items: MailedItem[] = [];
  if (!facts.procedures.includes('ACQUISITION')) items.push('CURRENT_CARD');
  if (feeDueYen(facts) > 0) items.push('FEE_SLIP');
  items.push('RETURN_ENVELOPE');
  if (facts.currentStatus === 'DESIGNATED_ACTIVITIES') items.push('DESIGNATION');
  return items;
}

/** Japan Post tracking numbers (簡易書留): 11 to 13 digits, hyphens and spaces tolerated. */
export const TRACKING_NUMBER_PATTERN = /^\d{11,13}$/;
export const normaliseTrackingNumber = (value: string): string => value.normalize('NFKC').replace(/[\s-]/g, '');
export const TRACKING_NUMBER_MESSAGE: Bilingual = {
  ja: '追跡番号は数字11〜13桁で入力してください。',
  en: 'Enter the tracking number as 11 to 13 digits.',
};

/**
 * The e-COE is valid for three months from issue (R-RES-2): the last day is the day before the corresponding day
 * three months on, or that month's last day when it has no corresponding day (民法第143条).
 */
export function ecoeValidUntil(issuedOn: IsoDate): IsoDate {
  const corresponding = addMonthsClamped(issuedOn, 3);
  return corresponding.slice(8) < issuedOn.slice(8) ? corresponding : addDays(corresponding, -1);
}
