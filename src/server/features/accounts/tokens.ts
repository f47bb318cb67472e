import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session ids and emailed link tokens. Only their SHA-256 is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
