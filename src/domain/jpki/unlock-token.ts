import { z } from 'zod';
import { fromBase64Url, toBase64Url } from './base64.js';
import { CardSerial } from './card-file.js';
import { CARD_SLOTS } from './slots.js';

/**
 * An unlock token: the municipal office's order to reset a card's retry counters (`npm run card:unlock`). The lock
 * counters live in the browser with the software card, so the office cannot reach them; it signs this token
 * instead (ECDSA P-256, SHA-256, signature in WebCrypto's r||s form) and the card module accepts it only when the
 * signature verifies with the office key the card was first imported with, the serial matches, it is unexpired,
 * unused, and issued after the lock it lifts.
 *
 * Format: base64url(JSON payload) "." base64url(signature over the first part's ASCII bytes).
 */
export const UNLOCK_TOKEN_TYPE = 'zairyu-software-card-unlock';
export const UNLOCK_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
/** Tolerated clock difference between the office's machine and the browser. */
export const UNLOCK_CLOCK_SKEW_MS = 5 * 60 * 1000;

export const UnlockTokenPayload = z.object({
  typ: z.literal(UNLOCK_TOKEN_TYPE),
  v: z.literal(1),
  id: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  serial: CardSerial,
  reset: z.array(z.enum(CARD_SLOTS)).min(1).max(2),
  issuedAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type UnlockTokenPayload = z.infer<typeof UnlockTokenPayload>;

export interface ParsedUnlockToken {
  payload: UnlockTokenPayload;
  signingInput: Uint8Array;
  signature: Uint8Array;
}

export function unlockSigningInput(payload: UnlockTokenPayload): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(payload)));
}

export function formatUnlockToken(signingInput: string, signature: Uint8Array): string {
  return `${signingInput}.${toBase64Url(signature)}`;
}

export function parseUnlockToken(token: string): ParsedUnlockToken | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 2) return undefined;
  const [head, sig] = parts;
  if (!head || !sig) return undefined;
  try {
    const payload = UnlockTokenPayload.safeParse(JSON.parse(new TextDecoder().decode(fromBase64Url(head))));
    if (!payload.success) return undefined;
    return { payload: payload.data, signingInput: new TextEncoder().encode(head), signature: fromBase64Url(sig) };
  } catch {
    return undefined;
  }
}
