import { hasScope, type Role } from '../auth/roles.js';
import type { Bilingual } from '../validation/field-errors.js';
import { CASE_ACTION_RULES, type CaseAction } from './actions.js';
import { APPLICATION_STATES, APPLICATION_STATE_NAMES, type ApplicationState } from './statuses.js';

/**
 * The one table of what may happen in each state (DESIGN §3.1, R-EXAM-3). Every mutating route asks
 * `assertActionAllowed` before it appends to the log. Ordering rules within a state (claim before acting, a
 * proposal and, where the bureau configures it, a second officer's approval before GRANT/REFUSE, every requested
 * item answered before ANSWER_DOCUMENTS) read the log's details and belong to the service.
 */
export const ALLOWED_ACTIONS: Readonly<Record<ApplicationState, readonly CaseAction[]>> = {
  DRAFT: ['SUBMIT'],
  SUBMITTED: ['ACCEPT', 'RETURN', 'WITHDRAW', 'CLAIM', 'RELEASE', 'REASSIGN', 'CORRECT', 'NOTE', 'MESSAGE'],
  RETURNED: ['RESUBMIT', 'WITHDRAW', 'NOTE', 'MESSAGE'],
  UNDER_EXAMINATION: [
    'REQUEST_DOCUMENTS', 'PROPOSE_DECISION', 'APPROVE_DECISION', 'GRANT', 'REFUSE', 'WITHDRAW',
    'CLAIM', 'RELEASE', 'REASSIGN', 'CORRECT', 'NOTE', 'MESSAGE',
  ],
  AWAITING_DOCUMENTS: [
    'ANSWER_DOCUMENT_ITEM', 'ANSWER_DOCUMENTS', 'CLOSE_DOCUMENT_REQUEST', 'WITHDRAW',
    'CLAIM', 'RELEASE', 'REASSIGN', 'CORRECT', 'NOTE', 'MESSAGE',
  ],
  AWAITING_ISSUE: [
    'RECORD_ITEM_RECEIVED', 'RECORD_FEE_PAID', 'RECORD_CARD_NUMBER', 'DISPATCH', 'HAND_OVER_AT_COUNTER', 'ISSUE_ECOE',
    'CLAIM', 'RELEASE', 'REASSIGN', 'NOTE', 'MESSAGE',
  ],
  COMPLETED: ['REGISTER_ECOE_RECEIPT', 'REVOKE_DOCUMENT', 'NOTE', 'MESSAGE'],
  WITHDRAWN: ['NOTE'],
  REFUSED: ['NOTE', 'MESSAGE'],
};

/** The actions that send the filer's content to the bureau: the first submission and the one after a return. */
export const SENDING_ACTIONS = ['SUBMIT', 'RESUBMIT'] as const satisfies readonly CaseAction[];
export type SendingAction = (typeof SENDING_ACTIONS)[number];

/**
 * Derived from the table (R-EXAM-2): the filer edits the answers, photo, documents and receipt method exactly in the
 * states from which the content can be sent — the draft, and a case returned for correction.
 */
export const FILER_EDITABLE_STATES: readonly ApplicationState[] = APPLICATION_STATES.filter(
  (state) => ALLOWED_ACTIONS[state].some((action) => (SENDING_ACTIONS as readonly CaseAction[]).includes(action)),
);

export function isEditableByFiler(state: ApplicationState): boolean {
  return FILER_EDITABLE_STATES.includes(state);
}

/** Which sending action fits the state (SUBMIT for a draft, RESUBMIT after a return); undefined where none does. */
export function sendingActionFor(state: ApplicationState): SendingAction | undefined {
  return SENDING_ACTIONS.find((action) => ALLOWED_ACTIONS[state].includes(action));
}

/** Who is acting: a signed-in account in its role, the system (jobs), or the holder of an e-COE receipt link. */
export type CaseActor = { kind: 'ACCOUNT'; role: Role } | { kind: 'SYSTEM' } | { kind: 'RECIPIENT' };

export function canActorTake(actor: CaseActor, action: CaseAction): boolean {
  const { actors } = CASE_ACTION_RULES[action];
  switch (actor.kind) {
    case 'ACCOUNT':
      return actors.scopes.some((scope) => hasScope(actor.role, scope));
    case 'SYSTEM':
      return actors.system;
    case 'RECIPIENT':
      return actors.recipient;
  }
}

export function isActionAllowed(state: ApplicationState, action: CaseAction): boolean {
  return ALLOWED_ACTIONS[state].includes(action);
}

/** The actions this actor could take now, for the buttons on a case screen. */
export function allowedActionsFor(state: ApplicationState, actor: CaseActor): CaseAction[] {
  return ALLOWED_ACTIONS[state].filter((action) => canActorTake(actor, action));
}

/** The action is not possible in the case's current status (the server answers 409 with the allowed actions). */
export class CaseActionNotAllowed extends Error {
  readonly code = 'CASE_ACTION_NOT_ALLOWED';
  readonly allowed: readonly CaseAction[];
  readonly text: Bilingual;

  constructor(readonly status: ApplicationState, readonly action: CaseAction) {
    super(`action ${action} is not allowed in status ${status}`);
    this.name = 'CaseActionNotAllowed';
    this.allowed = ALLOWED_ACTIONS[status];
    const state = APPLICATION_STATE_NAMES[status];
    const wanted = CASE_ACTION_RULES[action].name;
    const allowedJa = this.allowed.map((a) => CASE_ACTION_RULES[a].name.ja).join('、');
    const allowedEn = this.allowed.map((a) => CASE_ACTION_RULES[a].name.en).join(', ');
    this.text = {
      ja: `この申請は「${state.ja}」のため、「${wanted.ja}」はできません。現在できる操作: ${allowedJa}`,
      en: `"${wanted.en}" is not possible while the application is "${state.en}". Possible now: ${allowedEn}`,
    };
  }
}

/** The actor may never take this action, whatever the status (the server answers 403). */
export class CaseActorNotAllowed extends Error {
  readonly code = 'CASE_ACTOR_NOT_ALLOWED';
  readonly text: Bilingual;

  constructor(readonly action: CaseAction, readonly actor: CaseActor) {
    super(`${actor.kind === 'ACCOUNT' ? actor.role : actor.kind} may not take action ${action}`);
    this.name = 'CaseActorNotAllowed';
    const wanted = CASE_ACTION_RULES[action].name;
    this.text = { ja: `「${wanted.ja}」を行う権限がありません。`, en: `You are not permitted to do this: ${wanted.en}.` };
  }
}

/**
 * The guard of every mutating route (DESIGN §3.1). Checks the status first, so a stale screen learns what is
 * possible now; then, when an actor is given, that the actor may take the action at all.
 */
export function assertActionAllowed(status: ApplicationState, action: CaseAction, actor?: CaseActor): void {
  if (!isActionAllowed(status, action)) throw new CaseActionNotAllowed(status, action);
  if (actor && !canActorTake(actor, action)) throw new CaseActorNotAllowed(action, actor);
}
