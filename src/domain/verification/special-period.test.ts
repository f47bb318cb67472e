import { describe, expect, it } from 'vitest';
import { pendingProofDecision, specialPeriodEnd, twoMonthsAfterExpiry, type PendingProofFacts } from './special-period.js';

describe('the special period (特例期間) of a pending extension or change (R-PLUS-5)', () => {
  it.each([
    // expiry        two months after (inclusive last day)
    ['2026-01-15', '2026-03-15'],
    ['2026-03-15', '2026-05-15'],
    ['2026-11-23', '2027-01-23'],
    // month ends: whole calendar months, ending on a month's last day (民法 143)
    ['2026-01-31', '2026-03-31'],
    ['2027-02-28', '2027-04-30'],
    ['2028-02-29', '2028-04-30'],
    ['2026-04-30', '2026-06-30'],
    ['2026-06-30', '2026-08-31'],
    ['2026-09-30', '2026-11-30'],
    ['2026-10-31', '2026-12-31'],
    ['2026-11-30', '2027-01-31'],
    ['2026-12-31', '2027-02-28'],
    ['2027-12-31', '2028-02-29'],
    // no corresponding day two months on: that month's last day
    ['2026-12-29', '2027-02-28'],
    ['2026-12-30', '2027-02-28'],
    ['2027-12-29', '2028-02-29'],
    ['2027-12-30', '2028-02-29'],
    ['2026-07-31', '2026-09-30'],
    ['2026-08-30', '2026-10-30'],
    ['2026-08-31', '2026-10-31'],
    ['2026-12-28', '2027-02-28'],
  ])('R-PLUS-5 expiry %s → the special period ends on %s at the latest', (expiry, end) => {
    expect(twoMonthsAfterExpiry(expiry)).toBe(end);
    expect(specialPeriodEnd(expiry, null)).toBe(end);
  });

  it.each([
    ['decided before the limit', '2026-12-31', '2027-01-20', '2027-01-20'],
    ['decided on the limit', '2026-12-31', '2027-02-28', '2027-02-28'],
    ['decided after the limit', '2026-12-31', '2027-03-05', '2027-02-28'],
    ['decided before the expiry', '2026-12-31', '2026-12-10', '2026-12-10'],
  ])('R-PLUS-5 %s: the decision date or two months after expiry, whichever is earlier', (_name, expiry, decidedOn, end) => {
    expect(specialPeriodEnd(expiry, decidedOn)).toBe(end);
  });
});

describe('when a proof of pending application may be issued (R-PLUS-5)', () => {
  const pending: PendingProofFacts = {
    procedures: ['EXTENSION', 'REENTRY'], receptionNumber: '東オンＥＸ２６０００００１', filedOn: '2026-11-20',
    periodOfStayExpiry: '2026-12-31', isPending: true, today: '2026-11-23',
  };

  it('R-PLUS-5 an accepted, pending extension filed before expiry: issued with the end two months after expiry', () => {
    expect(pendingProofDecision(pending)).toEqual({ ok: true, specialPeriodEnd: '2027-02-28' });
    expect(pendingProofDecision({ ...pending, procedures: ['CHANGE'] })).toEqual({ ok: true, specialPeriodEnd: '2027-02-28' });
  });

  it('R-PLUS-5 filed on the expiry day itself counts as before expiry; on the last day of the special period it is still issued', () => {
    expect(pendingProofDecision({ ...pending, filedOn: '2026-12-31', today: '2027-02-28' })).toEqual({ ok: true, specialPeriodEnd: '2027-02-28' });
  });

  it.each([
    ['a COE', { procedures: ['COE'] }, 'NOT_EXTENSION_OR_CHANGE'],
    ['an acquisition', { procedures: ['ACQUISITION', 'REENTRY'] }, 'NOT_EXTENSION_OR_CHANGE'],
    ['not accepted yet', { receptionNumber: null }, 'NOT_ACCEPTED'],
    ['never filed', { filedOn: null }, 'NOT_ACCEPTED'],
    ['decided, withdrawn or returned', { isPending: false }, 'NOT_PENDING'],
    ['no expiry date in the answers', { periodOfStayExpiry: null }, 'NO_EXPIRY'],
    ['filed the day after expiry', { filedOn: '2027-01-01' }, 'FILED_AFTER_EXPIRY'],
    ['the special period is over', { today: '2027-03-01' }, 'PERIOD_ENDED'],
  ] as const)('R-PLUS-5 refused: %s', (_name, change, reason) => {
    expect(pendingProofDecision({ ...pending, ...change })).toEqual({ ok: false, reason });
  });
});
