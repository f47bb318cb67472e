import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { receiveUploads } from '../../adapters/uploads/receive-uploads.js';
import { discardRestOfBody, registerMultipart } from '../../adapters/uploads/register-multipart.js';
import type { AppContext } from '../../context.js';
import { DOCUMENT_PURPOSE, PHOTO_UPLOAD_PURPOSE, attachDocuments, attachPhoto, openAttachment, prepareUpload, removeAttachment } from './attachment-service.js';
import { asDownload, fileApplications, filerOf, meta, tags } from './route-support.js';
import { ApplicationView, FileParams, IdParams } from './schemas.js';

/** A refusal before the upload is read: the body still arriving is discarded rather than parsed. */
function refuseBody(request: FastifyRequest) {
  return (error: unknown): never => {
    discardRestOfBody(request);
    throw error;
  };
}

/**
 * The face photo and the documents (R-ATT-1, R-ATT-2): multipart uploads streamed to storage by the uploads
 * adapter (limits from config `uploads`, counted across the whole application), downloads under generated names.
 */
export async function fileRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    await registerMultipart(scope, ctx.config);
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const deps = { db: ctx.database.db, storage: ctx.storage, clock: ctx.clock, limits: ctx.config.uploads };

    r.put('/api/v1/applications/:id/photo', {
      schema: {
        tags, summary: 'The face photo: one JPEG or PNG (multipart), checked (3:4 ±5 %, at least 354 × 472) and stored re-encoded without metadata; replaces the previous one',
        consumes: ['multipart/form-data'], params: IdParams, response: { 200: ApplicationView },
      },
      preValidation: fileApplications,
    }, async (request) => {
      const account = filerOf(request);
      const { filer, existing } = await prepareUpload(ctx, account, request.params.id, 'PHOTO', meta(request)).catch(refuseBody(request));
      const received = await receiveUploads(request, deps, { purpose: PHOTO_UPLOAD_PURPOSE, existing });
      return attachPhoto(ctx, account, filer, request.params.id, received, meta(request));
    });

    r.post('/api/v1/applications/:id/attachments', {
      schema: {
        tags, summary: 'Documents for one checklist item: the field documentCode first, then the files (PDF, JPEG or PNG by content); all or nothing',
        consumes: ['multipart/form-data'], params: IdParams, response: { 200: ApplicationView, 201: ApplicationView },
      },
      preValidation: fileApplications,
    }, async (request, reply) => {
      const account = filerOf(request);
      const { filer, existing } = await prepareUpload(ctx, account, request.params.id, 'DOCUMENT', meta(request)).catch(refuseBody(request));
      const received = await receiveUploads(request, deps, { purpose: DOCUMENT_PURPOSE, existing });
      return reply.status(201).send(await attachDocuments(ctx, account, filer, request.params.id, received, meta(request)));
    });
  });

  const r = app.withTypeProvider<ZodTypeProvider>();

  r.delete('/api/v1/applications/:id/attachments/:attachmentId', {
    schema: { tags, summary: 'Remove a document or the photo from a draft', params: FileParams, response: { 200: ApplicationView } },
    preValidation: fileApplications,
  }, async (request) => removeAttachment(ctx, filerOf(request), request.params.id, request.params.attachmentId, meta(request)));

  r.get('/api/v1/applications/:id/attachments/:attachmentId', {
    schema: { tags, summary: 'Download an attached file (a generated name; submitted files stay downloadable, R-SUB-3)', params: FileParams },
    preValidation: fileApplications,
  }, async (request, reply) => {
    const file = await openAttachment(ctx, filerOf(request), request.params.id, request.params.attachmentId, meta(request));
    return asDownload(reply, file.contentType, file.fileName).header('content-length', file.sizeBytes).send(file.stream);
  });

  r.get('/api/v1/applications/:id/photo', {
    schema: { tags, summary: 'The stored face photo (re-encoded JPEG), for display', params: IdParams },
    preValidation: fileApplications,
  }, async (request, reply) => {
    const file = await openAttachment(ctx, filerOf(request), request.params.id, 'PHOTO', meta(request));
    return asDownload(reply, file.contentType, file.fileName, 'inline').header('content-length', file.sizeBytes).send(file.stream);
  });
}
