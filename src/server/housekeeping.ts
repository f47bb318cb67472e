import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from './context.js';

/**
 * Periodic clean-up that no request triggers: expired JPKI nonces. Safe on several instances at once
 * (each run deletes only what has expired). Returns a function that stops it.
 */
export function startHousekeeping(ctx: AppContext, log: FastifyBaseLogger, intervalMs = 10 * 60 * 1000): () => void {
  const run = async () => {
    try {
      const nonces = await ctx.jpki.nonces.purgeExpired();
      if (nonces > 0) log.info({ nonces }, 'housekeeping: expired JPKI nonces removed');
    } catch (error) {
      log.warn({ err: error }, 'housekeeping failed; retrying at the next interval');
    }
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
