import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import { systemClock } from '../../../src/domain/calendar/clock.js';
import type { BasicFacts } from '../../../src/domain/jpki/index.js';
import { DevJpkiCa } from '../../../src/server/adapters/jpki/dev-ca.js';

/** The e2e server's development CA folder (playwright.config.ts sets JPKI_DEV_CA_DIR to it). */
export const E2E_JPKI_DIR = `var/e2e-jpki-ca-${process.env.E2E_PORT ?? 3100}`;

/** Issues a software card from the server's development CA and writes its file where the browser can pick it. */
export async function issueCardFile(facts: BasicFacts): Promise<{ path: string; serial: string }> {
  const ca = await DevJpkiCa.open({ dir: E2E_JPKI_DIR, clock: systemClock });
  const card = await ca.issueCard(facts, { pin: '1234', password: 'ABC123', kdfIterations: 20_000 });
  const dir = await mkdtemp(join(tmpdir(), 'e2e-card-'));
  const path = join(dir, `${card.serial}.json`);
  await writeFile(path, JSON.stringify(card.file));
  return { path, serial: card.serial };
}

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Waits for a mail to this address whose subject contains `subject`, from the development mailbox; `containing`
 * (e.g. an application's id) tells apart the mails of a shared demo address.
 */
export async function waitForMail(request: APIRequestContext, to: string, subject: string, containing = ''): Promise<Mail> {
  let found: Mail | undefined;
  await expect.poll(async () => {
    const mails = (await (await request.get('/api/dev/mailbox')).json()) as Mail[];
    found = mails.find((m) => m.to === to && m.subject.includes(subject) && m.text.includes(containing));
    return Boolean(found);
  }, { timeout: 20_000 }).toBe(true);
  if (!found) throw new Error('no mail');
  return found;
}
