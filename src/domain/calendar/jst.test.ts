import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, ageOn, daysBetween, isValidIsoDate, jstDateOf, startOfJstDay } from './jst.js';

describe('JST calendar (SPEC: every date is a Japan-time calendar date)', () => {
  it.each([
    ['2026-11-22T14:59:59.999Z', '2026-11-22'],
    ['2026-11-22T15:00:00.000Z', '2026-11-23'],
    ['2026-12-31T15:00:00Z', '2027-01-01'],
  ])('the instant %s is JST date %s', (instant, date) => {
    expect(jstDateOf(new Date(instant))).toBe(date);
  });

  it('a JST day starts at 15:00 UTC the day before', () => {
    expect(startOfJstDay('2026-11-23').toISOString()).toBe('2026-11-22T15:00:00.000Z');
  });

  it.each([
    ['2026-05-31', -3, '2026-02-28'],
    ['2028-05-31', -3, '2028-02-29'],
    ['2026-03-31', -3, '2025-12-31'],
    ['2027-03-31', 1, '2027-04-30'],
    ['2026-01-15', 12, '2027-01-15'],
  ])('R-ELIG-9 %s plus %i months is %s (the month’s last day when it has no such day)', (date, n, expected) => {
    expect(addMonthsClamped(date, n)).toBe(expected);
  });

  it('addDays and daysBetween agree, across month and year ends', () => {
    expect(addDays('2026-11-01', 30)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    fc.assert(fc.property(fc.integer({ min: -2000, max: 2000 }), (n) => daysBetween('2026-11-23', addDays('2026-11-23', n)) === n));
  });

  it.each([
    ['2010-11-23', '2026-11-22', 15],
    ['2010-11-23', '2026-11-23', 16],
    ['2008-02-29', '2024-02-28', 15],
    ['2008-02-29', '2024-02-29', 16],
  ])('R-ELIG-5 born %s, on %s the age is %i', (dob, on, age) => {
    expect(ageOn(dob, on)).toBe(age);
  });

  it('rejects impossible dates', () => {
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('20261123')).toBe(false);
  });
});
