import type { PageDefinition } from '../types.js';
import { educationFields } from './education.js';
import { applicantPartFor, equals, field, oneOf, options, organizationPartFor } from './shared.js';
import { STUDENT_STATUSES } from './status-groups.js';

export const SCHOOL_TYPES = [
  'GRADUATE_DOCTOR', 'GRADUATE_MASTER', 'UNIVERSITY', 'JUNIOR_COLLEGE', 'COLLEGE_OF_TECHNOLOGY', 'VOCATIONAL', 'HIGH_SCHOOL',
  'JUNIOR_HIGH', 'ELEMENTARY', 'JAPANESE_LANGUAGE_INSTITUTE', 'MISCELLANEOUS', 'OTHER',
] as const;
export const ENROLMENT_TYPES = ['REGULAR', 'RESEARCH_STUDENT', 'AUDITING', 'OTHER'] as const;
export const FUNDING_METHODS = ['SELF', 'SUPPORTER_ABROAD', 'SUPPORTER_IN_JAPAN', 'SCHOLARSHIP', 'OTHER'] as const;
export const SUPPORTER_RELATIONSHIPS = ['FATHER', 'MOTHER', 'SPOUSE', 'GRANDPARENT', 'SIBLING', 'OTHER_RELATIVE', 'OTHER'] as const;
export const PLANS_AFTER_GRADUATION = ['RETURN_HOME', 'FURTHER_STUDY_JAPAN', 'EMPLOYMENT_JAPAN', 'OTHER'] as const;

const bySupporter = oneOf('status.student.funding.method', ['SUPPORTER_ABROAD', 'SUPPORTER_IN_JAPAN']);

/** 申請人等作成用 (留学): the school and course, education, Japanese study, funding and the supporter. */
export const STUDENT_APPLICANT_PAGE: PageDefinition = {
  id: 'status.student.applicant',
  titleKey: 'status.page.studentApplicant.title',
  part: 'status',
  condition: applicantPartFor(STUDENT_STATUSES),
  fields: [
    field('status.student.school.name', 'text', { required: true, maxLength: 100 }),
    field('status.student.school.type', 'choice', { required: true, options: options('status.student.school.type', SCHOOL_TYPES) }),
    field('status.student.school.address', 'japaneseText', { required: true, maxLength: 200 }),
    field('status.student.school.phone', 'phone', { required: true }),
    field('status.student.enrolment', 'choice', { required: true, options: options('status.student.enrolment', ENROLMENT_TYPES) }),
    field('status.student.course', 'text', { required: true, maxLength: 100, hint: true }),
    field('status.student.admissionDate', 'date', { required: true }),
    field('status.student.expectedCompletionDate', 'date', { required: true }),
    ...educationFields('status.student', { withMajors: false }),
    field('status.student.japaneseTest', 'text', { maxLength: 100, hint: true }),
    field('status.student.japaneseStudy', 'text', { maxLength: 200, hint: true }),
    field('status.student.funding.method', 'choice', { required: true, options: options('status.student.funding.method', FUNDING_METHODS) }),
    field('status.student.funding.monthlyAmount', 'money', { required: true, min: 1, hint: true }),
    field('status.student.funding.scholarshipName', 'text', {
      required: true, maxLength: 100, condition: equals('status.student.funding.method', 'SCHOLARSHIP'),
    }),
    field('status.student.funding.otherDetails', 'text', {
      required: true, maxLength: 200, condition: equals('status.student.funding.method', 'OTHER'),
    }),
    field('status.student.supporter.name', 'text', { required: true, maxLength: 100, condition: bySupporter }),
    field('status.student.supporter.relationship', 'choice', {
      required: true, condition: bySupporter, options: options('status.student.supporter.relationship', SUPPORTER_RELATIONSHIPS),
    }),
    field('status.student.supporter.address', 'text', { required: true, maxLength: 200, condition: bySupporter }),
    field('status.student.supporter.phone', 'text', { required: true, maxLength: 20, condition: bySupporter, hint: true }),
    field('status.student.supporter.occupation', 'text', { required: true, maxLength: 100, condition: bySupporter }),
    field('status.student.supporter.annualIncome', 'money', { required: true, condition: bySupporter, hint: true }),
    field('status.student.afterGraduation', 'choice', { required: true, options: options('status.student.afterGraduation', PLANS_AFTER_GRADUATION) }),
  ],
};

/** 所属機関等作成用 (留学): what the school certifies; attendance and results on extension. */
export const STUDENT_ORGANIZATION_PAGE: PageDefinition = {
  id: 'status.student.organization',
  titleKey: 'status.page.studentOrganization.title',
  part: 'organization',
  condition: organizationPartFor(STUDENT_STATUSES),
  fields: [
    field('status.student.faculty', 'text', { required: true, maxLength: 100 }),
    field('status.student.weeklyHours', 'integer', { required: true, min: 1, max: 60 }),
    field('status.student.annualTuition', 'money', { required: true }),
    field('status.student.tuitionPaid', 'money', { required: true, hint: true }),
    field('status.student.attendanceRate', 'integer', { required: true, min: 0, max: 100, hint: true, condition: { procedure: ['EXTENSION'] } }),
    field('status.student.results', 'text', { maxLength: 200, condition: { procedure: ['EXTENSION'] } }),
  ],
};
