/**
 * Online-guessing defence (R-AUTH-8, NIST SP 800-63B-4 §3.2.2). The state is kept per submitted 認証ID —
 * whether or not an account has it — so known and unknown IDs are throttled, locked and answered alike.
 */
export const SIGN_IN_POLICY = {
  windowMs: 15 * 60_000,
  lockAfterFailuresInWindow: 10,
  lockMs: 15 * 60_000,
  disableAfterConsecutiveFailures: 100,
  /** Failures from one address in the window before that address is refused for a while. */
  addressFailuresInWindow: 50,
  /** Consecutive failures allowed before delays start. */
  freeFailures: 3,
  maxDelayMs: 5 * 60_000,
} as const;

export interface ThrottleState {
  consecutiveFailures: number;
  nextAttemptAt: Date | null;
  lockedUntil: Date | null;
  disabledAt: Date | null;
}

export const FRESH_THROTTLE: ThrottleState = { consecutiveFailures: 0, nextAttemptAt: null, lockedUntil: null, disabledAt: null };

export type ThrottleVerdict =
  | { kind: 'ALLOWED' }
  | { kind: 'DELAYED'; retryAfterMs: number }
  | { kind: 'LOCKED'; retryAfterMs: number }
  | { kind: 'DISABLED' };

export function throttleVerdict(state: ThrottleState, now: Date): ThrottleVerdict {
  if (state.disabledAt) return { kind: 'DISABLED' };
  const t = now.getTime();
  if (state.lockedUntil && state.lockedUntil.getTime() > t) return { kind: 'LOCKED', retryAfterMs: state.lockedUntil.getTime() - t };
  if (state.nextAttemptAt && state.nextAttemptAt.getTime() > t) return { kind: 'DELAYED', retryAfterMs: state.nextAttemptAt.getTime() - t };
  return { kind: 'ALLOWED' };
}

/** Exponential delay after the free failures: 2 s, 4 s, 8 s … capped at 5 minutes. */
export function delayAfterFailures(consecutiveFailures: number): number {
  const over = consecutiveFailures - SIGN_IN_POLICY.freeFailures;
  if (over <= 0) return 0;
  return Math.min(SIGN_IN_POLICY.maxDelayMs, 1000 * 2 ** Math.min(over, 20));
}

export interface FailureOutcome {
  state: ThrottleState;
  becameLocked: boolean;
  becameDisabled: boolean;
}

/** The state after one more failure; failuresInWindow counts this one too. */
export function afterFailure(state: ThrottleState, failuresInWindow: number, now: Date): FailureOutcome {
  const consecutiveFailures = state.consecutiveFailures + 1;
  const t = now.getTime();
  const becameDisabled = !state.disabledAt && consecutiveFailures >= SIGN_IN_POLICY.disableAfterConsecutiveFailures;
  const wasLocked = state.lockedUntil !== null && state.lockedUntil.getTime() > t;
  const becameLocked = !becameDisabled && !wasLocked && failuresInWindow >= SIGN_IN_POLICY.lockAfterFailuresInWindow;
  return {
    state: {
      consecutiveFailures,
      nextAttemptAt: new Date(t + delayAfterFailures(consecutiveFailures)),
      lockedUntil: becameLocked ? new Date(t + SIGN_IN_POLICY.lockMs) : state.lockedUntil,
      disabledAt: becameDisabled ? now : state.disabledAt,
    },
    becameLocked,
    becameDisabled,
  };
}

export function afterSuccess(): ThrottleState {
  return FRESH_THROTTLE;
}
