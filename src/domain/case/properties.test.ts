import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_ACTIONS, CASE_ACTION_RULES, FINAL_STATUSES, UNDECIDED_STATUSES, assertActionAllowed, deriveApplicationState,
  type ApplicationState, type CaseAction,
} from './index.js';

/** Walks the table: each step takes one of the actions allowed in the state reached so far. */
const walk = fc.array(fc.nat(), { maxLength: 40 }).map((choices) => {
  const actions: CaseAction[] = [];
  const states: ApplicationState[] = ['DRAFT'];
  let state: ApplicationState = 'DRAFT';
  for (const choice of choices) {
    const allowed: readonly CaseAction[] = ALLOWED_ACTIONS[state];
    const action: CaseAction | undefined = allowed[choice % allowed.length];
    if (!action) break;
    actions.push(action);
    state = CASE_ACTION_RULES[action].effect ?? state;
    states.push(state);
  }
  return { actions, states };
});

describe('R-CASE-1 the status is derived from the append-only log', () => {
  it('every prefix of a guarded log derives the state the guard saw', () => {
    fc.assert(fc.property(walk, ({ actions, states }) => {
      actions.forEach((action, i) => {
        const before = deriveApplicationState(actions.slice(0, i).map((type) => ({ type })));
        expect(before).toBe(states[i]);
        expect(() => assertActionAllowed(before, action)).not.toThrow();
      });
      expect(deriveApplicationState(actions.map((type) => ({ type })))).toBe(states[states.length - 1]);
    }));
  });

  it('R-SUB-4 a withdrawal only happens before a decision, and a final status never changes', () => {
    fc.assert(fc.property(walk, ({ actions, states }) => {
      actions.forEach((action, i) => {
        const before = states[i] as ApplicationState;
        if (action === 'WITHDRAW') expect(UNDECIDED_STATUSES as readonly string[]).toContain(before);
        if ((FINAL_STATUSES as readonly string[]).includes(before)) expect(states[i + 1]).toBe(before);
      });
    }));
  });

  it('R-SUB-1 SUBMIT happens once, first; a returned case comes back only by RESUBMIT', () => {
    fc.assert(fc.property(walk, ({ actions, states }) => {
      expect(actions.filter((a) => a === 'SUBMIT').length).toBe(actions.length > 0 ? 1 : 0);
      if (actions.length > 0) expect(actions[0]).toBe('SUBMIT');
      actions.forEach((action, i) => {
        if (states[i] === 'RETURNED' && states[i + 1] === 'SUBMITTED') expect(action).toBe('RESUBMIT');
      });
    }));
  });
});
