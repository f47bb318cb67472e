import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { caseRoutes } from './case-routes.js';
import { createDraft, deleteDraft, getOwn, listOwn, saveAnswers } from './draft-service.js';
import { fileRoutes } from './file-routes.js';
import { APPLICATION_MESSAGES } from './messages.js';
import { asDownload, fileApplications, filerOf, meta, tags } from './route-support.js';
import { ApplicationList, ApplicationView, CreateRequest, Done, DraftFile, IdParams, ListQuery, SaveAnswersRequest, SaveAnswersResponse } from './schemas.js';
import { exportDraft, importDraft } from './transfer-service.js';

/** 申請情報一覧 and drafts (R-FORM-3, R-SUB-1): the HTTP API the web pages and intermediaries' software use (R-PLUS-9). */
export async function applicationRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const guard = fileApplications;

  r.get('/api/v1/applications', {
    schema: { tags, summary: "The filer's applications, newest first: filter by state or procedure; q finds an applicant's name or a reception number (half-width accepted)", querystring: ListQuery, response: { 200: ApplicationList } },
    preValidation: guard,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return listOwn(ctx, filerOf(request), request.query);
  });

  r.post('/api/v1/applications', {
    schema: { tags, summary: 'Create an empty draft (idempotent: the same key returns the same draft)', body: CreateRequest, response: { 200: ApplicationView, 201: ApplicationView } },
    preValidation: guard,
  }, async (request, reply) => {
    const { view, created } = await createDraft(ctx, filerOf(request), request.body.idempotencyKey, meta(request));
    return reply.status(created ? 201 : 200).send(view);
  });

  r.post('/api/v1/applications/import', {
    schema: {
      tags, summary: 'Import an exported draft file as a new draft; a file that is not one is refused with the reason',
      body: z.unknown(), headers: z.object({ 'idempotency-key': z.string().min(8).max(100).optional() }), response: { 200: ApplicationView, 201: ApplicationView },
    },
    preValidation: guard,
  }, async (request, reply) => {
    const { view, created } = await importDraft(ctx, filerOf(request), request.body, request.headers['idempotency-key'], meta(request));
    return reply.status(created ? 201 : 200).send(view);
  });

  r.get('/api/v1/applications/:id', {
    schema: { tags, summary: 'One application: answers, checks, checklist, files and the case state', params: IdParams, response: { 200: ApplicationView } },
    preValidation: guard,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return getOwn(ctx, filerOf(request), request.params.id, meta(request));
  });

  r.patch('/api/v1/applications/:id/answers', {
    schema: {
      tags, summary: 'Autosave: merge changes into the draft at this revision (409 with the current revision when stale); malformed values are kept and returned as errors',
      params: IdParams, body: SaveAnswersRequest, response: { 200: SaveAnswersResponse },
    },
    preValidation: guard,
  }, async (request) => saveAnswers(ctx, filerOf(request), request.params.id, request.body, meta(request)));

  r.delete('/api/v1/applications/:id', {
    schema: { tags, summary: 'Delete a draft with its files (drafts only)', params: IdParams, response: { 200: Done } },
    preValidation: guard,
  }, async (request) => {
    await deleteDraft(ctx, filerOf(request), request.params.id, meta(request));
    return { ok: true as const, message: APPLICATION_MESSAGES.deleted };
  });

  r.get('/api/v1/applications/:id/export', {
    schema: { tags, summary: 'The answers as a JSON file to keep and import again (R-FORM-3)', params: IdParams, response: { 200: DraftFile } },
    preValidation: guard,
  }, async (request, reply) => {
    const { fileName, file } = await exportDraft(ctx, filerOf(request), request.params.id, meta(request));
    asDownload(reply, 'application/json; charset=utf-8', fileName);
    return file;
  });

  await fileRoutes(app, ctx);
  caseRoutes(app, ctx);
}
