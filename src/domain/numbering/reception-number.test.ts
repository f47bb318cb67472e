import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFFICES, OFFICE_CODES } from '../reference/bureaus.js';
import { MAIN_PROCEDURE_CODES } from '../reference/procedures.js';
import {
  ReceptionNumber, formatReceptionNumber, isReceptionNumber, normaliseReceptionNumber, normaliseReceptionNumberQuery,
  parseReceptionNumber, receptionYearOf, type ReceptionNumberParts,
} from './index.js';

/** SPEC R-SUB-2, written out: office initials and procedure codes in full width. */
const INITIAL: Record<string, string> = {
  SAPPORO: '札', SENDAI: '仙', TOKYO: '東', YOKOHAMA: '横', NAGOYA: '名', OSAKA: '大', KOBE: '神', HIROSHIMA: '広', TAKAMATSU: '高', FUKUOKA: '福', NAHA: '那',
};
const CODE: Record<string, string> = { COE: 'ＮＴ', CHANGE: 'ＨＫ', EXTENSION: 'ＥＮ', ACQUISITION: 'ＳＴ', WORK_CERT: 'ＳＲ' };

const partsArb: fc.Arbitrary<ReceptionNumberParts> = fc.record({
  office: fc.constantFrom(...OFFICE_CODES),
  procedure: fc.constantFrom(...MAIN_PROCEDURE_CODES),
  year: fc.integer({ min: 2000, max: 2099 }),
  serial: fc.integer({ min: 1, max: 999_999 }),
});
const toHalfWidth = (s: string) => s.replace(/[！-～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

describe('R-SUB-2 reception number format', () => {
  it('matches the real one modelled in SPEC, in full width', () => {
    expect(formatReceptionNumber({ office: 'FUKUOKA', procedure: 'EXTENSION', year: 2025, serial: 1878 })).toBe('福オンＥＮ２５００１８７８');
  });

  it.each(OFFICES.map((o) => o.code))('office %s uses its initial', (office) => {
    expect(formatReceptionNumber({ office, procedure: 'COE', year: 2026, serial: 1 })).toBe(`${INITIAL[office]}オンＮＴ２６０００００１`);
  });

  it.each(MAIN_PROCEDURE_CODES)('procedure %s uses its code', (procedure) => {
    expect(formatReceptionNumber({ office: 'TOKYO', procedure, year: 2030, serial: 999_999 })).toBe(`東オン${CODE[procedure]}３０９９９９９９`);
  });

  it.each([
    [{ year: 1999, serial: 1 }], [{ year: 2100, serial: 1 }], [{ year: 2025.5, serial: 1 }],
    [{ year: 2025, serial: 0 }], [{ year: 2025, serial: 1_000_000 }], [{ year: 2025, serial: 1.5 }],
  ])('refuses a year or serial outside the format: %o', (bad) => {
    expect(() => formatReceptionNumber({ office: 'TOKYO', procedure: 'COE', ...bad })).toThrow(RangeError);
  });

  it('takes the JST calendar year: 2025-12-31T15:00Z is already 2026 in Japan', () => {
    expect(receptionYearOf(new Date('2025-12-31T14:59:59Z'))).toBe(2025);
    expect(receptionYearOf(new Date('2025-12-31T15:00:00Z'))).toBe(2026);
  });
});

describe('R-SUB-2 search accepts the half-width form', () => {
  it.each([
    '福オンEN25001878', '福ｵﾝen25001878', '福おんＥＮ２５００１８７８', ' 福オン EN 25-001878 ', '福オンＥＮ２５００１８７８',
  ])('%s → 福オンＥＮ２５００１８７８', (input) => {
    expect(normaliseReceptionNumber(input)).toBe('福オンＥＮ２５００１８７８');
  });

  it.each(['', '福オンEN2500187', '福オンEN250018789', '京オンEN25001878', '福オンXX25001878', '福ONEN25001878', '福オンEN25000000', 'オンEN25001878'])(
    'refuses %j',
    (input) => {
      expect(normaliseReceptionNumber(input)).toBeUndefined();
      expect(parseReceptionNumber(input)).toBeUndefined();
    },
  );

  it('a partial query is folded to full width for a substring search', () => {
    expect(normaliseReceptionNumberQuery('en25 001')).toBe('ＥＮ２５００１');
    expect(normaliseReceptionNumberQuery('ｵﾝsr')).toBe('オンＳＲ');
  });

  it('the schema accepts only the canonical form', () => {
    expect(ReceptionNumber.safeParse('福オンＥＮ２５００１８７８').success).toBe(true);
    expect(ReceptionNumber.safeParse('福オンEN25001878').success).toBe(false);
  });
});

describe('R-SUB-2 round trips', () => {
  it('parse(format(parts)) = parts, and the number is canonical', () => {
    fc.assert(fc.property(partsArb, (parts) => {
      const number = formatReceptionNumber(parts);
      expect(parseReceptionNumber(number)).toEqual(parts);
      expect(isReceptionNumber(number)).toBe(true);
      expect(number).toHaveLength(13);
    }));
  });

  it('the half-width spelling normalises back to the same number', () => {
    fc.assert(fc.property(partsArb, fc.boolean(), (parts, lower) => {
      const number = formatReceptionNumber(parts);
      const half = toHalfWidth(number).replace('オン', 'ｵﾝ');
      expect(normaliseReceptionNumber(lower ? half.toLowerCase() : half)).toBe(number);
    }));
  });

  it('different parts never give the same number within a century', () => {
    fc.assert(fc.property(partsArb, partsArb, (a, b) => {
      const same = a.office === b.office && a.procedure === b.procedure && a.year === b.year && a.serial === b.serial;
      expect(formatReceptionNumber(a) === formatReceptionNumber(b)).toBe(same);
    }));
  });
});
