import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '../validation/field-errors.js';
import { corporateNumberCheckDigit, isValidCorporateNumber, normaliseCorporateNumber } from './corporate-number.js';
import { UsageApplicationForm, categoryAfterApproval } from './usage-application.js';

const VALID_FORM = {
  organization: { name: '株式会社テスト', corporateNumber: '7000012050002', prefectureCode: '13', address: '東京都千代田区霞が関3-1-1', category: 3, categoryEvidence: '前年分の法定調書合計表を提出' },
  type: 'ACCEPTING',
  contactEmail: 'contact@example.test',
  staff: [{ name: '山田 花子', email: 'hanako@example.test' }],
  pledgesAccepted: true,
};

describe('法人番号 check digit', () => {
  it('accepts the published number of the National Tax Agency (7000012050002)', () => {
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
    expect(isValidCorporateNumber('7000012050002')).toBe(true);
  });

  it.each([
    // base, weights 1/2 from the right: sum → 9 − sum mod 9
    ['000000000000', 9], // sum 0
    ['000000000001', 8], // 1×1
    ['000000000010', 7], // 1×2
    ['000000000009', 9], // 9 mod 9 = 0
    ['111111111111', 9 - (18 % 9)], // 6×1 + 6×2 = 18
    ['123456789012', 9 - ((2 + 1 * 2 + 0 + 9 * 2 + 8 + 7 * 2 + 6 + 5 * 2 + 4 + 3 * 2 + 2 + 1 * 2) % 9)],
  ])('base %s has check digit %i', (base, check) => {
    expect(corporateNumberCheckDigit(base)).toBe(check);
    expect(isValidCorporateNumber(`${check}${base}`)).toBe(true);
    expect(isValidCorporateNumber(`${check === 1 ? 2 : 1}${base}`)).toBe(false);
  });

  it('refuses wrong lengths and letters, normalises full-width digits and hyphens', () => {
    expect(isValidCorporateNumber('700001205000')).toBe(false);
    expect(isValidCorporateNumber('7000012O50002')).toBe(false);
    expect(normaliseCorporateNumber('７０００-０１２０-５０００２')).toBe('7000012050002');
  });
});

describe('usage application form (R-ORG-1)', () => {
  it('accepts a valid accepting organisation and normalises full-width input', () => {
    const parsed = UsageApplicationForm.parse({ ...VALID_FORM, organization: { ...VALID_FORM.organization, corporateNumber: '７０００ ０１２０ ５０００２' }, contactEmail: ' Contact@Example.TEST ' });
    expect(parsed.organization.corporateNumber).toBe('7000012050002');
    expect(parsed.contactEmail).toBe('contact@example.test');
  });

  it('refuses a wrong check digit, no pledges, no staff and duplicate staff, with ja/en messages', () => {
    const result = UsageApplicationForm.safeParse({
      ...VALID_FORM, organization: { ...VALID_FORM.organization, corporateNumber: '1000012050002' }, pledgesAccepted: false, staff: [],
    });
    expect(result.success).toBe(false);
    const errors = toFieldErrors(result.error?.issues ?? []);
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['organization.corporateNumber', 'pledgesAccepted', 'staff']));
    expect(errors.find((e) => e.path === 'organization.corporateNumber')?.message.ja).toContain('法人番号');
    const dup = UsageApplicationForm.safeParse({ ...VALID_FORM, staff: [VALID_FORM.staff[0], { name: 'B', email: 'HANAKO@example.test' }] });
    expect(toFieldErrors(dup.error?.issues ?? []).map((e) => e.path)).toEqual(['staff.1.email']);
  });

  it('requires implementing organisations of a supervising organisation and the requesting organisation of a support organisation', () => {
    const supervising = UsageApplicationForm.safeParse({ ...VALID_FORM, type: 'SUPERVISING' });
    expect(toFieldErrors(supervising.error?.issues ?? []).map((e) => e.path)).toEqual(['implementingOrganizations']);
    const noIdentity = UsageApplicationForm.safeParse({ ...VALID_FORM, type: 'SUPERVISING', implementingOrganizations: [{ name: '実施者' }] });
    expect(noIdentity.success).toBe(false);
    expect(UsageApplicationForm.safeParse({ ...VALID_FORM, type: 'SUPERVISING', implementingOrganizations: [{ name: '実施者', address: '東京都' }] }).success).toBe(true);
    const support = UsageApplicationForm.safeParse({ ...VALID_FORM, type: 'SUPPORT' });
    expect(toFieldErrors(support.error?.issues ?? []).map((e) => e.path)).toEqual(['requestingOrganization']);
    expect(UsageApplicationForm.safeParse({ ...VALID_FORM, type: 'PUBLIC_INTEREST', requestingOrganization: { name: '委託元', corporateNumber: '7000012050002' } }).success).toBe(true);
  });

  it('R-ORG-4 approval lifts category 3 and 4 to 2, category 1 and 2 stay', () => {
    expect([1, 2, 3, 4].map(categoryAfterApproval)).toEqual([1, 2, 2, 2]);
  });
});
