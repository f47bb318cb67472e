import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { CardFile } from '../../../domain/jpki/index.js';
import { accounts } from '../../db/schema.js';
import { seedDemoData } from '../../demo-seed.js';
import { TestBrowser } from '../accounts/test-support.js';
import { DEMO_INDIVIDUAL, demoCardPath, demoIndividualLines } from './demo-individual.js';
import { cardSignInBody } from './test-support.js';

describe('demo foreign national with a software card', () => {
  let t: TestApp;
  let caDir: string;
  beforeAll(async () => {
    caDir = await mkdtemp(join(tmpdir(), 'demo-individual-ca-'));
    t = await startTestApp('pglite', { JPKI_DEV_CA_DIR: caDir });
  });
  afterAll(async () => {
    await t.close();
    await rm(caDir, { recursive: true, force: true });
  });

  it('is seeded once (idempotent), prints its card path and 認証ID, and signs in with card + PIN + 認証ID + password', async () => {
    await seedDemoData(t.ctx);
    const first = await readFile(demoCardPath(t.ctx.config), 'utf8');
    await seedDemoData(t.ctx);
    expect(await readFile(demoCardPath(t.ctx.config), 'utf8')).toBe(first);
    expect(await t.ctx.database.db.select().from(accounts).where(eq(accounts.authId, DEMO_INDIVIDUAL.authId))).toHaveLength(1);
    const lines = demoIndividualLines(t.ctx.config).join('\n');
    expect(lines).toContain(demoCardPath(t.ctx.config));
    expect(lines).toContain('PIN 1234');

    const file = CardFile.parse(JSON.parse(first));
    const card = { serial: file.serial, file, path: '', pin: DEMO_INDIVIDUAL.pin, password: DEMO_INDIVIDUAL.cardPassword, certificateSerials: { SIGNATURE: '', AUTHENTICATION: '' } };
    const browser = new TestBrowser(t.app);
    const res = await browser.post('/api/v1/sign-in/card', await cardSignInBody(browser, card, DEMO_INDIVIDUAL.authId, DEMO_INDIVIDUAL.password));
    expect(res.statusCode).toBe(200);
  });
});
