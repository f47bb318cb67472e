import { describe, expect, it } from 'vitest';
import { APPLICATION_STATES, type ApplicationState } from '../case/statuses.js';
import { MIN_DECIDED_CASES, estimateDecisionDate, estimateForCase, type ProcessingFigures } from './index.js';

const figures = (decidedCases: number, medianDays: number, p80Days: number): ProcessingFigures => ({ decidedCases, medianDays, p80Days });
const STATUS_20 = figures(20, 30, 45);
const STATUS_19 = figures(19, 30, 45);
const PROCEDURE_20 = figures(20, 40, 60);
const PROCEDURE_19 = figures(19, 40, 60);

describe('R-CASE-2 estimateDecisionDate', () => {
  it('needs 20 decided cases', () => {
    expect(MIN_DECIDED_CASES).toBe(20);
  });

  it.each([
    ['20 for the status', STATUS_20, PROCEDURE_20, 'STATUS'],
    ['20 for the status, none bureau-wide (cannot happen, still the status)', STATUS_20, undefined, 'STATUS'],
    ['19 for the status, 20 bureau-wide', STATUS_19, PROCEDURE_20, 'PROCEDURE'],
    ['none for the status, 20 bureau-wide', undefined, PROCEDURE_20, 'PROCEDURE'],
    ['19 for the status, 19 bureau-wide', STATUS_19, PROCEDURE_19, 'NOT_ENOUGH_DATA'],
    ['none at all', undefined, undefined, 'NOT_ENOUGH_DATA'],
    ['1 for the status, 1 bureau-wide', figures(1, 5, 5), figures(1, 5, 5), 'NOT_ENOUGH_DATA'],
  ])('%s: %s', (_label, forStatus, forProcedure, expected) => {
    const estimate = estimateDecisionDate({ receivedOn: '2026-11-23', forStatus, forProcedure });
    expect(estimate.kind === 'ESTIMATED' ? estimate.basis : estimate.kind).toBe(expected);
  });

  it('adds the median and the 80th percentile to the JST received date', () => {
    expect(estimateDecisionDate({ receivedOn: '2026-11-23', forStatus: STATUS_20, forProcedure: PROCEDURE_20 })).toEqual({
      kind: 'ESTIMATED', basis: 'STATUS', receivedOn: '2026-11-23', medianDate: '2026-12-23', p80Date: '2027-01-07',
      medianDays: 30, p80Days: 45, decidedCases: 20,
    });
    expect(estimateDecisionDate({ receivedOn: '2028-02-15', forStatus: undefined, forProcedure: figures(25, 14, 15) }))
      .toMatchObject({ basis: 'PROCEDURE', medianDate: '2028-02-29', p80Date: '2028-03-01', decidedCases: 25 });
  });

  it('says "not enough data yet" with the received date', () => {
    expect(estimateDecisionDate({ receivedOn: '2026-11-23', forStatus: STATUS_19, forProcedure: PROCEDURE_19 }))
      .toEqual({ kind: 'NOT_ENOUGH_DATA', receivedOn: '2026-11-23' });
  });
});

describe('R-CASE-2 estimateForCase over every application state', () => {
  const EXPECTED: Record<ApplicationState, string> = {
    DRAFT: 'NOT_RECEIVED',
    SUBMITTED: 'ESTIMATED',
    RETURNED: 'ESTIMATED',
    UNDER_EXAMINATION: 'ESTIMATED',
    AWAITING_DOCUMENTS: 'ESTIMATED',
    AWAITING_ISSUE: 'CLOSED',
    COMPLETED: 'CLOSED',
    WITHDRAWN: 'CLOSED',
    REFUSED: 'CLOSED',
  };

  it.each(APPLICATION_STATES.map((state) => [state, EXPECTED[state]] as const))('%s with a received date: %s', (state, kind) => {
    expect(estimateForCase({ state, receivedOn: '2026-11-23', forStatus: STATUS_20, forProcedure: PROCEDURE_20 }).kind).toBe(kind);
  });

  it.each(['SUBMITTED', 'RETURNED', 'UNDER_EXAMINATION'] as const)('%s without acceptance yet: NOT_RECEIVED', (state) => {
    expect(estimateForCase({ state, receivedOn: null, forStatus: STATUS_20, forProcedure: PROCEDURE_20 })).toEqual({ kind: 'NOT_RECEIVED' });
  });
});
