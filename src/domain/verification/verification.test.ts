import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CROCKFORD, composePayload, crockfordChars, documentStanding, extractPayload, formatDocumentNumber, formatVerificationCode,
  kindOfNumber, normaliseDocumentNumber, normaliseVerificationCode, parsePayload, payloadSignedText, DOCUMENT_KINDS, type PayloadFields,
} from './index.js';

describe('document numbers and verification codes people type (R-PLUS-1)', () => {
  it('draws 8 Crockford characters from 5 random bytes, never I, L, O or U', () => {
    expect(crockfordChars(new Uint8Array([0, 0, 0, 0, 0]))).toBe('00000000');
    expect(crockfordChars(new Uint8Array([255, 255, 255, 255, 255]))).toBe('ZZZZZZZZ');
    fc.assert(fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
      const chars = crockfordChars(bytes);
      return chars.length === 8 && [...chars].every((c) => CROCKFORD.includes(c)) && !/[ILOU]/.test(chars);
    }));
    expect(() => crockfordChars(new Uint8Array(4))).toThrow();
  });

  it.each(DOCUMENT_KINDS)('R-PLUS-1 a %s number round-trips and names its kind', (kind) => {
    const number = formatDocumentNumber(kind, 2026, '7K3M9Q2X');
    expect(normaliseDocumentNumber(number)).toBe(number);
    expect(kindOfNumber(number)).toBe(kind);
  });

  it.each([
    ['lower case, no hyphens', 'ec20267k3m9q2x', 'EC-2026-7K3M9Q2X'],
    ['full-width from a Japanese keyboard', 'ＥＣ－２０２６－７Ｋ３Ｍ９Ｑ２Ｘ', 'EC-2026-7K3M9Q2X'],
    ['spaces and long-vowel marks as separators', ' EC ー 2026 ー 7K3M 9Q2X ', 'EC-2026-7K3M9Q2X'],
    ['O typed for 0, I and L for 1', 'PP-2026-O1IL0000', 'PP-2026-01110000'],
  ])('R-PLUS-1 a number typed with %s is understood', (_name, typed, canonical) => {
    expect(normaliseDocumentNumber(typed)).toBe(canonical);
  });

  it.each(['', 'XX-2026-7K3M9Q2X', 'EC-26-7K3M9Q2X', 'EC-2026-7K3M9Q2', 'EC-2026-7K3M9Q2XY', 'EC-2026-7K3M9Q2U'])('"%s" is not a document number', (typed) => {
    expect(normaliseDocumentNumber(typed)).toBeUndefined();
  });

  it('R-PLUS-1 verification codes: printed in two groups, typed in any case or width', () => {
    expect(formatVerificationCode('4F7K2M9Q')).toBe('4F7K-2M9Q');
    expect(normaliseVerificationCode('4f7k-2m9q')).toBe('4F7K2M9Q');
    expect(normaliseVerificationCode('４Ｆ７Ｋ　２Ｍ９Ｑ')).toBe('4F7K2M9Q');
    expect(normaliseVerificationCode('4F7K-2M9')).toBeUndefined();
    expect(normaliseVerificationCode('4F7K-2M9U')).toBeUndefined();
  });
});

describe('the signed payload format (R-PLUS-1)', () => {
  const fields: PayloadFields = {
    kid: 'AbCdEfGhIjKlMnOp', kind: 'E_COE', number: 'EC-2026-7K3M9Q2X', issuedOn: '2026-11-23', validUntil: '2027-02-23', subjectHash: 'a'.repeat(22),
  };
  const signature = 'S'.repeat(86);

  it('R-PLUS-1 round-trips: kid, kind, number, dates and the subject hash, with the exact signed text', () => {
    const payload = composePayload(fields, signature);
    expect(payload).toBe(`ZV1.AbCdEfGhIjKlMnOp.EC.EC-2026-7K3M9Q2X.20261123.20270223.${'a'.repeat(22)}.${signature}`);
    expect(parsePayload(payload)).toEqual({ ...fields, signedText: payloadSignedText(fields), signature });
  });

  it('a document without an end carries 0 as its last day', () => {
    const payload = composePayload({ ...fields, kind: 'DECISION_NOTICE', number: 'DN-2026-7K3M9Q2X', validUntil: null }, signature);
    expect(parsePayload(payload)?.validUntil).toBeNull();
  });

  it('is found inside a verification URL or pasted text, and a trailing full stop is dropped', () => {
    const payload = composePayload(fields, signature);
    expect(extractPayload(`https://zairyu.example/verify#${payload}`)).toBe(payload);
    expect(extractPayload(`QR: ${payload}.`)).toBe(payload);
    expect(extractPayload('nothing here')).toBeUndefined();
  });

  it.each([
    ['another version', (p: string) => p.replace('ZV1.', 'ZV2.')],
    ['a part missing', (p: string) => p.split('.').slice(1).join('.')],
    ['a kind that does not match the number', (p: string) => p.replace('.EC.EC-', '.PP.EC-')],
    ['an impossible date', (p: string) => p.replace('20261123', '20261131')],
    ['a short signature', (p: string) => p.slice(0, -1)],
    ['a number not in canonical form', (p: string) => p.replace('EC-2026-7K3M9Q2X', 'EC-2026-7K3M9Q2O')],
  ])('R-PLUS-1 refuses %s', (_name, mangle) => {
    expect(parsePayload(mangle(composePayload(fields, signature)))).toBeUndefined();
  });
});

describe('whether a known document is valid today (R-PLUS-1)', () => {
  it.each([
    ['active, before its last day', { status: 'ACTIVE', validUntil: '2027-02-23' }, '2027-02-22', { valid: true, validUntil: '2027-02-23' }],
    ['active, on its last day', { status: 'ACTIVE', validUntil: '2027-02-23' }, '2027-02-23', { valid: true, validUntil: '2027-02-23' }],
    ['active, the day after', { status: 'ACTIVE', validUntil: '2027-02-23' }, '2027-02-24', { valid: false, reason: 'EXPIRED', validUntil: '2027-02-23' }],
    ['active without an end', { status: 'ACTIVE', validUntil: null }, '2099-01-01', { valid: true, validUntil: null }],
    ['withdrawn though in date', { status: 'WITHDRAWN', validUntil: '2027-02-23' }, '2026-12-01', { valid: false, reason: 'WITHDRAWN', validUntil: '2027-02-23' }],
    ['revoked though in date', { status: 'REVOKED', validUntil: '2027-02-23' }, '2026-12-01', { valid: false, reason: 'REVOKED', validUntil: '2027-02-23' }],
    ['ended early by a decision (R-PLUS-5)', { status: 'ACTIVE', validUntil: '2027-02-28', endedOn: '2027-01-10' }, '2027-01-11', { valid: false, reason: 'EXPIRED', validUntil: '2027-01-10' }],
    ['a decision after the last day changes nothing', { status: 'ACTIVE', validUntil: '2027-02-28', endedOn: '2027-03-10' }, '2027-02-28', { valid: true, validUntil: '2027-02-28' }],
  ] as const)('R-PLUS-1 %s', (_name, doc, today, standing) => {
    expect(documentStanding(doc, today)).toEqual(standing);
  });
});
