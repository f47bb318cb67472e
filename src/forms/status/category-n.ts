import type { Condition, PageDefinition } from '../types.js';
import { careerField, educationFields } from './education.js';
import { INDUSTRY_OPTIONS } from './industries.js';
import { OCCUPATION_OPTIONS } from './occupations.js';
import { applicantPartFor, equals, field, isYes, options, ORGANIZATION_PART_FILERS, organizationPartFor } from './shared.js';
import { N_CONDITION } from './status-groups.js';

/** The applicant names the workplace only when nobody fills the organisation part (R-ELIG-8: a filer alone). */
const withoutOrganizationPart: Condition = { not: { filer: ORGANIZATION_PART_FILERS } };

/** 申請人等作成用 (区分N): workplace, education, IT qualification, career. */
export const N_APPLICANT_PAGE: PageDefinition = {
  id: 'status.n.applicant',
  titleKey: 'status.page.nApplicant.title',
  part: 'status',
  condition: applicantPartFor(N_CONDITION),
  fields: [
    field('status.n.employer.name', 'text', { required: true, maxLength: 100, condition: withoutOrganizationPart }),
    field('status.n.employer.branchName', 'text', { maxLength: 100, condition: withoutOrganizationPart }),
    field('status.n.employer.address', 'japaneseText', { required: true, maxLength: 200, condition: withoutOrganizationPart }),
    field('status.n.employer.phone', 'phone', { required: true, condition: withoutOrganizationPart }),
    ...educationFields('status.n'),
    field('status.n.itQualification', 'yesNo', { required: true, hint: true }),
    field('status.n.itQualificationName', 'text', { required: true, maxLength: 100, condition: isYes('status.n.itQualification') }),
    careerField('status.n.career'),
  ],
};

export const CONTRACT_TYPES = ['EMPLOYMENT', 'MANDATE', 'CONTRACT_WORK', 'OTHER'] as const;
export const EMPLOYMENT_PERIODS = ['INDEFINITE', 'FIXED'] as const;
export const TRANSFER_RELATIONS = ['HEAD_OFFICE', 'BRANCH', 'PARENT', 'SUBSIDIARY', 'AFFILIATE'] as const;

const dispatched = isYes('status.n.dispatch.isDispatched');
const transferee: Condition = { status: ['INTRA_COMPANY_TRANSFEREE'] };

/** 所属機関等作成用 (区分N): the terms of the contract, the work, and the dispatch destination (R-FORM-5). */
export const N_ORGANIZATION_PAGE: PageDefinition = {
  id: 'status.n.organization',
  titleKey: 'status.page.nOrganization.title',
  part: 'organization',
  condition: organizationPartFor(N_CONDITION),
  fields: [
    field('status.n.contractType', 'choice', { required: true, options: options('status.n.contractType', CONTRACT_TYPES) }),
    field('status.n.contractTypeOther', 'text', { required: true, maxLength: 100, condition: equals('status.n.contractType', 'OTHER') }),
    field('status.n.employmentPeriod', 'choice', { required: true, options: options('status.n.employmentPeriod', EMPLOYMENT_PERIODS) }),
    field('status.n.employmentPeriodMonths', 'integer', {
      required: true, min: 1, max: 600, hint: true, condition: equals('status.n.employmentPeriod', 'FIXED'),
    }),
    field('status.n.startDate', 'date', { required: true }),
    field('status.n.salaryMonthly', 'money', { required: true, min: 1, hint: true }),
    field('status.n.experienceYears', 'integer', { required: true, min: 0, max: 70 }),
    field('status.n.position', 'text', { maxLength: 100, hint: true }),
    field('status.n.occupation', 'choice', { required: true, options: OCCUPATION_OPTIONS }),
    field('status.n.otherOccupations', 'multiChoice', { options: OCCUPATION_OPTIONS }),
    field('status.n.activityDetails', 'textarea', { required: true, maxLength: 600, hint: true }),
    field('status.n.transfer.officeName', 'text', { required: true, maxLength: 100, condition: transferee }),
    field('status.n.transfer.officeAddress', 'text', { required: true, maxLength: 200, condition: transferee }),
    field('status.n.transfer.relation', 'choice', {
      required: true, condition: transferee, options: options('status.n.transfer.relation', TRANSFER_RELATIONS),
    }),
    field('status.n.transfer.yearsThere', 'integer', { required: true, min: 0, max: 70, hint: true, condition: transferee }),
    field('status.n.dispatch.isDispatched', 'yesNo', { required: true, hint: true }),
    field('status.n.dispatch.name', 'text', { required: true, maxLength: 100, condition: dispatched }),
    field('status.n.dispatch.corporateNumber', 'corporateNumber', { condition: dispatched }),
    field('status.n.dispatch.branchName', 'text', { maxLength: 100, condition: dispatched }),
    field('status.n.dispatch.industry', 'choice', { condition: dispatched, options: INDUSTRY_OPTIONS }),
    field('status.n.dispatch.address', 'japaneseText', { required: true, maxLength: 200, condition: dispatched }),
    field('status.n.dispatch.phone', 'phone', { condition: dispatched }),
    field('status.n.dispatch.periodStart', 'date', { required: true, condition: dispatched }),
    field('status.n.dispatch.periodEnd', 'date', { required: true, condition: dispatched }),
  ],
};
