import type { ActionRow } from '../applications/action-repository.js';
import { MAILED_ITEMS, type MailedItem } from './requirements.js';

/** Where the issuance stands, read from the case's action log (the log is the one record, DESIGN §3.1). */
export interface IssuanceProgress {
  itemsReceived: MailedItem[];
  feePaidYen: number | null;
  cardNumber: string | null;
  trackingNumber: string | null;
  ecoe: { documentId: string; number: string; tokenHash: string; validUntil: string; issuedAt: Date } | null;
  ecoeReceiptAt: Date | null;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function progressOf(actions: readonly ActionRow[]): IssuanceProgress {
  const progress: IssuanceProgress = {
    itemsReceived: [], feePaidYen: null, cardNumber: null, trackingNumber: null, ecoe: null, ecoeReceiptAt: null,
  };
  for (const a of actions) {
    const d = a.details as Record<string, unknown>;
    if (a.type === 'RECORD_ITEM_RECEIVED') {
      const item = MAILED_ITEMS.find((i) => i === d.item);
      if (item && !progress.itemsReceived.includes(item)) progress.itemsReceived.push(item);
    } else if (a.type === 'RECORD_FEE_PAID' && typeof d.amountYen === 'number') {
      progress.feePaidYen = d.amountYen;
    } else if (a.type === 'RECORD_CARD_NUMBER') {
      progress.cardNumber = str(d.cardNumber);
    } else if (a.type === 'DISPATCH') {
      progress.trackingNumber = str(d.trackingNumber);
    } else if (a.type === 'ISSUE_ECOE') {
      const documentId = str(d.documentId);
      const number = str(d.number);
      const tokenHash = str(d.tokenHash);
      const validUntil = str(d.validUntil);
      if (documentId && number && tokenHash && validUntil) progress.ecoe = { documentId, number, tokenHash, validUntil, issuedAt: a.at };
    } else if (a.type === 'REGISTER_ECOE_RECEIPT') {
      progress.ecoeReceiptAt = a.at;
    }
  }
  return progress;
}
