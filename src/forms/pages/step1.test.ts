import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../domain/calendar/clock.js';
import { EligibilityRequest, checkFiling, type FilerType } from '../../domain/eligibility/index.js';
import { APPLICATION_FORM, contextFromAnswers, pathContext, step1Context } from '../application-form.js';
import { toEligibilityRequest } from '../eligibility-bridge.js';
import { fieldsOnPath, pagesOnPath, validateAnswers } from '../engine.js';
import type { Answers } from '../types.js';

const extension: Answers = {
  'step1.procedures': ['EXTENSION', 'REENTRY'],
  'step1.currentStatus': 'ENGINEER_HUMANITIES_INTL',
  'step1.periodOfStayExpiry': '2027/1/31',
  'step1.applicantDateOfBirth': '1990-04-01',
  'step1.relationToOrganization': 'ACCEPTED',
};

const step1Ids = (answers: Answers, filer: FilerType) =>
  fieldsOnPath(APPLICATION_FORM, answers, step1Context(filer)).map((f) => f.id);

describe('Step 1 (R-FORM-1): what is asked follows the procedures, the statuses and the filer', () => {
  it.each<[string, Answers, FilerType, string[]]>([
    ['nothing chosen yet', {}, 'FOREIGN_NATIONAL', ['step1.procedures', 'step1.applicantDateOfBirth']],
    ['COE by an organisation', { 'step1.procedures': ['COE'] }, 'ORG_ACCEPTING', ['step1.procedures', 'step1.desiredStatus', 'step1.applicantDateOfBirth', 'step1.relationToOrganization']],
    ['extension with a dated status', { 'step1.procedures': ['EXTENSION'], 'step1.currentStatus': 'STUDENT' }, 'FOREIGN_NATIONAL', ['step1.procedures', 'step1.currentStatus', 'step1.periodOfStayExpiry', 'step1.applicantDateOfBirth']],
    ['extension of 永住者 (no expiry date)', { 'step1.procedures': ['EXTENSION'], 'step1.currentStatus': 'PERMANENT_RESIDENT' }, 'LAWYER_SCRIVENER', ['step1.procedures', 'step1.currentStatus', 'step1.applicantDateOfBirth']],
    ['change from 特定活動 (告示 number)', { 'step1.procedures': ['CHANGE'], 'step1.currentStatus': 'DESIGNATED_ACTIVITIES', 'step1.desiredStatus': 'DESIGNATED_ACTIVITIES' }, 'FOREIGN_NATIONAL', ['step1.procedures', 'step1.currentStatus', 'step1.currentStatusNotice', 'step1.periodOfStayExpiry', 'step1.desiredStatus', 'step1.desiredStatusNotice', 'step1.applicantDateOfBirth']],
    ['acquisition', { 'step1.procedures': ['ACQUISITION', 'REENTRY'] }, 'LEGAL_REPRESENTATIVE', ['step1.procedures', 'step1.desiredStatus', 'step1.acquisitionEventDate', 'step1.applicantDateOfBirth']],
    ['work certificate', { 'step1.procedures': ['WORK_CERT'] }, 'FOREIGN_NATIONAL', ['step1.procedures', 'step1.currentStatus', 'step1.periodOfStayExpiry', 'step1.applicantDateOfBirth']],
    ['a relative unable to file personally', { 'step1.procedures': ['COE'], 'step1.unableToApplyPersonally': true }, 'RELATIVE', ['step1.procedures', 'step1.desiredStatus', 'step1.applicantDateOfBirth', 'step1.relationship', 'step1.livesInJapan', 'step1.unableToApplyPersonally', 'step1.unableReason']],
  ])('%s', (_name, answers, filer, expected) => {
    expect(step1Ids(answers, filer)).toEqual(expected);
  });

  it('until Step 1 is complete the path is Step 1 alone', () => {
    expect(pagesOnPath(APPLICATION_FORM, { 'step1.procedures': ['EXTENSION'] }, pathContext({ 'step1.procedures': ['EXTENSION'] }, 'ORG_ACCEPTING')).map((p) => p.id)).toEqual(['step1']);
  });

  it('one main procedure only: two are an error even in a draft; re-entry alone is an error on submission', () => {
    const two = validateAnswers(APPLICATION_FORM, { ...extension, 'step1.procedures': ['EXTENSION', 'CHANGE'] }, step1Context('ORG_ACCEPTING'), 'draft');
    expect(two.errors.map((e) => [e.path, e.message.en])).toEqual([['step1.procedures', expect.stringContaining('choose only one of COE, change, extension')]]);
    const alone = { ...extension, 'step1.procedures': ['REENTRY'] };
    expect(validateAnswers(APPLICATION_FORM, alone, step1Context('ORG_ACCEPTING'), 'draft').errors).toEqual([]);
    expect(validateAnswers(APPLICATION_FORM, alone, step1Context('ORG_ACCEPTING'), 'submit').errors.map((e) => e.path)).toEqual(['step1.procedures']);
  });
});

describe('contextFromAnswers (R-FORM-1, R-FORM-6): the filer type comes from the account, never from the answers', () => {
  it('an organisation’s extension with re-entry: the status in question is the current one', () => {
    expect(contextFromAnswers({ ...extension, filerType: 'FOREIGN_NATIONAL' }, 'ORG_ACCEPTING')).toEqual({
      filerType: 'ORG_ACCEPTING', procedures: ['EXTENSION', 'REENTRY'], currentStatus: 'ENGINEER_HUMANITIES_INTL', desiredStatus: 'ENGINEER_HUMANITIES_INTL',
    });
  });

  it.each<[string, Answers, FilerType, unknown]>([
    ['change', { 'step1.procedures': ['CHANGE'], 'step1.currentStatus': 'STUDENT', 'step1.periodOfStayExpiry': '2027-03-31', 'step1.desiredStatus': 'ENGINEER_HUMANITIES_INTL', 'step1.applicantDateOfBirth': '2000-01-01' }, 'FOREIGN_NATIONAL', { currentStatus: 'STUDENT', desiredStatus: 'ENGINEER_HUMANITIES_INTL' }],
    ['COE', { 'step1.procedures': ['COE'], 'step1.desiredStatus': 'ENGINEER_HUMANITIES_INTL', 'step1.applicantDateOfBirth': '2000-01-01', 'step1.relationToOrganization': 'ACCEPTED', 'step1.currentStatus': 'STUDENT' }, 'ORG_ACCEPTING', { currentStatus: null, desiredStatus: 'ENGINEER_HUMANITIES_INTL' }],
    ['acquisition', { 'step1.procedures': ['ACQUISITION'], 'step1.desiredStatus': 'PERMANENT_RESIDENT', 'step1.acquisitionEventDate': '2026-11-01', 'step1.applicantDateOfBirth': '2026-11-01' }, 'LEGAL_REPRESENTATIVE', { currentStatus: null, desiredStatus: 'PERMANENT_RESIDENT' }],
    ['work certificate', { 'step1.procedures': ['WORK_CERT'], 'step1.currentStatus': 'PERMANENT_RESIDENT', 'step1.applicantDateOfBirth': '1980-01-01' }, 'FOREIGN_NATIONAL', { currentStatus: 'PERMANENT_RESIDENT', desiredStatus: 'PERMANENT_RESIDENT' }],
  ])('%s', (_name, answers, filer, expected) => {
    expect(contextFromAnswers(answers, filer)).toMatchObject(expected as object);
  });

  it.each<[string, Answers, FilerType]>([
    ['no procedure', {}, 'FOREIGN_NATIONAL'],
    ['no date of birth', { ...extension, 'step1.applicantDateOfBirth': null }, 'ORG_ACCEPTING'],
    ['no relation for an organisation', { ...extension, 'step1.relationToOrganization': null }, 'ORG_ACCEPTING'],
    ['no expiry date', { ...extension, 'step1.periodOfStayExpiry': '' }, 'ORG_ACCEPTING'],
    ['a malformed expiry date', { ...extension, 'step1.periodOfStayExpiry': '2027-02-30' }, 'ORG_ACCEPTING'],
    ['特定活動 without its 告示 number', { ...extension, 'step1.currentStatus': 'DESIGNATED_ACTIVITIES' }, 'ORG_ACCEPTING'],
    ['re-entry without a main procedure', { ...extension, 'step1.procedures': ['REENTRY'] }, 'ORG_ACCEPTING'],
    ['a relative who has not said where they live', { ...extension, 'step1.relationship': 'MOTHER', 'step1.unableToApplyPersonally': false }, 'RELATIVE'],
  ])('undefined while Step 1 is incomplete: %s', (_name, answers, filer) => {
    expect(contextFromAnswers(answers, filer)).toBeUndefined();
  });
});

describe('eligibility bridge: Step 1 answers to checkFiling (R-ELIG-1 … R-ELIG-9, R-SUB-1)', () => {
  const clock = new FixedClock(new Date('2026-11-23T01:00:00Z'));
  const at = '2026-11-23T10:00:00+09:00';
  const check = (answers: Answers, filer: Parameters<typeof toEligibilityRequest>[2], requestOnFile?: boolean) =>
    checkFiling(EligibilityRequest.parse(toEligibilityRequest(answers, contextFromAnswers(answers, filer.type), filer, at, requestOnFile)), clock);

  it('an organisation’s extension with re-entry in the window is allowed', () => {
    expect(check(extension, { type: 'ORG_ACCEPTING' })).toMatchObject({ allowed: true, reasons: [] });
  });

  it('the request carries the normalised answers, only those Step 1 still asks for', () => {
    const request = toEligibilityRequest({ ...extension, 'step1.currentStatus': 'PERMANENT_RESIDENT', 'step1.desiredStatus': 'STUDENT' }, undefined, { type: 'LAWYER_SCRIVENER' }, at);
    expect(request).toMatchObject({
      filer: { type: 'LAWYER_SCRIVENER', livesInJapan: null, relationship: null },
      applicant: { dateOfBirth: '1990-04-01', currentStatus: { code: 'PERMANENT_RESIDENT', notice: null }, periodOfStayExpiry: null },
      procedures: ['EXTENSION', 'REENTRY'], desiredStatus: null, filingDateTime: at,
    });
  });

  it('a relative’s work certificate is refused with the reason (R-ELIG-1)', () => {
    const answers: Answers = { 'step1.procedures': ['WORK_CERT'], 'step1.currentStatus': 'STUDENT', 'step1.periodOfStayExpiry': '2027-03-31', 'step1.applicantDateOfBirth': '2015-01-01', 'step1.relationship': 'MOTHER', 'step1.livesInJapan': true, 'step1.unableToApplyPersonally': false };
    expect(check(answers, { type: 'RELATIVE', hasMyNumberCard: true }).reasons.map((r) => r.code)).toEqual(['RELATIVE_NOT_ALLOWED_FOR_PROCEDURE']);
  });

  it('a relative of an adult able to file personally is refused; unable to file, allowed (R-ELIG-5)', () => {
    const answers: Answers = { ...extension, 'step1.relationToOrganization': null, 'step1.relationship': 'SPOUSE', 'step1.livesInJapan': 'はい', 'step1.unableToApplyPersonally': false };
    expect(check(answers, { type: 'RELATIVE', hasMyNumberCard: true }).reasons.map((r) => r.code)).toEqual(['RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE', 'RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE']);
    expect(check({ ...answers, 'step1.unableToApplyPersonally': true, 'step1.unableReason': '入院中のため' }, { type: 'RELATIVE', hasMyNumberCard: true }).allowed).toBe(true);
  });

  it('a 特定活動 COE by a relative carries the 告示 number (R-ELIG-4)', () => {
    const answers: Answers = { 'step1.procedures': ['COE'], 'step1.desiredStatus': 'DESIGNATED_ACTIVITIES', 'step1.desiredStatusNotice': '33-2', 'step1.applicantDateOfBirth': '1990-01-01', 'step1.relationship': 'SPOUSE', 'step1.livesInJapan': true, 'step1.unableToApplyPersonally': false };
    expect(check(answers, { type: 'RELATIVE', hasMyNumberCard: true }).allowed).toBe(true);
    expect(check({ ...answers, 'step1.desiredStatusNotice': '46' }, { type: 'RELATIVE', hasMyNumberCard: true }).reasons.map((r) => r.code)).toEqual(['RELATIVE_COE_STATUS_NOT_ELIGIBLE']);
  });

  it('the account’s facts win over answers; a support organisation needs the request on file (R-ELIG-2, R-ELIG-7)', () => {
    const answers: Answers = { ...extension, 'step1.currentStatus': 'SSW_1', 'step1.relationToOrganization': 'SUPPORTED_UNDER_CONTRACT' };
    expect(check(answers, { type: 'ORG_SUPPORT' }, false).reasons.map((r) => r.code)).toEqual(['ORGANIZATION_REQUEST_REQUIRED']);
    expect(check(answers, { type: 'ORG_SUPPORT' }, true).allowed).toBe(true);
    expect(check({ ...extension, 'step1.relationToOrganization': null }, { type: 'FOREIGN_NATIONAL', hasMyNumberCard: false }).reasons.map((r) => r.code)).toEqual(['MY_NUMBER_CARD_REQUIRED']);
  });

  it('the last day of stay is refused (R-ELIG-9)', () => {
    expect(check({ ...extension, 'step1.periodOfStayExpiry': '2026-11-23' }, { type: 'ORG_ACCEPTING' }).reasons.map((r) => r.code)).toEqual(['LAST_DAY_OF_STAY']);
  });

  it('an incomplete Step 1 still makes a request whose schema names what is missing', () => {
    const parsed = EligibilityRequest.safeParse(toEligibilityRequest({ 'step1.procedures': ['CHANGE'] }, undefined, { type: 'FOREIGN_NATIONAL', hasMyNumberCard: true }, at));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['applicant.dateOfBirth', 'applicant.currentStatus', 'desiredStatus']));
  });
});
