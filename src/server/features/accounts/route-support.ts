import type { FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { SESSION_POLICY, idleTimeoutMs } from '../../../domain/auth/session-policy.js';
import type { Clock } from '../../../domain/calendar/clock.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { startSession, toSessionAccount, type SessionLookup } from '../../plugins/session.js';
import { getAccount, type Account } from './account-repository.js';
import { describeAccount } from './account-service.js';
import { AUTH_MESSAGES } from './messages.js';
import type { SessionInfo } from './schemas.js';
import type { SessionRow, SessionStage } from './session-repository.js';
import type { StartSession } from './sign-in-service.js';

/** Login CSRF: anonymous state changes also carry the token (the web app fetches /api/v1/csrf-token first). */
export function csrfGuard(request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void): void {
  request.server.csrfProtection(request, reply, done);
}

/** A pending sign-in step: the request must carry a session at exactly this stage. */
export async function requireStage(request: FastifyRequest, reply: FastifyReply, stage: SessionStage): Promise<{ session: SessionRow; account: Account }> {
  const found = await request.server.sessions.load(request, reply, { touch: false });
  if (found.kind === 'EXPIRED') throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.sessionExpired, undefined, { reason: found.reason });
  if (found.kind !== 'OPEN' || found.session.stage !== stage) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
  return found;
}

export async function requireOpenSession(request: FastifyRequest, reply: FastifyReply): Promise<{ session: SessionRow; account: Account }> {
  const found = await request.server.sessions.load(request, reply, { touch: true });
  if (found.kind === 'EXPIRED') throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.sessionExpired, undefined, { reason: found.reason });
  if (found.kind !== 'OPEN') throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
  return found;
}

export function sessionStarter(reply: FastifyReply): StartSession {
  return (tx: DbOrTx, account: Account, stage: SessionStage) => startSession(reply, tx, account, { stage, method: 'PASSWORD_TOTP' });
}

export function sessionInfo(found: SessionLookup, clock: Clock): SessionInfo {
  if (found.kind === 'NONE') return { signedIn: false };
  if (found.kind === 'EXPIRED') return { signedIn: false, reason: found.reason };
  const { session, account } = found;
  const active = toSessionAccount(account);
  return {
    signedIn: true,
    stage: session.stage,
    account: { ...describeAccount(account), role: active.role, scopes: [...active.scopes] },
    now: clock.now().toISOString(),
    idleExpiresAt: session.idleExpiresAt.toISOString(),
    absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
    idleTimeoutSeconds: idleTimeoutMs(account.kind) / 1000,
    warningSeconds: SESSION_POLICY.warningBeforeIdleMs / 1000,
  };
}

export async function qrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The session this response has just started (its cookie is not on the request yet). */
export async function reloaded(request: FastifyRequest): Promise<SessionLookup> {
  const session = request.session;
  if (!session) return { kind: 'NONE' };
  return { kind: 'OPEN', session, account: await getAccount(request.server.sessions.db, session.accountId) };
}
