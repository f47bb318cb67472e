import { z } from 'zod';
import { fromBase64, isBase64, toBase64 } from './base64.js';

/**
 * A secret sealed under a PIN or password: PBKDF2-HMAC-SHA-256 derives an AES-256-GCM key; the associated data
 * binds the ciphertext to its card and slot. Parameters are WebCrypto's, so the development CA (Node) seals and
 * the browser card module opens with the same code. SubtleCrypto is passed in: this module does no I/O.
 *
 * A 4-digit PIN cannot resist an offline search of 10 000 guesses whatever the iteration count; a real card
 * enforces its retry counter in hardware. The software card is a development stand-in and says so.
 */
export const DEFAULT_KDF_ITERATIONS = 600_000;

const Base64 = z.string().refine(isBase64, 'must be base64');

export const SealedSecret = z.object({
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(1_000).max(10_000_000),
    salt: Base64,
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: Base64 }),
  ciphertext: Base64,
});
export type SealedSecret = z.infer<typeof SealedSecret>;

/** A copy backed by a plain ArrayBuffer, which is what the WebCrypto typings accept. */
export function bufferOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(new ArrayBuffer(bytes.length));
  copy.set(bytes);
  return copy;
}

async function deriveKey(subtle: SubtleCrypto, secret: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await subtle.importKey('raw', bufferOf(new TextEncoder().encode(secret)), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bufferOf(salt), iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export interface SealParams {
  secret: string;
  /** Binds the ciphertext to where it belongs (card serial and slot). */
  context: string;
  iterations: number;
  /** 16 random bytes. */
  salt: Uint8Array;
  /** 12 random bytes, never reused with the same key (the salt makes every key fresh). */
  iv: Uint8Array;
}

export async function sealSecret(subtle: SubtleCrypto, plaintext: Uint8Array, p: SealParams): Promise<SealedSecret> {
  const key = await deriveKey(subtle, p.secret, p.salt, p.iterations);
  const ciphertext = await subtle.encrypt(
    { name: 'AES-GCM', iv: bufferOf(p.iv), additionalData: bufferOf(new TextEncoder().encode(p.context)) },
    key,
    bufferOf(plaintext),
  );
  return {
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: p.iterations, salt: toBase64(p.salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(p.iv) },
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/** The plaintext, or undefined when the secret is wrong (the GCM tag does not verify). */
export async function openSecret(subtle: SubtleCrypto, sealed: SealedSecret, secret: string, context: string): Promise<Uint8Array | undefined> {
  const key = await deriveKey(subtle, secret, fromBase64(sealed.kdf.salt), sealed.kdf.iterations);
  try {
    const plaintext = await subtle.decrypt(
      { name: 'AES-GCM', iv: bufferOf(fromBase64(sealed.cipher.iv)), additionalData: bufferOf(new TextEncoder().encode(context)) },
      key,
      bufferOf(fromBase64(sealed.ciphertext)),
    );
    return new Uint8Array(plaintext);
  } catch {
    return undefined;
  }
}
