import type { FieldDefinition } from '../types.js';
import { column, equals, field, oneOf, options, sharedField } from './shared.js';

export const EDUCATION_LEVELS = [
  'DOCTOR', 'MASTER', 'BACHELOR', 'JUNIOR_COLLEGE', 'VOCATIONAL', 'HIGH_SCHOOL', 'JUNIOR_HIGH', 'OTHER',
] as const;
const DEGREE_LEVELS = ['DOCTOR', 'MASTER', 'BACHELOR', 'JUNIOR_COLLEGE'] as const;

/** 専攻・専門分野 of the paper forms: the university list and the specialised training college (専門学校) list. */
export const UNIVERSITY_MAJORS = [
  'LAW', 'ECONOMICS', 'POLITICS', 'COMMERCE', 'BUSINESS', 'LITERATURE', 'LANGUAGES', 'SOCIOLOGY', 'HISTORY', 'PSYCHOLOGY',
  'EDUCATION', 'ARTS', 'OTHER_HUMANITIES', 'SCIENCE', 'CHEMISTRY', 'ENGINEERING', 'AGRICULTURE', 'FISHERIES', 'PHARMACY',
  'MEDICINE', 'DENTISTRY', 'OTHER_NATURAL_SCIENCES', 'PHYSICAL_EDUCATION', 'CARE_WELFARE', 'OTHER',
] as const;
export const VOCATIONAL_MAJORS = [
  'INDUSTRY', 'AGRICULTURE', 'MEDICAL_HYGIENE', 'EDUCATION_WELFARE', 'LAW', 'COMMERCIAL_PRACTICE', 'DRESSMAKING_HOME_ECONOMICS',
  'CULTURE_LIBERAL_ARTS', 'CARE_WELFARE', 'OTHER',
] as const;

const KEYS = 'status.education';

/**
 * 最終学歴 and 専攻・専門分野 as the 区分N and 経営・管理 applicant parts ask them. The ids carry the group's prefix
 * (`status.n.education.level`); the texts are shared.
 */
export function educationFields(prefix: string, { withMajors = true }: { withMajors?: boolean } = {}): FieldDefinition[] {
  const id = (name: string) => `${prefix}.education.${name}`;
  const basics = [
    sharedField(id('level'), `${KEYS}.level`, 'choice', {
      required: true, options: options(`${KEYS}.level`, EDUCATION_LEVELS),
    }),
    sharedField(id('levelOther'), `${KEYS}.levelOther`, 'text', {
      required: true, maxLength: 100, condition: equals(id('level'), 'OTHER'),
    }),
    sharedField(id('inJapan'), `${KEYS}.inJapan`, 'yesNo', { required: true }),
    sharedField(id('schoolName'), `${KEYS}.schoolName`, 'text', { required: true, maxLength: 100 }),
    sharedField(id('graduationDate'), `${KEYS}.graduationDate`, 'partialDate', { required: true }),
  ];
  if (!withMajors) return basics;
  return [
    ...basics,
    sharedField(id('universityMajor'), `${KEYS}.universityMajor`, 'choice', {
      required: true, options: options(`${KEYS}.universityMajor`, UNIVERSITY_MAJORS),
      condition: oneOf(id('level'), DEGREE_LEVELS),
    }),
    sharedField(id('vocationalMajor'), `${KEYS}.vocationalMajor`, 'choice', {
      required: true, options: options(`${KEYS}.vocationalMajor`, VOCATIONAL_MAJORS),
      condition: equals(id('level'), 'VOCATIONAL'),
    }),
    sharedField(id('majorOther'), `${KEYS}.majorOther`, 'text', {
      required: true, maxLength: 100,
      condition: {
        any: [
          { all: [oneOf(id('level'), DEGREE_LEVELS), equals(id('universityMajor'), 'OTHER')] },
          { all: [equals(id('level'), 'VOCATIONAL'), equals(id('vocationalMajor'), 'OTHER')] },
        ],
      },
    }),
  ];
}

/** 職歴: the rows of past employment (入社年月, 退社年月, 勤務先名称). */
export function careerField(id: string): FieldDefinition {
  return field(id, 'group', {
    maxRows: 10, hint: true,
    columns: [
      column(id, 'from', 'partialDate', { required: true }),
      column(id, 'to', 'partialDate', { hint: true }),
      column(id, 'employer', 'text', { required: true, maxLength: 100 }),
    ],
  });
}
