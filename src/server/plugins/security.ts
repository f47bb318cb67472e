import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';

/** Cookie names carry the __Host- prefix: Secure, Path=/, no Domain (R-AUTH-8). */
export const SESSION_COOKIE = '__Host-session';
export const CSRF_COOKIE = '__Host-csrf';

export function hostCookieOptions(overrides: Partial<CookieSerializeOptions> = {}): CookieSerializeOptions {
  return { path: '/', secure: true, httpOnly: true, sameSite: 'lax', ...overrides };
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The swagger UI route sets its own CSP with hashes.
    global: true,
    strictTransportSecurity: config.isProduction ? { maxAge: 31536000, includeSubDomains: true } : false,
  });
  await app.register(cookie, { secret: config.cookieSecret });
  await app.register(csrf, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: hostCookieOptions({ signed: true }),
    getToken: (req) => (req.headers['x-csrf-token'] as string | undefined) ?? (req.body as { _csrf?: string } | undefined)?._csrf,
  });
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (req) => req.ip,
  });

  // A state change authenticated by a cookie must carry the CSRF token (hook at preValidation, DESIGN §1).
  app.addHook('preValidation', (request, reply, done) => {
    if (!STATE_CHANGING.has(request.method) || !request.cookies[SESSION_COOKIE]) return done();
    app.csrfProtection(request, reply, done);
  });

  app.get('/api/v1/csrf-token', { schema: { hide: true } }, async (_request, reply) => {
    return { token: reply.generateCsrf() };
  });
}
