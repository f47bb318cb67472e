import { addMonthsClamped, addDays, type IsoDate } from '../calendar/jst.js';
import type { ProcedureCode } from '../reference/procedures.js';
import type { Bilingual } from '../validation/field-errors.js';

/**
 * 特例期間 (Immigration Control Act art. 20(6), 21(4); R-PLUS-5): a foreign national who applied for an extension or a
 * change before the period of stay expired may stay, while the application is pending, until the decision or until
 * two months after the expiry, whichever comes first.
 */
export const PENDING_PROOF_PROCEDURES = ['EXTENSION', 'CHANGE'] as const satisfies readonly ProcedureCode[];

/**
 * The last day of "two months after the expiry date". The period runs from the day after the expiry (民法 140), so
 * when the expiry is a month's last day the two months are whole calendar months and end on a month's last day
 * (民法 143: 2027-02-28 → 2027-04-30, not 04-28); otherwise the same day two months on, clamped to a shorter month.
 */
export function twoMonthsAfterExpiry(expiry: IsoDate): IsoDate {
  const isMonthEnd = addDays(expiry, 1).endsWith('-01');
  const sameDay = addMonthsClamped(expiry, 2);
  if (!isMonthEnd) return sameDay;
  return addDays(addMonthsClamped(`${sameDay.slice(0, 8)}01`, 1), -1);
}

/** The special period's end: the decision date or two months after the expiry, whichever is earlier. */
export function specialPeriodEnd(expiry: IsoDate, decidedOn: IsoDate | null): IsoDate {
  const limit = twoMonthsAfterExpiry(expiry);
  return decidedOn !== null && decidedOn < limit ? decidedOn : limit;
}

export const PENDING_PROOF_REFUSALS = ['NOT_EXTENSION_OR_CHANGE', 'NOT_ACCEPTED', 'NOT_PENDING', 'NO_EXPIRY', 'FILED_AFTER_EXPIRY', 'PERIOD_ENDED'] as const;
export type PendingProofRefusal = (typeof PENDING_PROOF_REFUSALS)[number];

export const PENDING_PROOF_REFUSAL_MESSAGES: Readonly<Record<PendingProofRefusal, Bilingual>> = {
  NOT_EXTENSION_OR_CHANGE: {
    ja: '申請中であることの証明書は、在留期間更新許可申請又は在留資格変更許可申請についてのみ発行できます。',
    en: 'A proof of pending application is issued only for an application to extend the period of stay or to change the status of residence.',
  },
  NOT_ACCEPTED: {
    ja: 'この申請はまだ受け付けられていません（受付番号がありません）。受付番号が付与された後に発行できます。',
    en: 'This application has not been accepted yet (it has no reception number). The proof can be issued once it has one.',
  },
  NOT_PENDING: {
    ja: 'この申請は審査中ではありません（処分済み、取下げ又は差戻し）。申請中であることの証明書は発行できません。',
    en: 'This application is no longer pending (decided, withdrawn or returned), so no proof of pending application can be issued.',
  },
  NO_EXPIRY: {
    ja: '申請内容に在留期間の満了日がないため、特例期間を計算できません。',
    en: 'The application states no expiry date of the period of stay, so the special period cannot be worked out.',
  },
  FILED_AFTER_EXPIRY: {
    ja: 'この申請は在留期間の満了日より後に行われたため、特例期間の対象になりません。',
    en: 'This application was filed after the period of stay expired, so the special period does not apply.',
  },
  PERIOD_ENDED: {
    ja: '特例期間（在留期間の満了日から2か月）は既に終了しています。',
    en: 'The special period (two months from the expiry of the period of stay) has already ended.',
  },
};

export interface PendingProofFacts {
  procedures: readonly ProcedureCode[];
  receptionNumber: string | null;
  /** The JST date the application was filed. */
  filedOn: IsoDate | null;
  periodOfStayExpiry: IsoDate | null;
  /** Accepted and neither decided, withdrawn nor returned. */
  isPending: boolean;
  today: IsoDate;
}

export type PendingProofDecision = { ok: true; specialPeriodEnd: IsoDate } | { ok: false; reason: PendingProofRefusal };

/** Whether a proof of pending application may be issued today, and the special period's end it states. */
export function pendingProofDecision(facts: PendingProofFacts): PendingProofDecision {
  if (!facts.procedures.some((p) => (PENDING_PROOF_PROCEDURES as readonly ProcedureCode[]).includes(p))) return { ok: false, reason: 'NOT_EXTENSION_OR_CHANGE' };
  if (!facts.receptionNumber || !facts.filedOn) return { ok: false, reason: 'NOT_ACCEPTED' };
  if (!facts.isPending) return { ok: false, reason: 'NOT_PENDING' };
  if (!facts.periodOfStayExpiry) return { ok: false, reason: 'NO_EXPIRY' };
  if (facts.filedOn > facts.periodOfStayExpiry) return { ok: false, reason: 'FILED_AFTER_EXPIRY' };
  const end = specialPeriodEnd(facts.periodOfStayExpiry, null);
  if (facts.today > end) return { ok: false, reason: 'PERIOD_ENDED' };
  return { ok: true, specialPeriodEnd: end };
}
