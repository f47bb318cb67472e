import { z } from 'zod';
import { isValidIsoDate } from '../calendar/jst.js';
import { PROCEDURE_CODES } from '../reference/procedures.js';
import { STATUS_CODES } from '../reference/statuses.js';
import type { Bilingual } from '../validation/field-errors.js';

/** The documents the system issues and signs (R-RES-4, R-PLUS-1, R-PLUS-5). */
export const DOCUMENT_KINDS = ['E_COE', 'PERMISSION', 'DECISION_NOTICE', 'PENDING_PROOF'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export interface DocumentKindRule {
  /** The first two letters of the document number and the kind's code in a signed payload. */
  prefix: string;
  title: Bilingual;
}

export const DOCUMENT_KIND_RULES: Readonly<Record<DocumentKind, DocumentKindRule>> = {
  E_COE: { prefix: 'EC', title: { ja: '在留資格認定証明書（電子交付）', en: 'Certificate of Eligibility (electronic)' } },
  PERMISSION: {
    prefix: 'PM',
    title: { ja: '資格外活動許可書', en: 'Permission to Engage in Activity Other than That Permitted under the Status of Residence Previously Granted' },
  },
  DECISION_NOTICE: { prefix: 'DN', title: { ja: '処分通知書', en: 'Notice of Decision' } },
  PENDING_PROOF: { prefix: 'PP', title: { ja: '在留申請中であることの証明書（特例期間）', en: 'Proof of Pending Application (Special Period)' } },
};

export function kindOfPrefix(prefix: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((kind) => DOCUMENT_KIND_RULES[kind].prefix === prefix);
}

export const IsoDate = z.string().refine(isValidIsoDate, 'a real date in the form YYYY-MM-DD');

/** The dates a document may state; each document carries only those it needs. */
export const DOCUMENT_DATE_KINDS = [
  'DATE_OF_BIRTH', 'FILED_ON', 'PERIOD_OF_STAY_EXPIRY', 'SPECIAL_PERIOD_END', 'DECIDED_ON', 'PERIOD_OF_STAY_UNTIL',
] as const;
export const DocumentDateKind = z.enum(DOCUMENT_DATE_KINDS);
export type DocumentDateKind = z.infer<typeof DocumentDateKind>;

export const DOCUMENT_DATE_NAMES: Readonly<Record<DocumentDateKind, Bilingual>> = {
  DATE_OF_BIRTH: { ja: '生年月日', en: 'Date of birth' },
  FILED_ON: { ja: '申請日', en: 'Date of application' },
  PERIOD_OF_STAY_EXPIRY: { ja: '在留期間の満了日', en: 'Expiry of the period of stay' },
  SPECIAL_PERIOD_END: { ja: '特例期間の末日（最長）', en: 'Last day of the special period (at the latest)' },
  DECIDED_ON: { ja: '処分日', en: 'Date of decision' },
  PERIOD_OF_STAY_UNTIL: { ja: '許可された在留期間の満了日', en: 'Granted period of stay ends on' },
};

export const DECISIONS = ['GRANTED', 'REFUSED'] as const;
export const DECISION_NAMES: Readonly<Record<(typeof DECISIONS)[number], Bilingual>> = {
  GRANTED: { ja: '許可', en: 'Granted' },
  REFUSED: { ja: '不許可', en: 'Refused' },
};

/**
 * The minimum data a document states and a verifier is shown (R-PLUS-1): who (name as in the passport,
 * nationality as ISO 3166-1 alpha-3), the status of residence, and the dates that matter for this kind.
 */
export const DocumentSubject = z.object({
  name: z.string().trim().min(1).max(120),
  nationality: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'),
  status: z.enum(STATUS_CODES).nullable(),
  procedure: z.enum(PROCEDURE_CODES).nullable().default(null),
  decision: z.enum(DECISIONS).nullable().default(null),
  dates: z.partialRecord(DocumentDateKind, IsoDate),
});
export type DocumentSubject = z.infer<typeof DocumentSubject>;
export type DocumentSubjectInput = z.input<typeof DocumentSubject>;

/** What the issuer did to a document after issuing it; "expired" is not stored, it follows from the clock. */
export const DOCUMENT_STATUSES = ['ACTIVE', 'WITHDRAWN', 'REVOKED'] as const;
export const DocumentStatus = z.enum(DOCUMENT_STATUSES);
export type DocumentStatus = z.infer<typeof DocumentStatus>;
