import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isOfficerRole, roleOf, scopesOf, type AccountKind, type OfficerRole, type Role, type Scope } from '../../domain/auth/roles.js';
import { SESSION_POLICY, extendedIdleDeadline, sessionExpiry } from '../../domain/auth/session-policy.js';
import type { Clock } from '../../domain/calendar/clock.js';
import type { AppContext } from '../context.js';
import type { Db, DbOrTx } from '../db/client.js';
import { AppError } from '../errors.js';
import type { Account } from '../features/accounts/account-repository.js';
import { accountActor } from '../features/accounts/audit-actor.js';
import { AUTH_MESSAGES } from '../features/accounts/messages.js';
import { isAuthIdExpired } from '../../domain/auth/auth-id.js';
import { endSession, findOpenSession, insertSession, updateSession, type SessionEndReason, type SessionRow, type SessionStage } from '../features/accounts/session-repository.js';
import { newToken, sha256Hex } from '../features/accounts/tokens.js';
import { appendAudit } from '../features/audit/audit-log.js';
import { SESSION_COOKIE, hostCookieOptions } from './security.js';

/** Who is signed in, as routes see it (request.account). */
export interface SessionAccount {
  id: string;
  authId: string;
  kind: AccountKind;
  officerRole: OfficerRole | null;
  role: Role;
  office: string | null;
  displayName: string;
  email: string;
  scopes: readonly Scope[];
}

export type SessionLookup =
  | { kind: 'NONE' }
  | { kind: 'EXPIRED'; reason: 'IDLE_TIMEOUT' | 'ABSOLUTE_TIMEOUT' | 'PENDING_EXPIRED' }
  | { kind: 'OPEN'; session: SessionRow; account: Account };

declare module 'fastify' {
  interface FastifyInstance {
    sessions: SessionStore;
  }
  interface FastifyRequest {
    account: SessionAccount | null;
    session: SessionRow | null;
  }
}

export function toSessionAccount(account: Account): SessionAccount {
  const officerRole = account.officerRole && isOfficerRole(account.officerRole) ? account.officerRole : null;
  const role = roleOf(account.kind, officerRole);
  return {
    id: account.id, authId: account.authId, kind: account.kind, officerRole, role, office: account.office,
    displayName: account.displayName, email: account.email, scopes: scopesOf(role),
  };
}

/** Server-side sessions in the database (R-AUTH-8): valid on every instance that shares it. */
export class SessionStore {
  constructor(
    readonly db: Db,
    readonly clock: Clock,
  ) {}

  /**
   * Reads the session of the request's cookie; an expired one is ended (and audited) here. `touch` moves the idle
   * deadline: `true` always (the "continue" button), `'throttled'` only when the last touch is a minute old or more.
   */
  async load(request: FastifyRequest, reply: FastifyReply, options: { touch: boolean | 'throttled' }): Promise<SessionLookup> {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return { kind: 'NONE' };
    const idHash = sha256Hex(token);
    const found = await findOpenSession(this.db, idHash);
    if (!found) {
      clearSessionCookie(reply);
      return { kind: 'NONE' };
    }
    const now = this.clock.now();
    const expiry = sessionExpiry(found.session, now);
    if (expiry !== 'ACTIVE') {
      const reason = found.session.stage === 'ACTIVE' ? expiry : 'PENDING_EXPIRED';
      await this.end(found, reason, request.ip);
      clearSessionCookie(reply);
      return { kind: 'EXPIRED', reason };
    }
    if (found.account.status !== 'ACTIVE') {
      await this.end(found, 'ACCOUNT_DISABLED', request.ip);
      clearSessionCookie(reply);
      return { kind: 'NONE' };
    }
    // R-ORG-3: an expired 認証ID cannot sign in, and an open session must not outlive it either.
    if (isAuthIdExpired(found.account.authIdExpiresAt, now)) {
      await this.end(found, 'AUTH_ID_EXPIRED', request.ip);
      clearSessionCookie(reply);
      return { kind: 'NONE' };
    }
    if (options.touch && found.session.stage === 'ACTIVE' && (options.touch === true || isTouchDue(found.session, now))) {
      const idleExpiresAt = extendedIdleDeadline(found.account.kind, now, found.session.absoluteExpiresAt);
      await updateSession(this.db, idHash, { lastSeenAt: now, idleExpiresAt });
      found.session = { ...found.session, lastSeenAt: now, idleExpiresAt };
    }
    request.session = found.session;
    request.account = found.session.stage === 'ACTIVE' ? toSessionAccount(found.account) : null;
    return { kind: 'OPEN', ...found };
  }

  private async end(found: { session: SessionRow; account: Account }, reason: SessionEndReason, ip: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (!(await endSession(tx, found.session.idHash, this.clock.now(), reason))) return;
      await appendAudit(tx, this.clock, { ...accountActor(found.account), action: 'session.ended', ipAddress: ip, outcome: 'SUCCESS', details: { reason } });
    });
  }
}

/**
 * Every signed-in request would otherwise write (and commit) the session row. Touching at most once a minute keeps
 * the idle timeout within a minute of the last activity (R-AUTH-8) — the browser warns from the stored deadline and
 * "continue" always touches — for one write a minute instead of one a request.
 */
const TOUCH_INTERVAL_MS = 60_000;

function isTouchDue(session: SessionRow, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, hostCookieOptions());
}

export interface StartSessionOptions {
  stage?: SessionStage;
  /** How the person proved who they are, for the audit row (e.g. PASSWORD_TOTP, JPKI_CARD). */
  method: string;
}

/**
 * Starts a session for an account whose identity the caller has just verified, in the caller's transaction:
 * a new 256-bit id every time (the request's previous session is ended: no fixation), the `__Host-session`
 * cookie, and — for a full sign-in — the audit row. The JPKI card sign-in calls this after verifying the card.
 */
export async function startSession(reply: FastifyReply, tx: DbOrTx, account: Account, options: StartSessionOptions): Promise<SessionRow> {
  const { clock } = reply.server.sessions;
  const request = reply.request;
  const now = clock.now();
  const previous = request.cookies[SESSION_COOKIE];
  if (previous) await endSession(tx, sha256Hex(previous), now, 'REPLACED');
  const stage = options.stage ?? 'ACTIVE';
  const absoluteExpiresAt = new Date(now.getTime() + (stage === 'ACTIVE' ? SESSION_POLICY.absoluteMs : SESSION_POLICY.pendingSecondFactorMs));
  const idleExpiresAt = stage === 'ACTIVE' ? extendedIdleDeadline(account.kind, now, absoluteExpiresAt) : absoluteExpiresAt;
  const token = newToken();
  const row: SessionRow = {
    idHash: sha256Hex(token), accountId: account.id, stage, createdAt: now, lastSeenAt: now, idleExpiresAt, absoluteExpiresAt,
    reauthenticatedAt: stage === 'ACTIVE' ? now : null, pendingTotpSecret: null, ipAddress: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, 200) ?? null, endedAt: null, endReason: null,
  };
  await insertSession(tx, row);
  if (stage === 'ACTIVE') {
    await appendAudit(tx, clock, { ...accountActor(account), action: 'sign-in', ipAddress: request.ip, outcome: 'SUCCESS', details: { method: options.method } });
  }
  reply.setCookie(SESSION_COOKIE, token, hostCookieOptions({ maxAge: Math.floor((absoluteExpiresAt.getTime() - now.getTime()) / 1000) }));
  request.session = row;
  request.account = stage === 'ACTIVE' ? toSessionAccount(account) : null;
  return row;
}

/**
 * The guard every protected route declares (DESIGN §3.3): `preValidation: requireScope('cases:examine')`.
 * No session → 401; a session without the scope → 403 (audited); nothing else runs in either case.
 * Given several scopes, any one of them admits (e.g. filing for oneself or for others).
 */
export function requireScope(scope: Scope | readonly Scope[]) {
  const accepted: readonly Scope[] = typeof scope === 'string' ? [scope] : scope;
  return async function guard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const store = request.server.sessions;
    const found = await store.load(request, reply, { touch: 'throttled' });
    if (found.kind === 'EXPIRED') throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.sessionExpired, undefined, { reason: found.reason });
    if (found.kind === 'NONE' || !request.account) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
    const scopes = request.account.scopes;
    if (accepted.some((s) => scopes.includes(s))) return;
    const account = found.account;
    await store.db.transaction(async (tx) => {
      await appendAudit(tx, store.clock, {
        ...accountActor(account), action: 'access.denied', ipAddress: request.ip, outcome: 'DENIED',
        details: { scope: accepted.join(' | '), method: request.method, route: request.routeOptions.url ?? '' },
      });
    });
    throw new AppError('FORBIDDEN', AUTH_MESSAGES.forbidden);
  };
}

export function registerSessions(app: FastifyInstance, ctx: AppContext): void {
  app.decorate('sessions', new SessionStore(ctx.database.db, ctx.clock));
  app.decorateRequest('account', null);
  app.decorateRequest('session', null);
}
