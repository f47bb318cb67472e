import { jstDateOf } from '../../../domain/calendar/jst.js';
import type { PublishedKey } from '../../../domain/verification/keys.js';
import type { ParsedPayload } from '../../../domain/verification/payload.js';
import { verifyText } from './ed25519.js';

export type SignatureVerdict = 'GENUINE' | 'UNKNOWN_KID' | 'KEY_REVOKED' | 'OUTSIDE_KEY_VALIDITY' | 'BAD_SIGNATURE';

/**
 * Checks a payload's signature against published keys only, so it works offline with a keys file as well as on the
 * server (R-PLUS-1). The document must be dated within the JST days its key was signing.
 */
export function verifyPayloadSignature(keys: readonly PublishedKey[], payload: ParsedPayload): SignatureVerdict {
  const key = keys.find((k) => k.kid === payload.kid);
  if (!key) return 'UNKNOWN_KID';
  if (key.status === 'REVOKED') return 'KEY_REVOKED';
  if (!verifyText(key.x, payload.signedText, payload.signature)) return 'BAD_SIGNATURE';
  const from = jstDateOf(new Date(key.validFrom));
  const to = key.validTo ? jstDateOf(new Date(key.validTo)) : null;
  if (payload.issuedOn < from || (to !== null && payload.issuedOn > to)) return 'OUTSIDE_KEY_VALIDITY';
  return 'GENUINE';
}
