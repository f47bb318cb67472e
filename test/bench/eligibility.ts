import { FixedClock } from '../../src/domain/calendar/clock.js';
import { checkFiling, EligibilityRequest } from '../../src/domain/eligibility/index.js';

/** A relative filing an extension with re-entry for a 10-year-old: every rule family runs. */
export const SAMPLE_ELIGIBILITY_REQUEST = {
  filer: { type: 'RELATIVE', hasMyNumberCard: true, livesInJapan: true, relationship: 'MOTHER' },
  applicant: {
    dateOfBirth: '2016-05-01', unableToApplyPersonally: false, currentStatus: { code: 'DEPENDENT', notice: null },
    periodOfStayExpiry: '2027-01-31', acquisitionEventDate: null, relationToOrganization: 'NONE', organizationRequestOnFile: false,
  },
  procedures: ['EXTENSION', 'REENTRY'],
  desiredStatus: null,
  filingDateTime: '2026-11-23T10:00:00+09:00',
};

export interface MicroResult {
  name: string;
  callsPerSecond: number;
}

function time(name: string, iterations: number, fn: () => unknown): MicroResult {
  for (let i = 0; i < 1000; i += 1) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) fn();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { name, callsPerSecond: Math.round(iterations / seconds) };
}

/** checkFiling in-process, against parsing the same request alone (the baseline every call pays anyway). */
export function benchEligibilityFunction(iterations = 50_000): MicroResult[] {
  const clock = new FixedClock(new Date('2026-11-23T01:00:00Z'));
  const parsed = EligibilityRequest.parse(SAMPLE_ELIGIBILITY_REQUEST);
  return [
    time('EligibilityRequest.parse (baseline)', iterations, () => EligibilityRequest.parse(SAMPLE_ELIGIBILITY_REQUEST)),
    time('checkFiling on a parsed request', iterations, () => checkFiling(parsed, clock)),
    time('parse + checkFiling', iterations, () => checkFiling(EligibilityRequest.parse(SAMPLE_ELIGIBILITY_REQUEST), clock)),
  ];
}
