import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { toFieldErrors } from '../../domain/validation/field-errors.js';
import { AppError, ERROR_STATUS, MESSAGES } from '../errors.js';

/** The one error handler (DESIGN §3.4): AppError codes to statuses; internals never leave the server. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      return reply.status(ERROR_STATUS[error.code]).send({ error: error.code, message: error.userMessage, fields: error.fields, ...error.extra });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => {
        const { params, message, keyword, instancePath } = v;
        return { ...params, code: keyword, message, path: instancePath.split('/').filter(Boolean) } as unknown as z.core.$ZodIssue;
      });
      const prefix = error.validationContext && error.validationContext !== 'body' ? `${error.validationContext}.` : '';
      const fields = toFieldErrors(issues).map((f) => ({ ...f, path: prefix + f.path }));
      return reply.status(400).send({ error: 'INVALID_REQUEST', message: MESSAGES.invalidRequest, fields });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.status(400).send({ error: 'INVALID_REQUEST', message: MESSAGES.malformedJson, fields: [] });
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
      case 'FST_REQ_FILE_TOO_LARGE':
        return reply.status(413).send({ error: 'PAYLOAD_TOO_LARGE', message: MESSAGES.tooLarge });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.status(415).send({ error: 'UNSUPPORTED_MEDIA_TYPE', message: MESSAGES.unsupportedMediaType });
      case 'FST_CSRF_INVALID_TOKEN':
      case 'FST_CSRF_MISSING_SECRET':
        return reply.status(403).send({ error: 'FORBIDDEN', message: MESSAGES.csrf });
      default:
        break;
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ error: 'RATE_LIMITED', message: MESSAGES.rateLimited });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: 'INVALID_REQUEST', message: MESSAGES.invalidRequest, fields: [] });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: 'INTERNAL', message: MESSAGES.internal });
  });
}
