import { describe, expect, it } from 'vitest';
import {
  BasicFacts, JPKI_OID, challengeMessage, decodeBasicFacts, decodeDateOfBirth, decodeOid, decodeOtherNames, encodeBasicFacts,
  encodeDateOfBirth, encodeOid, encodeOtherNames, fromBase64Url, isValidPin, isValidSignaturePassword, toBase64Url,
} from './index.js';

const facts: BasicFacts = { name: 'NGUYEN VAN AN', sex: 'F', dateOfBirth: '1990-01-02', address: '東京都千代田区霞が関一丁目1番1号' };

describe('JPKI basic facts encoding (R-AUTH-2)', () => {
  it.each([
    ['1900-01-01', '119000101'], ['1912-07-29', '119120729'], ['1912-07-30', '219120730'], ['1926-12-25', '319261225'],
    ['1989-01-07', '319890107'], ['1989-01-08', '419890108'], ['1990-01-02', '419900102'], ['2019-04-30', '420190430'], ['2019-05-01', '520190501'],
  ])('date of birth %s is written %s (era digit + Gregorian) and read back', (iso, encoded) => {
    expect(encodeDateOfBirth(iso)).toBe(encoded);
    expect(decodeDateOfBirth(encoded)).toBe(iso);
  });

  it.each(['419900000', '419901300', '419900230', '19900102', '619900102', 'x19900102', ''])('an unknown or impossible date of birth %j is unreadable', (value) => {
    expect(decodeDateOfBirth(value)).toBeUndefined();
  });

  it('the 4 facts round-trip through the subjectAltName otherName entries, with and without kana', () => {
    expect(decodeBasicFacts(decodeOtherNames(encodeOtherNames(encodeBasicFacts(facts))))).toEqual(facts);
    const withKana = { ...facts, nameKana: 'グエン ヴァン アン' };
    expect(decodeBasicFacts(decodeOtherNames(encodeOtherNames(encodeBasicFacts(withKana))))).toEqual(withKana);
  });

  it('a missing, repeated or unknown fact makes the facts unreadable', () => {
    const names = encodeBasicFacts(facts);
    expect(decodeBasicFacts(names.filter((n) => n.oid !== JPKI_OID.address))).toBeUndefined();
    expect(decodeBasicFacts([...names, { oid: JPKI_OID.name, value: 'OTHER' }])).toBeUndefined();
    expect(decodeBasicFacts(names.map((n) => (n.oid === JPKI_OID.sex ? { ...n, value: '9' } : n)))).toBeUndefined();
  });

  it('OIDs, including UUID arcs beyond 2^53, encode and decode exactly', () => {
    for (const oid of ['1.2.392.200149.8.5.5.4', '2.5.29.17', '2.25.319632993468657797863045785600812576330.3.1']) {
      expect(decodeOid(encodeOid(oid))).toBe(oid);
    }
    expect(Array.from(encodeOid('2.5.29.17'))).toEqual([0x55, 0x1d, 0x11]);
  });

  it('malformed DER is an error, not an empty list', () => {
    expect(() => decodeOtherNames(Uint8Array.from([0x30, 0x05, 0xa0]))).toThrow();
    expect(() => decodeOtherNames(Uint8Array.from([0x04, 0x00]))).toThrow();
  });
});

describe('card secrets and challenge (R-AUTH-1)', () => {
  it.each([['1234', true], ['0000', true], ['123', false], ['12345', false], ['12a4', false]])('PIN %j valid: %s', (pin, ok) => {
    expect(isValidPin(pin)).toBe(ok);
  });

  it.each([
    ['ABC123', true], ['A1B2C3D4E5F6G7H8', true], ['ABCDEF', false], ['123456', false], ['AB12', false],
    ['A1B2C3D4E5F6G7H8I', false], ['abc123', false], ['ABC-123', false],
  ])('signature password %j valid: %s', (password, ok) => {
    expect(isValidSignaturePassword(password)).toBe(ok);
  });

  it('the challenge binds the slot and refuses a malformed nonce', () => {
    const nonce = toBase64Url(new Uint8Array(32).fill(7));
    expect(fromBase64Url(nonce)).toEqual(new Uint8Array(32).fill(7));
    expect(challengeMessage('SIGNATURE', nonce)).not.toEqual(challengeMessage('AUTHENTICATION', nonce));
    expect(() => challengeMessage('SIGNATURE', 'short')).toThrow();
  });
});
