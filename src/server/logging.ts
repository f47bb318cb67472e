import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';

/**
 * JSON logs with a request id and ISO-8601 times with the offset (R-AUTH-9). Personal data never goes into
 * logs: only the method and the path without its query string are logged, and secrets are redacted.
 */
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    timestamp: () => `,"time":"${isoWithOffset(new Date())}"`,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', '*.password', '*.pin'], censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/** ISO 8601 in JST with its offset, e.g. 2026-11-23T18:30:00.000+09:00. */
export function isoWithOffset(instant: Date): string {
  return `${new Date(instant.getTime() + 9 * 3600_000).toISOString().slice(0, 23)}+09:00`;
}
