import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '../validation/field-errors.js';
import { AdditionalUsageApplicationForm, additionalApplicationIssues } from './additional-usage-application.js';
import { ORGANIZATION_TYPES, type OrganizationType } from './usage-application.js';

const staff = [{ name: '鈴木 次郎', email: 'jiro@example.test' }];
const implementingOrganizations = [{ name: '実施者乙', address: '東京都港区1-1' }];
const requestingOrganization = { name: '委託元C', corporateNumber: '7000012050002' };

const paths = (input: unknown) => {
  const result = AdditionalUsageApplicationForm.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error.issues).map((e) => e.path);
};

describe('additional usage application (R-ORG-2)', () => {
  it.each([
    [{ staff, pledgesAccepted: true }, []],
    [{ implementingOrganizations, pledgesAccepted: true }, []],
    [{ requestingOrganization, staff, pledgesAccepted: true }, []],
    [{ pledgesAccepted: true }, ['staff']],
    [{ requestingOrganization, pledgesAccepted: true }, ['staff']],
    [{ staff, pledgesAccepted: false }, ['pledgesAccepted']],
    [{ staff: [...staff, { name: '別人', email: 'JIRO@example.test' }], pledgesAccepted: true }, ['staff.1.email']],
    [{ staff, pledgesAccepted: true, organization: {} }, ['(body)']],
  ])('%j → refused %j', (input, refused) => {
    expect(paths(input)).toEqual(refused);
  });

  const allowed: Record<OrganizationType, { implementing: boolean; requesting: boolean }> = {
    ACCEPTING: { implementing: false, requesting: false },
    SUPERVISING: { implementing: true, requesting: false },
    SUPPORT: { implementing: false, requesting: true },
    PUBLIC_INTEREST: { implementing: false, requesting: true },
  };
  it.each(ORGANIZATION_TYPES)('a %s organisation adds only what its type allows', (type) => {
    const form = AdditionalUsageApplicationForm.parse({ staff, implementingOrganizations, requestingOrganization, pledgesAccepted: true });
    const refused = additionalApplicationIssues(form, type).map((i) => i.path);
    expect(refused.includes('implementingOrganizations')).toBe(!allowed[type].implementing);
    expect(refused.includes('requestingOrganization')).toBe(!allowed[type].requesting);
    expect(additionalApplicationIssues(AdditionalUsageApplicationForm.parse({ staff, pledgesAccepted: true }), type)).toEqual([]);
  });
});
