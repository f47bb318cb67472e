import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../calendar/clock.js';
import { DESIGNATED_ACTIVITY_NOTICES, MAIN_PROCEDURE_CODES, STATUS_CODES } from '../reference/index.js';
import { checkFiling } from './check-filing.js';
import { ELIGIBILITY_NOTE_CODES, ELIGIBILITY_REASON_CODES, FILER_TYPES, ORGANIZATION_RELATIONS, RELATIONSHIPS } from './codes.js';
import { EligibilityRequest, EligibilityResult } from './schema.js';

/** Properties of checkFiling over generated requests that satisfy the contract. */

const DAY_MS = 86_400_000;
const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const instant = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });
const statusArb: fc.Arbitrary<{ code: string; notice: string | null }> = fc.constantFrom(...STATUS_CODES).chain((code) =>
  code === 'DESIGNATED_ACTIVITIES'
    ? fc.constantFrom(...DESIGNATED_ACTIVITY_NOTICES).map((notice): { code: string; notice: string | null } => ({ code, notice }))
    : fc.constant({ code, notice: null }));
const proceduresArb = fc
  .tuple(fc.option(fc.constantFrom(...MAIN_PROCEDURE_CODES), { nil: undefined }), fc.boolean(), fc.boolean())
  .map(([main, reentry, outside]) => [...(main ? [main] : []), ...(reentry ? ['REENTRY'] : []), ...(outside ? ['OUTSIDE_ACTIVITY'] : [])])
  .filter((list) => list.length > 0);
const withOffset = (d: Date) => `${new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;

const requestArb = fc
  .record({
    filer: fc.record({ type: fc.constantFrom(...FILER_TYPES), hasMyNumberCard: fc.boolean(), livesInJapan: fc.boolean(), relationship: fc.constantFrom(...RELATIONSHIPS) }),
    dateOfBirth: isoDate, unableToApplyPersonally: fc.boolean(), current: statusArb, expiry: isoDate, event: isoDate,
    relationToOrganization: fc.constantFrom(...ORGANIZATION_RELATIONS), organizationRequestOnFile: fc.boolean(),
    procedures: proceduresArb, desiredStatus: statusArb,
    filingDateTime: fc.option(fc.tuple(instant, fc.boolean()).map(([d, z]) => (z ? d.toISOString() : withOffset(d))), { nil: undefined }),
  })
  .map((g) => {
    const indefinite = g.current.code === 'PERMANENT_RESIDENT' || g.current.code === 'HSP_2';
    const acquisition = g.procedures.includes('ACQUISITION');
    return EligibilityRequest.parse({
      filer: g.filer,
      applicant: {
        dateOfBirth: g.dateOfBirth, unableToApplyPersonally: g.unableToApplyPersonally,
        currentStatus: acquisition ? null : g.current, periodOfStayExpiry: indefinite || acquisition ? null : g.expiry,
        acquisitionEventDate: g.event, relationToOrganization: g.relationToOrganization, organizationRequestOnFile: g.organizationRequestOnFile,
      },
      procedures: g.procedures,
      desiredStatus: g.desiredStatus,
      ...(g.filingDateTime === undefined ? {} : { filingDateTime: g.filingDateTime }),
    });
  });

const keys = (r: EligibilityResult) => r.reasons.map((x) => `${x.code}:${x.procedure ?? ''}`);

describe('checkFiling properties', () => {
  it('allowed is true exactly when there is no reason; the answer fits the response schema with ja and en text', () => {
    fc.assert(fc.property(requestArb, instant, (request, now) => {
      const result = checkFiling(request, new FixedClock(now));
      expect(result.allowed).toBe(result.reasons.length === 0);
      expect(EligibilityResult.parse(result)).toEqual(result);
      for (const item of [...result.reasons, ...result.notes]) {
        expect(item.message.ja.length).toBeGreaterThan(10);
        expect(item.message.en.length).toBeGreaterThan(10);
      }
      expect(result.reasons.every((r) => (ELIGIBILITY_REASON_CODES as readonly string[]).includes(r.code))).toBe(true);
      expect(result.notes.every((n) => (ELIGIBILITY_NOTE_CODES as readonly string[]).includes(n.code))).toBe(true);
    }), { numRuns: 500 });
  });

  it('is deterministic, and filingDateTime is the same as a clock set to that instant', () => {
    fc.assert(fc.property(requestArb, instant, instant, (request, now, other) => {
      expect(checkFiling(request, new FixedClock(now))).toEqual(checkFiling(request, new FixedClock(now)));
      const { filingDateTime: _ignored, ...withoutTime } = request;
      expect(checkFiling({ ...withoutTime, filingDateTime: now.toISOString() }, new FixedClock(other))).toEqual(checkFiling(withoutTime, new FixedClock(now)));
    }), { numRuns: 300 });
  });

  it('R-ELIG-9 only the JST calendar date counts: any two instants of the same JST day give the same answer', () => {
    fc.assert(fc.property(requestArb, isoDate, fc.integer({ min: 0, max: DAY_MS - 1 }), fc.integer({ min: 0, max: DAY_MS - 1 }), (request, day, a, b) => {
      const start = Date.parse(`${day}T00:00:00+09:00`);
      const { filingDateTime: _ignored, ...withoutTime } = request;
      expect(checkFiling(withoutTime, new FixedClock(new Date(start + a)))).toEqual(checkFiling(withoutTime, new FixedClock(new Date(start + b))));
    }), { numRuns: 300 });
  });

  it('R-ELIG-1 R-ELIG-7 a lawyer\'s reasons are a subset of every other filer\'s for the same filing', () => {
    fc.assert(fc.property(requestArb, instant, fc.constantFrom(...FILER_TYPES), (request, now, other) => {
      const clock = new FixedClock(now);
      const lawyer = keys(checkFiling({ ...request, filer: { ...request.filer, type: 'LAWYER_SCRIVENER' } }, clock));
      const theirs = keys(checkFiling({ ...request, filer: { ...request.filer, type: other } }, clock));
      expect(theirs).toEqual(expect.arrayContaining(lawyer));
    }), { numRuns: 300 });
  });

  it('filer-specific reasons go only to their filers', () => {
    const relativeOnly = ['RELATIVE_NOT_ALLOWED_FOR_PROCEDURE', 'RELATIVE_MUST_LIVE_IN_JAPAN', 'RELATIVE_COE_STATUS_NOT_ELIGIBLE', 'RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE'];
    const organizationOnly = ['OUTSIDE_ORGANIZATION_RANGE', 'TRAINEE_NOT_ON_LIST', 'ORGANIZATION_REQUEST_REQUIRED'];
    fc.assert(fc.property(requestArb, instant, (request, now) => {
      const codes = checkFiling(request, new FixedClock(now)).reasons.map((r) => r.code as string);
      const type = request.filer.type;
      if (type !== 'RELATIVE') expect(codes.filter((c) => relativeOnly.includes(c))).toEqual([]);
      if (!type.startsWith('ORG_')) expect(codes.filter((c) => organizationOnly.includes(c))).toEqual([]);
      if (!['FOREIGN_NATIONAL', 'LEGAL_REPRESENTATIVE', 'RELATIVE'].includes(type)) expect(codes).not.toContain('MY_NUMBER_CARD_REQUIRED');
    }), { numRuns: 500 });
  });
});
