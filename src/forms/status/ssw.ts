import type { Condition, PageDefinition } from '../types.js';
import { applicantPartFor, equals, field, isYes, options, organizationPartFor } from './shared.js';
import { SSW_STATUSES } from './status-groups.js';

/** 特定産業分野 (the specified industrial fields). */
export const SSW_FIELDS = [
  'NURSING_CARE', 'BUILDING_CLEANING', 'INDUSTRIAL_PRODUCTS', 'CONSTRUCTION', 'SHIPBUILDING', 'AUTOMOBILE_REPAIR', 'AVIATION',
  'ACCOMMODATION', 'AUTOMOBILE_TRANSPORT', 'RAILWAY', 'AGRICULTURE', 'FISHERY', 'FOOD_MANUFACTURING', 'FOOD_SERVICE', 'FORESTRY',
  'WOOD_INDUSTRY',
] as const;
export const SSW_ROUTES = ['TESTS', 'TITP_COMPLETED'] as const;
export const SSW_JAPANESE_TESTS = ['JFT_BASIC', 'JLPT_N4_OR_ABOVE', 'OTHER'] as const;

const byTests = equals('status.ssw.route', 'TESTS');
const first: Condition = { status: ['SSW_1'] };

/** 申請人等作成用 (特定技能): the field and how the skill and Japanese requirements are met. */
export const SSW_APPLICANT_PAGE: PageDefinition = {
  id: 'status.ssw.applicant',
  titleKey: 'status.page.sswApplicant.title',
  part: 'status',
  condition: applicantPartFor(SSW_STATUSES),
  fields: [
    field('status.ssw.field', 'choice', { required: true, options: options('status.ssw.field', SSW_FIELDS) }),
    field('status.ssw.jobCategory', 'text', { required: true, maxLength: 100, hint: true }),
    field('status.ssw.route', 'choice', { required: true, options: options('status.ssw.route', SSW_ROUTES) }),
    field('status.ssw.skillTest.name', 'text', { required: true, maxLength: 100, condition: byTests }),
    field('status.ssw.skillTest.passDate', 'date', { required: true, condition: byTests }),
    field('status.ssw.japaneseTest.kind', 'choice', {
      required: true, condition: { all: [first, byTests] }, options: options('status.ssw.japaneseTest.kind', SSW_JAPANESE_TESTS),
    }),
    field('status.ssw.japaneseTest.name', 'text', {
      required: true, maxLength: 100, condition: { all: [first, byTests, equals('status.ssw.japaneseTest.kind', 'OTHER')] },
    }),
    field('status.ssw.japaneseTest.passDate', 'date', { required: true, condition: { all: [first, byTests] } }),
    field('status.ssw.titpOccupation', 'text', { required: true, maxLength: 100, hint: true, condition: equals('status.ssw.route', 'TITP_COMPLETED') }),
    field('status.ssw.monthsSoFar', 'integer', { required: true, min: 0, max: 60, hint: true, condition: first }),
  ],
};

const entrusted = isYes('status.ssw.support.entrusted');
const notEntrusted = equals('status.ssw.support.entrusted', false);

/** 所属機関等作成用 (特定技能): the employment contract and, for 1号, the support plan or the registered support organisation. */
export const SSW_ORGANIZATION_PAGE: PageDefinition = {
  id: 'status.ssw.organization',
  titleKey: 'status.page.sswOrganization.title',
  part: 'organization',
  condition: organizationPartFor(SSW_STATUSES),
  fields: [
    field('status.ssw.contractStart', 'date', { required: true }),
    field('status.ssw.contractEnd', 'date', { required: true }),
    field('status.ssw.salaryMonthly', 'money', { required: true, min: 1, hint: true }),
    field('status.ssw.weeklyHours', 'integer', { required: true, min: 1, max: 60 }),
    field('status.ssw.equalPay', 'yesNo', { required: true, hint: true }),
    field('status.ssw.workplaceAddress', 'japaneseText', { required: true, maxLength: 200 }),
    field('status.ssw.support.entrusted', 'yesNo', { required: true, hint: true, condition: first }),
    field('status.ssw.support.organizationName', 'text', { required: true, maxLength: 100, condition: { all: [first, entrusted] } }),
    field('status.ssw.support.registrationNumber', 'text', { required: true, maxLength: 20, hint: true, condition: { all: [first, entrusted] } }),
    field('status.ssw.support.organizationAddress', 'japaneseText', { required: true, maxLength: 200, condition: { all: [first, entrusted] } }),
    field('status.ssw.support.organizationPhone', 'phone', { required: true, condition: { all: [first, entrusted] } }),
    field('status.ssw.support.managerName', 'text', { required: true, maxLength: 100, condition: { all: [first, notEntrusted] } }),
    field('status.ssw.support.supporterName', 'text', { required: true, maxLength: 100, condition: { all: [first, notEntrusted] } }),
  ],
};
