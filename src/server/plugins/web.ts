import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { isKnownWebPath } from '../../web/paths.js';

export const WEB_DIST = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/** Serves the built single-page app; unknown page paths get the app with a 404 status (it renders its not-found page). */
export async function registerWeb(app: FastifyInstance): Promise<boolean> {
  const indexFile = `${WEB_DIST}/index.html`;
  if (!existsSync(indexFile)) {
    app.log.warn('dist/web is missing: run `npm run build:web` to serve the web app');
    return false;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  await app.register(fastifyStatic, { root: WEB_DIST, index: false, wildcard: false, maxAge: '1h', immutable: true, prefix: '/' });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8');
    return reply.status(isKnownWebPath(request.url) ? 200 : 404).send(indexHtml);
  });
  return true;
}
