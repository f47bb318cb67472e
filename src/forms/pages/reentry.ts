import type { PageDefinition } from '../types.js';
import { COUNTRY_OPTIONS } from './countries.js';
import { equals, field, options, pageTitle } from './define.js';

/** 再入国許可申請 added to a change, an extension or an acquisition (R-FORM-2, R-ELIG-3). */
export const REENTRY_PURPOSES = ['SIGHTSEEING', 'BUSINESS', 'VISITING_RELATIVES', 'OTHER'] as const;
export const REENTRY_PERMISSION_TYPES = ['SINGLE', 'MULTIPLE'] as const;

export const REENTRY_PAGE: PageDefinition = {
  id: 'reentry',
  titleKey: pageTitle('reentry'),
  part: 'reentry',
  condition: { procedure: ['REENTRY'] },
  fields: [
    field('reentry.purpose', 'choice', { required: true, options: options('reentry.purpose', REENTRY_PURPOSES) }),
    field('reentry.purposeOther', 'text', { required: true, maxLength: 100, condition: equals('reentry.purpose', 'OTHER') }),
    field('reentry.destination', 'country', { required: true, options: COUNTRY_OPTIONS }),
    field('reentry.departureDate', 'date', { required: true }),
    field('reentry.departurePort', 'text', { required: true, maxLength: 60, hint: true }),
    field('reentry.returnDate', 'date', { required: true, hint: true }),
    field('reentry.returnPort', 'text', { required: true, maxLength: 60 }),
    field('reentry.permissionType', 'choice', { required: true, hint: true, options: options('reentry.permissionType', REENTRY_PERMISSION_TYPES) }),
  ],
};
