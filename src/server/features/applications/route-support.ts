import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { requireScope, type SessionAccount } from '../../plugins/session.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';

export const tags = ['applications'];

/** Filing for oneself (individuals) or for others (organisation staff, intermediaries); ownership is the service's. */
export const fileApplications = requireScope(['applications:file-own', 'applications:file-for-others']);

export function filerOf(request: FastifyRequest): SessionAccount {
  if (!request.account) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
  return request.account;
}

export const meta = (request: FastifyRequest) => ({ ip: request.ip });

/** A download under a generated, ASCII-only name; never cached, never sniffed. */
export function asDownload(reply: FastifyReply, contentType: string, fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): FastifyReply {
  return reply.type(contentType).header('cache-control', 'no-store').header('x-content-type-options', 'nosniff')
    .header('content-disposition', `${disposition}; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
}
