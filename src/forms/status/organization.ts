import type { PageDefinition } from '../types.js';
import { INDUSTRY_OPTIONS } from './industries.js';
import { equals, field, isYes, options, organizationPartFor } from './shared.js';
import { EMPLOYER_STATUSES, GENERIC_ORGANIZATION_STATUSES, ORGANIZATION_PART_STATUSES } from './status-groups.js';

const employer = { status: EMPLOYER_STATUSES };

/**
 * 所属機関等作成用, item 2 (勤務先 / 所属機関): who the organisation is. One page for every status with an
 * organisation part; the size and insurance items are asked of employers only (R-FORM-5).
 */
export const ORGANIZATION_PAGE: PageDefinition = {
  id: 'status.organization',
  titleKey: 'status.page.organization.title',
  part: 'organization',
  condition: organizationPartFor(ORGANIZATION_PART_STATUSES),
  fields: [
    field('organization.name', 'text', { number: '(1)', required: true, maxLength: 100 }),
    field('organization.corporateNumber', 'corporateNumber', { number: '(2)', hint: true }),
    field('organization.branchName', 'text', { number: '(3)', maxLength: 100, condition: employer }),
    field('organization.employmentInsurance', 'yesNo', { number: '(4)', required: true, condition: employer, hint: true }),
    field('organization.employmentInsuranceNumber', 'text', {
      number: '(4)', hint: true, condition: isYes('organization.employmentInsurance'), required: true,
    }),
    field('organization.industry', 'choice', { number: '(5)', required: true, condition: employer, options: INDUSTRY_OPTIONS }),
    field('organization.otherIndustries', 'multiChoice', { number: '(5)', condition: employer, options: INDUSTRY_OPTIONS }),
    field('organization.postalCode', 'postalCode', { number: '(6)' }),
    field('organization.address', 'japaneseText', { number: '(6)', required: true, maxLength: 200 }),
    field('organization.phone', 'phone', { number: '(7)', required: true }),
    field('organization.capital', 'money', { number: '(8)', required: true, condition: employer, hint: true }),
    field('organization.annualSales', 'money', { number: '(9)', required: true, condition: employer, hint: true }),
    field('organization.employees', 'integer', { number: '(10)', required: true, condition: employer, min: 0, max: 10_000_000 }),
    field('organization.foreignEmployees', 'integer', { number: '(11)', required: true, condition: employer, min: 0, max: 10_000_000 }),
    field('organization.technicalInterns', 'integer', { number: '(12)', condition: employer, min: 0, max: 10_000_000 }),
  ],
};

export const GENERAL_RELATIONS = [
  'EMPLOYER', 'SCHOOL', 'RESEARCH_INSTITUTION', 'INVITING_ORGANIZATION', 'RELIGIOUS_ORGANIZATION', 'NEWS_ORGANIZATION',
  'GOVERNMENT', 'TRAINING_ORGANIZATION', 'OTHER',
] as const;

/** The generic organisation block for the statuses without a 区分 of their own here. */
export const GENERAL_ORGANIZATION_PAGE: PageDefinition = {
  id: 'status.general.organization',
  titleKey: 'status.page.generalOrganization.title',
  part: 'organization',
  condition: organizationPartFor(GENERIC_ORGANIZATION_STATUSES),
  fields: [
    field('status.general.relation', 'choice', { required: true, options: options('status.general.relation', GENERAL_RELATIONS) }),
    field('status.general.relationOther', 'text', {
      required: true, maxLength: 100, condition: equals('status.general.relation', 'OTHER'),
    }),
    field('status.general.periodStart', 'date'),
    field('status.general.periodEnd', 'date'),
    field('status.general.activityDetails', 'textarea', { required: true, maxLength: 600, hint: true }),
  ],
};
