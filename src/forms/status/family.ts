import { COUNTRY_OPTIONS } from '../pages/countries.js';
import type { Condition, PageDefinition } from '../types.js';
import { applicantPartFor, equals, field, options } from './shared.js';
import { DEPENDENT_STATUSES, FAMILY_STATUSES } from './status-groups.js';

export const DEPENDENT_RELATIONSHIPS = ['SPOUSE', 'CHILD'] as const;

/** 家族滞在: the supporter (扶養者) — who they are, their status, work or school and income. */
export const DEPENDENT_PAGE: PageDefinition = {
  id: 'status.dependent',
  titleKey: 'status.page.dependent.title',
  part: 'status',
  condition: applicantPartFor(DEPENDENT_STATUSES),
  fields: [
    field('status.dependent.supporter.name', 'latinName', { required: true, maxLength: 104 }),
    field('status.dependent.supporter.dateOfBirth', 'date', { required: true }),
    field('status.dependent.supporter.nationality', 'country', { required: true, options: COUNTRY_OPTIONS }),
    field('status.dependent.supporter.relationship', 'choice', {
      required: true, options: options('status.dependent.supporter.relationship', DEPENDENT_RELATIONSHIPS),
    }),
    field('status.dependent.supporter.status', 'status', { required: true }),
    field('status.dependent.supporter.residenceCardNumber', 'residenceCardNumber', { required: true, hint: true }),
    field('status.dependent.supporter.periodOfStayExpiry', 'date', { required: true }),
    field('status.dependent.supporter.workplace', 'text', { required: true, maxLength: 100, hint: true }),
    field('status.dependent.supporter.workplaceAddress', 'japaneseText', { maxLength: 200 }),
    field('status.dependent.supporter.workplacePhone', 'phone'),
    field('status.dependent.supporter.annualIncome', 'money', { required: true, hint: true }),
    field('status.dependent.livingTogether', 'yesNo', { required: true }),
  ],
};

export const FAMILY_RELATIONSHIPS = ['SPOUSE', 'CHILD', 'SPECIAL_ADOPTED_CHILD', 'JAPANESE_DESCENDANT', 'OTHER'] as const;
export const SUPPORT_METHODS = ['SELF', 'SPOUSE', 'PARENT', 'OTHER'] as const;

const spouse = equals('status.family.relationship', 'SPOUSE');
/** The family member in Japan is not Japanese: their residence card is asked. */
const familyMemberIsResident: Condition = { status: ['SPOUSE_OF_PERMANENT_RESIDENT', 'LONG_TERM_RESIDENT'] };

/** 日本人の配偶者等・永住者の配偶者等・定住者: the family member in Japan, the marriage, income and support. */
export const FAMILY_PAGE: PageDefinition = {
  id: 'status.family',
  titleKey: 'status.page.family.title',
  part: 'status',
  condition: applicantPartFor(FAMILY_STATUSES),
  fields: [
    field('status.family.relationship', 'choice', { required: true, options: options('status.family.relationship', FAMILY_RELATIONSHIPS) }),
    field('status.family.relationshipOther', 'text', {
      required: true, maxLength: 100, condition: equals('status.family.relationship', 'OTHER'),
    }),
    field('status.family.longTermBasis', 'textarea', { required: true, maxLength: 600, hint: true, condition: { status: ['LONG_TERM_RESIDENT'] } }),
    field('status.family.member.name', 'text', { required: true, maxLength: 104, hint: true }),
    field('status.family.member.dateOfBirth', 'date', { required: true }),
    field('status.family.member.nationality', 'country', { required: true, options: COUNTRY_OPTIONS }),
    field('status.family.member.residenceCardNumber', 'residenceCardNumber', { required: true, condition: familyMemberIsResident, hint: true }),
    field('status.family.member.address', 'japaneseText', { required: true, maxLength: 200 }),
    field('status.family.member.phone', 'phone', { required: true }),
    field('status.family.member.workplace', 'text', { maxLength: 100 }),
    field('status.family.member.annualIncome', 'money', { required: true, hint: true }),
    field('status.family.marriage.registeredInJapan', 'date', { required: true, condition: spouse, hint: true }),
    field('status.family.marriage.registeredOffice', 'text', { required: true, maxLength: 100, condition: spouse }),
    field('status.family.marriage.registeredAbroad', 'date', { condition: spouse }),
    field('status.family.marriage.abroadAuthority', 'text', { maxLength: 100, condition: spouse }),
    field('status.family.applicantWorkplace', 'text', { maxLength: 100 }),
    field('status.family.applicantMonthlyIncome', 'money', { hint: true }),
    field('status.family.supportMethod', 'choice', { required: true, options: options('status.family.supportMethod', SUPPORT_METHODS) }),
    field('status.family.supportOther', 'text', { required: true, maxLength: 200, condition: equals('status.family.supportMethod', 'OTHER') }),
    field('status.family.livingTogether', 'yesNo', { required: true }),
  ],
};
