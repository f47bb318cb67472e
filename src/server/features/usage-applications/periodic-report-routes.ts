import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { requireScope } from '../../plugins/session.js';
import { USAGE_MESSAGES } from './messages.js';
import { decidePeriodicReport, listReportsForReviewer } from './periodic-report-service.js';
import { signedInAccount, tags } from './route-support.js';
import { Done, IdParams, PeriodicReportList, RejectRequest } from './schemas.js';

/** R-EXAM-5: periodic reports are reviewed in the same back office, by the usage reviewers of the office with jurisdiction. */
export function periodicReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const review = requireScope('usage-applications:review');

  r.get('/api/v1/periodic-reports', {
    schema: { tags, summary: "Periodic reports waiting in the reviewer's bureau, with the holder (each one listed is an audited view)", response: { 200: PeriodicReportList } },
    preValidation: review,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return { reports: await listReportsForReviewer(ctx, signedInAccount(request), { ip: request.ip }) };
  });

  r.post('/api/v1/periodic-reports/:id/approve', {
    schema: { tags, summary: 'Approve (the caller must hold the report): the 認証IDs of the staff still in service are renewed for 3 years; the others end', params: IdParams, response: { 200: Done } },
    preValidation: review,
  }, async (request) => {
    await decidePeriodicReport(ctx, signedInAccount(request), request.params.id, { kind: 'APPROVE' }, { ip: request.ip });
    return { ok: true as const, message: USAGE_MESSAGES.reportApproved };
  });

  r.post('/api/v1/periodic-reports/:id/reject', {
    schema: { tags, summary: 'Reject with a reason (the caller must hold the report; emailed to the staff member who filed it)', params: IdParams, body: RejectRequest, response: { 200: Done } },
    preValidation: review,
  }, async (request) => {
    await decidePeriodicReport(ctx, signedInAccount(request), request.params.id, { kind: 'REJECT', reason: request.body.reason }, { ip: request.ip });
    return { ok: true as const, message: USAGE_MESSAGES.reportRejected };
  });
}
