import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { FixedClock } from '../../src/domain/calendar/clock.js';
import { buildApp } from '../../src/server/app.js';
import { createContext } from '../../src/server/bootstrap.js';
import { testConfig } from '../../src/server/config.js';
import type { AppContext } from '../../src/server/context.js';
import { createTestDatabase, type Backend } from './database.js';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: FixedClock;
  close(): Promise<void>;
}

/** The whole app in-process on a fresh database, with a settable clock (default 2026-11-23 10:00 JST). */
export async function startTestApp(
  backend: Backend,
  env: Record<string, string> = {},
  now = new Date('2026-11-23T01:00:00Z'),
  beforeReady?: (app: FastifyInstance) => void,
): Promise<TestApp> {
  const clock = new FixedClock(now);
  const database = await createTestDatabase(backend);
  const ctx = await createContext(testConfig(env), { clock, database });
  const app = await buildApp(ctx);
  beforeReady?.(app);
  await app.ready();
  return {
    app, ctx, clock,
    async close() {
      await app.close();
      await ctx.close();
    },
  };
}

/**
 * The app for one describe block: started before its tests and closed after them, with the per-address rate limit
 * lifted (every request of a suite comes from one address). The returned object is filled in by `beforeAll`.
 */
export function appForSuite(backend: Backend, env: Record<string, string> = {}): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => {
    Object.assign(t, await startTestApp(backend, { RATE_LIMIT_PER_MINUTE: '100000', ...env }));
  });
  afterAll(async () => {
    await t.close();
  });
  return t;
}
