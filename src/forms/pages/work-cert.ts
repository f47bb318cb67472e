import type { PageDefinition } from '../types.js';
import { addressItems, currentStayItems, identityItems, numbered, passportItems, phoneItems } from './applicant-fields.js';
import { field, pageTitle } from './define.js';

/** 就労資格証明書交付申請書: the applicant, the current stay, and the work to be certified. */
const onWorkCert = { procedure: ['WORK_CERT'] } as const;

export const WORK_CERT_PAGES: readonly PageDefinition[] = [
  {
    id: 'applicant.workCert.identity',
    titleKey: pageTitle('applicant.workCert.identity'),
    part: 'applicant',
    condition: onWorkCert,
    fields: [
      ...identityItems(),
      ...addressItems('5'),
      ...phoneItems('6'),
      ...passportItems('7'),
      numbered('applicant.residenceCardNumber', '8'),
      ...currentStayItems('9'),
    ],
  },
  {
    id: 'applicant.workCert.employment',
    titleKey: pageTitle('applicant.workCert.employment'),
    part: 'applicant',
    condition: onWorkCert,
    fields: [
      field('workCert.employer.name', 'text', { number: '10', required: true, maxLength: 100 }),
      field('workCert.employer.address', 'japaneseText', { number: '10', required: true, maxLength: 200 }),
      field('workCert.employer.phone', 'phone', { number: '10', required: true }),
      field('workCert.activity', 'textarea', { number: '11', required: true, maxLength: 600, hint: true }),
      field('workCert.periodFrom', 'date', { number: '12', required: true }),
      field('workCert.periodTo', 'date', { number: '12', hint: true }),
      field('workCert.purpose', 'text', { number: '13', required: true, maxLength: 100, hint: true }),
    ],
  },
];
