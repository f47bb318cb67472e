import { describe, expect, it } from 'vitest';
import { SESSION_POLICY, extendedIdleDeadline, idleTimeoutMs, isRecentReauthentication, sessionExpiry } from './session-policy.js';
import { FRESH_THROTTLE, SIGN_IN_POLICY, afterFailure, delayAfterFailures, throttleVerdict } from './sign-in-policy.js';

const T0 = new Date('2026-11-23T01:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('R-AUTH-8 throttling', () => {
  it.each([[1, 0], [3, 0], [4, 2000], [5, 4000], [9, 64_000], [11, 256_000], [12, 300_000], [99, 300_000]])('after %i failures in a row the next try waits %i ms', (n, ms) => {
    expect(delayAfterFailures(n)).toBe(ms);
  });

  it('the 10th failure inside the window locks for 15 minutes; the 100th in a row disables', () => {
    const ninth = afterFailure({ ...FRESH_THROTTLE, consecutiveFailures: 8 }, 9, T0);
    expect(ninth.becameLocked).toBe(false);
    const tenth = afterFailure(ninth.state, 10, T0);
    expect(tenth.becameLocked).toBe(true);
    expect(throttleVerdict(tenth.state, at(SIGN_IN_POLICY.lockMs - 1))).toMatchObject({ kind: 'LOCKED' });
    const hundredth = afterFailure({ ...FRESH_THROTTLE, consecutiveFailures: 99 }, 1, T0);
    expect(hundredth.becameDisabled).toBe(true);
    expect(throttleVerdict(hundredth.state, at(10 ** 9))).toEqual({ kind: 'DISABLED' });
  });

  it('a fresh state is allowed; a pending delay is reported with the time left', () => {
    expect(throttleVerdict(FRESH_THROTTLE, T0)).toEqual({ kind: 'ALLOWED' });
    expect(throttleVerdict({ ...FRESH_THROTTLE, nextAttemptAt: at(1500) }, T0)).toEqual({ kind: 'DELAYED', retryAfterMs: 1500 });
  });
});

describe('R-AUTH-8 session limits', () => {
  it('idle 15 minutes for officers and 30 for applicant-side accounts; 12 hours absolute', () => {
    expect(idleTimeoutMs('OFFICER')).toBe(15 * 60_000);
    for (const kind of ['INDIVIDUAL', 'ORG_STAFF', 'INTERMEDIARY'] as const) expect(idleTimeoutMs(kind)).toBe(30 * 60_000);
    expect(SESSION_POLICY.absoluteMs).toBe(12 * 3_600_000);
  });

  it('the idle deadline never passes the absolute one; expiry is at the deadline', () => {
    const absolute = at(10 * 60_000);
    expect(extendedIdleDeadline('ORG_STAFF', T0, absolute)).toEqual(absolute);
    const deadlines = { idleExpiresAt: at(1000), absoluteExpiresAt: at(5000) };
    expect(sessionExpiry(deadlines, at(999))).toBe('ACTIVE');
    expect(sessionExpiry(deadlines, at(1000))).toBe('IDLE_TIMEOUT');
    expect(sessionExpiry(deadlines, at(5000))).toBe('ABSOLUTE_TIMEOUT');
  });

  it('re-authentication counts for 5 minutes', () => {
    expect(isRecentReauthentication(T0, at(5 * 60_000))).toBe(true);
    expect(isRecentReauthentication(T0, at(5 * 60_000 + 1))).toBe(false);
    expect(isRecentReauthentication(null, T0)).toBe(false);
  });
});
