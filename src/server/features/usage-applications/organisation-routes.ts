import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AdditionalUsageApplicationForm } from '../../../domain/organizations/additional-usage-application.js';
import { PeriodicReportForm } from '../../../domain/organizations/periodic-report.js';
import type { AppContext } from '../../context.js';
import { requireScope } from '../../plugins/session.js';
import { USAGE_MESSAGES } from './messages.js';
import { fileAdditionalUsageApplication } from './organisation-service.js';
import { organisationOverview } from './overview-service.js';
import { filePeriodicReport } from './periodic-report-service.js';
import { filingLimit, signedInAccount, tags } from './route-support.js';
import { Filed, OrganisationOverview } from './schemas.js';
import { invalid, keepUploadsIf, parseJsonField, receiveUsageUploads } from './upload-support.js';

const manage = requireScope('organisation:manage');

/** The signed-in staff member's organisation page and periodic report (R-ORG-3): always their own organisation. */
export function organisationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/organisation', {
    schema: { tags, summary: "The staff member's organisation, 認証ID group, periodic report window and additional applications", response: { 200: OrganisationOverview } },
    preValidation: manage,
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return organisationOverview(ctx, signedInAccount(request));
  });

  r.post('/api/v1/organisation/periodic-reports', {
    schema: { tags, summary: 'File the periodic report (定期報告) of the staff member\'s 認証ID group: activities, staff still in service', body: PeriodicReportForm, response: { 201: Filed } },
    preValidation: manage, config: filingLimit,
  }, async (request, reply) => {
    const { id } = await filePeriodicReport(ctx, signedInAccount(request), request.body, { ip: request.ip });
    return reply.status(201).send({ ok: true as const, id, message: USAGE_MESSAGES.reportReceived });
  });
}

/** R-ORG-2: an additional usage application (multipart: `form` JSON, and requestLetter + pledge with a new requesting organisation). */
export function organisationUploadRoutes(scope: FastifyInstance, ctx: AppContext): void {
  scope.post('/api/v1/organisation/additional-usage-applications', {
    schema: { tags, summary: 'File an additional usage application: more staff, implementing organisations, or a new requesting organisation with its documents', response: { 201: Filed } },
    preValidation: manage, config: filingLimit,
  }, async (request, reply) => {
    const account = signedInAccount(request);
    const { files, fields } = await receiveUsageUploads(request, ctx);
    const { id } = await keepUploadsIf(ctx, files, async () => {
      const parsed = parseJsonField(AdditionalUsageApplicationForm, fields.form, 'form');
      if (!parsed.data) throw invalid(parsed.errors);
      return fileAdditionalUsageApplication(ctx, account, parsed.data, files, { ip: request.ip });
    });
    return reply.status(201).send({ ok: true as const, id, message: USAGE_MESSAGES.additionalReceived });
  });
}
