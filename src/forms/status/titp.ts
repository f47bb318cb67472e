import { COUNTRY_OPTIONS } from '../pages/countries.js';
import type { PageDefinition } from '../types.js';
import { applicantPartFor, equals, field, options, organizationPartFor } from './shared.js';
import { TITP_STATUSES } from './status-groups.js';

export const TITP_TYPES = ['SUPERVISED', 'ENTERPRISE'] as const;

const supervised = equals('status.titp.type', 'SUPERVISED');
const laterStage = { status: ['TITP_2', 'TITP_3'] } as const;

/** 申請人等作成用 (技能実習): the work done at home and, for 2号/3号, the stage completed. */
export const TITP_APPLICANT_PAGE: PageDefinition = {
  id: 'status.titp.applicant',
  titleKey: 'status.page.titpApplicant.title',
  part: 'status',
  condition: applicantPartFor(TITP_STATUSES),
  fields: [
    field('status.titp.homeOccupation', 'text', { required: true, maxLength: 100, hint: true }),
    field('status.titp.homeEmployer', 'text', { maxLength: 100 }),
    field('status.titp.previousStageCompleted', 'date', { required: true, hint: true, condition: laterStage }),
    field('status.titp.previousTestPassed', 'text', { required: true, maxLength: 100, hint: true, condition: laterStage }),
  ],
};

/**
 * 所属機関等作成用 (技能実習): the implementing organisation is the organisation part's 勤務先 (`organization.*`);
 * this page adds the plan certification, the training, and the supervising organisation.
 */
export const TITP_ORGANIZATION_PAGE: PageDefinition = {
  id: 'status.titp.organization',
  titleKey: 'status.page.titpOrganization.title',
  part: 'organization',
  condition: organizationPartFor(TITP_STATUSES),
  fields: [
    field('status.titp.type', 'choice', { required: true, options: options('status.titp.type', TITP_TYPES) }),
    field('status.titp.planCertificationNumber', 'text', { required: true, maxLength: 30, hint: true }),
    field('status.titp.planCertificationDate', 'date', { required: true }),
    field('status.titp.occupation', 'text', { required: true, maxLength: 100, hint: true }),
    field('status.titp.work', 'text', { required: true, maxLength: 100 }),
    field('status.titp.periodStart', 'date', { required: true }),
    field('status.titp.periodEnd', 'date', { required: true }),
    field('status.titp.salaryMonthly', 'money', { required: true, min: 1 }),
    field('status.titp.supervisor.name', 'text', { required: true, maxLength: 100, condition: supervised }),
    field('status.titp.supervisor.permitNumber', 'text', { required: true, maxLength: 30, hint: true, condition: supervised }),
    field('status.titp.supervisor.corporateNumber', 'corporateNumber', { condition: supervised }),
    field('status.titp.supervisor.address', 'japaneseText', { required: true, maxLength: 200, condition: supervised }),
    field('status.titp.supervisor.phone', 'phone', { required: true, condition: supervised }),
    field('status.titp.sendingOrganization.name', 'text', { maxLength: 100, condition: supervised }),
    field('status.titp.sendingOrganization.country', 'country', { condition: supervised, options: COUNTRY_OPTIONS }),
  ],
};
