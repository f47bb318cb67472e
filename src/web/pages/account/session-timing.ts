/**
 * When the browser warns before the idle timeout (R-AUTH-8). Times are taken relative to the server's own
 * "now" in the same response, so a wrong clock on the user's device does not move the warning.
 */
export interface SessionDeadlines {
  now: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  warningSeconds: number;
}

export interface WarningPlan {
  /** Milliseconds from the response until the warning shows (0: show now). */
  warnInMs: number;
  /** Milliseconds from the response until the session ends. */
  endsInMs: number;
  /** True when the session ends at its absolute limit, which "continue" cannot move. */
  isFinal: boolean;
}

export function planWarning(d: SessionDeadlines): WarningPlan {
  const now = Date.parse(d.now);
  const idle = Date.parse(d.idleExpiresAt);
  const absolute = Date.parse(d.absoluteExpiresAt);
  const endsInMs = Math.max(0, Math.min(idle, absolute) - now);
  return { warnInMs: Math.max(0, endsInMs - d.warningSeconds * 1000), endsInMs, isFinal: absolute <= idle };
}

/** "1:05" style remaining time for the countdown. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
