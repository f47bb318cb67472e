import type { PageDefinition } from '../types.js';
import {
  addressItems, criminalRecordItems, identityItems, numbered, passportItems, phoneItems, relativesItems,
} from './applicant-fields.js';
import { equals, field, options, pageTitle } from './define.js';

/** 在留資格取得許可申請書, the applicant's part: the items of a change, with the event that calls for the acquisition. */
const onAcquisition = { procedure: ['ACQUISITION'] } as const;

export const ACQUISITION_EVENTS = ['BIRTH', 'LOSS_OF_JAPANESE_NATIONALITY', 'OTHER'] as const;

export const ACQUISITION_PAGES: readonly PageDefinition[] = [
  {
    id: 'applicant.acquisition.identity',
    titleKey: pageTitle('applicant.acquisition.identity'),
    part: 'applicant',
    condition: onAcquisition,
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
    id: 'applicant.acquisition.stay',
    titleKey: pageTitle('applicant.acquisition.stay'),
    part: 'applicant',
    condition: onAcquisition,
    fields: [
      field('acquisition.event', 'choice', { number: '11', required: true, options: options('acquisition.event', ACQUISITION_EVENTS) }),
      field('acquisition.eventOther', 'text', { number: '11', required: true, maxLength: 100, condition: equals('acquisition.event', 'OTHER') }),
      field('acquisition.eventDate', 'date', { number: '12', computed: true, hint: true }),
      numbered('applicant.desiredStatus', '13'),
      numbered('applicant.desiredPeriod', '13'),
      numbered('applicant.reason', '14'),
      ...criminalRecordItems('15'),
      ...relativesItems('16'),
    ],
  },
];
