import { PREFECTURES } from '../../domain/reference/index.js';
import type { Condition, FieldDefinition } from '../types.js';
import { COUNTRY_OPTIONS } from './countries.js';
import { column, field, isYes, options } from './define.js';

/**
 * The applicant's part (身分事項, R-FORM-2): each item once, with the same id in every procedure, so a draft that
 * switches from an extension to a change keeps what was typed. The paper forms number the same item differently
 * per procedure; a page takes an item with its number there (`numbered`).
 */
export const RELATIVES_MAX_ROWS = 6;
const notCoe: Condition = { not: { procedure: ['COE'] } };
const notNewborn: Condition = { not: { procedure: ['COE', 'ACQUISITION'] } };

const RELATIVES = 'applicant.relatives';

const CATALOGUE: readonly FieldDefinition[] = [
  field('applicant.nationality', 'country', { required: true, options: COUNTRY_OPTIONS }),
  field('applicant.dateOfBirth', 'date', { computed: true, hint: true }),
  field('applicant.name', 'latinName', { required: true, hint: true }),
  field('applicant.nameKanji', 'text', { maxLength: 52, hint: true }),
  field('applicant.sex', 'choice', { required: true, options: options('sex', ['MALE', 'FEMALE']) }),
  field('applicant.placeOfBirth', 'text', { required: true, maxLength: 100, hint: true }),
  field('applicant.maritalStatus', 'choice', { required: true, options: options('maritalStatus', ['MARRIED', 'UNMARRIED']) }),
  field('applicant.occupation', 'text', { required: true, maxLength: 100, hint: true }),
  field('applicant.homeTown', 'text', { required: true, maxLength: 100, hint: true }),
  field('applicant.address.postalCode', 'postalCode', { required: true }),
  field('applicant.address.prefecture', 'choice', { required: true, options: options('prefecture', PREFECTURES.map((p) => p.code)) }),
  field('applicant.address.city', 'japaneseText', { required: true, maxLength: 50, hint: true }),
  field('applicant.address.street', 'japaneseText', { required: true, maxLength: 150, hint: true }),
  field('applicant.phone', 'phone', { hint: true }),
  field('applicant.mobile', 'phone'),
  field('applicant.notificationEmail', 'email', { hint: true }),
  field('applicant.passport.number', 'passportNumber', { required: notNewborn }),
  field('applicant.passport.expiry', 'date', { required: notNewborn }),
  field('applicant.currentStatus', 'status', { computed: true }),
  field('applicant.periodOfStay', 'text', { required: true, maxLength: 20, hint: true }),
  field('applicant.periodOfStayExpiry', 'date', { computed: true }),
  field('applicant.residenceCardNumber', 'residenceCardNumber', { required: notCoe, hint: true }),
  field('applicant.desiredStatus', 'status', { computed: true }),
  field('applicant.desiredPeriod', 'text', { required: true, maxLength: 20, hint: true }),
  field('applicant.reason', 'textarea', { required: true, maxLength: 600 }),
  field('applicant.criminalRecord', 'yesNo', { required: true, hint: true }),
  field('applicant.criminalRecordDetails', 'textarea', { required: true, maxLength: 300, condition: isYes('applicant.criminalRecord') }),
  field('applicant.hasRelatives', 'yesNo', { required: true, hint: true }),
  field(RELATIVES, 'group', {
    required: true, maxRows: RELATIVES_MAX_ROWS, condition: isYes('applicant.hasRelatives'),
    columns: [
      column(RELATIVES, 'relationship', 'text', { required: true, maxLength: 20, hint: true }),
      column(RELATIVES, 'name', 'text', { required: true, maxLength: 104 }),
      column(RELATIVES, 'dateOfBirth', 'date', { required: true }),
      column(RELATIVES, 'nationality', 'country', { required: true, options: COUNTRY_OPTIONS }),
      column(RELATIVES, 'livesTogether', 'yesNo', { required: true }),
      column(RELATIVES, 'workplaceOrSchool', 'text', { maxLength: 100 }),
      column(RELATIVES, 'residenceCardNumber', 'residenceCardNumber', { hint: true }),
    ],
  }),
];

const BY_ID = new Map(CATALOGUE.map((f) => [f.id, f]));

/** An item of the applicant's part with its number on this procedure's paper form. */
export function numbered(id: string, number: string): FieldDefinition {
  const item = BY_ID.get(id);
  if (!item) throw new Error(`no applicant item ${id}`);
  return { ...item, number };
}

/** An item the paper form does not number (e.g. the applicant's notification email, R-MAIL-1). */
export function unnumbered(id: string): FieldDefinition {
  const item = BY_ID.get(id);
  if (!item) throw new Error(`no applicant item ${id}`);
  return item;
}

/** Items 1–4, the same on every form: nationality, date of birth (from Step 1), name, sex. */
export const identityItems = (): FieldDefinition[] => [
  numbered('applicant.nationality', '1'),
  numbered('applicant.dateOfBirth', '2'),
  numbered('applicant.name', '3'),
  numbered('applicant.nameKanji', '3'),
  numbered('applicant.sex', '4'),
];

export const addressItems = (number: string): FieldDefinition[] =>
  ['applicant.address.postalCode', 'applicant.address.prefecture', 'applicant.address.city', 'applicant.address.street'].map((id) => numbered(id, number));

/** At least one of the two numbers (R-FORM-4); the notification address follows them. */
export const phoneItems = (number: string): FieldDefinition[] => [
  numbered('applicant.phone', number), numbered('applicant.mobile', number), unnumbered('applicant.notificationEmail'),
];

export const passportItems = (number: string): FieldDefinition[] => [numbered('applicant.passport.number', number), numbered('applicant.passport.expiry', number)];

export const currentStayItems = (number: string): FieldDefinition[] =>
  ['applicant.currentStatus', 'applicant.periodOfStay', 'applicant.periodOfStayExpiry'].map((id) => numbered(id, number));

export const criminalRecordItems = (number: string): FieldDefinition[] => [numbered('applicant.criminalRecord', number), numbered('applicant.criminalRecordDetails', number)];

export const relativesItems = (number: string): FieldDefinition[] => [numbered('applicant.hasRelatives', number), numbered(RELATIVES, number)];

/** Every applicant item, for tests and the messages check. */
export const APPLICANT_ITEMS: readonly FieldDefinition[] = CATALOGUE;
