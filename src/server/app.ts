import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { MESSAGES } from './errors.js';
import type { AppContext } from './context.js';
import { accountsRoutes } from './features/accounts/routes.js';
import { applicationRoutes } from './features/applications/routes.js';
import { testClockRoutes } from './features/applications/test-clock-routes.js';
import { backOfficeRoutes } from './features/back-office/routes.js';
import { issuanceRoutes } from './features/issuance/routes.js';
import { devMailboxRoutes } from './features/dev-mailbox/routes.js';
import { eligibilityRoutes } from './features/eligibility/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { jpkiRoutes } from './features/jpki/routes.js';
import { officersRoutes } from './features/officers/routes.js';
import { referenceRoutes } from './features/reference/routes.js';
import { registrationRoutes } from './features/registration/routes.js';
import { statisticsRoutes } from './features/statistics/routes.js';
import { intermediaryRoutes } from './features/intermediaries/routes.js';
import { registerUsageApplicationJobs } from './features/usage-applications/expiry-reminders.js';
import { usageApplicationRoutes } from './features/usage-applications/routes.js';
import { verificationRoutes } from './features/verification/routes.js';
import { registerErrorHandler } from './plugins/errors.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerRegionRestriction } from './plugins/region-restriction.js';
import { registerSecurity } from './plugins/security.js';
import { registerSessions } from './plugins/session.js';
import { registerWeb } from './plugins/web.js';
import { loggerOptions } from './logging.js';

/** Builds the whole app without listening (tests use app.inject; server.ts listens). */
export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(ctx.config),
    trustProxy: ctx.config.trustedProxies.length > 0 ? ctx.config.trustedProxies : false,
    bodyLimit: ctx.config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await registerSecurity(app, ctx.config);
  if (ctx.config.geoRestriction) registerRegionRestriction(app, ctx.countryLookup);
  await registerOpenApi(app);
  registerSessions(app, ctx);

  healthRoutes(app, ctx);
  referenceRoutes(app, ctx);
  eligibilityRoutes(app, ctx);
  devMailboxRoutes(app, ctx);
  accountsRoutes(app, ctx);
  officersRoutes(app, ctx);
  jpkiRoutes(app, ctx);
  registrationRoutes(app, ctx);
  intermediaryRoutes(app, ctx);
  usageApplicationRoutes(app, ctx);
  verificationRoutes(app, ctx);
  statisticsRoutes(app, ctx);
  backOfficeRoutes(app, ctx);
  issuanceRoutes(app, ctx);
  registerUsageApplicationJobs(ctx);
  await applicationRoutes(app, ctx);
  if (ctx.config.testClockControl) testClockRoutes(app, ctx);

  // Page paths are answered by the web app (its own not-found page); what reaches here is an API miss.
  if (ctx.config.serveWeb) await registerWeb(app, ctx.config.webDir);
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: 'NOT_FOUND', message: MESSAGES.notFound }));
  return app;
}
