import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app.js';
import { testBackends } from '../../../test/helpers/database.js';
import { sessions } from '../db/schema.js';
import { signedInBrowser } from '../features/accounts/test-support.js';

const MINUTE = 60_000;

describe.each(testBackends())('the session touch of a signed-in request on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend, { RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(async () => t.close());

  /** The open session (signing in replaced the one of the password step). */
  async function stored(accountId: string) {
    const [row] = await t.ctx.database.db.select().from(sessions).where(and(eq(sessions.accountId, accountId), isNull(sessions.endedAt)));
    if (!row) throw new Error('no session');
    return row;
  }

  it('R-AUTH-8 an ordinary request moves the idle deadline at most once a minute; "continue" always moves it; idle 15 minutes ends it', async () => {
    const { browser, seeded } = await signedInBrowser(t, { kind: 'OFFICER' });
    const signedIn = await stored(seeded.account.id);
    t.clock.advance(59_000);
    expect((await browser.get('/api/v1/account')).statusCode).toBe(200);
    expect(await stored(seeded.account.id)).toMatchObject({ lastSeenAt: signedIn.lastSeenAt, idleExpiresAt: signedIn.idleExpiresAt });

    t.clock.advance(1_000);
    expect((await browser.get('/api/v1/account')).statusCode).toBe(200);
    const touched = await stored(seeded.account.id);
    expect(touched.lastSeenAt.getTime()).toBe(t.clock.now().getTime());
    expect(touched.idleExpiresAt.getTime() - t.clock.now().getTime()).toBe(15 * MINUTE);

    t.clock.advance(10_000);
    const continued = (await browser.post('/api/v1/session/continue')).json();
    expect(Date.parse(continued.idleExpiresAt) - t.clock.now().getTime()).toBe(15 * MINUTE);
    expect((await stored(seeded.account.id)).idleExpiresAt.getTime() - t.clock.now().getTime()).toBe(15 * MINUTE);

    t.clock.advance(30_000);
    expect((await browser.get('/api/v1/account')).statusCode).toBe(200); // not written: the deadline stays 15 minutes after "continue"
    t.clock.advance(15 * MINUTE - 30_000);
    const expired = await browser.get('/api/v1/account');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().reason).toBe('IDLE_TIMEOUT');
  });
});
