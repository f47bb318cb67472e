import type { PageDefinition } from '../types.js';
import {
  addressItems, criminalRecordItems, currentStayItems, identityItems, numbered, passportItems, phoneItems, relativesItems,
} from './applicant-fields.js';
import { pageTitle } from './define.js';

/** 在留期間更新許可申請書, the applicant's part, items 1–16 (R-FORM-2). */
const onExtension = { procedure: ['EXTENSION'] } as const;

export const EXTENSION_PAGES: readonly PageDefinition[] = [
  {
    id: 'applicant.extension.identity',
    titleKey: pageTitle('applicant.extension.identity'),
    part: 'applicant',
    condition: onExtension,
    fields: [
      ...identityItems(),
      numbered('applicant.maritalStatus', '5'),
      numbered('applicant.occupation', '6'),
      numbered('applicant.homeTown', '7'),
      ...addressItems('8'),
      ...phoneItems('9'),
      ...passportItems('10'),
    ],
  },
  {
    id: 'applicant.extension.stay',
    titleKey: pageTitle('applicant.extension.stay'),
    part: 'applicant',
    condition: onExtension,
    fields: [
      ...currentStayItems('11'),
      numbered('applicant.residenceCardNumber', '12'),
      numbered('applicant.desiredPeriod', '13'),
      numbered('applicant.reason', '14'),
      ...criminalRecordItems('15'),
      ...relativesItems('16'),
    ],
  },
];
