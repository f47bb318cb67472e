import type { PageDefinition } from '../types.js';
import {
  addressItems, criminalRecordItems, currentStayItems, identityItems, numbered, passportItems, phoneItems, relativesItems,
} from './applicant-fields.js';
import { pageTitle } from './define.js';

/** 在留資格変更許可申請書, the applicant's part, items 1–16 (R-FORM-2). */
const onChange = { procedure: ['CHANGE'] } as const;

export const CHANGE_PAGES: readonly PageDefinition[] = [
  {
    id: 'applicant.change.identity',
    titleKey: pageTitle('applicant.change.identity'),
    part: 'applicant',
    condition: onChange,
    fields: [
      ...identityItems(),
      numbered('applicant.placeOfBirth', '5'),
      numbered('applicant.maritalStatus', '6'),
      numbered('applicant.occupation', '7'),
      numbered('applicant.homeTown', '8'),
      ...addressItems('9'),
      ...phoneItems('9'),
      ...passportItems('10'),
    ],
  },
  {
    id: 'applicant.change.stay',
    titleKey: pageTitle('applicant.change.stay'),
    part: 'applicant',
    condition: onChange,
    fields: [
      ...currentStayItems('11'),
      numbered('applicant.residenceCardNumber', '12'),
      numbered('applicant.desiredStatus', '13'),
      numbered('applicant.desiredPeriod', '13'),
      numbered('applicant.reason', '14'),
      ...criminalRecordItems('15'),
      ...relativesItems('16'),
    ],
  },
];
