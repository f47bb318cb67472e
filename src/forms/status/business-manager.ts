import type { PageDefinition } from '../types.js';
import { careerField, educationFields } from './education.js';
import { applicantPartFor, field, options, organizationPartFor } from './shared.js';
import { BUSINESS_MANAGER_CONDITION } from './status-groups.js';

export const MANAGEMENT_ROLES = ['MANAGER_OWNER', 'MANAGER_EMPLOYED'] as const;
export const OFFICE_TENURES = ['OWNED', 'LEASED'] as const;

/** 申請人等作成用 (経営・管理): education and management career. */
export const BUSINESS_MANAGER_APPLICANT_PAGE: PageDefinition = {
  id: 'status.bm.applicant',
  titleKey: 'status.page.bmApplicant.title',
  part: 'status',
  condition: applicantPartFor(BUSINESS_MANAGER_CONDITION),
  fields: [
    ...educationFields('status.bm'),
    field('status.bm.managementExperienceYears', 'integer', { required: true, min: 0, max: 70, hint: true }),
    careerField('status.bm.career'),
  ],
};

/** 所属機関等作成用 (経営・管理): the business, the investment, the office and the applicant's role and pay. */
export const BUSINESS_MANAGER_ORGANIZATION_PAGE: PageDefinition = {
  id: 'status.bm.organization',
  titleKey: 'status.page.bmOrganization.title',
  part: 'organization',
  condition: organizationPartFor(BUSINESS_MANAGER_CONDITION),
  fields: [
    field('status.bm.role', 'choice', { required: true, options: options('status.bm.role', MANAGEMENT_ROLES) }),
    field('status.bm.position', 'text', { required: true, maxLength: 100 }),
    field('status.bm.businessDescription', 'textarea', { required: true, maxLength: 600, hint: true }),
    field('status.bm.businessStartDate', 'date', { required: true }),
    field('status.bm.investmentAmount', 'money', { required: true, hint: true }),
    field('status.bm.investedByApplicant', 'money', { hint: true }),
    field('status.bm.office.address', 'japaneseText', { required: true, maxLength: 200 }),
    field('status.bm.office.areaSquareMetres', 'integer', { required: true, min: 1, max: 1_000_000 }),
    field('status.bm.office.tenure', 'choice', { required: true, options: options('status.bm.office.tenure', OFFICE_TENURES) }),
    field('status.bm.fullTimeStaff', 'integer', { required: true, min: 0, max: 10_000_000, hint: true }),
    field('status.bm.remunerationMonthly', 'money', { required: true, min: 1 }),
    field('status.bm.hasBusinessPlan', 'yesNo', { required: true }),
  ],
};
