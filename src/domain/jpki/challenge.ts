import type { CardSlot } from './slots.js';

/** 256 random bits, above the 128 the spec asks for (R-AUTH-2). */
export const NONCE_BYTES = 32;
/** A nonce is valid for 5 minutes after it is issued. */
export const NONCE_TTL_MS = 5 * 60 * 1000;
/** base64url of NONCE_BYTES bytes, no padding. */
export const NONCE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const CHALLENGE_PREFIX = 'zairyu-online/jpki-challenge/v1';

/**
 * The bytes the card signs for a server nonce. Both card clients (software card and the real JPKI client adapter)
 * sign exactly these bytes with RSASSA-PKCS1-v1_5/SHA-256; the server verifies the same bytes. The prefix and the
 * slot keep a signature made for this service and slot from being replayed as anything else.
 */
export function challengeMessage(slot: CardSlot, nonce: string): Uint8Array {
  if (!NONCE_PATTERN.test(nonce)) throw new Error('malformed nonce');
  return new TextEncoder().encode(`${CHALLENGE_PREFIX}\n${slot}\n${nonce}`);
}
