import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { receiveUploads } from '../../adapters/uploads/receive-uploads.js';
import { discardRestOfBody, registerMultipart } from '../../adapters/uploads/register-multipart.js';
import type { AppContext } from '../../context.js';
import { asDownload, fileApplications, filerOf, meta, tags } from '../applications/route-support.js';
import { openFilerAnswerFile } from './file-service.js';
import { ANSWER_PURPOSE, answerItem, filerView, postFilerMessage, prepareAnswer } from './filer-service.js';
import { CaseParams, FilerCaseView, ItemFileParams, ItemParams, TextBody } from './schemas.js';

/** The filer's side of the examination (R-CASE-3, R-CASE-4), shown on the application's status page. */
export async function examinationFilerRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    await registerMultipart(scope, ctx.config);
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const deps = { db: ctx.database.db, storage: ctx.storage, clock: ctx.clock, limits: ctx.config.uploads };

    r.post('/api/v1/applications/:id/document-requests/items/:itemId', {
      schema: {
        tags, summary: 'Answer one requested item with files (multipart "files"; PDF, JPEG or PNG, R-ATT-2 limits); the last item returns the case to 審査中',
        consumes: ['multipart/form-data'], params: ItemParams, response: { 200: FilerCaseView },
      },
      preValidation: fileApplications,
    }, async (request) => {
      const account = filerOf(request);
      const { id, itemId } = request.params;
      const { filer, existing } = await prepareAnswer(ctx, account, id, itemId, meta(request)).catch((error: unknown) => {
        discardRestOfBody(request);
        throw error;
      });
      const received = await receiveUploads(request, deps, { purpose: ANSWER_PURPOSE, existing });
      return answerItem(ctx, account, filer, id, itemId, received, meta(request));
    });
  });

  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/applications/:id/document-requests', {
    schema: { tags, summary: 'The additional-document requests with their items and answers, and the messages (R-CASE-3, R-CASE-4)', params: CaseParams, response: { 200: FilerCaseView } },
    preValidation: fileApplications,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return filerView(ctx, filerOf(request), request.params.id, meta(request));
  });

  r.get('/api/v1/applications/:id/document-requests/items/:itemId/files/:fileId', {
    schema: { tags, summary: 'Download a file uploaded for a requested item', params: ItemFileParams },
    preValidation: fileApplications,
  }, async (request, reply) => {
    const file = await openFilerAnswerFile(ctx, filerOf(request), request.params, meta(request));
    return asDownload(reply, file.contentType, file.fileName).send(file.stream);
  });

  r.get('/api/v1/applications/:id/messages', {
    schema: { tags, summary: 'Messages between the filer and the bureau on the case (R-CASE-4)', params: CaseParams, response: { 200: FilerCaseView } },
    preValidation: fileApplications,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return filerView(ctx, filerOf(request), request.params.id, meta(request));
  });

  r.post('/api/v1/applications/:id/messages', {
    schema: { tags, summary: 'Send a message to the bureau (R-CASE-4); the officer holding the case is emailed a notice', params: CaseParams, body: TextBody, response: { 200: FilerCaseView } },
    preValidation: fileApplications,
  }, async (request) => postFilerMessage(ctx, filerOf(request), request.params.id, request.body, meta(request)));
}
