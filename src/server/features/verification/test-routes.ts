import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { findDocument } from './document-repository.js';
import { VERIFICATION_MESSAGES } from './messages.js';
import { issueSignedDocument, renderDocumentPdf, revokeDocument } from './registry.js';
import { DocumentIdParams, TestIssued, TestIssueRequest, TestStatusRequest } from './schemas.js';

/**
 * Browser journeys only (TEST_CLOCK_CONTROL=true, refused in production by config): issue a document to check,
 * withdraw or revoke it, and download its PDF, without the back office that issues documents for real.
 */
export function verificationTestRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/test/verification/documents', { schema: { hide: true, body: TestIssueRequest, response: { 200: TestIssued } } }, async (request) => {
    const issued = await ctx.database.db.transaction((tx) => issueSignedDocument(tx, ctx, { ...request.body, applicationId: null }));
    return { id: issued.id, number: issued.number, code: issued.code, payload: issued.payload, verificationUrl: issued.verificationUrl };
  });
  r.post('/api/test/verification/documents/:id/status', { schema: { hide: true, params: DocumentIdParams, body: TestStatusRequest } }, async (request) => {
    await ctx.database.db.transaction((tx) => revokeDocument(tx, ctx, { documentId: request.params.id, as: request.body.status, reason: 'browser journey' }));
    return { ok: true };
  });
  r.get('/api/test/verification/documents/:id/pdf', { schema: { hide: true, params: DocumentIdParams } }, async (request, reply) => {
    const row = await findDocument(ctx.database.db, request.params.id);
    if (!row) throw new AppError('NOT_FOUND', VERIFICATION_MESSAGES.notFound);
    const { pdf } = await renderDocumentPdf(row, ctx);
    return reply.type('application/pdf').send(pdf);
  });
}
