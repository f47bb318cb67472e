import type { DocumentKind } from './documents.js';
import { DOCUMENT_KIND_RULES, kindOfPrefix } from './documents.js';

/**
 * Document numbers and verification codes people read and type (R-PLUS-1): Crockford's base 32 (no I, L, O, U),
 * so that 0/O and 1/I/L typed either way mean the same, and full-width input from a Japanese keyboard is accepted.
 */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RANDOM_PART_LENGTH = 8;

/** Eight characters from random bytes (at least 5): 40 bits. */
export function crockfordChars(random: Uint8Array, length = RANDOM_PART_LENGTH): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of random) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length === length) return out;
  }
  throw new Error(`need at least ${Math.ceil((length * 5) / 8)} random bytes`);
}

const DASHES = /[\s\-‐‑‒–—―ー−－_]/g;

function crockfordNormal(text: string): string {
  return text.replace(/O/g, '0').replace(/[IL]/g, '1');
}

function squeeze(input: string): string {
  return input.normalize('NFKC').toUpperCase().replace(DASHES, '');
}

/** EC-2026-7K3M9Q2X: the kind's prefix, the JST year of issue and 8 random characters. */
export function formatDocumentNumber(kind: DocumentKind, year: number, randomPart: string): string {
  return `${DOCUMENT_KIND_RULES[kind].prefix}-${year}-${randomPart}`;
}

/** The canonical number for what someone typed, or undefined when it cannot be one. */
export function normaliseDocumentNumber(input: string): string | undefined {
  const m = /^([A-Z]{2})(\d{4})([0-9A-Z]{8})$/.exec(squeeze(input));
  if (!m?.[1] || !m[2] || !m[3] || !kindOfPrefix(m[1])) return undefined;
  const random = crockfordNormal(m[3]);
  if ([...random].some((c) => !CROCKFORD.includes(c))) return undefined;
  return `${m[1]}-${m[2]}-${random}`;
}

export function kindOfNumber(number: string): DocumentKind | undefined {
  return kindOfPrefix(number.slice(0, 2));
}

/** 4F7K-2M9Q: printed in two groups of four. */
export function formatVerificationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function normaliseVerificationCode(input: string): string | undefined {
  const code = crockfordNormal(squeeze(input));
  if (code.length !== RANDOM_PART_LENGTH || [...code].some((c) => !CROCKFORD.includes(c))) return undefined;
  return code;
}
