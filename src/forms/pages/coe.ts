import type { PageDefinition } from '../types.js';
import {
  addressItems, criminalRecordItems, identityItems, numbered, passportItems, phoneItems, relativesItems,
} from './applicant-fields.js';
import { field, isYes, pageTitle } from './define.js';

/** 在留資格認定証明書交付申請書, the applicant's part, items 1–21 (R-FORM-2). */
const onCoe = { procedure: ['COE'] } as const;

export const COE_PAGES: readonly PageDefinition[] = [
  {
    id: 'applicant.coe.identity',
    titleKey: pageTitle('applicant.coe.identity'),
    part: 'applicant',
    condition: onCoe,
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
    id: 'applicant.coe.entry',
    titleKey: pageTitle('applicant.coe.entry'),
    part: 'applicant',
    condition: onCoe,
    fields: [
      field('coe.purposeOfEntry', 'status', { number: '11', computed: true, hint: true }),
      field('coe.entryDate', 'date', { number: '12', required: true }),
      field('coe.portOfEntry', 'text', { number: '13', required: true, maxLength: 60, hint: true }),
      field('coe.lengthOfStay', 'text', { number: '14', required: true, maxLength: 20, hint: true }),
      field('coe.accompanyingPersons', 'yesNo', { number: '15', required: true }),
      field('coe.visaApplicationPlace', 'text', { number: '16', required: true, maxLength: 60, hint: true }),
      field('coe.pastEntries', 'yesNo', { number: '17', required: true }),
      field('coe.pastEntryCount', 'integer', { number: '17', required: true, min: 1, max: 999, condition: isYes('coe.pastEntries') }),
      field('coe.lastEntryFrom', 'date', { number: '17', required: true, condition: isYes('coe.pastEntries') }),
      field('coe.lastEntryTo', 'date', { number: '17', required: true, condition: isYes('coe.pastEntries') }),
      field('coe.pastCoeApplications', 'yesNo', { number: '18', required: true }),
      field('coe.pastCoeCount', 'integer', { number: '18', required: true, min: 1, max: 999, condition: isYes('coe.pastCoeApplications') }),
      field('coe.pastCoeRefusals', 'integer', { number: '18', required: true, min: 0, max: 999, condition: isYes('coe.pastCoeApplications') }),
      ...criminalRecordItems('19'),
      field('coe.pastDeportation', 'yesNo', { number: '20', required: true, hint: true }),
      field('coe.deportationCount', 'integer', { number: '20', required: true, min: 1, max: 99, condition: isYes('coe.pastDeportation') }),
      field('coe.lastDeportationDate', 'date', { number: '20', required: true, condition: isYes('coe.pastDeportation') }),
      ...relativesItems('21'),
    ],
  },
];
