import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { isKnownWebPath } from '../../web/paths.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Serves the built single-page app; unknown page paths get the app with a 404 status (it renders its not-found page). */
export async function registerWeb(app: FastifyInstance, webDir: string): Promise<boolean> {
  const root = resolve(PROJECT_ROOT, webDir);
  const indexFile = `${root}/index.html`;
  if (!existsSync(indexFile)) {
    app.log.warn(`${webDir} is missing: run \`npm run build:web\` to serve the web app`);
    return false;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  await app.register(fastifyStatic, { root, index: false, wildcard: false, maxAge: '1h', immutable: true, prefix: '/' });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8');
    return reply.status(isKnownWebPath(request.url) ? 200 : 404).send(indexHtml);
  });
  return true;
}
