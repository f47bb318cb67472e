import type { IsoDate } from '../calendar/jst.js';
import type { DocumentStatus } from './documents.js';

/** Why a document is not valid (R-PLUS-1): the issuer's acts, the clock, or a document that is not ours. */
export const NOT_VALID_REASONS = ['EXPIRED', 'WITHDRAWN', 'REVOKED', 'UNKNOWN', 'BAD_SIGNATURE'] as const;
export type NotValidReason = (typeof NOT_VALID_REASONS)[number];

export type Standing = { valid: true; validUntil: IsoDate | null } | { valid: false; reason: 'EXPIRED' | 'WITHDRAWN' | 'REVOKED'; validUntil: IsoDate | null };

/**
 * Whether a known, genuine document is valid today (JST): revoked and withdrawn documents never are; otherwise
 * it is valid through its last day (`validUntil` inclusive; null = no end). `endedOn` is an earlier end that
 * happened since issue (a pending application decided: R-PLUS-5).
 */
export function documentStanding(doc: { status: DocumentStatus; validUntil: IsoDate | null; endedOn?: IsoDate | null }, today: IsoDate): Standing {
  const validUntil = earlier(doc.validUntil, doc.endedOn ?? null);
  if (doc.status === 'REVOKED') return { valid: false, reason: 'REVOKED', validUntil };
  if (doc.status === 'WITHDRAWN') return { valid: false, reason: 'WITHDRAWN', validUntil };
  if (validUntil !== null && today > validUntil) return { valid: false, reason: 'EXPIRED', validUntil };
  return { valid: true, validUntil };
}

function earlier(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
