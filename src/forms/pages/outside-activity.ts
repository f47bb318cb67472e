import { INDUSTRY_OPTIONS } from '../status/index.js';
import type { PageDefinition } from '../types.js';
import { field, options, pageTitle } from './define.js';

/** 資格外活動許可申請 added to a change, an extension or an acquisition (R-FORM-2, R-ELIG-3). */
export const PAY_UNITS = ['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY'] as const;

export const OUTSIDE_ACTIVITY_PAGE: PageDefinition = {
  id: 'outsideActivity',
  titleKey: pageTitle('outsideActivity'),
  part: 'outsideActivity',
  condition: { procedure: ['OUTSIDE_ACTIVITY'] },
  fields: [
    field('outsideActivity.currentActivity', 'textarea', { required: true, maxLength: 300, hint: true }),
    field('outsideActivity.duties', 'textarea', { required: true, maxLength: 300, hint: true }),
    field('outsideActivity.contractFrom', 'date', { required: true }),
    field('outsideActivity.contractTo', 'date', { hint: true }),
    field('outsideActivity.weeklyHours', 'integer', { required: true, min: 1, max: 168, hint: true }),
    field('outsideActivity.payUnit', 'choice', { required: true, options: options('outsideActivity.payUnit', PAY_UNITS) }),
    field('outsideActivity.pay', 'money', { required: true, hint: true }),
    field('outsideActivity.employer.name', 'text', { required: true, maxLength: 100 }),
    field('outsideActivity.employer.address', 'japaneseText', { required: true, maxLength: 200 }),
    field('outsideActivity.employer.phone', 'phone', { required: true }),
    field('outsideActivity.employer.industry', 'choice', { required: true, options: INDUSTRY_OPTIONS }),
  ],
};
