import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { requireScope, type SessionAccount } from '../../plugins/session.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';
import { ActionResult } from '../back-office/schemas.js';
import { addNote, approveDecision, closeDocumentRequest, correctAnswer, decide, messageFiler, proposeDecision, requestDocuments } from './officer-service.js';
import { ApproveBody, CaseParams, ItemFileParams, CloseRequestBody, CorrectBody, DecisionBody, ExaminationView, GrantBody, RefuseBody, RequestDocumentsBody, TextBody } from './schemas.js';
import { asDownload } from '../applications/route-support.js';
import { openOfficerAnswerFile } from './file-service.js';
import { examinationFilerRoutes } from './filer-routes.js';
import { examinationView } from './view-service.js';

const tags = ['back-office'];
const BASE = '/api/v1/back-office/cases/:id';

/** The scope each examination route declares (R-EXAM-1); the bureau is checked by the back office's visibility. */
export const EXAMINATION_SCOPES = {
  read: requireScope('cases:read'),
  examine: requireScope('cases:examine'),
  correct: requireScope(['cases:intake', 'cases:examine']),
  message: requireScope(['cases:intake', 'cases:examine', 'cases:decide', 'cases:issue']),
  note: requireScope(['cases:intake', 'cases:examine', 'cases:decide', 'cases:issue', 'cases:assign']),
  decide: requireScope('cases:decide'),
};

function officerOf(request: FastifyRequest): SessionAccount {
  if (!request.account) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
  return request.account;
}
const meta = (request: FastifyRequest) => ({ ip: request.ip });
const result = { 200: ActionResult };

export function examinationRoutes(app: FastifyInstance, ctx: AppContext): void {
  // The filer's routes need their own multipart scope; registered here so the app needs no second entry.
  void app.register(async (scope) => examinationFilerRoutes(scope, ctx));
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${BASE}/examination`, {
    schema: { tags, summary: 'Examination panel (R-EXAM-4): document requests and answers, messages, notes, the proposal in force (audited view)', params: CaseParams, response: { 200: ExaminationView } },
    preValidation: EXAMINATION_SCOPES.read,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return examinationView(ctx, officerOf(request), request.params.id, meta(request));
  });

  r.get(`${BASE}/document-requests/items/:itemId/files/:fileId`, {
    schema: { tags, summary: 'A file the filer uploaded for a requested item, for the viewer (audited)', params: ItemFileParams },
    preValidation: EXAMINATION_SCOPES.read,
  }, async (request, reply) => {
    const file = await openOfficerAnswerFile(ctx, officerOf(request), request.params, meta(request));
    return asDownload(reply, file.contentType, file.fileName, 'inline').send(file.stream);
  });

  r.post(`${BASE}/document-requests`, {
    schema: { tags, summary: 'Request additional documents (R-CASE-3): items and a JST deadline; the filer and the applicant are emailed; 追完待ち', params: CaseParams, body: RequestDocumentsBody, response: result },
    preValidation: EXAMINATION_SCOPES.examine,
  }, async (request) => requestDocuments(ctx, officerOf(request), request.params.id, request.body, meta(request)));

  r.post(`${BASE}/document-requests/close`, {
    schema: { tags, summary: 'Close the open document request (back to 審査中) with a reason', params: CaseParams, body: CloseRequestBody, response: result },
    preValidation: EXAMINATION_SCOPES.examine,
  }, async (request) => closeDocumentRequest(ctx, officerOf(request), request.params.id, request.body, meta(request)));

  r.post(`${BASE}/messages`, {
    schema: { tags, summary: 'A message to the filer (R-CASE-4); the filer is emailed a notice', params: CaseParams, body: TextBody, response: result },
    preValidation: EXAMINATION_SCOPES.message,
  }, async (request) => messageFiler(ctx, officerOf(request), request.params.id, request.body, meta(request)));

  r.post(`${BASE}/notes`, {
    schema: { tags, summary: 'An internal note (R-EXAM-4), never shown to the filer', params: CaseParams, body: TextBody, response: result },
    preValidation: EXAMINATION_SCOPES.note,
  }, async (request) => addNote(ctx, officerOf(request), request.params.id, request.body, meta(request)));

  r.post(`${BASE}/corrections`, {
    schema: { tags, summary: 'Correct one submitted answer at the filer\'s request (R-EXAM-4): old and new audited, the filer emailed', params: CaseParams, body: CorrectBody, response: result },
    preValidation: EXAMINATION_SCOPES.correct,
  }, async (request) => correctAnswer(ctx, officerOf(request), request.params.id, request.body, meta(request)));

  r.post(`${BASE}/proposal`, {
    schema: { tags, summary: 'Propose a decision (許可 with status and period, or 不許可 with a reason)', params: CaseParams, body: DecisionBody, response: result },
    preValidation: EXAMINATION_SCOPES.examine,
  }, async (request) => proposeDecision(ctx, officerOf(request), request.params.id, request.body, meta(request)));

  r.post(`${BASE}/proposal/approve`, {
    schema: { tags, summary: 'A second officer approves the proposal in force (bureaus configured in DECISION_APPROVAL_BUREAUS)', params: CaseParams, body: ApproveBody, response: result },
    preValidation: EXAMINATION_SCOPES.decide,
  }, async (request) => approveDecision(ctx, officerOf(request), request.params.id, request.body.idempotencyKey, meta(request)));

  r.post(`${BASE}/grant`, {
    schema: { tags, summary: 'Decide 許可 with the granted status and period from the reference data (→ 発行待ち)', params: CaseParams, body: GrantBody, response: result },
    preValidation: EXAMINATION_SCOPES.decide,
  }, async (request) => decide(ctx, officerOf(request), request.params.id, { ...request.body, decision: 'GRANT' }, meta(request)));

  r.post(`${BASE}/refuse`, {
    schema: { tags, summary: 'Decide 不許可 with the reason; the filer and the applicant are emailed', params: CaseParams, body: RefuseBody, response: result },
    preValidation: EXAMINATION_SCOPES.decide,
  }, async (request) => decide(ctx, officerOf(request), request.params.id, { ...request.body, decision: 'REFUSE' }, meta(request)));
}
