import { isBackOfficeKind, type AccountKind } from './roles.js';

const MINUTE = 60_000;

/** R-AUTH-8 session limits. */
export const SESSION_POLICY = {
  applicantIdleMs: 30 * MINUTE,
  officerIdleMs: 15 * MINUTE,
  absoluteMs: 12 * 60 * MINUTE,
  /** Between the password and the second factor (or its enrolment). */
  pendingSecondFactorMs: 5 * MINUTE,
  /** A password entered again this recently allows changing email, password or second factor. */
  reauthenticationMs: 5 * MINUTE,
  /** How long before the idle deadline the browser shows its warning. */
  warningBeforeIdleMs: 2 * MINUTE,
} as const;

export function idleTimeoutMs(kind: AccountKind): number {
  return isBackOfficeKind(kind) ? SESSION_POLICY.officerIdleMs : SESSION_POLICY.applicantIdleMs;
}

export interface SessionDeadlines {
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

/** The idle deadline moves with activity but never past the absolute one. */
export function extendedIdleDeadline(kind: AccountKind, now: Date, absoluteExpiresAt: Date): Date {
  return new Date(Math.min(now.getTime() + idleTimeoutMs(kind), absoluteExpiresAt.getTime()));
}

export type SessionExpiry = 'ACTIVE' | 'IDLE_TIMEOUT' | 'ABSOLUTE_TIMEOUT';

export function sessionExpiry(deadlines: SessionDeadlines, now: Date): SessionExpiry {
  if (now.getTime() >= deadlines.absoluteExpiresAt.getTime()) return 'ABSOLUTE_TIMEOUT';
  if (now.getTime() >= deadlines.idleExpiresAt.getTime()) return 'IDLE_TIMEOUT';
  return 'ACTIVE';
}

export function isRecentReauthentication(reauthenticatedAt: Date | null, now: Date): boolean {
  return reauthenticatedAt !== null && now.getTime() - reauthenticatedAt.getTime() <= SESSION_POLICY.reauthenticationMs;
}
