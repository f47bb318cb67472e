import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { requireScope } from '../../plugins/session.js';
import { getAccount } from '../accounts/account-repository.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';
import { NewOfficer, OfficerList, OfficerSummary } from './schemas.js';
import { createOfficer, listOfficers } from './service.js';

const tags = ['administration'];

/** Officer and administrator accounts, managed by administrators (scope officers:manage). */
export function officersRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manage = requireScope('officers:manage');

  r.get('/api/v1/admin/officers', {
    schema: { tags, summary: 'Every officer and administrator account', response: { 200: OfficerList } }, preValidation: manage,
  }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { officers: await listOfficers(ctx) };
  });

  r.post('/api/v1/admin/officers', {
    schema: { tags, summary: 'Create an officer with a role and an office; a password-set link is mailed', body: NewOfficer, response: { 200: OfficerSummary, 201: OfficerSummary } },
    preValidation: manage,
  }, async (request, reply) => {
    if (!request.account) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
    const admin = await getAccount(ctx.database.db, request.account.id);
    const { officer, isNew } = await createOfficer(ctx, admin, request.body, { ip: request.ip });
    return reply.status(isNew ? 201 : 200).send(officer);
  });
}
