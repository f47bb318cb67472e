export { CASE_ACTIONS, CASE_ACTION_RULES, CaseAction, isCaseAction, type ActorRule, type CaseActionRule } from './actions.js';
export {
  ALLOWED_ACTIONS, CaseActionNotAllowed, CaseActorNotAllowed, allowedActionsFor, assertActionAllowed, canActorTake,
  isActionAllowed, type CaseActor,
} from './allowed-actions.js';
export { deriveApplicationState, deriveCaseStatus, type CaseActionEntry } from './derive.js';
export {
  APPLICATION_STATES, APPLICATION_STATE_NAMES, ApplicationState, CASE_STATUSES, CaseStatus, FINAL_STATUSES,
  UNDECIDED_STATUSES, isCaseStatus,
} from './statuses.js';
