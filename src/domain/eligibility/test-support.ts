import { FixedClock } from '../calendar/clock.js';
import { checkFiling } from './check-filing.js';
import { EligibilityRequest, type EligibilityResult } from './schema.js';

/**
 * Test fixtures only (imported by *.test.ts). They build requests through the public schema, so a fixture
 * that the contract would refuse fails loudly; they import no rule table.
 */

/** 2026-11-23 10:00 JST, the test apps' default. */
export const NOW = new Date('2026-11-23T01:00:00Z');
export const TODAY_JST = '2026-11-23';

export type StatusInput = { code: string; notice?: string | null };

/** Loosely typed on purpose: tests state fields as the JSON would, and the schema checks them. */
export interface RequestOverrides {
  filer?: Record<string, unknown>;
  applicant?: Record<string, unknown>;
  procedures?: string[];
  desiredStatus?: StatusInput | null;
  filingDateTime?: string;
}

/** An adult engineer filing her own extension, well inside the window: allowed. */
export function buildRequest(overrides: RequestOverrides = {}): EligibilityRequest {
  const raw = {
    filer: { type: 'FOREIGN_NATIONAL', hasMyNumberCard: true, ...overrides.filer },
    applicant: {
      dateOfBirth: '1990-04-01',
      unableToApplyPersonally: false,
      currentStatus: { code: 'ENGINEER_HUMANITIES_INTL', notice: null },
      periodOfStayExpiry: '2027-01-31',
      acquisitionEventDate: null,
      ...overrides.applicant,
    },
    procedures: overrides.procedures ?? ['EXTENSION'],
    desiredStatus: overrides.desiredStatus ?? null,
    ...(overrides.filingDateTime === undefined ? {} : { filingDateTime: overrides.filingDateTime }),
  };
  const parsed = EligibilityRequest.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid fixture: ${JSON.stringify(parsed.error.issues)} in ${JSON.stringify(raw)}`);
  return parsed.data;
}

export function check(overrides: RequestOverrides = {}, now: Date = NOW): EligibilityResult {
  return checkFiling(buildRequest(overrides), new FixedClock(now));
}

/** Reasons as "CODE" or "CODE:PROCEDURE", in the order returned. */
export function reasonKeys(result: EligibilityResult): string[] {
  return result.reasons.map((r) => (r.procedure ? `${r.code}:${r.procedure}` : r.code));
}

export function noteKeys(result: EligibilityResult): string[] {
  return result.notes.map((n) => (n.procedure ? `${n.code}:${n.procedure}` : n.code));
}

export function status(code: string, notice: string | null = null): StatusInput {
  return { code, notice: code === 'DESIGNATED_ACTIVITIES' ? (notice ?? '46') : null };
}
