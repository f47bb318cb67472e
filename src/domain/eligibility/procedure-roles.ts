import { MAIN_PROCEDURE_CODES, type MainProcedureCode, type ProcedureCode } from '../reference/index.js';

/** What each main procedure needs to know about the applicant's status (the API contract of issue 3). */
export interface ProcedureRole {
  /** The applicant holds a status and a period of stay that the filing concerns (all but COE and acquisition). */
  holdsPeriodOfStay: boolean;
  /** The current status must be given. */
  requiresCurrentStatus: boolean;
  /** The desired status must be given; it is then the status in question (R-ELIG-7, R-ELIG-8). */
  requiresDesiredStatus: boolean;
}

export function roleOf(main: MainProcedureCode | undefined): ProcedureRole {
  switch (main) {
    case 'COE':
      return { holdsPeriodOfStay: false, requiresCurrentStatus: false, requiresDesiredStatus: true };
    case 'ACQUISITION':
      return { holdsPeriodOfStay: false, requiresCurrentStatus: false, requiresDesiredStatus: true };
    case 'CHANGE':
      return { holdsPeriodOfStay: true, requiresCurrentStatus: true, requiresDesiredStatus: true };
    case 'EXTENSION':
    case 'WORK_CERT':
      return { holdsPeriodOfStay: true, requiresCurrentStatus: true, requiresDesiredStatus: false };
    case undefined:
      // Re-entry or outside activity alone (refused by R-ELIG-3): whatever current status is given still counts.
      return { holdsPeriodOfStay: true, requiresCurrentStatus: false, requiresDesiredStatus: false };
  }
}

export function isMainProcedure(code: ProcedureCode): code is MainProcedureCode {
  return (MAIN_PROCEDURE_CODES as readonly ProcedureCode[]).includes(code);
}

export function findMainProcedure(procedures: readonly ProcedureCode[]): MainProcedureCode | undefined {
  return procedures.find(isMainProcedure);
}
