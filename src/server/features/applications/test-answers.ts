import type { Answers } from '../../../forms/types.js';

/**
 * Complete answers for the tests: an extension of 技術・人文知識・国際業務 (区分N) filed on 2026-11-23 JST, the
 * period of stay ending 2027-01-31 (R-ELIG-9: within the 3 months before expiry).
 */
export const INDIVIDUAL_EXTENSION: Answers = {
  'step1.procedures': ['EXTENSION'],
  'step1.currentStatus': 'ENGINEER_HUMANITIES_INTL',
  'step1.periodOfStayExpiry': '2027-01-31',
  'step1.applicantDateOfBirth': '1990-01-02',
  'applicant.nationality': 'VNM',
  'applicant.name': 'NGUYEN VAN AN',
  'applicant.sex': 'MALE',
  'applicant.maritalStatus': 'UNMARRIED',
  'applicant.occupation': '会社員',
  'applicant.homeTown': 'HANOI',
  'applicant.address.postalCode': '1600023',
  'applicant.address.prefecture': '13',
  'applicant.address.city': '新宿区',
  'applicant.address.street': '西新宿二丁目８番１号',
  'applicant.mobile': '09012345678',
  'applicant.notificationEmail': 'an.nguyen@example.test',
  'applicant.passport.number': 'C1234567',
  'applicant.passport.expiry': '2030-05-01',
  'applicant.periodOfStay': '1年',
  'applicant.residenceCardNumber': 'AB12345678CD',
  'applicant.desiredPeriod': '3年',
  'applicant.reason': '引き続き現在の会社で勤務するため。',
  'applicant.criminalRecord': false,
  'applicant.hasRelatives': false,
  'status.n.employer.name': '株式会社サンプル',
  'status.n.employer.address': '東京都港区港南５－５－３０',
  'status.n.employer.phone': '0312345678',
  'status.n.education.level': 'BACHELOR',
  'status.n.education.inJapan': false,
  'status.n.education.universityMajor': 'ECONOMICS',
  'status.n.education.schoolName': 'HANOI UNIVERSITY',
  'status.n.education.graduationDate': '2012-06',
  'status.n.itQualification': false,
};

/** The organisation's part (所属機関等作成用) under 区分N, for organisation staff and intermediaries. */
export const ORGANIZATION_PART_N: Answers = {
  'organization.name': '株式会社サンプル',
  'organization.employmentInsurance': true,
  'organization.employmentInsuranceNumber': '13011234567',
  'organization.industry': '1',
  'organization.postalCode': '1080075',
  'organization.address': '東京都港区港南５－５－３０',
  'organization.phone': '0312345678',
  'organization.capital': 10_000_000,
  'organization.annualSales': 500_000_000,
  'organization.employees': 120,
  'organization.foreignEmployees': 8,
  'status.n.contractType': 'EMPLOYMENT',
  'status.n.employmentPeriod': 'INDEFINITE',
  'status.n.startDate': '2023-04-01',
  'status.n.salaryMonthly': 300_000,
  'status.n.experienceYears': 3,
  'status.n.occupation': '1',
  'status.n.activityDetails': '自社製品の海外向け販売に関する翻訳及び通訳業務に従事する。',
  'status.n.dispatch.isDispatched': false,
};

/** Journey (a): an accepting organisation's employee, extension with re-entry. */
export const ORGANIZATION_EXTENSION_WITH_REENTRY: Answers = {
  ...INDIVIDUAL_EXTENSION,
  ...ORGANIZATION_PART_N,
  'step1.procedures': ['EXTENSION', 'REENTRY'],
  'step1.relationToOrganization': 'ACCEPTED',
  'reentry.purpose': 'VISITING_RELATIVES',
  'reentry.destination': 'VNM',
  'reentry.departureDate': '2027-02-10',
  'reentry.departurePort': '成田空港',
  'reentry.returnDate': '2027-03-01',
  'reentry.returnPort': '成田空港',
  'reentry.permissionType': 'SINGLE',
};
