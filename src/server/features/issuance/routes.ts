import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { requireScope, type SessionAccount } from '../../plugins/session.js';
import { AUTH_MESSAGES } from '../accounts/messages.js';
import { asDownload } from '../applications/route-support.js';
import { ecoePdf, issueEcoe, registerEcoeReceipt, viewEcoe } from './ecoe-service.js';
import { dispatch, handOverAtCounter, recordCardNumber, recordFee, recordItem } from './mail-flow-service.js';
import {
  ActionRequest, CardNumberRequest, CaseParams, DispatchRequest, EcoeParams, EcoeTokenRequest, EcoeView, FeeRequest, IssuanceView, ItemRequest,
} from './schemas.js';
import { permissionPdf, resultAfterAction, viewIssuance } from './view-service.js';

const tags = ['issuance'];
const BASE = '/api/v1/issuance/cases/:id';

/** The scope each issuance route declares (R-EXAM-1); the bureau is the back office's visibility decision. */
export const ISSUANCE_SCOPES = {
  read: requireScope('cases:read'),
  issue: requireScope('cases:issue'),
  counter: requireScope(['cases:issue', 'cases:intake']),
};

function officerOf(request: FastifyRequest): SessionAccount {
  if (!request.account) throw new AppError('UNAUTHENTICATED', AUTH_MESSAGES.unauthenticated);
  return request.account;
}

const meta = (request: FastifyRequest) => ({ ip: request.ip });

export function issuanceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const view = (request: FastifyRequest<{ Params: { id: string } }>) => viewIssuance(ctx, officerOf(request), request.params.id, meta(request));

  r.get(BASE, {
    schema: { tags, summary: 'The issuance view (R-RES-1 … R-RES-3): items, fee due for the received date, card number, dispatch, e-COE (audited)', params: CaseParams, response: { 200: IssuanceView } },
    preValidation: ISSUANCE_SCOPES.read,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return view(request);
  });

  const after = (request: FastifyRequest<{ Params: { id: string } }>) => resultAfterAction(ctx, officerOf(request), request.params.id);

  r.post(`${BASE}/items`, {
    schema: { tags, summary: 'Record receipt of a mailed item (R-RES-1); the user is emailed', params: CaseParams, body: ItemRequest, response: { 200: IssuanceView } },
    preValidation: ISSUANCE_SCOPES.issue,
  }, async (request) => {
    await recordItem(ctx, officerOf(request), request.params.id, request.body, meta(request));
    return after(request);
  });

  r.post(`${BASE}/fee`, {
    schema: { tags, summary: 'Confirm the fee (online rate for the received date, R-RES-1); a different amount → 422', params: CaseParams, body: FeeRequest, response: { 200: IssuanceView } },
    preValidation: ISSUANCE_SCOPES.issue,
  }, async (request) => {
    await recordFee(ctx, officerOf(request), request.params.id, request.body, meta(request));
    return after(request);
  });

  r.post(`${BASE}/card-number`, {
    schema: { tags, summary: 'Record the new residence card number (2 letters, 8 digits, 2 letters)', params: CaseParams, body: CardNumberRequest, response: { 200: IssuanceView } },
    preValidation: ISSUANCE_SCOPES.issue,
  }, async (request) => {
    await recordCardNumber(ctx, officerOf(request), request.params.id, request.body, meta(request));
    return after(request);
  });

  r.post(`${BASE}/dispatch`, {
    schema: { tags, summary: 'Dispatch with the tracking number → 完了 (R-RES-1); the printed permission is enclosed (R-RES-3)', params: CaseParams, body: DispatchRequest, response: { 200: IssuanceView } },
    preValidation: ISSUANCE_SCOPES.issue,
  }, async (request) => {
    await dispatch(ctx, officerOf(request), request.params.id, request.body, meta(request));
    return after(request);
  });

  r.post(`${BASE}/hand-over`, {
    schema: { tags, summary: 'Handed over at the counter → 完了 (R-RES-1 counter cases)', params: CaseParams, body: ActionRequest, response: { 200: IssuanceView } },
    preValidation: ISSUANCE_SCOPES.counter,
  }, async (request) => {
    await handOverAtCounter(ctx, officerOf(request), request.params.id, request.body, meta(request));
    return after(request);
  });

  r.post(`${BASE}/ecoe`, {
    schema: { tags, summary: 'Issue the electronic COE (R-RES-2): signed, valid 3 months, mailed ja/en with a link', params: CaseParams, body: ActionRequest, response: { 200: IssuanceView } },
    preValidation: ISSUANCE_SCOPES.issue,
  }, async (request) => {
    await issueEcoe(ctx, officerOf(request), request.params.id, request.body, meta(request));
    return after(request);
  });

  r.get(`${BASE}/permission.pdf`, {
    schema: { tags, summary: 'The printed permission for activity outside status (資格外活動許可書, R-RES-3), issued once and signed', params: CaseParams },
    preValidation: ISSUANCE_SCOPES.issue,
  }, async (request, reply) => {
    const file = await permissionPdf(ctx, officerOf(request), request.params.id, meta(request));
    return asDownload(reply, 'application/pdf', file.fileName).send(file.pdf);
  });

  // The e-COE link's holder has no account (R-RES-2); the token travels in the body, never in a URL.
  r.post('/api/v1/ecoe/:id/view', {
    schema: { tags, summary: 'Open the e-COE from the emailed link', params: EcoeParams, body: EcoeTokenRequest, response: { 200: EcoeView } },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return viewEcoe(ctx, request.params.id, request.body.token, request.ip);
  });

  r.post('/api/v1/ecoe/:id/pdf', {
    schema: { tags, summary: 'The e-COE as a signed PDF (forwardable)', params: EcoeParams, body: EcoeTokenRequest },
  }, async (request, reply) => {
    const file = await ecoePdf(ctx, request.params.id, request.body.token, request.ip);
    return asDownload(reply, 'application/pdf', file.fileName).send(file.pdf);
  });

  r.post('/api/v1/ecoe/:id/receipt', {
    schema: { tags, summary: '受領登録 (R-RES-2): once per e-COE', params: EcoeParams, body: EcoeTokenRequest, response: { 200: EcoeView } },
  }, async (request) => registerEcoeReceipt(ctx, request.params.id, request.body.token, request.ip));
}
