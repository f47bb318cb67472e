import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { UsageApplicationForm } from '../../../domain/organizations/usage-application.js';
import { requestingDocumentIssues } from '../../../domain/organizations/usage-documents.js';
import { registerMultipart } from '../../adapters/uploads/register-multipart.js';
import type { AppContext } from '../../context.js';
import { requireScope } from '../../plugins/session.js';
import { completePasswordLink } from '../accounts/recovery-service.js';
import { csrfGuard } from '../accounts/route-support.js';
import { afterStaffPasswordSet } from './approval.js';
import { USAGE_MESSAGES } from './messages.js';
import { organisationRoutes, organisationUploadRoutes } from './organisation-routes.js';
import { periodicReportRoutes } from './periodic-report-routes.js';
import { replyLinkRoutes, replyUploadRoutes } from './reply-routes.js';
import { filingLimit, signedInAccount, tags } from './route-support.js';
import { getForReviewer, listForReviewer, openDocumentForReviewer } from './review-service.js';
import { Done, FileParams, Filed, IdParams, MoreRequest, RejectRequest, StaffPasswordRequest, UsageApplicationList, UsageApplicationViewSchema } from './schemas.js';
import { decideUsageApplication, fileUsageApplication } from './service.js';
import { invalid, keepUploadsIf, parseJsonField, receiveUsageUploads } from './upload-support.js';


/** The new usage application with the requesting organisation's request letter and pledge (multipart: `form` JSON + files). */
function newApplicationWithDocuments(scope: FastifyInstance, ctx: AppContext): void {
  scope.post('/api/v1/usage-applications/with-documents', {
    schema: { tags, summary: 'File a new usage application with the request letter (requestLetter) and pledge (pledge) as files; `form` is the JSON form', response: { 201: Filed } },
    preValidation: csrfGuard, config: filingLimit,
  }, async (request, reply) => {
    const { files, fields } = await receiveUsageUploads(request, ctx);
    const { id } = await keepUploadsIf(ctx, files, async () => {
      const parsed = parseJsonField(UsageApplicationForm, fields.form, 'form');
      if (!parsed.data) {
        const type = (parsed.raw as { type?: unknown } | undefined)?.type;
        const needsDocuments = type === 'SUPPORT' || type === 'PUBLIC_INTEREST';
        throw invalid([...parsed.errors, ...requestingDocumentIssues(files.map((f) => f.fieldName), needsDocuments)]);
      }
      return fileUsageApplication(ctx, parsed.data, { ip: request.ip }, files);
    });
    return reply.status(201).send({ ok: true as const, id, message: USAGE_MESSAGES.received });
  });
}

function reviewRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const review = requireScope('usage-applications:review');

  r.get('/api/v1/usage-applications', {
    schema: { tags, summary: "Open usage applications of the reviewer's bureau, with documents, the exchange and the holder (each one listed is an audited view)", response: { 200: UsageApplicationList } },
    preValidation: review,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return { applications: await listForReviewer(ctx, signedInAccount(request), { ip: request.ip }) };
  });

  r.get('/api/v1/usage-applications/:id', {
    schema: { tags, summary: 'One usage application (the reviewer\'s jurisdiction only)', params: IdParams, response: { 200: UsageApplicationViewSchema } },
    preValidation: review,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return getForReviewer(ctx, signedInAccount(request), request.params.id, { ip: request.ip });
  });

  r.get('/api/v1/usage-applications/:id/files/:fileId', {
    schema: { tags, summary: 'Download a request letter, pledge or reply document (the reviewer\'s jurisdiction only; audited)', params: FileParams },
    preValidation: review,
  }, async (request, reply) => {
    const file = await openDocumentForReviewer(ctx, signedInAccount(request), request.params.id, request.params.fileId, { ip: request.ip });
    return reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('content-length', String(file.sizeBytes)).type(file.contentType).send(file.stream);
  });

  r.post('/api/v1/usage-applications/:id/approve', {
    schema: { tags, summary: 'Approve (the caller must hold it, R-EXAM-3): staff accounts (認証ID valid 3 years) and approval emails', params: IdParams, response: { 200: Done } }, preValidation: review,
  }, async (request) => {
    await decideUsageApplication(ctx, signedInAccount(request), request.params.id, { kind: 'APPROVE' }, { ip: request.ip });
    return { ok: true as const, message: USAGE_MESSAGES.approved };
  });

  r.post('/api/v1/usage-applications/:id/reject', {
    schema: { tags, summary: 'Reject with a reason (the caller must hold it; emailed)', params: IdParams, body: RejectRequest, response: { 200: Done } }, preValidation: review,
  }, async (request) => {
    await decideUsageApplication(ctx, signedInAccount(request), request.params.id, { kind: 'REJECT', reason: request.body.reason }, { ip: request.ip });
    return { ok: true as const, message: USAGE_MESSAGES.rejected };
  });

  r.post('/api/v1/usage-applications/:id/request-more', {
    schema: { tags, summary: 'Ask the organisation for more information (the caller must hold it; emailed with a single-use link to answer)', params: IdParams, body: MoreRequest, response: { 200: Done } },
    preValidation: review,
  }, async (request) => {
    await decideUsageApplication(ctx, signedInAccount(request), request.params.id, { kind: 'REQUEST_MORE', request: request.body.request }, { ip: request.ip });
    return { ok: true as const, message: USAGE_MESSAGES.moreRequested };
  });
}

/** 利用申出 of organisations (R-ORG-1..3): filed by anyone or by their staff, reviewed by the office with jurisdiction. */
export function usageApplicationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/usage-applications', {
    schema: { tags, summary: 'File a new usage application (organisation, type, staff, pledges) without documents; a receipt is emailed', body: UsageApplicationForm, response: { 201: Filed } },
    preValidation: csrfGuard, config: filingLimit,
  }, async (request, reply) => {
    const { id } = await fileUsageApplication(ctx, request.body, { ip: request.ip });
    return reply.status(201).send({ ok: true as const, id, message: USAGE_MESSAGES.received });
  });

  r.post('/api/v1/usage-applications/staff-password', {
    schema: { tags, summary: 'A staff member sets the password from the approval email link (single use); the 認証ID is then emailed', body: StaffPasswordRequest, response: { 200: Done } },
    preValidation: csrfGuard, config: filingLimit,
  }, async (request) => {
    await completePasswordLink(ctx, request.body.token, request.body.password, { ip: request.ip }, afterStaffPasswordSet(ctx));
    return { ok: true as const };
  });

  reviewRoutes(app, ctx);
  periodicReportRoutes(app, ctx);
  replyLinkRoutes(app, ctx);
  organisationRoutes(app, ctx);
  // The routes that receive files get the multipart parser in their own scope.
  void app.register(async (scope) => {
    await registerMultipart(scope, ctx.config);
    newApplicationWithDocuments(scope, ctx);
    replyUploadRoutes(scope, ctx);
    organisationUploadRoutes(scope, ctx);
  });
}
