// @peculiar/x509 resolves its algorithm providers through tsyringe, which needs the Reflect metadata API first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { X509Certificate as NodeX509Certificate } from 'node:crypto';

x509.cryptoProvider.set(globalThis.crypto);

export { x509, NodeX509Certificate };

/** Upper-case hex without leading zero bytes, the form node:crypto prints, so serials compare as strings. */
export function normalizeSerial(hex: string): string {
  return hex.toUpperCase().replace(/^(00)+(?=[0-9A-F])/, '');
}

/** 16 random bytes, positive and without a leading zero byte (RFC 5280 §4.1.2.2). */
export function randomSerial(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = ((bytes[0] ?? 1) & 0x7f) || 0x01;
  return Buffer.from(bytes).toString('hex').toUpperCase();
}

/** DER from a PEM block, base64 text or bytes; undefined when none of these. */
export function toDer(input: string | Uint8Array, label = 'CERTIFICATE'): Uint8Array<ArrayBuffer> | undefined {
  if (typeof input !== 'string') return new Uint8Array(input);
  const text = input.trim();
  const pem = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`).exec(text);
  const body = (pem?.[1] ?? text).replace(/\s+/g, '');
  if (body.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return undefined;
  return new Uint8Array(Buffer.from(body, 'base64'));
}

export function toPem(der: Uint8Array, label: string): string {
  const lines = Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Every PEM block of a kind in a text (a bundle of roots, for instance). */
export function pemBlocks(text: string, label: string): Array<Uint8Array<ArrayBuffer>> {
  const re = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`, 'g');
  return [...text.matchAll(re)].map((m) => new Uint8Array(Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64')));
}
