import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { chooseReceiptMethod } from './attachment-service.js';
import { timelineOf, withdrawApplication } from './case-service.js';
import { renderOwnPdf } from './pdf-service.js';
import { asDownload, fileApplications, filerOf, meta, tags } from './route-support.js';
import { ApplicationView, IdParams, ReceiptMethodRequest, SubmissionRefusal, SubmitRequest, Timeline, WithdrawRequest } from './schemas.js';
import { resubmitApplication } from './resubmission-service.js';
import { submitApplication } from './submission-service.js';

/** Receipt method, submission (R-SUB-1), resubmission after a return (R-EXAM-2), withdrawal (R-SUB-4), the timeline (R-CASE-2) and the PDF (R-SUB-3). */
export function caseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.put('/api/v1/applications/:id/receipt-method', {
    schema: { tags, summary: 'How to receive the result (R-ATT-4): one of receiptMethods', params: IdParams, body: ReceiptMethodRequest, response: { 200: ApplicationView } },
    preValidation: fileApplications,
  }, async (request) => chooseReceiptMethod(ctx, filerOf(request), request.params.id, request.body.method, meta(request)));

  r.post('/api/v1/applications/:id/submit', {
    schema: {
      tags, summary: '入管庁に申請を行う: everything re-checked now (422 lists every problem); idempotent by the key; mails 申請受付完了のお知らせ',
      params: IdParams, body: SubmitRequest, response: { 200: ApplicationView, 422: SubmissionRefusal },
    },
    preValidation: fileApplications,
  }, async (request) => submitApplication(ctx, filerOf(request), request.params.id, request.body.idempotencyKey, meta(request)));

  r.post('/api/v1/applications/:id/resubmit', {
    schema: {
      tags, summary: '再提出 after a return for correction (R-EXAM-2): the same application, every check re-run (422 lists every problem); 409 names the status when it is not returned; idempotent by the key; mails 再提出を受け付けました',
      params: IdParams, body: SubmitRequest, response: { 200: ApplicationView, 422: SubmissionRefusal },
    },
    preValidation: fileApplications,
  }, async (request) => resubmitApplication(ctx, filerOf(request), request.params.id, request.body.idempotencyKey, meta(request)));

  r.post('/api/v1/applications/:id/withdraw', {
    schema: { tags, summary: 'Withdraw (取下げ) an undecided application with a reason; idempotent by the key; confirmed by email', params: IdParams, body: WithdrawRequest, response: { 200: ApplicationView } },
    preValidation: fileApplications,
  }, async (request) => withdrawApplication(ctx, filerOf(request), request.params.id, request.body, meta(request)));

  r.get('/api/v1/applications/:id/timeline', {
    schema: { tags, summary: 'Every step so far with time and actor, the status and what happens next (R-CASE-2)', params: IdParams, response: { 200: Timeline } },
    preValidation: fileApplications,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return timelineOf(ctx, filerOf(request), request.params.id, meta(request));
  });

  r.get('/api/v1/applications/:id/pdf', {
    schema: { tags, summary: 'The application as a bilingual PDF (the submitted content, R-SUB-3)', params: IdParams },
    preValidation: fileApplications,
  }, async (request, reply) => {
    const { fileName, pdf } = await renderOwnPdf(ctx, filerOf(request), request.params.id, meta(request));
    return asDownload(reply, 'application/pdf', fileName).send(pdf);
  });
}
