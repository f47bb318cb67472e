import { describe, expect, it } from 'vitest';
import { checkIdentityDetails } from './identity-rules.js';
import { IdentityDetailsRequest } from './schemas.js';

describe('R-PLUS-6 R-FORM-4 identity numbers on the profile: normalised like the application form, never silently refused', () => {
  it.each([
    ['ab12345678cd', 'AB12345678CD'],
    ['ＡＢ１２３４５６７８ＣＤ', 'AB12345678CD'],
    [' ab 1234 5678 cd ', 'AB12345678CD'],
    ['AB-12345678-CD', 'AB12345678CD'],
    ['ａｂ１２３４５６７８ｃｄ', 'AB12345678CD'],
  ])('residence card number %j → %s', (typed, stored) => {
    const { value, errors } = checkIdentityDetails({ residenceCardNumber: typed });
    expect(errors).toEqual([]);
    expect(value.residenceCardNumber).toBe(stored);
  });

  it.each(['AB1234567CD', 'A112345678CD', 'AB123456789D', 'AB12345678C', '12345678ABCD'])('refuses %s naming the field and the format in ja/en', (typed) => {
    const { value, errors } = checkIdentityDetails({ residenceCardNumber: typed });
    expect(value.residenceCardNumber).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('residenceCardNumber');
    expect(errors[0]?.message.ja).toContain('在留カード番号');
    expect(errors[0]?.message.ja).toContain('英字2文字・数字8桁・英字2文字');
    expect(errors[0]?.message.en).toContain('Residence card number');
    expect(errors[0]?.message.en).toContain('2 letters, 8 digits, 2 letters');
  });

  it('nationality from the reference list and passport number, normalised; blank clears', () => {
    expect(checkIdentityDetails({ nationality: ' vnm ', passportNumber: 'ｃ１２３ ４５６７' })).toEqual({
      value: { residenceCardNumber: null, nationality: 'VNM', passportNumber: 'C1234567' }, errors: [],
    });
    expect(checkIdentityDetails({ residenceCardNumber: '  ', nationality: '', passportNumber: null })).toEqual({
      value: { residenceCardNumber: null, nationality: null, passportNumber: null }, errors: [],
    });
    const unknown = checkIdentityDetails({ nationality: 'ZZZ', passportNumber: 'C1234567' });
    expect(unknown.errors.map((e) => e.path)).toEqual(['nationality']);
    expect(unknown.errors[0]?.message.en).toContain('Nationality/region');
  });

  it('a passport number without the nationality (or the reverse) is refused on the missing field: they are matched together', () => {
    const noNationality = checkIdentityDetails({ passportNumber: 'C1234567' });
    expect(noNationality.errors.map((e) => e.path)).toEqual(['nationality']);
    expect(noNationality.errors[0]?.message.ja).toContain('国籍・地域');
    const noPassport = checkIdentityDetails({ nationality: 'VNM' });
    expect(noPassport.errors.map((e) => e.path)).toEqual(['passportNumber']);
    expect(noPassport.errors[0]?.message.en).toContain('Passport number');
  });

  it('the request schema gives the normalised values, or issues on each field with the bilingual message', () => {
    expect(IdentityDetailsRequest.parse({ residenceCardNumber: 'ab12345678cd', nationality: 'vnm', passportNumber: 'c1234567' }))
      .toEqual({ residenceCardNumber: 'AB12345678CD', nationality: 'VNM', passportNumber: 'C1234567' });
    const refused = IdentityDetailsRequest.safeParse({ residenceCardNumber: 'AB123' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path.join('.'))).toEqual(['residenceCardNumber']);
    expect(IdentityDetailsRequest.safeParse({ residenceCardNumber: 'AB12345678CD', extra: 'x' }).success).toBe(false);
  });
});
