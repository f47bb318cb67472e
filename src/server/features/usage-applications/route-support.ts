import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';

export const tags = ['usage applications'];
/** Anonymous filings and answers: a few per address and quarter-hour. */
export const filingLimit = { rateLimit: { max: 30, timeWindow: 15 * 60_000 } };

export function signedInAccount(request: FastifyRequest): SessionAccount {
  if (!request.account) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
  return request.account;
}
