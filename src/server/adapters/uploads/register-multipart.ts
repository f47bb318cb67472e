import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';

/** Form fields that may travel with the files (e.g. a document category): few and small. */
const MAX_FIELDS = 50;
const MAX_FIELD_BYTES = 64 * 1024;

/**
 * Registers @fastify/multipart in the scope of the upload routes. The parser's own limits sit one step above
 * the configured ones, so receiveUploads sees the 21st file or the 10 MiB + 1st byte and refuses it with its
 * own message naming the file; the parser's limits are only a backstop.
 */
export async function registerMultipart(app: FastifyInstance, config: Pick<Config, 'uploads'>): Promise<void> {
  const { maxFiles, maxFileBytes } = config.uploads;
  await app.register(multipart, {
    limits: {
      files: maxFiles + 1,
      fileSize: maxFileBytes + 1,
      fields: MAX_FIELDS,
      fieldSize: MAX_FIELD_BYTES,
      parts: maxFiles + 1 + MAX_FIELDS,
      headerPairs: 100,
    },
  });
  app.addHook('onSend', async (request, reply) => {
    if (refusedMidBody.has(request.raw) && !request.raw.complete) reply.header('connection', 'close');
  });
}

const refusedMidBody = new WeakSet<FastifyRequest['raw']>();

/**
 * After a refusal the client may still be sending (up to 25 MiB): the rest of the body is discarded and the
 * connection is closed once the answer is sent, rather than reading on for nothing or leaving it stuck.
 */
export function discardRestOfBody(request: FastifyRequest): void {
  if (request.raw.complete) return;
  refusedMidBody.add(request.raw);
  request.raw.unpipe();
  request.raw.resume();
}
