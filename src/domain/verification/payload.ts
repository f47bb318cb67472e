import { isValidIsoDate, type IsoDate } from '../calendar/jst.js';
import { normaliseDocumentNumber } from './codes.js';
import { DOCUMENT_KIND_RULES, kindOfPrefix, type DocumentKind } from './documents.js';

/**
 * The signed QR payload (R-PLUS-1), compact and URL-safe so it fits a QR code and a URL fragment:
 *
 *   ZV1.<kid>.<kind prefix>.<number>.<issued YYYYMMDD>.<valid until YYYYMMDD or 0>.<subject hash>.<Ed25519 signature>
 *
 * The signature (base64url) covers everything before the last dot. No personal data travels in it: the subject is
 * represented by a hash, which the registry (or the PDF's own metadata) is checked against.
 */
export const PAYLOAD_VERSION = 'ZV1';

export interface PayloadFields {
  kid: string;
  kind: DocumentKind;
  number: string;
  issuedOn: IsoDate;
  validUntil: IsoDate | null;
  subjectHash: string;
}

export interface ParsedPayload extends PayloadFields {
  /** The exact bytes the signature covers. */
  signedText: string;
  signature: string;
}

const B64URL = /^[A-Za-z0-9_-]+$/;
const KID = /^[A-Za-z0-9_-]{8,64}$/;
const HASH = /^[A-Za-z0-9_-]{22}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;

const compactDate = (date: IsoDate) => date.replace(/-/g, '');

function isoDateOf(compact: string): IsoDate | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(compact);
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return isValidIsoDate(date) ? date : undefined;
}

/** The text to sign for these fields. */
export function payloadSignedText(fields: PayloadFields): string {
  if (!KID.test(fields.kid) || !HASH.test(fields.subjectHash)) throw new Error('malformed payload fields');
  return [
    PAYLOAD_VERSION, fields.kid, DOCUMENT_KIND_RULES[fields.kind].prefix, fields.number, compactDate(fields.issuedOn),
    fields.validUntil ? compactDate(fields.validUntil) : '0', fields.subjectHash,
  ].join('.');
}

export function composePayload(fields: PayloadFields, signature: string): string {
  if (!SIGNATURE.test(signature)) throw new Error('malformed signature');
  return `${payloadSignedText(fields)}.${signature}`;
}

/** Finds the payload in what a scanner or a paste produced: the bare payload, or a verification URL holding it. */
export function extractPayload(text: string): string | undefined {
  const match = /ZV1\.[A-Za-z0-9_.-]+/.exec(text.normalize('NFKC'));
  return match?.[0].replace(/\.+$/, '');
}

/** Undefined when the text is not a well-formed payload (the signature is not checked here). */
export function parsePayload(text: string): ParsedPayload | undefined {
  const parts = text.split('.');
  if (parts.length !== 8) return undefined;
  const [version, kid, prefix, number, issued, until, subjectHash, signature] = parts as [string, string, string, string, string, string, string, string];
  if (version !== PAYLOAD_VERSION || !KID.test(kid) || !HASH.test(subjectHash) || !SIGNATURE.test(signature) || !B64URL.test(signature)) return undefined;
  const kind = kindOfPrefix(prefix);
  const canonical = normaliseDocumentNumber(number);
  const issuedOn = isoDateOf(issued);
  const validUntil = until === '0' ? null : isoDateOf(until);
  if (!kind || canonical !== number || !number.startsWith(`${prefix}-`) || !issuedOn || validUntil === undefined) return undefined;
  return { kid, kind, number, issuedOn, validUntil, subjectHash, signedText: parts.slice(0, 7).join('.'), signature };
}
