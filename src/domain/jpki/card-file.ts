import { z } from 'zod';
import { isBase64 } from './base64.js';
import { SealedSecret } from './key-protection.js';
import type { CardSlot } from './slots.js';

/**
 * The software card file (R-AUTH-3), written by the development CA and imported by the browser card module.
 * Private keys are never in clear: the authentication key is sealed under the PIN; the signature key AND the
 * signature certificate (which holds the 4 basic facts) are sealed under the password, as a real card reveals
 * the signature certificate only after the password. The authentication certificate is readable without the
 * PIN, as on a real card.
 */
export const CARD_FILE_FORMAT = 'zairyu-software-card';
export const CARD_FILE_NOTICE =
  'SOFTWARE CARD for development and tests only. Not a My Number card; refused by production servers. ' +
  '開発・試験専用のソフトウェアカードです。マイナンバーカードではなく、本番環境では受け付けられません。';

export const CardSerial = z.string().regex(/^SC[0-9A-F]{16}$/, 'card serial: SC followed by 16 hexadecimal digits');
export type CardSerial = z.infer<typeof CardSerial>;

const Base64 = z.string().min(1).refine(isBase64, 'must be base64');

export const CardFile = z.object({
  format: z.literal(CARD_FILE_FORMAT),
  version: z.literal(1),
  notice: z.string(),
  serial: CardSerial,
  issuedAt: z.iso.datetime({ offset: true }),
  authentication: z.object({
    /** DER, base64. */
    certificate: Base64,
    /** Opens under the PIN to SealedSlotContent without a certificate. */
    sealed: SealedSecret,
  }),
  signature: z.object({
    /** Opens under the password to SealedSlotContent with the certificate. */
    sealed: SealedSecret,
  }),
  /** The municipal office's key that signs unlock tokens for this card (see unlock-token.ts). */
  unlockAuthority: z.object({ algorithm: z.literal('ECDSA-P256-SHA256'), publicKey: Base64 }),
});
export type CardFile = z.infer<typeof CardFile>;

/** What a sealed slot holds once opened. */
export const SealedSlotContent = z.object({
  /** PKCS#8 DER, base64: RSA-2048 for RSASSA-PKCS1-v1_5 with SHA-256. */
  privateKey: Base64,
  certificate: Base64.optional(),
});
export type SealedSlotContent = z.infer<typeof SealedSlotContent>;

/** Associated data for the sealed slot: a sealed blob cannot be moved to another card or slot. */
export function sealContext(serial: string, slot: CardSlot): string {
  return `${CARD_FILE_FORMAT}/v1/${serial}/${slot}`;
}

/** The key algorithm of the card keys, as real JPKI (RSA-2048, SHA-256). */
export const CARD_KEY_ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
} as const;
