import { CASE_ACTION_RULES, type CaseAction } from './actions.js';
import type { ApplicationState, CaseStatus } from './statuses.js';

/** What derivation reads from a log row; the rows may carry more (actor, time, details). */
export interface CaseActionEntry {
  type: CaseAction;
}

/**
 * The state after the log, oldest action first (DESIGN §3.1, R-CASE-1): the effect of the last action that
 * changes the status, DRAFT before any. Every entry was checked by `assertActionAllowed` when it was appended, so
 * replaying the guard here would only turn old logs unreadable if the table ever changes.
 */
export function deriveApplicationState(actions: readonly CaseActionEntry[]): ApplicationState {
  let state: ApplicationState = 'DRAFT';
  for (const { type } of actions) state = CASE_ACTION_RULES[type].effect ?? state;
  return state;
}

/** The status of a submitted case; a log without a SUBMIT is not a case. */
export function deriveCaseStatus(actions: readonly CaseActionEntry[]): CaseStatus {
  const state = deriveApplicationState(actions);
  if (state === 'DRAFT') throw new Error('a case log starts with SUBMIT');
  return state;
}
