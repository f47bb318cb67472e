import { describe, expect, it } from 'vitest';
import { DESIGNATED_ACTIVITY_NOTICES, STATUSES } from '../reference/index.js';
import { check, reasonKeys, status, type RequestOverrides } from './test-support.js';

/*
 * Independent transcription of the organisation table (seeds 000 and 003, issue 3). ✔ in range,
 * — outside it, NOT_ON_LIST a trainee whose implementing organisation is not on the current list.
 * The last column is what the status in question must be (desired for COE, change and acquisition;
 * current for extension and work certificate).
 */
type Mark = '✔' | '—' | 'NOT_ON_LIST';
interface Row { ORG_ACCEPTING: Mark; ORG_SUPERVISING: Mark; ORG_SUPPORT: Mark; ORG_PUBLIC_INTEREST: Mark; statuses: string[] | 'any' }
const TITP = ['TITP_1', 'TITP_2', 'TITP_3'];
const ORG_TABLE: Record<string, Row> = {
  ACCEPTED: { ORG_ACCEPTING: '✔', ORG_SUPERVISING: '✔', ORG_SUPPORT: '—', ORG_PUBLIC_INTEREST: '✔', statuses: 'any' },
  FAMILY_OFFICIAL: { ORG_ACCEPTING: '✔', ORG_SUPERVISING: '—', ORG_SUPPORT: '—', ORG_PUBLIC_INTEREST: '✔', statuses: ['OFFICIAL'] },
  DEPENDENT: { ORG_ACCEPTING: '✔', ORG_SUPERVISING: '—', ORG_SUPPORT: '—', ORG_PUBLIC_INTEREST: '✔', statuses: ['DEPENDENT', 'DESIGNATED_ACTIVITIES'] },
  SPOUSE_CHILD_DEPENDENT: { ORG_ACCEPTING: '✔', ORG_SUPERVISING: '—', ORG_SUPPORT: '—', ORG_PUBLIC_INTEREST: '✔', statuses: ['SPOUSE_OF_JAPANESE', 'SPOUSE_OF_PERMANENT_RESIDENT', 'LONG_TERM_RESIDENT'] },
  LEGAL_REPRESENTATIVE: { ORG_ACCEPTING: '✔', ORG_SUPERVISING: '—', ORG_SUPPORT: '—', ORG_PUBLIC_INTEREST: '—', statuses: 'any' },
  TRAINEE_LISTED: { ORG_ACCEPTING: '—', ORG_SUPERVISING: '✔', ORG_SUPPORT: '—', ORG_PUBLIC_INTEREST: '✔', statuses: TITP },
  TRAINEE_UNLISTED: { ORG_ACCEPTING: '—', ORG_SUPERVISING: 'NOT_ON_LIST', ORG_SUPPORT: '—', ORG_PUBLIC_INTEREST: 'NOT_ON_LIST', statuses: TITP },
  SUPPORTED_UNDER_CONTRACT: { ORG_ACCEPTING: '—', ORG_SUPERVISING: '—', ORG_SUPPORT: '✔', ORG_PUBLIC_INTEREST: '—', statuses: ['SSW_1'] },
  NONE: { ORG_ACCEPTING: '—', ORG_SUPERVISING: '—', ORG_SUPPORT: '—', ORG_PUBLIC_INTEREST: '—', statuses: 'any' },
};
const ORGS = ['ORG_ACCEPTING', 'ORG_SUPERVISING', 'ORG_SUPPORT', 'ORG_PUBLIC_INTEREST'] as const;

/**
 * ③: 特定活動 designated as being supported (扶養を受ける). The issue lists 7, 18, 19, 23, 24, 30, 31, 38, 39, 47, 52;
 * 45 (the supported spouse or child of a 44号 entrepreneur) carries the same wording in the 告示 and is added.
 */
const SUPPORTED_NOTICES = ['7', '18', '19', '23', '24', '30', '31', '38', '39', '45', '47', '52'];

const ALL_CODES = STATUSES.map((s) => s.code as string);
const INDEFINITE = ['PERMANENT_RESIDENT', 'HSP_2'];
const fits = (row: Row, code: string, notice: string | null) =>
  row.statuses === 'any' || (code === 'DESIGNATED_ACTIVITIES' ? row.statuses.includes(code) && notice !== null && SUPPORTED_NOTICES.includes(notice) : row.statuses.includes(code));
const sampleStatus = (row: Row) => status(row.statuses === 'any' ? 'ENGINEER_HUMANITIES_INTL' : (row.statuses[0] ?? 'ENGINEER_HUMANITIES_INTL'));

function byOrg(type: string, relation: string, overrides: RequestOverrides = {}): RequestOverrides {
  return { ...overrides, filer: { type }, applicant: { relationToOrganization: relation, organizationRequestOnFile: true, ...overrides.applicant } };
}
const extensionOf = (s: ReturnType<typeof status>): RequestOverrides => ({ procedures: ['EXTENSION'], applicant: { currentStatus: s, periodOfStayExpiry: INDEFINITE.includes(s.code) ? null : '2027-01-31' } });
const coeOf = (s: ReturnType<typeof status>): RequestOverrides => ({ procedures: ['COE'], desiredStatus: s, applicant: { currentStatus: null, periodOfStayExpiry: null } });

const cells = Object.entries(ORG_TABLE).flatMap(([relation, row]) => ORGS.map((org) => ({ relation, org, mark: row[org], row })));

describe('R-ELIG-7 every row and column of the organisation table', () => {
  it('the transcription has 9 relations × 4 organisation types', () => expect(cells).toHaveLength(36));

  it.each(cells)('R-ELIG-7 $org for $relation is $mark', ({ relation, org, mark, row }) => {
    const expected = { '✔': [], '—': ['OUTSIDE_ORGANIZATION_RANGE'], NOT_ON_LIST: ['TRAINEE_NOT_ON_LIST'] }[mark];
    expect(reasonKeys(check(byOrg(org, relation, extensionOf(sampleStatus(row)))))).toEqual(expected);
    expect(reasonKeys(check(byOrg(org, relation, coeOf(sampleStatus(row)))))).toEqual(expected);
  });
});

describe('R-ELIG-7 the status in question must fit the relation', () => {
  const inRange = cells.filter((c) => c.mark !== '—' && c.row.statuses !== 'any');
  const rows = inRange.flatMap((c) => ALL_CODES.filter((code) => code !== 'DESIGNATED_ACTIVITIES').map((code) => ({ ...c, code })));
  it.each(rows)('R-ELIG-7 $org, $relation, status in question $code', ({ org, relation, row, code }) => {
    const outside = reasonKeys(check(byOrg(org, relation, coeOf(status(code))))).includes('OUTSIDE_ORGANIZATION_RANGE');
    expect(outside).toBe(!fits(row, code, null));
  });

  const notices = inRange.flatMap((c) => DESIGNATED_ACTIVITY_NOTICES.filter((n) => n !== 'DEPARTURE_PREPARATION').map((notice) => ({ ...c, notice })));
  it.each(notices)('R-ELIG-7 $org, $relation, 特定活動 告示 $notice', ({ org, relation, row, notice }) => {
    const outside = reasonKeys(check(byOrg(org, relation, extensionOf(status('DESIGNATED_ACTIVITIES', notice))))).includes('OUTSIDE_ORGANIZATION_RANGE');
    expect(outside).toBe(!fits(row, 'DESIGNATED_ACTIVITIES', notice));
  });

  it('R-ELIG-7 the status in question is the desired one for a change and the current one for a work certificate', () => {
    const change = (from: string, to: string) => reasonKeys(check(byOrg('ORG_ACCEPTING', 'FAMILY_OFFICIAL', { procedures: ['CHANGE'], desiredStatus: status(to), applicant: { currentStatus: status(from) } })));
    expect(change('ENGINEER_HUMANITIES_INTL', 'OFFICIAL')).toEqual([]);
    expect(change('OFFICIAL', 'ENGINEER_HUMANITIES_INTL')).toEqual(['OUTSIDE_ORGANIZATION_RANGE']);
    expect(reasonKeys(check(byOrg('ORG_SUPPORT', 'SUPPORTED_UNDER_CONTRACT', { procedures: ['WORK_CERT'], applicant: { currentStatus: status('SSW_1') } })))).toEqual([]);
    expect(reasonKeys(check(byOrg('ORG_SUPPORT', 'SUPPORTED_UNDER_CONTRACT', { procedures: ['WORK_CERT'], applicant: { currentStatus: status('SSW_2') } })))).toEqual(['OUTSIDE_ORGANIZATION_RANGE']);
  });

  it('R-ELIG-7 an unlisted trainee who is not a trainee at all gets both reasons', () => {
    expect(reasonKeys(check(byOrg('ORG_SUPERVISING', 'TRAINEE_UNLISTED', extensionOf(status('STUDENT')))))).toEqual(['TRAINEE_NOT_ON_LIST', 'OUTSIDE_ORGANIZATION_RANGE']);
  });
});

describe('R-ELIG-7 support organisations and public-interest corporations need the requesting organisation\'s letter', () => {
  it.each([
    ['ORG_SUPPORT', 'SUPPORTED_UNDER_CONTRACT', 'SSW_1'],
    ['ORG_PUBLIC_INTEREST', 'ACCEPTED', 'ENGINEER_HUMANITIES_INTL'],
    ['ORG_PUBLIC_INTEREST', 'TRAINEE_LISTED', 'TITP_2'],
  ])('R-ELIG-7 %s for %s without the letter', (org, relation, code) => {
    const without = byOrg(org, relation, extensionOf(status(code)));
    expect(reasonKeys(check({ ...without, applicant: { ...without.applicant, organizationRequestOnFile: false } }))).toEqual(['ORGANIZATION_REQUEST_REQUIRED']);
    expect(check(without).allowed).toBe(true);
  });

  it.each(['ORG_ACCEPTING', 'ORG_SUPERVISING'])('R-ELIG-7 %s files without a request letter', (org) => {
    const request = byOrg(org, 'ACCEPTED', extensionOf(status('ENGINEER_HUMANITIES_INTL')));
    expect(check({ ...request, applicant: { ...request.applicant, organizationRequestOnFile: false } }).reasons).toEqual([]);
  });

  it('R-ELIG-7 outside the range and without the letter: both reasons', () => {
    const request = byOrg('ORG_SUPPORT', 'NONE', extensionOf(status('SSW_1')));
    expect(reasonKeys(check({ ...request, applicant: { ...request.applicant, organizationRequestOnFile: false } }))).toEqual(['OUTSIDE_ORGANIZATION_RANGE', 'ORGANIZATION_REQUEST_REQUIRED']);
  });
});

describe('R-ELIG-7 lawyers and administrative scriveners file for any applicant', () => {
  it.each(ALL_CODES.filter((c) => !['DIPLOMAT', 'TEMPORARY_VISITOR', ...INDEFINITE].includes(c)))('R-ELIG-7 a lawyer extends %s', (code) => {
    expect(check({ filer: { type: 'LAWYER_SCRIVENER' }, ...extensionOf(status(code)) }).reasons).toEqual([]);
  });
});
