import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '../validation/field-errors.js';
import { EligibilityRequest } from './schema.js';

/** The contract's 400 cases: which fields, at which path, and in both languages. */
const valid = {
  filer: { type: 'RELATIVE', hasMyNumberCard: true, livesInJapan: true, relationship: 'MOTHER' },
  applicant: {
    dateOfBirth: '2012-05-01', unableToApplyPersonally: false, currentStatus: { code: 'DEPENDENT', notice: null },
    periodOfStayExpiry: '2027-03-31', acquisitionEventDate: null, relationToOrganization: 'NONE', organizationRequestOnFile: false,
  },
  procedures: ['EXTENSION', 'REENTRY'],
  desiredStatus: null,
  filingDateTime: '2026-11-23T10:00:00+09:00',
};
type Body = Record<string, unknown>;
const withFiler = (filer: Body) => ({ ...valid, filer });
const withApplicant = (applicant: Body) => ({ ...valid, applicant: { ...valid.applicant, ...applicant } });

function fieldPaths(body: unknown): string[] {
  const parsed = EligibilityRequest.safeParse(body);
  return parsed.success ? [] : toFieldErrors(parsed.error.issues).map((f) => f.path);
}

describe('EligibilityRequest: the API contract of issue 3', () => {
  it('the contract example is valid; unknown properties are ignored; unableToApplyPersonally defaults to false', () => {
    const parsed = EligibilityRequest.parse({ ...valid, extra: 1, applicant: { dateOfBirth: '2012-05-01', currentStatus: { code: 'DEPENDENT', notice: null }, periodOfStayExpiry: '2027-03-31', nickname: 'x' } });
    expect(parsed.applicant.unableToApplyPersonally).toBe(false);
    expect(parsed).not.toHaveProperty('extra');
    expect(parsed.applicant).not.toHaveProperty('nickname');
  });

  it.each([
    [[], ['procedures']],
    [['EXTENSION', 'EXTENSION'], ['procedures']],
    [['CHANGE', 'EXTENSION'], ['procedures']],
    [['COE', 'WORK_CERT', 'REENTRY'], ['procedures']],
    [['EXTENSION', 'REENTRY', 'OUTSIDE_ACTIVITY', 'REENTRY'], ['procedures']],
    [['CHANGE', 'EXTENSION', 'CHANGE'], ['procedures', 'procedures']],
    [['PERMANENT_RESIDENCE'], ['procedures.0']],
  ])('procedures %j → 400 at %j', (procedures, paths) => {
    expect(fieldPaths({ ...valid, procedures })).toEqual(paths);
  });

  it('re-entry or outside activity alone is a valid request (answered with a reason, not a 400)', () => {
    expect(fieldPaths({ ...valid, procedures: ['REENTRY', 'OUTSIDE_ACTIVITY'] })).toEqual([]);
  });

  it.each([
    ['applicant.dateOfBirth', withApplicant({ dateOfBirth: '2012-02-30' })],
    ['applicant.dateOfBirth', withApplicant({ dateOfBirth: '2012/05/01' })],
    ['applicant.dateOfBirth', { ...valid, applicant: { ...valid.applicant, dateOfBirth: undefined } }],
    ['applicant.periodOfStayExpiry', withApplicant({ periodOfStayExpiry: '2027-13-01' })],
    ['filingDateTime', { ...valid, filingDateTime: '2026-11-23T10:00:00' }],
    ['filingDateTime', { ...valid, filingDateTime: '2026-11-23' }],
    ['filingDateTime', { ...valid, filingDateTime: '2026-02-30T10:00:00Z' }],
  ])('bad date → 400 at %s', (path, body) => {
    expect(fieldPaths(body)).toEqual([path]);
  });

  it('date errors are bilingual and name the format', () => {
    const parsed = EligibilityRequest.safeParse(withApplicant({ dateOfBirth: '2012-02-30' }));
    const [field] = parsed.success ? [] : toFieldErrors(parsed.error.issues);
    expect(field?.message.ja).toContain('YYYY-MM-DD');
    expect(field?.message.en).toContain('YYYY-MM-DD');
  });

  it.each([
    [{ type: 'FOREIGN_NATIONAL' }, ['filer.hasMyNumberCard']],
    [{ type: 'LEGAL_REPRESENTATIVE' }, ['filer.hasMyNumberCard']],
    [{ type: 'RELATIVE' }, ['filer.hasMyNumberCard', 'filer.livesInJapan', 'filer.relationship']],
    [{ type: 'RELATIVE', hasMyNumberCard: true, livesInJapan: false }, ['filer.relationship']],
    [{ type: 'LAWYER_SCRIVENER' }, []],
    [{ type: 'ORG_ACCEPTING', hasMyNumberCard: null }, []],
  ])('filer %j requires %j', (filer, paths) => {
    expect(fieldPaths(withFiler(filer))).toEqual(paths);
  });

  it.each([
    ['ORG_ACCEPTING', { relationToOrganization: undefined }, ['applicant.relationToOrganization']],
    ['ORG_SUPERVISING', { relationToOrganization: null }, ['applicant.relationToOrganization']],
    ['ORG_SUPPORT', { relationToOrganization: 'SUPPORTED_UNDER_CONTRACT', organizationRequestOnFile: undefined }, ['applicant.organizationRequestOnFile']],
    ['ORG_PUBLIC_INTEREST', { relationToOrganization: undefined, organizationRequestOnFile: undefined }, ['applicant.relationToOrganization', 'applicant.organizationRequestOnFile']],
    ['ORG_ACCEPTING', { relationToOrganization: 'ACCEPTED', organizationRequestOnFile: undefined }, []],
  ])('%s with %j requires %j', (type, applicant, paths) => {
    expect(fieldPaths({ ...withApplicant(applicant), filer: { type } })).toEqual(paths);
  });

  it.each([
    [['CHANGE'], { currentStatus: null }, { code: 'STUDENT', notice: null }, ['applicant.currentStatus']],
    [['EXTENSION'], { currentStatus: undefined, periodOfStayExpiry: null }, null, ['applicant.currentStatus']],
    [['WORK_CERT'], { currentStatus: null }, null, ['applicant.currentStatus']],
    [['COE'], { currentStatus: null, periodOfStayExpiry: null }, null, ['desiredStatus']],
    [['CHANGE'], {}, null, ['desiredStatus']],
    [['ACQUISITION'], { currentStatus: null, periodOfStayExpiry: null }, null, ['applicant.acquisitionEventDate', 'desiredStatus']],
    [['ACQUISITION'], { acquisitionEventDate: '2026-11-20' }, { code: 'DEPENDENT', notice: null }, ['applicant.currentStatus']],
    [['EXTENSION'], { periodOfStayExpiry: null }, null, ['applicant.periodOfStayExpiry']],
    [['EXTENSION'], { currentStatus: { code: 'PERMANENT_RESIDENT', notice: null } }, null, ['applicant.periodOfStayExpiry']],
    [['EXTENSION'], { currentStatus: { code: 'HSP_2', notice: null }, periodOfStayExpiry: null }, null, []],
    [['COE'], { currentStatus: { code: 'PERMANENT_RESIDENT', notice: null } }, { code: 'STUDENT', notice: null }, []],
  ])('%j with applicant %j and desired %j requires %j', (procedures, applicant, desiredStatus, paths) => {
    expect(fieldPaths({ ...withApplicant(applicant), filer: { type: 'LAWYER_SCRIVENER' }, procedures, desiredStatus })).toEqual(paths);
  });

  it.each([
    [{ code: 'DESIGNATED_ACTIVITIES', notice: null }, ['desiredStatus.notice']],
    [{ code: 'DESIGNATED_ACTIVITIES', notice: '99' }, ['desiredStatus.notice']],
    [{ code: 'STUDENT', notice: '46' }, ['desiredStatus.notice']],
    [{ code: 'DESIGNATED_ACTIVITIES', notice: '33-2' }, []],
    [{ code: 'DESIGNATED_ACTIVITIES', notice: 'DEPARTURE_PREPARATION' }, []],
    [{ code: 'TOURIST', notice: null }, ['desiredStatus.code']],
  ])('status %j → %j', (desiredStatus, paths) => {
    expect(fieldPaths({ ...valid, procedures: ['COE'], desiredStatus })).toEqual(paths);
  });

  it('every missing field is reported at once, even with another field malformed', () => {
    expect(fieldPaths({ filer: { type: 'RELATIVE' }, applicant: { dateOfBirth: 'yesterday' }, procedures: ['CHANGE'] })).toEqual([
      'applicant.dateOfBirth', 'filer.hasMyNumberCard', 'filer.livesInJapan', 'filer.relationship', 'applicant.currentStatus', 'desiredStatus',
    ]);
  });

  it('the required-by-type messages are bilingual', () => {
    const parsed = EligibilityRequest.safeParse(withFiler({ type: 'RELATIVE', hasMyNumberCard: true, livesInJapan: true }));
    const [field] = parsed.success ? [] : toFieldErrors(parsed.error.issues);
    expect(field).toEqual({ path: 'filer.relationship', message: { ja: expect.stringContaining('続柄'), en: expect.stringContaining('relationship') } });
  });

  it('unknown codes are named in both languages, with the allowed values', () => {
    const parsed = EligibilityRequest.safeParse({ ...valid, filer: { type: 'NEIGHBOUR' }, procedures: ['VISA'], desiredStatus: { code: 'DESIGNATED_ACTIVITIES', notice: '99' } });
    const fields = parsed.success ? [] : toFieldErrors(parsed.error.issues);
    expect(fields.map((f) => f.path)).toEqual(['filer.type', 'procedures.0', 'desiredStatus.notice']);
    expect(fields[0]?.message).toEqual({ ja: expect.stringContaining('LAWYER_SCRIVENER'), en: expect.stringContaining('LAWYER_SCRIVENER') });
    expect(fields[1]?.message).toEqual({ ja: expect.stringMatching(/^手続を.*OUTSIDE_ACTIVITY$/), en: expect.stringMatching(/^Give the procedure as one of: COE, .*OUTSIDE_ACTIVITY$/) });
    expect(fields[2]?.message.ja).toContain('33-2');
  });

  it('a body that is not an object, or misses whole parts, fails without a crash', () => {
    expect(fieldPaths(null)).toEqual(['(body)']);
    expect(fieldPaths({})).toEqual(['filer', 'applicant', 'procedures']);
    expect(fieldPaths({ ...valid, filer: 'RELATIVE', applicant: 7 })).toEqual(['filer', 'applicant']);
  });
});
