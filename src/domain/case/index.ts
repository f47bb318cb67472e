export { CASE_ACTIONS, CASE_ACTION_RULES, CaseAction, isCaseAction, type ActorRule, type CaseActionRule } from './actions.js';
export {
  ALLOWED_ACTIONS, CaseActionNotAllowed, CaseActorNotAllowed, FILER_EDITABLE_STATES, SENDING_ACTIONS, allowedActionsFor, assertActionAllowed,
  canActorTake, isActionAllowed, isEditableByFiler, sendingActionFor, type CaseActor, type SendingAction,
} from './allowed-actions.js';
export { deriveApplicationState, deriveCaseStatus, type CaseActionEntry } from './derive.js';
export {
  APPLICATION_STATES, APPLICATION_STATE_NAMES, ApplicationState, CASE_STATUSES, CaseStatus, FINAL_STATUSES,
  UNDECIDED_STATUSES, isCaseStatus,
} from './statuses.js';
