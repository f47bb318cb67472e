import { describe, expect, it } from 'vitest';
import { STATUSES } from '../reference/index.js';
import { check, reasonKeys, status, type RequestOverrides } from './test-support.js';

/*
 * Independent transcription of R-ELIG-6 (seeds 001, 002, 004: 「外交」「短期滞在」を除く全ての在留資格;
 * ISA's online Q&A: 特定活動（出国準備期間）; SPEC §3: 永住者 is never a desired status online,
 * 高度専門職2号 only by a change from 1号, indefinite statuses have no extension).
 */
const EXCLUDED = [status('DIPLOMAT'), status('TEMPORARY_VISITOR'), status('DESIGNATED_ACTIVITIES', 'DEPARTURE_PREPARATION')];
const INDEFINITE = ['PERMANENT_RESIDENT', 'HSP_2'];
const HSP_1 = ['HSP_1A', 'HSP_1B', 'HSP_1C'];
const isExcluded = (code: string) => EXCLUDED.some((s) => s.code === code && code !== 'DESIGNATED_ACTIVITIES');
const ALL_CODES = STATUSES.map((s) => s.code as string);
const expiryFor = (code: string) => (INDEFINITE.includes(code) ? null : '2027-01-31');

const asCurrent = (procedure: string, current: ReturnType<typeof status>): RequestOverrides => ({
  procedures: [procedure],
  applicant: { currentStatus: current, periodOfStayExpiry: expiryFor(current.code) },
  ...(procedure === 'CHANGE' ? { desiredStatus: status('STUDENT') } : {}),
});

const asDesired = (procedure: string, desired: ReturnType<typeof status>, from = status('STUDENT')): RequestOverrides => {
  switch (procedure) {
    case 'CHANGE':
      return { procedures: ['CHANGE'], desiredStatus: desired, applicant: { currentStatus: from, periodOfStayExpiry: expiryFor(from.code) } };
    case 'ACQUISITION':
      return { procedures: ['ACQUISITION'], desiredStatus: desired, applicant: { currentStatus: null, periodOfStayExpiry: null, acquisitionEventDate: '2026-11-20' } };
    default:
      return { procedures: ['COE'], desiredStatus: desired, applicant: { currentStatus: null, periodOfStayExpiry: null } };
  }
};

describe('R-ELIG-6 statuses excluded online', () => {
  const asCurrentRows = ['CHANGE', 'EXTENSION', 'WORK_CERT'].flatMap((procedure) => EXCLUDED.map((s) => ({ procedure, s })));
  it.each(asCurrentRows)('R-ELIG-6 current $s.code $s.notice refuses a $procedure', ({ procedure, s }) => {
    expect(reasonKeys(check(asCurrent(procedure, s)))).toEqual(['STATUS_NOT_AVAILABLE_ONLINE']);
  });

  const asDesiredRows = ['COE', 'CHANGE', 'ACQUISITION'].flatMap((procedure) => EXCLUDED.map((s) => ({ procedure, s })));
  it.each(asDesiredRows)('R-ELIG-6 desired $s.code $s.notice refuses a $procedure', ({ procedure, s }) => {
    expect(reasonKeys(check(asDesired(procedure, s)))).toEqual([`STATUS_NOT_AVAILABLE_ONLINE:${procedure}`]);
  });

  it.each(['COE', 'CHANGE', 'ACQUISITION'])('R-ELIG-6 permanent residence is never the desired status of a %s', (procedure) => {
    expect(reasonKeys(check(asDesired(procedure, status('PERMANENT_RESIDENT'))))).toEqual([`STATUS_NOT_AVAILABLE_ONLINE:${procedure}`]);
  });

  it.each(ALL_CODES.filter((c) => !isExcluded(c)))('R-ELIG-6 current %s may file a work certificate online', (code) => {
    expect(check(asCurrent('WORK_CERT', status(code))).reasons).toEqual([]);
  });

  it.each(ALL_CODES.filter((c) => !isExcluded(c) && c !== 'PERMANENT_RESIDENT' && c !== 'HSP_2'))('R-ELIG-6 desired %s by a COE is online', (code) => {
    expect(check(asDesired('COE', status(code))).reasons).toEqual([]);
  });

  it('R-ELIG-6 every other 特定活動 is online, as current and as desired', () => {
    expect(check(asCurrent('EXTENSION', status('DESIGNATED_ACTIVITIES', '46'))).reasons).toEqual([]);
    expect(check(asDesired('CHANGE', status('DESIGNATED_ACTIVITIES', '46'))).reasons).toEqual([]);
  });

  it('R-ELIG-6 an excluded status both current and desired gives both reasons', () => {
    expect(reasonKeys(check(asDesired('CHANGE', status('DIPLOMAT'), status('TEMPORARY_VISITOR'))))).toEqual(['STATUS_NOT_AVAILABLE_ONLINE', 'STATUS_NOT_AVAILABLE_ONLINE:CHANGE']);
  });

  it('R-ELIG-6 the current status of a COE applicant is ignored (the person is abroad)', () => {
    expect(check({ procedures: ['COE'], desiredStatus: status('STUDENT'), applicant: { currentStatus: status('TEMPORARY_VISITOR'), periodOfStayExpiry: '2026-01-01' } }).reasons).toEqual([]);
  });
});

describe('R-ELIG-6 statuses a procedure cannot reach', () => {
  it.each(['COE', 'ACQUISITION'])('R-ELIG-6 高度専門職2号 is never reached by a %s', (procedure) => {
    expect(reasonKeys(check(asDesired(procedure, status('HSP_2'))))).toEqual([`STATUS_NOT_AVAILABLE_FOR_PROCEDURE:${procedure}`]);
  });

  it.each(HSP_1)('R-ELIG-6 高度専門職2号 by a change from %s', (from) => {
    expect(check(asDesired('CHANGE', status('HSP_2'), status(from))).reasons).toEqual([]);
  });

  it.each(['ENGINEER_HUMANITIES_INTL', 'PROFESSOR', 'DESIGNATED_ACTIVITIES'])('R-ELIG-6 高度専門職2号 not by a change from %s', (from) => {
    expect(reasonKeys(check(asDesired('CHANGE', status('HSP_2'), status(from))))).toEqual(['STATUS_NOT_AVAILABLE_FOR_PROCEDURE:CHANGE']);
  });

  it.each(ALL_CODES.filter((c) => !isExcluded(c)))('R-ELIG-6 a change from %s to the same status is an extension instead', (code) => {
    const keys = reasonKeys(check(asDesired('CHANGE', status(code), status(code))));
    expect(keys).toContain('CHANGE_TO_SAME_STATUS:CHANGE');
  });

  it('R-ELIG-6 a change between two 特定活動 with different 告示 numbers is a real change', () => {
    expect(check(asDesired('CHANGE', status('DESIGNATED_ACTIVITIES', '47'), status('DESIGNATED_ACTIVITIES', '46'))).reasons).toEqual([]);
    expect(check(asDesired('CHANGE', status('HSP_1B'), status('HSP_1A'))).reasons).toEqual([]);
  });

  it.each(INDEFINITE)('R-ELIG-6 %s has no extension, but may file a work certificate or re-entry with a change', (code) => {
    expect(reasonKeys(check(asCurrent('EXTENSION', status(code))))).toEqual(['NO_EXTENSION_FOR_INDEFINITE_STATUS:EXTENSION']);
    expect(check(asCurrent('WORK_CERT', status(code))).reasons).toEqual([]);
  });

  it.each(ALL_CODES.filter((c) => !isExcluded(c) && !INDEFINITE.includes(c)))('R-ELIG-6 %s with a fixed period can be extended', (code) => {
    expect(check(asCurrent('EXTENSION', status(code))).reasons).toEqual([]);
  });
});
