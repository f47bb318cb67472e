import type { Clock } from '../calendar/clock.js';
import { jstDateOf, type IsoDate } from '../calendar/jst.js';
import type { MainProcedureCode, ProcedureCode } from '../reference/index.js';
import type { Bilingual } from '../validation/field-errors.js';
import type { EligibilityNoteCode, EligibilityReasonCode } from './codes.js';
import { findMainProcedure, roleOf, type ProcedureRole } from './procedure-roles.js';
import type { EligibilityNote, EligibilityReason, EligibilityRequest, StatusSelection } from './schema.js';

/** What the rules read, derived once from a request. */
export interface FilingFacts {
  request: EligibilityRequest;
  /** The JST calendar date of the filing (R-ELIG-9). */
  filingDate: IsoDate;
  main: MainProcedureCode | undefined;
  role: ProcedureRole;
  /** The current status, when the filing concerns one (not for a COE or an acquisition). */
  current: StatusSelection | undefined;
  /** The desired status of a COE, change or acquisition. */
  desired: StatusSelection | undefined;
  /** "Status in question": desired for COE, change and acquisition; current otherwise (R-ELIG-7, R-ELIG-8). */
  inQuestion: StatusSelection | undefined;
}

export function factsOf(request: EligibilityRequest, clock: Clock): FilingFacts {
  const main = findMainProcedure(request.procedures);
  const role = roleOf(main);
  const current = role.holdsPeriodOfStay ? (request.applicant.currentStatus ?? undefined) : undefined;
  const desired = role.requiresDesiredStatus ? (request.desiredStatus ?? undefined) : undefined;
  return { request, filingDate: filingDateOf(request, clock), main, role, current, desired, inQuestion: role.requiresDesiredStatus ? desired : current };
}

function filingDateOf(request: EligibilityRequest, clock: Clock): IsoDate {
  const given = request.filingDateTime === undefined ? Number.NaN : Date.parse(request.filingDateTime);
  return jstDateOf(Number.isNaN(given) ? clock.now() : new Date(given));
}

export function reason(code: EligibilityReasonCode, message: Bilingual, procedure?: ProcedureCode): EligibilityReason {
  return procedure === undefined ? { code, message } : { code, procedure, message };
}

export function note(code: EligibilityNoteCode, message: Bilingual, procedure?: ProcedureCode): EligibilityNote {
  return procedure === undefined ? { code, message } : { code, procedure, message };
}

/** Same status, counting a 特定活動's 告示 number as part of it. */
export function isSameStatus(a: StatusSelection, b: StatusSelection): boolean {
  return a.code === b.code && (a.notice ?? null) === (b.notice ?? null);
}
