import { describe, expect, it } from 'vitest';
import { check, noteKeys, reasonKeys, status, type RequestOverrides } from './test-support.js';

/*
 * R-ELIG-9, JST calendar dates (seed 004 FAQ: no online filing on 在留期間の満了日の当日; the extension
 * window opens 3 calendar months before expiry; acquisition within 30 days, the event day not counted).
 * Expected dates below are worked out by hand, not computed with the calendar module.
 */
const holding = (procedure: string, expiry: string, filingDateTime?: string): RequestOverrides => ({
  procedures: procedure === 'EXTENSION+REENTRY' ? ['EXTENSION', 'REENTRY'] : [procedure],
  applicant: { currentStatus: status('STUDENT'), periodOfStayExpiry: expiry },
  ...(procedure === 'CHANGE' ? { desiredStatus: status('ENGINEER_HUMANITIES_INTL') } : {}),
  ...(filingDateTime ? { filingDateTime } : {}),
});

const HOLDING = ['CHANGE', 'EXTENSION', 'WORK_CERT', 'EXTENSION+REENTRY'];

describe('R-ELIG-9 the last day of the period of stay (expiry 2026-11-23)', () => {
  const rows = HOLDING.flatMap((procedure) => [
    { procedure, at: '2026-11-23T00:00:00+09:00', expected: ['LAST_DAY_OF_STAY'] },
    { procedure, at: '2026-11-23T23:59:59+09:00', expected: ['LAST_DAY_OF_STAY'] },
    { procedure, at: '2026-11-22T15:00:00Z', expected: ['LAST_DAY_OF_STAY'] },
    { procedure, at: '2026-11-23T14:59:59Z', expected: ['LAST_DAY_OF_STAY'] },
    { procedure, at: '2026-11-22T14:59:59Z', expected: [] },
    { procedure, at: '2026-11-22T23:59:59+09:00', expected: [] },
    { procedure, at: '2026-11-24T00:00:00+09:00', expected: ['PERIOD_OF_STAY_EXPIRED'] },
    { procedure, at: '2026-11-23T15:00:00Z', expected: ['PERIOD_OF_STAY_EXPIRED'] },
    { procedure, at: '2027-03-01T12:00:00+09:00', expected: ['PERIOD_OF_STAY_EXPIRED'] },
  ]);
  it.each(rows)('R-ELIG-9 $procedure filed at $at → $expected', ({ procedure, at, expected }) => {
    const result = check(holding(procedure, '2026-11-23', at));
    expect(reasonKeys(result)).toEqual(expected);
    expect(result.allowed).toBe(expected.length === 0);
  });

  it('R-ELIG-9 the last-day message names the day and sends the person to the counter that day', () => {
    const [r] = check(holding('EXTENSION', '2026-11-23', '2026-11-23T09:00:00+09:00')).reasons;
    expect(r?.message.ja).toContain('窓口');
    expect(r?.message.ja).toContain('2026-11-23');
    expect(r?.message.ja).toContain('その日のうちに');
    expect(r?.message.en).toMatch(/2026-11-23.*On that day.*counter/);
  });

  it('R-ELIG-9 without filingDateTime the clock decides, in JST', () => {
    expect(reasonKeys(check(holding('EXTENSION', '2026-11-23'), new Date('2026-11-22T15:00:00Z')))).toEqual(['LAST_DAY_OF_STAY']);
    expect(reasonKeys(check(holding('EXTENSION', '2026-11-23'), new Date('2026-11-22T14:59:59.999Z')))).toEqual([]);
    expect(reasonKeys(check(holding('EXTENSION', '2026-11-23'), new Date('2026-11-23T15:00:00Z')))).toEqual(['PERIOD_OF_STAY_EXPIRED']);
  });

  it('R-ELIG-9 filingDateTime wins over the clock', () => {
    expect(reasonKeys(check(holding('EXTENSION', '2026-11-23', '2026-11-20T10:00:00+09:00'), new Date('2030-01-01T00:00:00Z')))).toEqual([]);
  });

  it('R-ELIG-9 a COE or an acquisition is not held back by a period of stay', () => {
    expect(check({ procedures: ['COE'], desiredStatus: status('STUDENT'), applicant: { periodOfStayExpiry: '2026-11-23' } }).reasons).toEqual([]);
    expect(check({ procedures: ['ACQUISITION'], desiredStatus: status('DEPENDENT'), applicant: { currentStatus: null, periodOfStayExpiry: '2026-11-01', acquisitionEventDate: '2026-11-20' } }).reasons).toEqual([]);
  });

  it('R-ELIG-9 an indefinite status has no expiry to pass', () => {
    expect(check({ procedures: ['WORK_CERT'], applicant: { currentStatus: status('PERMANENT_RESIDENT'), periodOfStayExpiry: null } }).reasons).toEqual([]);
  });
});

describe('R-ELIG-9 the extension window opens 3 calendar months before expiry', () => {
  it.each([
    ['2027-02-23', '2026-11-23', '2026-11-22'],
    ['2027-05-31', '2027-02-28', '2027-02-27'],
    ['2028-05-31', '2028-02-29', '2028-02-28'],
    ['2027-03-30', '2026-12-30', '2026-12-29'],
    ['2027-01-15', '2026-10-15', '2026-10-14'],
    ['2026-12-31', '2026-09-30', '2026-09-29'],
  ])('R-ELIG-9 expiry %s: first day %s, early on %s', (expiry, firstDay, dayBefore) => {
    const on = (date: string) => check(holding('EXTENSION', expiry, `${date}T12:00:00+09:00`));
    expect(noteKeys(on(firstDay))).not.toContain('SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION');
    expect(on(firstDay).allowed).toBe(true);
    expect(noteKeys(on(dayBefore))).toContain('SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION');
    expect(on(dayBefore).allowed).toBe(true);
  });

  it('R-ELIG-9 the first day begins at 00:00 JST (UTC still the day before)', () => {
    expect(noteKeys(check(holding('EXTENSION', '2027-02-23', '2026-11-22T15:00:00Z')))).not.toContain('SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION');
    expect(noteKeys(check(holding('EXTENSION', '2027-02-23', '2026-11-22T14:59:59Z')))).toContain('SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION');
  });

  it('R-ELIG-9 the early note names the opening day and is only for extensions', () => {
    const [n] = check(holding('EXTENSION', '2027-06-30', '2026-11-23T12:00:00+09:00')).notes.filter((x) => x.code === 'SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION');
    expect(n?.message.ja).toContain('2027-03-30');
    expect(n?.message.en).toContain('2027-03-30');
    const early = (procedure: string) => noteKeys(check(holding(procedure, '2027-06-30', '2026-11-23T12:00:00+09:00'))).filter((k) => k.startsWith('SPECIAL_REASON'));
    expect(early('EXTENSION')).toEqual(['SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION:EXTENSION']);
    expect(early('CHANGE')).toEqual([]);
    expect(early('WORK_CERT')).toEqual([]);
  });
});

describe('R-ELIG-9 acquisition within 30 days of the event, the event day not counted', () => {
  const acquisition = (event: string, at: string) => check({
    procedures: ['ACQUISITION'], desiredStatus: status('SPOUSE_OF_PERMANENT_RESIDENT'),
    applicant: { dateOfBirth: event, currentStatus: null, periodOfStayExpiry: null, acquisitionEventDate: event }, filingDateTime: at,
  });

  it.each([
    ['2026-11-01', '2026-11-01T12:00:00+09:00', []],
    ['2026-11-01', '2026-12-01T12:00:00+09:00', []],
    ['2026-11-01', '2026-12-01T23:59:59+09:00', []],
    ['2026-11-01', '2026-12-01T14:59:59Z', []],
    ['2026-11-01', '2026-12-01T15:00:00Z', ['ACQUISITION_DEADLINE_PASSED:ACQUISITION']],
    ['2026-11-01', '2026-12-02T00:00:00+09:00', ['ACQUISITION_DEADLINE_PASSED:ACQUISITION']],
    ['2027-01-31', '2027-03-02T12:00:00+09:00', []],
    ['2027-01-31', '2027-03-03T12:00:00+09:00', ['ACQUISITION_DEADLINE_PASSED:ACQUISITION']],
    ['2028-02-01', '2028-03-02T12:00:00+09:00', []],
    ['2028-02-01', '2028-03-03T12:00:00+09:00', ['ACQUISITION_DEADLINE_PASSED:ACQUISITION']],
  ])('R-ELIG-9 event %s, filed %s → %j', (event, at, expected) => {
    expect(reasonKeys(acquisition(event, at))).toEqual(expected);
  });

  it('R-ELIG-9 the deadline message names the last day', () => {
    const [r] = acquisition('2026-11-01', '2026-12-05T12:00:00+09:00').reasons;
    expect(r?.message.ja).toContain('2026-12-01');
    expect(r?.message.en).toContain('2026-12-01');
  });
});
