/**
 * The small part of DER this project needs to write and read the JPKI subjectAltName (a SEQUENCE of otherName
 * entries whose values are UTF8Strings). Strict: definite lengths only, every length checked against the input.
 */

const TAG_SEQUENCE = 0x30;
const TAG_OID = 0x06;
const TAG_UTF8 = 0x0c;
/** otherName is GeneralName [0], IMPLICIT so constructed context 0; its value is [0] EXPLICIT. */
const TAG_CONTEXT_0 = 0xa0;

export interface OtherName {
  oid: string;
  value: string;
}

function encodeLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return [0x80 | bytes.length, ...bytes];
}

function tlv(tag: number, content: Uint8Array): Uint8Array {
  return Uint8Array.from([tag, ...encodeLength(content.length), ...content]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export function encodeOid(oid: string): Uint8Array {
  if (!/^[0-2](\.(0|[1-9][0-9]*))+$/.test(oid)) throw new Error(`invalid OID ${oid}`);
  const arcs = oid.split('.').map((a) => BigInt(a));
  const [first, second, ...rest] = arcs;
  if (first === undefined || second === undefined || (first < 2n && second > 39n)) throw new Error(`invalid OID ${oid}`);
  const bytes: number[] = [];
  for (const arc of [first * 40n + second, ...rest]) {
    const chunk: number[] = [Number(arc & 0x7fn)];
    for (let v = arc >> 7n; v > 0n; v >>= 7n) chunk.unshift(Number(v & 0x7fn) | 0x80);
    bytes.push(...chunk);
  }
  return Uint8Array.from(bytes);
}

export function decodeOid(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new Error('empty OID');
  const values: bigint[] = [];
  let value = 0n;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (value === 0n && b === 0x80) throw new Error('non-minimal OID encoding');
    value = (value << 7n) | BigInt(b & 0x7f);
    if ((b & 0x80) === 0) {
      values.push(value);
      value = 0n;
    } else if (i === bytes.length - 1) {
      throw new Error('truncated OID');
    }
  }
  const [head, ...rest] = values;
  if (head === undefined) throw new Error('empty OID');
  const first = head < 40n ? 0n : head < 80n ? 1n : 2n;
  return [first, head - first * 40n, ...rest].join('.');
}

/** The DER value of a subjectAltName extension holding only otherName entries with UTF8String values. */
export function encodeOtherNames(names: readonly OtherName[]): Uint8Array {
  const encoder = new TextEncoder();
  const entries = names.map((n) =>
    tlv(TAG_CONTEXT_0, concat([tlv(TAG_OID, encodeOid(n.oid)), tlv(TAG_CONTEXT_0, tlv(TAG_UTF8, encoder.encode(n.value)))])),
  );
  return tlv(TAG_SEQUENCE, concat(entries));
}

interface Element {
  tag: number;
  content: Uint8Array;
  end: number;
}

function readElement(bytes: Uint8Array, offset: number): Element {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined) throw new Error('truncated DER');
  if ((tag & 0x1f) === 0x1f) throw new Error('multi-byte tags are not supported');
  let length = first;
  let start = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new Error('unsupported DER length');
    length = 0;
    for (let i = 0; i < count; i++) {
      const b = bytes[start + i];
      if (b === undefined) throw new Error('truncated DER');
      length = length * 256 + b;
    }
    if (length < 0x80) throw new Error('non-minimal DER length');
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) throw new Error('truncated DER');
  return { tag, content: bytes.subarray(start, end), end };
}

function readAll(bytes: Uint8Array): Element[] {
  const out: Element[] = [];
  for (let offset = 0; offset < bytes.length; ) {
    const element = readElement(bytes, offset);
    out.push(element);
    offset = element.end;
  }
  return out;
}

/**
 * The otherName entries of a subjectAltName value. Other kinds of name are skipped; an otherName whose value is
 * not a UTF8String is an error, because silently skipping it could hide a fact.
 */
export function decodeOtherNames(der: Uint8Array): OtherName[] {
  const outer = readElement(der, 0);
  if (outer.tag !== TAG_SEQUENCE || outer.end !== der.length) throw new Error('subjectAltName is not a SEQUENCE');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const names: OtherName[] = [];
  for (const entry of readAll(outer.content)) {
    if (entry.tag !== TAG_CONTEXT_0) continue;
    const [oid, wrapped, ...extra] = readAll(entry.content);
    if (!oid || oid.tag !== TAG_OID || !wrapped || wrapped.tag !== TAG_CONTEXT_0 || extra.length > 0) throw new Error('malformed otherName');
    const [value, ...more] = readAll(wrapped.content);
    if (!value || value.tag !== TAG_UTF8 || more.length > 0) throw new Error('otherName value is not a UTF8String');
    names.push({ oid: decodeOid(oid.content), value: decoder.decode(value.content) });
  }
  return names;
}
