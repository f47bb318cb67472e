import { describe, expect, it } from 'vitest';
import type { FilerType } from '../../domain/eligibility/index.js';
import { STATUS_CODES, type ProcedureCode, type StatusCode } from '../../domain/reference/index.js';
import { pagesOnPath, validateAnswers } from '../engine.js';
import { STATUS_MESSAGES_EN } from '../messages/status-en.js';
import { STATUS_MESSAGES_JA } from '../messages/status-ja.js';
import type { Answers, FormContext, FormDefinition } from '../types.js';
import { computeStatusAnswers, STATUS_PAGES, statusAnswerErrors } from './index.js';

const FORM: FormDefinition = {
  id: 'status-parts', version: 1, pages: STATUS_PAGES, compute: computeStatusAnswers, check: statusAnswerErrors,
  messages: { ja: STATUS_MESSAGES_JA, en: STATUS_MESSAGES_EN },
};

const context = (status: StatusCode, filerType: FilerType = 'ORG_ACCEPTING', procedures: ProcedureCode[] = ['EXTENSION']): FormContext =>
  ({ filerType, procedures, currentStatus: status, desiredStatus: status });
const pageIds = (answers: Answers, ctx: FormContext) => pagesOnPath(FORM, answers, ctx).map((p) => p.id);
const errorPaths = (answers: Answers, ctx: FormContext, mode: 'draft' | 'submit' = 'submit') =>
  validateAnswers(FORM, answers, ctx, mode).errors.map((e) => e.path);

/** The status part's pages per status, and the organisation part's pages when an organisation or intermediary files. */
const N = { status: ['status.n.applicant'], organization: ['status.organization', 'status.n.organization'] };
const BM = { status: ['status.bm.applicant'], organization: ['status.organization', 'status.bm.organization'] };
const GENERIC = { status: [], organization: ['status.organization', 'status.general.organization'] };
const NONE = { organization: [] };
const EXPECTED: Record<StatusCode, { status: string[]; organization: string[] }> = {
  DIPLOMAT: { status: [], ...NONE }, TEMPORARY_VISITOR: { status: [], ...NONE }, PERMANENT_RESIDENT: { status: [], ...NONE },
  OFFICIAL: GENERIC, PROFESSOR: GENERIC, ARTIST: GENERIC, RELIGIOUS_ACTIVITIES: GENERIC, JOURNALIST: GENERIC, LEGAL_ACCOUNTING: GENERIC,
  MEDICAL: GENERIC, CULTURAL_ACTIVITIES: GENERIC, TRAINEE: GENERIC, DESIGNATED_ACTIVITIES: GENERIC,
  ENGINEER_HUMANITIES_INTL: N, SKILLED_LABOR: N, NURSING_CARE: N, RESEARCHER: N, INSTRUCTOR: N, INTRA_COMPANY_TRANSFEREE: N, ENTERTAINER: N,
  HSP_1A: { ...N, status: ['status.hsp', ...N.status] }, HSP_1B: { ...N, status: ['status.hsp', ...N.status] },
  HSP_1C: { ...BM, status: ['status.hsp', ...BM.status] }, HSP_2: { status: ['status.hsp'], organization: ['status.organization'] },
  BUSINESS_MANAGER: BM,
  STUDENT: { status: ['status.student.applicant'], organization: ['status.organization', 'status.student.organization'] },
  DEPENDENT: { status: ['status.dependent'], ...NONE },
  SPOUSE_OF_JAPANESE: { status: ['status.family'], ...NONE }, SPOUSE_OF_PERMANENT_RESIDENT: { status: ['status.family'], ...NONE },
  LONG_TERM_RESIDENT: { status: ['status.family'], ...NONE },
  SSW_1: { status: ['status.ssw.applicant'], organization: ['status.organization', 'status.ssw.organization'] },
  SSW_2: { status: ['status.ssw.applicant'], organization: ['status.organization', 'status.ssw.organization'] },
  TITP_1: { status: ['status.titp.applicant'], organization: ['status.organization', 'status.titp.organization'] },
  TITP_2: { status: ['status.titp.applicant'], organization: ['status.organization', 'status.titp.organization'] },
  TITP_3: { status: ['status.titp.applicant'], organization: ['status.organization', 'status.titp.organization'] },
};

describe('pages on the path per status and filer (R-FORM-1, R-FORM-5)', () => {
  it.each(STATUS_CODES.map((code) => [code] as const))('%s: an organisation files both parts, a foreign national the status part only', (status) => {
    const expected = EXPECTED[status];
    expect(pageIds({}, context(status, 'ORG_ACCEPTING'))).toEqual([...expected.status, ...expected.organization]);
    expect(pageIds({}, context(status, 'LAWYER_SCRIVENER', ['COE']))).toEqual([...expected.status, ...expected.organization]);
    expect(pageIds({}, context(status, 'FOREIGN_NATIONAL', ['CHANGE']))).toEqual(expected.status);
  });

  it('the work certificate and a form before Step 1 have no status pages', () => {
    expect(pageIds({}, context('ENGINEER_HUMANITIES_INTL', 'ORG_ACCEPTING', ['WORK_CERT']))).toEqual([]);
    expect(pageIds({}, context('ENGINEER_HUMANITIES_INTL', 'ORG_ACCEPTING', []))).toEqual([]);
  });

  it('高度専門職2号 follows the 1号 activity chosen: ロ → 区分N, ハ → 経営・管理', () => {
    const ctx = context('HSP_2');
    expect(pageIds({ 'status.hsp.activity': 'B' }, ctx)).toEqual(['status.hsp', 'status.n.applicant', 'status.organization', 'status.n.organization']);
    expect(pageIds({ 'status.hsp.activity': 'C' }, ctx)).toEqual(['status.hsp', 'status.bm.applicant', 'status.organization', 'status.bm.organization']);
  });
});

const N_APPLICANT: Answers = {
  'status.n.education.level': 'BACHELOR', 'status.n.education.inJapan': true, 'status.n.education.schoolName': '東京大学',
  'status.n.education.graduationDate': '2020-03', 'status.n.education.universityMajor': 'ENGINEERING', 'status.n.itQualification': false,
};
const ORGANIZATION: Answers = {
  'organization.name': '株式会社テスト', 'organization.corporateNumber': '7000012050002', 'organization.employmentInsurance': true,
  'organization.employmentInsuranceNumber': '1301-123456-7', 'organization.industry': '14', 'organization.address': '東京都千代田区霞が関1-1-1',
  'organization.phone': '03-1234-5678', 'organization.capital': 10_000_000, 'organization.annualSales': 500_000_000,
  'organization.employees': 120, 'organization.foreignEmployees': 8,
};
const N_TERMS: Answers = {
  'status.n.contractType': 'EMPLOYMENT', 'status.n.employmentPeriod': 'INDEFINITE', 'status.n.startDate': '2024-04-01',
  'status.n.salaryMonthly': 300_000, 'status.n.experienceYears': 4, 'status.n.occupation': '12',
  'status.n.activityDetails': '自社開発システムの設計・実装に従事する。', 'status.n.dispatch.isDispatched': false,
};
const COMPLETE_N = { ...N_APPLICANT, ...ORGANIZATION, ...N_TERMS };

describe('区分N answers (R-FORM-5, R-FORM-4)', () => {
  const ctx = context('ENGINEER_HUMANITIES_INTL');

  it('a complete organisation filing has no errors and keeps the normalised answers', () => {
    const outcome = validateAnswers(FORM, COMPLETE_N, ctx, 'submit');
    expect(outcome.errors).toEqual([]);
    expect(outcome.answers['organization.phone']).toBe('0312345678');
  });

  it('submission names every missing required field of the organisation part; a draft does not', () => {
    const missing = errorPaths(N_APPLICANT, ctx);
    for (const id of ['organization.name', 'organization.address', 'organization.industry', 'status.n.contractType', 'status.n.salaryMonthly', 'status.n.activityDetails']) {
      expect(missing).toContain(id);
    }
    expect(errorPaths(N_APPLICANT, ctx, 'draft')).toEqual([]);
  });

  it('the dispatch destination is asked, and required, only when there is one', () => {
    expect(errorPaths({ ...COMPLETE_N, 'status.n.dispatch.isDispatched': true }, ctx)).toEqual(
      ['status.n.dispatch.name', 'status.n.dispatch.address', 'status.n.dispatch.periodStart', 'status.n.dispatch.periodEnd'],
    );
    const dispatched = {
      ...COMPLETE_N, 'status.n.dispatch.isDispatched': true, 'status.n.dispatch.name': '派遣先株式会社', 'status.n.dispatch.address': '大阪府大阪市北区1-1',
      'status.n.dispatch.periodStart': '2024-05-01', 'status.n.dispatch.periodEnd': '2024-04-30',
    };
    expect(errorPaths(dispatched, ctx)).toEqual(['status.n.dispatch.periodEnd']);
    expect(validateAnswers(FORM, { ...COMPLETE_N, 'status.n.dispatch.name': 'stale' }, ctx, 'submit').answers).not.toHaveProperty('status.n.dispatch.name');
  });

  it('activity details over 600 characters, a bad 法人番号 and a short insurance number are refused with the field named', () => {
    const outcome = validateAnswers(FORM, {
      ...COMPLETE_N, 'status.n.activityDetails': 'あ'.repeat(601), 'organization.corporateNumber': '1234567890123',
      'organization.employmentInsuranceNumber': '1301-1234',
    }, ctx, 'draft');
    expect(outcome.errors.map((e) => e.path)).toEqual(['organization.corporateNumber', 'status.n.activityDetails', 'organization.employmentInsuranceNumber']);
    expect(outcome.errors[1]?.message.ja).toContain('活動内容詳細');
    expect(outcome.errors[2]?.message.en).toContain('11 digits');
  });

  it('more foreign employees than employees is refused', () => {
    expect(errorPaths({ ...COMPLETE_N, 'organization.foreignEmployees': 121 }, ctx, 'draft')).toEqual(['organization.foreignEmployees']);
  });

  it('a foreign national filing alone names the workplace on the applicant page instead', () => {
    const alone = context('ENGINEER_HUMANITIES_INTL', 'FOREIGN_NATIONAL', ['CHANGE']);
    expect(errorPaths(N_APPLICANT, alone)).toEqual(['status.n.employer.name', 'status.n.employer.address', 'status.n.employer.phone']);
    expect(errorPaths(N_APPLICANT, ctx)).not.toContain('status.n.employer.name');
  });
});

const HSP_B: Answers = {
  'status.hsp.degree': 'MASTER', 'status.hsp.multipleFields': false, 'status.hsp.experienceYears': 6, 'status.hsp.annualSalary': 6_500_000,
  'status.hsp.age': 31, 'status.hsp.japanese': 'N2', 'status.hsp.nationalQualifications': 1,
};

describe('高度専門職: computed points (R-FORM-5)', () => {
  const hspOnly = (answers: Answers, status: StatusCode) => validateAnswers(FORM, answers, context(status, 'FOREIGN_NATIONAL', ['CHANGE']), 'submit');

  it('computes the subtotals and the total into the answers', () => {
    const { answers } = hspOnly({ ...HSP_B, ...N_APPLICANT, 'status.n.employer.name': 'A', 'status.n.employer.address': '東京都', 'status.n.employer.phone': '0312345678' }, 'HSP_1B');
    expect(answers).toMatchObject({
      'status.hsp.points.education': 20, 'status.hsp.points.career': 10, 'status.hsp.points.salary': 20, 'status.hsp.points.age': 10,
      'status.hsp.points.research': 0, 'status.hsp.points.qualifications': 5, 'status.hsp.points.bonus': 10, 'status.hsp.points.total': 75,
    });
    expect(answers).not.toHaveProperty('status.hsp.points.position');
  });

  it('refuses a submission under 70 points, naming the total', () => {
    const errors = hspOnly({ ...HSP_B, 'status.hsp.japanese': 'NONE', 'status.hsp.nationalQualifications': 0 }, 'HSP_1B').errors;
    const total = errors.find((e) => e.path === 'status.hsp.points.total');
    expect(total?.message.ja).toContain('60点');
    expect(total?.message.en).toContain('at least 70');
  });

  it('ハ needs at least 3 million yen a year whatever the points; ハ has no age points', () => {
    const answers = { ...HSP_B, 'status.hsp.annualSalary': 2_999_999, 'status.hsp.position': 'REPRESENTATIVE' };
    const outcome = hspOnly(answers, 'HSP_1C');
    expect(outcome.errors.map((e) => e.path)).toContain('status.hsp.annualSalary');
    expect(outcome.answers).not.toHaveProperty('status.hsp.age');
    expect(computeStatusAnswers(answers, context('HSP_1C'))['status.hsp.points.age']).toBe(0);
  });

  it('computes nothing for other statuses or without a status part', () => {
    expect(computeStatusAnswers(HSP_B, context('ENGINEER_HUMANITIES_INTL'))).toEqual({});
    expect(computeStatusAnswers(HSP_B, context('HSP_1B', 'ORG_ACCEPTING', ['WORK_CERT']))).toEqual({});
  });
});

const EDUCATION = (prefix: string): Answers => ({
  [`${prefix}.education.level`]: 'MASTER', [`${prefix}.education.inJapan`]: false, [`${prefix}.education.schoolName`]: 'SEOUL NATIONAL UNIVERSITY',
  [`${prefix}.education.graduationDate`]: '2015-02', [`${prefix}.education.universityMajor`]: 'BUSINESS',
});
const EMPLOYER = { ...ORGANIZATION, 'organization.employmentInsurance': false, 'organization.employmentInsuranceNumber': '' };

/** One complete filing per 区分 by an organisation or intermediary: every required field can be answered. */
const COMPLETE: readonly [StatusCode, Answers][] = [
  ['BUSINESS_MANAGER', {
    ...EDUCATION('status.bm'), 'status.bm.managementExperienceYears': 5, ...EMPLOYER, 'status.bm.role': 'MANAGER_OWNER',
    'status.bm.position': '代表取締役', 'status.bm.businessDescription': '輸入雑貨の販売', 'status.bm.businessStartDate': '2024-01-10',
    'status.bm.investmentAmount': 8_000_000, 'status.bm.office.address': '東京都港区1-1', 'status.bm.office.areaSquareMetres': 30,
    'status.bm.office.tenure': 'LEASED', 'status.bm.fullTimeStaff': 2, 'status.bm.remunerationMonthly': 400_000, 'status.bm.hasBusinessPlan': true,
  }],
  ['STUDENT', {
    'status.student.school.name': '○○大学', 'status.student.school.type': 'UNIVERSITY', 'status.student.school.address': '京都府京都市1-1',
    'status.student.school.phone': '0751234567', 'status.student.enrolment': 'REGULAR', 'status.student.course': '経済学部',
    'status.student.admissionDate': '2023-04-01', 'status.student.expectedCompletionDate': '2027-03-31',
    'status.student.education.level': 'HIGH_SCHOOL', 'status.student.education.inJapan': false, 'status.student.education.schoolName': 'HANOI HIGH SCHOOL',
    'status.student.education.graduationDate': '2022-06', 'status.student.funding.method': 'SUPPORTER_ABROAD', 'status.student.funding.monthlyAmount': 150_000,
    'status.student.supporter.name': 'NGUYEN VAN A', 'status.student.supporter.relationship': 'FATHER', 'status.student.supporter.address': 'HANOI',
    'status.student.supporter.phone': '+84 24 1234 5678', 'status.student.supporter.occupation': '会社員', 'status.student.supporter.annualIncome': 3_000_000,
    'status.student.afterGraduation': 'EMPLOYMENT_JAPAN', 'organization.name': '○○大学', 'organization.address': '京都府京都市1-1',
    'organization.phone': '0751234567', 'status.student.faculty': '経済学部', 'status.student.weeklyHours': 20, 'status.student.annualTuition': 800_000,
    'status.student.tuitionPaid': 800_000, 'status.student.attendanceRate': 95,
  }],
  ['DEPENDENT', {
    'status.dependent.supporter.name': 'KIM MINSU', 'status.dependent.supporter.dateOfBirth': '1988-05-01', 'status.dependent.supporter.nationality': 'KOR',
    'status.dependent.supporter.relationship': 'SPOUSE', 'status.dependent.supporter.status': 'ENGINEER_HUMANITIES_INTL',
    'status.dependent.supporter.residenceCardNumber': 'ab 12345678 cd', 'status.dependent.supporter.periodOfStayExpiry': '2027-05-01',
    'status.dependent.supporter.workplace': '株式会社テスト', 'status.dependent.supporter.annualIncome': 5_000_000, 'status.dependent.livingTogether': true,
  }],
  ['SPOUSE_OF_JAPANESE', {
    'status.family.relationship': 'SPOUSE', 'status.family.member.name': '山田太郎', 'status.family.member.dateOfBirth': '1985-01-01',
    'status.family.member.nationality': 'JPN', 'status.family.member.address': '東京都新宿区1-1', 'status.family.member.phone': '09012345678',
    'status.family.member.annualIncome': 4_000_000, 'status.family.marriage.registeredInJapan': '2023-06-01', 'status.family.marriage.registeredOffice': '新宿区',
    'status.family.supportMethod': 'SPOUSE', 'status.family.livingTogether': true,
  }],
  ['SSW_1', {
    'status.ssw.field': 'FOOD_SERVICE', 'status.ssw.jobCategory': '外食業全般', 'status.ssw.route': 'TESTS', 'status.ssw.skillTest.name': '外食業特定技能1号技能測定試験',
    'status.ssw.skillTest.passDate': '2024-02-01', 'status.ssw.japaneseTest.kind': 'JFT_BASIC', 'status.ssw.japaneseTest.passDate': '2024-01-15',
    'status.ssw.monthsSoFar': 0, ...EMPLOYER, 'status.ssw.contractStart': '2024-06-01', 'status.ssw.contractEnd': '2027-05-31',
    'status.ssw.salaryMonthly': 220_000, 'status.ssw.weeklyHours': 40, 'status.ssw.equalPay': true, 'status.ssw.workplaceAddress': '東京都渋谷区1-1',
    'status.ssw.support.entrusted': true, 'status.ssw.support.organizationName': '登録支援機関', 'status.ssw.support.registrationNumber': '19登-000001',
    'status.ssw.support.organizationAddress': '東京都新宿区2-2', 'status.ssw.support.organizationPhone': '0398765432',
  }],
  ['TITP_1', {
    'status.titp.homeOccupation': '縫製', ...EMPLOYER, 'status.titp.type': 'SUPERVISED', 'status.titp.planCertificationNumber': '1234567890',
    'status.titp.planCertificationDate': '2024-03-01', 'status.titp.occupation': '婦人子供服製造', 'status.titp.work': '婦人子供既製服縫製',
    'status.titp.periodStart': '2024-05-01', 'status.titp.periodEnd': '2025-04-30', 'status.titp.salaryMonthly': 180_000,
    'status.titp.supervisor.name': '○○協同組合', 'status.titp.supervisor.permitNumber': '許1712000001', 'status.titp.supervisor.address': '岐阜県岐阜市1-1',
    'status.titp.supervisor.phone': '0581234567',
  }],
  ['PROFESSOR', {
    'organization.name': '国立大学法人○○大学', 'organization.address': '東京都文京区1-1', 'organization.phone': '0312345678',
    'status.general.relation': 'EMPLOYER', 'status.general.activityDetails': '工学研究科における教育及び研究',
  }],
];

describe('every 区分 can be completed (R-FORM-5)', () => {
  it.each(COMPLETE)('%s: a complete filing by an organisation has no errors', (status, answers) => {
    const outcome = validateAnswers(FORM, answers, context(status), 'submit');
    expect(outcome.errors).toEqual([]);
    for (const [id, value] of Object.entries(answers)) if (value !== '') expect(Object.keys(outcome.answers), id).toContain(id);
  });

  it('a residence card number is normalised, and a malformed one refused with the field named', () => {
    const [, dependent] = COMPLETE[2] ?? [];
    const ctx = context('DEPENDENT', 'FOREIGN_NATIONAL', ['CHANGE']);
    expect(validateAnswers(FORM, { ...dependent }, ctx, 'submit').answers['status.dependent.supporter.residenceCardNumber']).toBe('AB12345678CD');
    expect(errorPaths({ ...dependent, 'status.dependent.supporter.residenceCardNumber': 'AB1234' }, ctx)).toEqual(['status.dependent.supporter.residenceCardNumber']);
  });
});
