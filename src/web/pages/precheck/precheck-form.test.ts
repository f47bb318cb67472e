import { describe, expect, it } from 'vitest';
import { EligibilityRequest } from '../../../domain/eligibility/index.js';
import { buildRequest, evaluate, fieldOfPath, initialForm, todayInJapan, visibleFields, type PrecheckForm } from './precheck-form.js';

const FILING_DATE = '2026-11-23';
const form = (answers: Partial<PrecheckForm>): PrecheckForm => ({ ...initialForm(FILING_DATE), ...answers });

const foreignNationalExtension = form({
  filerType: 'FOREIGN_NATIONAL', hasMyNumberCard: 'yes', mainProcedure: 'EXTENSION', reentry: true,
  dateOfBirth: '1990-04-01', currentStatus: 'ENGINEER_HUMANITIES_INTL', periodOfStayExpiry: '2027-01-31',
});

describe('R-ELIG-10 pre-check form: the request the answers make', () => {
  it('a foreign national’s extension with re-entry makes exactly the API contract’s request', () => {
    const request = buildRequest(foreignNationalExtension);
    expect(request).toEqual({
      filer: { type: 'FOREIGN_NATIONAL', hasMyNumberCard: true, livesInJapan: null, relationship: null },
      applicant: {
        dateOfBirth: '1990-04-01', unableToApplyPersonally: false,
        currentStatus: { code: 'ENGINEER_HUMANITIES_INTL', notice: null }, periodOfStayExpiry: '2027-01-31',
        acquisitionEventDate: null, relationToOrganization: null, organizationRequestOnFile: null,
      },
      procedures: ['EXTENSION', 'REENTRY'],
      desiredStatus: null,
      filingDateTime: '2026-11-23T12:00:00+09:00',
    });
    expect(EligibilityRequest.safeParse(request).success).toBe(true);
  });

  it('answers to questions that no longer concern the filer are kept in the form but not sent', () => {
    const switched = { ...foreignNationalExtension, filerType: 'ORG_ACCEPTING' as const, relationship: 'MOTHER' as const, desiredStatus: 'STUDENT' as const };
    const request = buildRequest(switched);
    expect(request.filer).toEqual({ type: 'ORG_ACCEPTING', hasMyNumberCard: null, livesInJapan: null, relationship: null });
    expect(request.desiredStatus).toBeNull(); // an extension keeps the current status
    expect(switched.hasMyNumberCard).toBe('yes');
  });

  it('R-ELIG-2, R-ELIG-4, R-ELIG-5, R-ELIG-7: follow-up questions show only for the filers they concern', () => {
    const shown = (answers: Partial<PrecheckForm>) => Object.entries(visibleFields(form(answers))).filter(([, v]) => v).map(([k]) => k);
    const always = ['filerType', 'mainProcedure', 'dateOfBirth', 'filingDate'];
    expect(shown({})).toEqual(always);
    expect(shown({ filerType: 'FOREIGN_NATIONAL' })).toEqual(['filerType', 'hasMyNumberCard', 'mainProcedure', 'dateOfBirth', 'filingDate']);
    expect(shown({ filerType: 'LAWYER_SCRIVENER' })).toEqual(always);
    expect(shown({ filerType: 'RELATIVE', mainProcedure: 'EXTENSION' })).toEqual([
      'filerType', 'hasMyNumberCard', 'livesInJapan', 'relationship', 'mainProcedure', 'dateOfBirth', 'unableToApplyPersonally', 'currentStatus', 'filingDate',
    ]);
    expect(shown({ filerType: 'RELATIVE', mainProcedure: 'COE' })).not.toContain('unableToApplyPersonally');
    expect(shown({ filerType: 'ORG_ACCEPTING' })).toEqual(['filerType', 'relationToOrganization', 'mainProcedure', 'dateOfBirth', 'filingDate']);
    expect(shown({ filerType: 'ORG_SUPPORT' })).toContain('organizationRequestOnFile');
    expect(shown({ filerType: 'ORG_PUBLIC_INTEREST' })).toContain('organizationRequestOnFile');
    expect(shown({ filerType: 'ORG_SUPERVISING' })).not.toContain('organizationRequestOnFile');
  });

  it('R-ELIG-6: the expiry date is asked for a dated period only, the 告示 number for 特定活動 only', () => {
    const extension = (currentStatus: PrecheckForm['currentStatus']) => visibleFields(form({ mainProcedure: 'EXTENSION', currentStatus }));
    expect(extension('STUDENT').periodOfStayExpiry).toBe(true);
    expect(extension('PERMANENT_RESIDENT').periodOfStayExpiry).toBe(false);
    expect(extension('HSP_2').periodOfStayExpiry).toBe(false);
    expect(extension('DESIGNATED_ACTIVITIES')).toMatchObject({ currentNotice: true, periodOfStayExpiry: true });
    expect(visibleFields(form({ mainProcedure: 'COE', currentStatus: 'STUDENT', desiredStatus: 'DESIGNATED_ACTIVITIES' })))
      .toMatchObject({ currentStatus: false, periodOfStayExpiry: false, desiredStatus: true, desiredNotice: true, acquisitionEventDate: false });
    expect(visibleFields(form({ mainProcedure: 'ACQUISITION' }))).toMatchObject({ currentStatus: false, desiredStatus: true, acquisitionEventDate: true });
    const request = buildRequest(form({ mainProcedure: 'CHANGE', currentStatus: 'DESIGNATED_ACTIVITIES', currentNotice: '33-2', desiredStatus: 'DEPENDENT', desiredNotice: '46' }));
    expect(request.applicant.currentStatus).toEqual({ code: 'DESIGNATED_ACTIVITIES', notice: '33-2' });
    expect(request.desiredStatus).toEqual({ code: 'DEPENDENT', notice: null });
  });

  it('re-entry alone makes a valid request, answered by R-ELIG-3', () => {
    const { result } = evaluate(form({ filerType: 'LAWYER_SCRIVENER', mainProcedure: 'NONE', reentry: true, dateOfBirth: '1990-04-01' }));
    expect(result?.reasons.map((r) => r.code)).toEqual(['MUST_ACCOMPANY_CHANGE_EXTENSION_ACQUISITION']);
  });
});

describe('R-ELIG-10 pre-check form: errors and the answer', () => {
  it('an empty form names what to answer first, in the order of the form, with plain messages', () => {
    const { errors, result } = evaluate(initialForm(FILING_DATE));
    expect(result).toBeUndefined();
    expect(errors).toEqual({
      filerType: { unanswered: 'filerType' },
      mainProcedure: { message: { ja: '手続を1つ以上選択してください。', en: 'Choose at least one procedure.' } },
      dateOfBirth: { unanswered: 'dateOfBirth' },
    });
  });

  it('the schema’s field errors land on the questions that concern the filer and the procedure', () => {
    const { errors } = evaluate(form({ filerType: 'RELATIVE', mainProcedure: 'CHANGE', currentStatus: 'DESIGNATED_ACTIVITIES', dateOfBirth: '2015-01-01' }));
    expect(Object.keys(errors)).toEqual(['hasMyNumberCard', 'livesInJapan', 'relationship', 'currentNotice', 'periodOfStayExpiry', 'desiredStatus']);
    expect(errors.relationship).toMatchObject({ message: { ja: expect.stringContaining('続柄') as string } });
    expect(errors.currentNotice).toEqual({ unanswered: 'notice' });
  });

  it('the filer’s follow-up questions are asked for even before a procedure is chosen', () => {
    const { errors } = evaluate(form({ filerType: 'ORG_SUPPORT', dateOfBirth: '1990-04-01' }));
    expect(Object.keys(errors)).toEqual(['relationToOrganization', 'organizationRequestOnFile', 'mainProcedure']);
  });

  it('a cleared or impossible filing date is an error, not "today"', () => {
    expect(evaluate({ ...foreignNationalExtension, filingDate: '' })).toMatchObject({ errors: { filingDate: { unanswered: 'filingDate' } }, result: undefined });
    expect(buildRequest({ ...foreignNationalExtension, filingDate: '' })).not.toHaveProperty('filingDateTime');
  });

  it('R-ELIG-9: the answer uses the typed filing date, not the clock', () => {
    expect(evaluate(foreignNationalExtension)).toEqual({ errors: {}, result: { allowed: true, reasons: [], notes: [expect.objectContaining({ code: 'ORGANIZATION_PART_AS_ATTACHMENT' })] } });
    const lastDay = evaluate({ ...foreignNationalExtension, filingDate: '2027-01-31' });
    expect(lastDay.result?.reasons.map((r) => r.code)).toEqual(['LAST_DAY_OF_STAY']);
    const early = evaluate({ ...foreignNationalExtension, filingDate: '2026-10-30' });
    expect(early.result).toMatchObject({ allowed: true });
    expect(early.result?.notes.map((n) => n.code)).toContain('SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION');
  });

  it('maps request paths to questions', () => {
    expect(fieldOfPath('procedures.0')).toBe('mainProcedure');
    expect(fieldOfPath('desiredStatus.notice')).toBe('desiredNotice');
    expect(fieldOfPath('applicant.currentStatus.code')).toBe('currentStatus');
    expect(fieldOfPath('filingDateTime')).toBe('filingDate');
  });

  it('today is the JST date, also when the UTC date is still the day before', () => {
    expect(todayInJapan(new Date('2026-11-22T15:00:00Z'))).toBe('2026-11-23');
    expect(todayInJapan(new Date('2026-11-22T14:59:59Z'))).toBe('2026-11-22');
  });
});
