import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { requireScope, type SessionAccount } from '../../plugins/session.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';
import { asDownload } from '../applications/route-support.js';
import { examinationRoutes } from '../examination/routes.js';
import { acceptCase, claimCase, reassignCase, releaseCase, returnCase } from './action-service.js';
import { openCaseFile, viewCase } from './case-service.js';
import { queueFor } from './queue-service.js';
import { claimReview, reassignReview, releaseReview } from './review-service.js';
import {
  ActionRequest, ActionResult, CaseDetail, CaseFileParams, CaseParams, QueuePage, QueueQuery, REVIEW_KIND_OF_PATH, ReassignRequest, ReturnRequest, ReviewActionResult, ReviewParams,
} from './schemas.js';

const tags = ['back-office'];
const BASE = '/api/v1/back-office';

/** The scope each back-office route declares (R-EXAM-1); the bureau is the service's (visibility.ts). */
export const BACK_OFFICE_SCOPES = {
  /** Cases for those who read cases; usage applications and periodic reports for the usage reviewers (R-EXAM-5). */
  queue: requireScope(['cases:read', 'usage-applications:review']),
  intake: requireScope('cases:intake'),
  read: requireScope('cases:read'),
  claim: requireScope(['cases:intake', 'cases:examine', 'cases:decide', 'cases:issue']),
  release: requireScope(['cases:intake', 'cases:examine', 'cases:decide', 'cases:issue', 'cases:assign']),
  reassign: requireScope('cases:assign'),
  reviewClaim: requireScope('usage-applications:review'),
  reviewRelease: requireScope(['usage-applications:review', 'cases:assign']),
};

function officerOf(request: FastifyRequest): SessionAccount {
  if (!request.account) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
  return request.account;
}

const meta = (request: FastifyRequest) => ({ ip: request.ip });

/** Claim, release and reassign of usage applications and periodic reports (R-EXAM-3, R-EXAM-5); their decisions stay on the usage-applications routes. */
function reviewRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(`${BASE}/reviews/:kind/:id/claim`, {
    schema: { tags, summary: 'Claim a usage application or periodic report of the bureau; held by another reviewer → 409 naming them', params: ReviewParams, body: ActionRequest, response: { 200: ReviewActionResult } },
    preValidation: BACK_OFFICE_SCOPES.reviewClaim,
  }, async (request) => claimReview(ctx, officerOf(request), REVIEW_KIND_OF_PATH[request.params.kind], request.params.id, request.body.idempotencyKey, meta(request)));

  r.post(`${BASE}/reviews/:kind/:id/release`, {
    schema: { tags, summary: 'Release it (the holder, or a supervisor)', params: ReviewParams, body: ActionRequest, response: { 200: ReviewActionResult } },
    preValidation: BACK_OFFICE_SCOPES.reviewRelease,
  }, async (request) => releaseReview(ctx, officerOf(request), REVIEW_KIND_OF_PATH[request.params.kind], request.params.id, request.body.idempotencyKey, meta(request)));

  r.post(`${BASE}/reviews/:kind/:id/reassign`, {
    schema: { tags, summary: 'Reassign it to a usage reviewer of the bureau (supervisors)', params: ReviewParams, body: ReassignRequest, response: { 200: ReviewActionResult } },
    preValidation: BACK_OFFICE_SCOPES.reassign,
  }, async (request) => reassignReview(ctx, officerOf(request), REVIEW_KIND_OF_PATH[request.params.kind], request.params.id, request.body, meta(request)));
}

export function backOfficeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${BASE}/cases`, {
    schema: { tags, summary: 'Work queue (R-EXAM-3, R-EXAM-5): the bureau\'s open cases (or a status, or all) under filters, or its usage applications or periodic reports (kind), paged with the total and counts per status and kind', querystring: QueueQuery, response: { 200: QueuePage } },
    preValidation: BACK_OFFICE_SCOPES.queue,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return queueFor(ctx, officerOf(request), request.query);
  });

  r.get(`${BASE}/intake`, {
    schema: { tags, summary: 'Intake queue (R-EXAM-2): the bureau\'s submissions waiting for acceptance', querystring: QueueQuery, response: { 200: QueuePage } },
    preValidation: BACK_OFFICE_SCOPES.intake,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return queueFor(ctx, officerOf(request), request.query, 'SUBMITTED');
  });

  r.get(`${BASE}/cases/:id`, {
    schema: { tags, summary: 'The case screen: answers, files, checklist, format check, history, allowed actions (every view audited, R-EXAM-6)', params: CaseParams, response: { 200: CaseDetail } },
    preValidation: BACK_OFFICE_SCOPES.read,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return viewCase(ctx, officerOf(request), request.params.id, meta(request));
  });

  r.get(`${BASE}/cases/:id/files/:fileId`, {
    schema: { tags, summary: 'An attachment or the photo for the viewer (audited)', params: CaseFileParams },
    preValidation: BACK_OFFICE_SCOPES.read,
  }, async (request, reply) => {
    const file = await openCaseFile(ctx, officerOf(request), request.params.id, request.params.fileId, meta(request));
    return asDownload(reply, file.contentType, file.fileName, 'inline').send(file.stream);
  });

  r.post(`${BASE}/cases/:id/claim`, {
    schema: { tags, summary: 'Claim the case (R-EXAM-3); held by another officer → 409 naming them', params: CaseParams, body: ActionRequest, response: { 200: ActionResult } },
    preValidation: BACK_OFFICE_SCOPES.claim,
  }, async (request) => claimCase(ctx, officerOf(request), request.params.id, request.body.idempotencyKey, meta(request)));

  r.post(`${BASE}/cases/:id/release`, {
    schema: { tags, summary: 'Release the case (the holder, or a supervisor)', params: CaseParams, body: ActionRequest, response: { 200: ActionResult } },
    preValidation: BACK_OFFICE_SCOPES.release,
  }, async (request) => releaseCase(ctx, officerOf(request), request.params.id, request.body.idempotencyKey, meta(request)));

  r.post(`${BASE}/cases/:id/reassign`, {
    schema: { tags, summary: 'Reassign the case to another officer of the bureau (supervisors)', params: CaseParams, body: ReassignRequest, response: { 200: ActionResult } },
    preValidation: BACK_OFFICE_SCOPES.reassign,
  }, async (request) => reassignCase(ctx, officerOf(request), request.params.id, request.body, meta(request)));

  r.post(`${BASE}/cases/:id/accept`, {
    schema: { tags, summary: 'Accept (R-EXAM-2): assigns the reception number and mails it; the caller must hold the case', params: CaseParams, body: ActionRequest, response: { 200: ActionResult } },
    preValidation: BACK_OFFICE_SCOPES.intake,
  }, async (request) => acceptCase(ctx, officerOf(request), request.params.id, request.body.idempotencyKey, meta(request)));

  r.post(`${BASE}/cases/:id/return`, {
    schema: { tags, summary: 'Return for defects (差戻し, R-EXAM-2) with the reasons; the filer and the applicant are emailed', params: CaseParams, body: ReturnRequest, response: { 200: ActionResult } },
    preValidation: BACK_OFFICE_SCOPES.intake,
  }, async (request) => returnCase(ctx, officerOf(request), request.params.id, request.body, meta(request)));

  reviewRoutes(app, ctx);

  // The examination actions (R-EXAM-4, R-CASE-3, R-CASE-4) under the same case paths.
  examinationRoutes(app, ctx);
}
