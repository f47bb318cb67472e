import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '../validation/field-errors.js';
import { PeriodicReportForm, authIdValidUntil, expiryReminderDue, isPeriodicReportOpen, periodicReportWindow, renewedExpiry } from './periodic-report.js';

// The 認証ID expires at 2029-11-23 10:00 JST.
const EXPIRES = new Date('2029-11-23T01:00:00Z');
const jst = (isoLocal: string) => new Date(`${isoLocal}+09:00`);

describe('periodic report (定期報告, R-ORG-3)', () => {
  it('a 認証ID is valid 3 years; an approved report adds 3 years to the later of the expiry and the approval', () => {
    expect(authIdValidUntil(new Date('2026-11-23T01:00:00Z')).toISOString()).toBe('2029-11-23T01:00:00.000Z');
    expect(renewedExpiry(EXPIRES, jst('2029-09-30T12:00:00')).toISOString()).toBe('2032-11-23T01:00:00.000Z');
    expect(renewedExpiry(EXPIRES, new Date('2029-12-01T00:00:00Z')).toISOString()).toBe('2032-12-01T00:00:00.000Z');
  });

  it('opens 3 months before the expiry date (00:00 JST) and is due 1 month before', () => {
    expect(periodicReportWindow(EXPIRES)).toEqual({ opensAt: jst('2029-08-23T00:00:00'), dueDate: '2029-10-23', expiryDate: '2029-11-23' });
  });

  it.each([
    ['2029-08-22T23:59:59', false],
    ['2029-08-23T00:00:00', true],
    ['2029-11-23T09:59:59', true],
    ['2029-11-23T10:00:00', false],
  ])('at %s JST the report can be filed: %s', (at, open) => {
    expect(isPeriodicReportOpen(EXPIRES, jst(at))).toBe(open);
  });

  it.each([
    ['2029-09-22T23:59:59', null],
    ['2029-09-23T00:00:00', 'TWO_MONTHS'],
    ['2029-10-22T23:59:59', 'TWO_MONTHS'],
    ['2029-10-23T00:00:00', 'ONE_MONTH'],
    ['2029-11-23T09:59:59', 'ONE_MONTH'],
    ['2029-11-23T10:00:00', null],
  ])('at %s JST the reminder due is %s', (at, reminder) => {
    expect(expiryReminderDue(EXPIRES, jst(at))).toBe(reminder);
  });

  it('the month before a 31st clamps to the month\'s last day', () => {
    expect(periodicReportWindow(jst('2030-05-31T12:00:00')).opensAt).toEqual(jst('2030-02-28T00:00:00'));
    expect(expiryReminderDue(jst('2030-05-31T12:00:00'), jst('2030-03-31T00:00:00'))).toBe('TWO_MONTHS');
  });

  it('the form needs the activities, at least one staff member in service, no one twice and the pledges', () => {
    const id = '3f1d2b6c-8e0a-4a58-9a35-0d8c1b2e4f60';
    expect(PeriodicReportForm.safeParse({ activities: ' 技能実習生の受入れを継続 \r\n', staff: [{ accountId: id, inService: true }], pledgesAccepted: true }).data?.activities).toBe('技能実習生の受入れを継続');
    const result = PeriodicReportForm.safeParse({ activities: '', staff: [{ accountId: id, inService: false }, { accountId: id, inService: false }], pledgesAccepted: false });
    const errors = toFieldErrors(result.error?.issues ?? []);
    expect(errors.map((e) => e.path).sort()).toEqual(['activities', 'pledgesAccepted', 'staff', 'staff.1.accountId']);
    expect(errors.find((e) => e.path === 'activities')?.message).toEqual({ ja: '現在の活動状況を入力してください。', en: 'Enter the current activities.' });
  });
});
