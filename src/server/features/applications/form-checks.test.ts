import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../../domain/calendar/clock.js';
import type { Filer } from './filer.js';
import { checkEligibility, withVerifiedRange } from './form-checks.js';

const clock = new FixedClock(new Date('2026-11-23T01:00:00Z'));

const supervising: Filer = {
  accountId: 'a', accountKind: 'ORG_STAFF', email: 'staff@example.test', displayName: 'Staff', type: 'ORG_SUPERVISING', hasMyNumberCard: null, relationship: null, office: 'TOKYO',
  organization: {
    id: 'o', name: '監理団体', type: 'SUPERVISING', category: 2, office: 'TOKYO', requestingRange: null,
    implementingOrganizations: [{ name: '実施者甲株式会社', corporateNumber: '7000012050002' }, { name: '実施者乙', corporateNumber: null }],
  },
};

const trainee = {
  'step1.procedures': ['EXTENSION'], 'step1.currentStatus': 'TITP_2', 'step1.periodOfStayExpiry': '2027-01-31', 'step1.applicantDateOfBirth': '2000-04-01',
  'step1.relationToOrganization': 'TRAINEE_LISTED',
};

describe('R-ELIG-7 a supervising organisation files only for trainees of its listed implementing organisations', () => {
  it.each([
    ['by 法人番号', { 'organization.corporateNumber': '7000012050002', 'organization.name': '別名' }, true],
    ['by name, widths and spaces aside', { 'organization.name': '実施者 乙' }, true],
    ['not on the list', { 'organization.name': '実施者丙', 'organization.corporateNumber': '8000000000001' }, false],
  ])('%s', (_name, organization, isListed) => {
    const answers = { ...trainee, ...organization };
    expect(withVerifiedRange(answers, supervising)['step1.relationToOrganization']).toBe(isListed ? 'TRAINEE_LISTED' : 'TRAINEE_UNLISTED');
    const check = checkEligibility(answers, supervising, clock);
    if (check.kind !== 'CHECKED') throw new Error('expected a checked request');
    expect(check.result.reasons.map((r) => r.code)).toEqual(isListed ? [] : ['TRAINEE_NOT_ON_LIST']);
  });

  it('leaves other filers and other relations as answered', () => {
    const answers = { ...trainee, 'organization.name': '実施者丙' };
    expect(withVerifiedRange(answers, { ...supervising, type: 'ORG_ACCEPTING' })).toBe(answers);
    expect(withVerifiedRange({ ...answers, 'step1.relationToOrganization': 'ACCEPTED' }, supervising)['step1.relationToOrganization']).toBe('ACCEPTED');
  });
});
