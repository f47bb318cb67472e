import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app.js';
import { jpkiNonces } from './db/schema.js';
import { startHousekeeping } from './housekeeping.js';

describe('housekeeping', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(async () => t.close());

  it('R-AUTH-2 removes JPKI nonces past their 5-minute life and keeps live ones', async () => {
    await t.ctx.jpki.nonces.issue({ sessionId: 'old', purpose: 'LOGIN' });
    t.clock.advance(6 * 60 * 1000);
    await t.ctx.jpki.nonces.issue({ sessionId: 'new', purpose: 'LOGIN' });
    const stop = startHousekeeping(t.ctx, t.app.log, 60_000);
    await expect.poll(async () => (await t.ctx.database.db.select().from(jpkiNonces)).length).toBe(1);
    stop();
  });
});
