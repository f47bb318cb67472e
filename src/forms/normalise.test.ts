import { describe, expect, it } from 'vitest';
import { checkValue } from './field-rules.js';
import { normaliseAnswers, normaliseScalar, normaliseValue } from './normalise.js';
import type { AnswerScalar, FieldDefinition, FieldType, FormDefinition } from './types.js';

const field = (type: FieldType, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({ id: 'x', type, labelKey: 'x', ...extra });

describe('normalisation per field type (R-FORM-4: half-width input normalised, never rejected)', () => {
  it.each<[FieldType, AnswerScalar, AnswerScalar]>([
    ['japaneseText', '1-2-3 ﾏﾝｼｮﾝ101', '１－２－３　マンション１０１'],
    ['japaneseText', '東京都千代田区霞が関1-1-1', '東京都千代田区霞が関１－１－１'],
    ['japaneseText', 'ｶﾞｲﾑｼｮｳ ﾋﾞﾙ', 'ガイムショウ　ビル'],
    ['japaneseText', '  Ａ棟  ', 'Ａ棟'],
    ['japaneseText', '(株)ABC', '（株）ＡＢＣ'],
    ['japaneseText', '既に全角の住所', '既に全角の住所'],
    ['latinName', 'smith  john', 'SMITH JOHN'],
    ['latinName', ' José-María, O\'Neil ', 'JOSE MARIA ONEIL'],
    ['latinName', 'ＳＭＩＴＨ　ＪＯＨＮ', 'SMITH JOHN'],
    ['latinName', 'Müller Straße', 'MULLER STRASSE'],
    ['latinName', 'NGUYEN,VAN A', 'NGUYEN VAN A'],
    ['phone', '03-1234-5678', '0312345678'],
    ['phone', '０９０ー１２３４ー５６７８', '09012345678'],
    ['phone', '03 (1234) 5678', '0312345678'],
    ['postalCode', '100-0013', '1000013'],
    ['postalCode', '〒１００－００１３', '1000013'],
    ['date', '2026/4/1', '2026-04-01'],
    ['date', '２０２６年４月１日', '2026-04-01'],
    ['date', '20260401', '2026-04-01'],
    ['date', '令和8年4月1日', '2026-04-01'],
    ['date', 'H31.4.30', '2019-04-30'],
    ['date', '平成元年1月8日', '1989-01-08'],
    ['date', '2026-04-01', '2026-04-01'],
    ['partialDate', '2001', '2001'],
    ['partialDate', '2001/4', '2001-04'],
    ['partialDate', '2001年4月', '2001-04'],
    ['partialDate', '200104', '2001-04'],
    ['partialDate', '2001.4.9', '2001-04-09'],
    ['email', ' ｎａｍｅ＠example.jp ', 'name@example.jp'],
    ['country', ' vnm ', 'VNM'],
    ['integer', '１,２００', 1200],
    ['integer', 12, 12],
    ['money', '¥250,000', 250000],
    ['money', '250000円', 250000],
    ['yesNo', 'はい', true],
    ['yesNo', 'no', false],
    ['yesNo', true, true],
    ['corporateNumber', '7000-0120-5000-2', '7000012050002'],
    ['textarea', 'line 1\r\nline 2\r\n', 'line 1\nline 2'],
    ['passportNumber', ' tk 1234567 ', 'TK1234567'],
    ['residenceCardNumber', 'ａｂ１２３４５６７８ｃｄ', 'AB12345678CD'],
    ['residenceCardNumber', 'AB-1234-5678-CD', 'AB12345678CD'],
    ['text', '  free text ', 'free text'],
    ['choice', ' A ', 'A'],
    ['text', '   ', null],
    ['date', '', null],
    ['integer', '  ', null],
  ])('%s %j → %j', (type, input, expected) => {
    expect(normaliseScalar(type, input)).toBe(expected);
  });

  it.each<[FieldType, AnswerScalar]>([
    ['japaneseText', '１－２－３　マンション'],
    ['latinName', 'SMITH JOHN'],
    ['phone', '0312345678'],
    ['postalCode', '1000013'],
    ['date', '2026-04-01'],
    ['partialDate', '2001-04'],
    ['email', 'name@example.jp'],
  ])('%s: normalising twice changes nothing (%j)', (type, value) => {
    expect(normaliseScalar(type, normaliseScalar(type, value))).toBe(value);
  });

  it('multi-choice lists are trimmed and de-duplicated; a single string becomes a list; an empty list is blank', () => {
    expect(normaliseValue(field('multiChoice'), [' EXTENSION', 'REENTRY', 'EXTENSION'])).toEqual(['EXTENSION', 'REENTRY']);
    expect(normaliseValue(field('multiChoice'), 'COE')).toEqual(['COE']);
    expect(normaliseValue(field('multiChoice'), [])).toBeNull();
  });

  it('group rows: each cell by its column type; unknown cells are dropped', () => {
    const group = field('group', { columns: [field('latinName', { id: 'name' }), field('date', { id: 'dateOfBirth' })] });
    expect(normaliseValue(group, [{ name: 'lee  min', dateOfBirth: '2010/1/2', junk: 'x' }])).toEqual([{ name: 'LEE MIN', dateOfBirth: '2010-01-02' }]);
  });

  it('answers of unknown fields and user-supplied computed answers are dropped', () => {
    const form: FormDefinition = {
      id: 'f', version: 1,
      pages: [{ id: 'p', titleKey: 'p', part: 'applicant', fields: [field('text', { id: 'a' }), field('integer', { id: 'total', computed: true })] }],
    };
    expect(normaliseAnswers(form, { a: ' x ', total: 99, other: 'y' })).toEqual({ a: 'x' });
  });
});

describe('validation per field type (R-FORM-4) after normalisation', () => {
  it.each<[FieldDefinition, AnswerScalar, string | undefined]>([
    [field('latinName'), 'SMITH JOHN', undefined],
    [field('latinName'), '山田 太郎', 'error.latinName'],
    [field('latinName'), 'A'.repeat(104), undefined],
    [field('latinName'), `${'A'.repeat(100)} ${'B'.repeat(4)}`, 'error.tooLong'],
    [field('phone'), '0312345678', undefined],
    [field('phone'), '123456789012', undefined],
    [field('phone'), '1234567890123', 'error.phone'],
    [field('phone'), '+81312345678', 'error.phone'],
    [field('postalCode'), '1000013', undefined],
    [field('postalCode'), '100001', 'error.postalCode'],
    [field('date'), '2026-02-29', 'error.date'],
    [field('date'), '2028-02-29', undefined],
    [field('date'), 'tomorrow', 'error.date'],
    [field('partialDate'), '2001', undefined],
    [field('partialDate'), '2001-12', undefined],
    [field('partialDate'), '2001-13', 'error.partialDate'],
    [field('partialDate'), '2001-02-30', 'error.partialDate'],
    [field('email'), 'name@example.jp', undefined],
    [field('email'), 'name@', 'error.email'],
    [field('integer'), 3, undefined],
    [field('integer', { min: 0, max: 10 }), 11, 'error.range'],
    [field('integer', { min: 1 }), 0, 'error.min'],
    [field('integer', { max: 5 }), 6, 'error.max'],
    [field('integer'), '3人', 'error.integer'],
    [field('money'), -1, 'error.money'],
    [field('money'), 0, undefined],
    [field('corporateNumber'), '7000012050002', undefined],
    [field('corporateNumber'), '1000012050002', 'error.corporateNumber'],
    [field('passportNumber'), 'TK1234567', undefined],
    [field('passportNumber'), 'TK-123', 'error.passportNumber'],
    [field('residenceCardNumber'), 'AB12345678CD', undefined],
    [field('residenceCardNumber'), 'AB1234567CD', 'error.residenceCardNumber'],
    [field('choice', { options: [{ value: 'A', labelKey: 'a' }] }), 'A', undefined],
    [field('choice', { options: [{ value: 'A', labelKey: 'a' }] }), 'B', 'error.choice'],
    [field('country'), 'VNM', undefined],
    [field('country'), 'VN', 'error.country'],
    [field('country', { options: [{ value: 'VNM', labelKey: 'v' }] }), 'XXX', 'error.country'],
    [field('status'), 'STUDENT', undefined],
    [field('status'), 'TOURIST', 'error.status'],
    [field('yesNo'), true, undefined],
    [field('yesNo'), 'maybe', 'error.yesNo'],
    [field('text', { maxLength: 3 }), 'abcd', 'error.tooLong'],
    [field('textarea', { maxLength: 600 }), 'あ'.repeat(600), undefined],
    [field('textarea', { maxLength: 600 }), '𠮷'.repeat(600), undefined],
    [field('textarea', { maxLength: 600 }), '𠮷'.repeat(601), 'error.tooLong'],
    [field('text'), 5, 'error.malformed'],
  ])('%o: %s → %s', (definition, value, problem) => {
    expect(checkValue(definition, value)?.key).toBe(problem);
  });
});
