import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../auth/roles.js';
import {
  ALLOWED_ACTIONS, APPLICATION_STATES, APPLICATION_STATE_NAMES, CASE_ACTIONS, CASE_ACTION_RULES, CASE_STATUSES,
  CaseActionNotAllowed, CaseActorNotAllowed, FILER_EDITABLE_STATES, allowedActionsFor, assertActionAllowed, canActorTake, deriveApplicationState,
  deriveCaseStatus, isEditableByFiler, sendingActionFor, type ApplicationState, type CaseAction, type CaseActor,
} from './index.js';

/*
 * Independent transcription of the rules, one row per action. Columns, in order: DRAFT, SUBMITTED, RETURNED,
 * UNDER_EXAMINATION, AWAITING_DOCUMENTS, AWAITING_ISSUE, COMPLETED, WITHDRAWN, REFUSED. "x" = allowed.
 */
const COLUMNS: ApplicationState[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'UNDER_EXAMINATION', 'AWAITING_DOCUMENTS', 'AWAITING_ISSUE', 'COMPLETED', 'WITHDRAWN', 'REFUSED'];
const ALLOWED_GRID: Record<CaseAction, string> = {
  SUBMIT: 'x........',
  RESUBMIT: '..x......',
  WITHDRAW: '.xxxx....', // R-SUB-4: until decided
  ANSWER_DOCUMENT_ITEM: '....x....',
  ANSWER_DOCUMENTS: '....x....',
  MESSAGE: '.xxxxxx.x', // R-CASE-4
  ACCEPT: '.x.......', // R-EXAM-2, R-SUB-2
  RETURN: '.x.......',
  CLAIM: '.x.xxx...', // R-EXAM-3
  RELEASE: '.x.xxx...',
  REASSIGN: '.x.xxx...',
  REQUEST_DOCUMENTS: '...x.....', // R-CASE-3
  CLOSE_DOCUMENT_REQUEST: '....x....',
  NOTE: '.xxxxxxxx',
  CORRECT: '.x.xx....', // R-SUB-3, R-EXAM-4
  PROPOSE_DECISION: '...x.....',
  APPROVE_DECISION: '...x.....',
  GRANT: '...x.....',
  REFUSE: '...x.....',
  RECORD_ITEM_RECEIVED: '.....x...', // R-RES-1
  RECORD_FEE_PAID: '.....x...',
  RECORD_CARD_NUMBER: '.....x...',
  DISPATCH: '.....x...',
  HAND_OVER_AT_COUNTER: '.....x...',
  ISSUE_ECOE: '.....x...', // R-RES-2
  REGISTER_ECOE_RECEIPT: '......x..',
  REVOKE_DOCUMENT: '......x..', // R-PLUS-1
};

const EFFECT: Partial<Record<CaseAction, ApplicationState>> = {
  SUBMIT: 'SUBMITTED', RESUBMIT: 'SUBMITTED', WITHDRAW: 'WITHDRAWN', ANSWER_DOCUMENTS: 'UNDER_EXAMINATION',
  ACCEPT: 'UNDER_EXAMINATION', RETURN: 'RETURNED', REQUEST_DOCUMENTS: 'AWAITING_DOCUMENTS', CLOSE_DOCUMENT_REQUEST: 'UNDER_EXAMINATION',
  GRANT: 'AWAITING_ISSUE', REFUSE: 'REFUSED', DISPATCH: 'COMPLETED', HAND_OVER_AT_COUNTER: 'COMPLETED', ISSUE_ECOE: 'COMPLETED',
};

/*
 * Who may act. Columns: INDIVIDUAL, ORG_STAFF, INTERMEDIARY, INTAKE_CLERK, EXAMINER, DECISION_MAKER,
 * ISSUANCE_CLERK, USAGE_REVIEWER, SUPERVISOR, ADMINISTRATOR, SYSTEM, RECIPIENT (e-COE link holder).
 */
const ACTOR_COLUMNS: CaseActor[] = [
  ...(['INDIVIDUAL', 'ORG_STAFF', 'INTERMEDIARY', 'INTAKE_CLERK', 'EXAMINER', 'DECISION_MAKER', 'ISSUANCE_CLERK', 'USAGE_REVIEWER', 'SUPERVISOR', 'ADMINISTRATOR'] satisfies Role[])
    .map((role): CaseActor => ({ kind: 'ACCOUNT', role })),
  { kind: 'SYSTEM' }, { kind: 'RECIPIENT' },
];
const FILER = 'xxx.........';
const ACTOR_GRID: Record<CaseAction, string> = {
  SUBMIT: FILER, RESUBMIT: FILER, WITHDRAW: FILER, ANSWER_DOCUMENT_ITEM: FILER, ANSWER_DOCUMENTS: FILER,
  MESSAGE: 'xxxxxxx.....',
  ACCEPT: '...x......x.', // the daily acceptance job accepts too (R-SUB-2)
  RETURN: '...x........',
  CLAIM: '...xxxx.....',
  RELEASE: '...xxxx.x...',
  REASSIGN: '........x...',
  REQUEST_DOCUMENTS: '....x.......',
  CLOSE_DOCUMENT_REQUEST: '....x.......',
  NOTE: '...xxxx.x...',
  CORRECT: '...xx.......',
  PROPOSE_DECISION: '....x.......',
  APPROVE_DECISION: '.....x......',
  GRANT: '.....x......',
  REFUSE: '.....x......',
  RECORD_ITEM_RECEIVED: '......x.....',
  RECORD_FEE_PAID: '......x.....',
  RECORD_CARD_NUMBER: '......x.....',
  DISPATCH: '......x.....',
  HAND_OVER_AT_COUNTER: '...x..x.....',
  ISSUE_ECOE: '.....xx...x.',
  REGISTER_ECOE_RECEIPT: '...........x',
  REVOKE_DOCUMENT: '.....x......',
};

/** A log that reaches each state. */
const PATH: Record<ApplicationState, CaseAction[]> = {
  DRAFT: [],
  SUBMITTED: ['SUBMIT'],
  RETURNED: ['SUBMIT', 'RETURN'],
  UNDER_EXAMINATION: ['SUBMIT', 'ACCEPT'],
  AWAITING_DOCUMENTS: ['SUBMIT', 'ACCEPT', 'CLAIM', 'REQUEST_DOCUMENTS'],
  AWAITING_ISSUE: ['SUBMIT', 'ACCEPT', 'PROPOSE_DECISION', 'APPROVE_DECISION', 'GRANT'],
  COMPLETED: ['SUBMIT', 'ACCEPT', 'GRANT', 'RECORD_ITEM_RECEIVED', 'RECORD_FEE_PAID', 'RECORD_CARD_NUMBER', 'DISPATCH'],
  WITHDRAWN: ['SUBMIT', 'WITHDRAW'],
  REFUSED: ['SUBMIT', 'ACCEPT', 'REFUSE'],
};

const log = (types: readonly CaseAction[]) => types.map((type) => ({ type }));
const pairs = APPLICATION_STATES.flatMap((state) => CASE_ACTIONS.map((action) => [state, action] as const));

describe('R-CASE-1 statuses', () => {
  it('are the eight of the real system plus the draft, with their Japanese and English names', () => {
    expect(CASE_STATUSES).toEqual(['SUBMITTED', 'UNDER_EXAMINATION', 'AWAITING_DOCUMENTS', 'AWAITING_ISSUE', 'COMPLETED', 'RETURNED', 'WITHDRAWN', 'REFUSED']);
    expect(CASE_STATUSES.map((s) => APPLICATION_STATE_NAMES[s].ja)).toEqual(['申請完了', '審査中', '追完待ち', '発行待ち', '完了', '差戻し', '取下げ', '不許可']);
    for (const state of APPLICATION_STATES) expect(APPLICATION_STATE_NAMES[state].en).not.toBe('');
  });

  it.each(APPLICATION_STATES)('%s is reached by its path and derived from the log', (state) => {
    expect(deriveApplicationState(log(PATH[state]))).toBe(state);
    if (state === 'DRAFT') expect(() => deriveCaseStatus([])).toThrow();
    else expect(deriveCaseStatus(log(PATH[state]))).toBe(state);
  });
});

describe('R-EXAM-3 one table of allowed actions per status, every (status, action) pair', () => {
  it('the table covers every state and only known actions', () => {
    expect(Object.keys(ALLOWED_ACTIONS).sort()).toEqual([...APPLICATION_STATES].sort());
    expect(Object.keys(ALLOWED_GRID).sort()).toEqual([...CASE_ACTIONS].sort());
  });

  it.each(pairs)('%s × %s', (state, action) => {
    const expected = ALLOWED_GRID[action][COLUMNS.indexOf(state)] === 'x';
    expect(ALLOWED_ACTIONS[state].includes(action)).toBe(expected);
    if (expected) {
      expect(() => assertActionAllowed(state, action)).not.toThrow();
      const after = deriveApplicationState(log([...PATH[state], action]));
      expect(after).toBe(EFFECT[action] ?? state);
    } else {
      let caught: unknown;
      try {
        assertActionAllowed(state, action);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CaseActionNotAllowed);
      const refusal = caught as CaseActionNotAllowed;
      expect(refusal.status).toBe(state);
      expect(refusal.allowed).toEqual(ALLOWED_ACTIONS[state]);
      expect(refusal.text.ja).toContain(APPLICATION_STATE_NAMES[state].ja);
      expect(refusal.text.en).toContain(APPLICATION_STATE_NAMES[state].en);
    }
  });

  it('every action has its effect and a name in both languages', () => {
    for (const action of CASE_ACTIONS) {
      expect(CASE_ACTION_RULES[action].effect ?? undefined).toBe(EFFECT[action]);
      expect(CASE_ACTION_RULES[action].name.ja).not.toBe('');
      expect(CASE_ACTION_RULES[action].name.en).not.toBe('');
    }
  });
});

describe('R-EXAM-1 who may take each action (filer scopes vs officer scopes)', () => {
  const actorPairs = CASE_ACTIONS.flatMap((action) => ACTOR_COLUMNS.map((actor, i) => [action, actor, i] as const));

  it.each(actorPairs)('%s by %o', (action, actor, i) => {
    const expected = ACTOR_GRID[action][i] === 'x';
    expect(canActorTake(actor, action)).toBe(expected);
    const state = APPLICATION_STATES.find((s) => ALLOWED_ACTIONS[s].includes(action));
    if (!state) throw new Error(`${action} is allowed nowhere`);
    if (expected) expect(() => assertActionAllowed(state, action, actor)).not.toThrow();
    else expect(() => assertActionAllowed(state, action, actor)).toThrow(CaseActorNotAllowed);
  });

  it('the status is checked before the actor, so a stale screen learns what is possible now', () => {
    expect(() => assertActionAllowed('COMPLETED', 'GRANT', { kind: 'ACCOUNT', role: 'INDIVIDUAL' })).toThrow(CaseActionNotAllowed);
  });

  it('allowedActionsFor lists the intersection of the status row and the actor', () => {
    for (const state of APPLICATION_STATES) {
      for (const role of ROLES) {
        const actor: CaseActor = { kind: 'ACCOUNT', role };
        expect(allowedActionsFor(state, actor)).toEqual(ALLOWED_ACTIONS[state].filter((a) => canActorTake(actor, a)));
      }
    }
    expect(allowedActionsFor('SUBMITTED', { kind: 'ACCOUNT', role: 'INDIVIDUAL' })).toEqual(['WITHDRAW', 'MESSAGE']);
    expect(allowedActionsFor('SUBMITTED', { kind: 'SYSTEM' })).toEqual(['ACCEPT']);
  });

  it('internal steps are hidden from the filer timeline (R-CASE-2)', () => {
    const hidden = CASE_ACTIONS.filter((a) => !CASE_ACTION_RULES[a].visibleToFiler);
    expect(hidden.sort()).toEqual(['APPROVE_DECISION', 'CLAIM', 'NOTE', 'PROPOSE_DECISION', 'REASSIGN', 'RECORD_CARD_NUMBER', 'RELEASE']);
  });
});

describe('R-EXAM-2 return for correction and resubmission', () => {
  it('the filer edits only a draft and a returned case, and sends it with SUBMIT or RESUBMIT', () => {
    expect(FILER_EDITABLE_STATES).toEqual(['DRAFT', 'RETURNED']);
    expect(APPLICATION_STATES.filter(isEditableByFiler)).toEqual(['DRAFT', 'RETURNED']);
    expect(APPLICATION_STATES.map((s) => [s, sendingActionFor(s)]).filter(([, a]) => a)).toEqual([['DRAFT', 'SUBMIT'], ['RETURNED', 'RESUBMIT']]);
  });

  it('a returned case resubmitted goes back to intake and keeps its whole log', () => {
    const history = log(['SUBMIT', 'RETURN', 'RESUBMIT']);
    expect(deriveApplicationState(history)).toBe('SUBMITTED');
    expect(allowedActionsFor('SUBMITTED', { kind: 'ACCOUNT', role: 'INTAKE_CLERK' })).toEqual(expect.arrayContaining(['ACCEPT', 'RETURN']));
    expect(deriveApplicationState(log(['SUBMIT', 'RETURN', 'RESUBMIT', 'RETURN', 'RESUBMIT', 'ACCEPT']))).toBe('UNDER_EXAMINATION');
  });
});
