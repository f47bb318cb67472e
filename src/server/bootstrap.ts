import { systemClock, type Clock } from '../domain/calendar/clock.js';
import { openCountryLookup } from './adapters/geo-ip/country-lookup.js';
import { JobRunner } from './adapters/jobs/outbox.js';
import { createJpki } from './adapters/jpki/create-jpki.js';
import type { DevJpkiCa } from './adapters/jpki/dev-ca.js';
import { DbNonceStore } from './adapters/jpki/nonce-store.js';
import { MAIL_JOB_KIND, createMailJobHandler, devMailboxTransport, smtpTransport, type MailTransport } from './adapters/mail/mailer.js';
import { createStorage } from './adapters/storage/create-storage.js';
import type { ClosableFileStorage } from './adapters/storage/file-storage.js';
import type { Config } from './config.js';
import { AdjustableClock } from './features/applications/test-clock.js';
import type { AppContext } from './context.js';
import { openDatabase, type DatabaseConfig, type DatabaseHandle } from './db/client.js';

export interface BootOptions {
  clock?: Clock;
  /** Tests pass an already-migrated database (a PGlite clone or a fresh PostgreSQL database). */
  database?: DatabaseHandle;
  mailTransport?: MailTransport;
  /** Tests may pass a storage (e.g. a temporary folder); otherwise config.storage chooses. */
  storage?: ClosableFileStorage;
  /** Tests may pass an opened development CA (e.g. in a temporary folder). */
  jpkiDevCa?: DevJpkiCa;
}

/** Opens the database (migrating it), wires the adapters chosen by configuration and returns the context. */
export async function createContext(config: Config, options: BootOptions = {}): Promise<AppContext & { close(): Promise<void> }> {
  const clock = options.clock ?? (config.testClockControl ? new AdjustableClock(systemClock) : systemClock);
  const database = options.database ?? (await openDatabase(config.database as DatabaseConfig));
  if (!options.database) await database.migrate();
  const transport = options.mailTransport ?? (config.mail.kind === 'smtp' ? smtpTransport(config.mail.url) : devMailboxTransport);
  const jobs = new JobRunner(database.db, clock);
  jobs.register(MAIL_JOB_KIND, createMailJobHandler(database.db, clock, transport, config.mail.from, new URL(config.publicUrl).hostname));
  const countryLookup = await openCountryLookup();
  const storage = options.storage ?? createStorage(config);
  const jpki = await createJpki(config, { nonces: new DbNonceStore(database.db, clock), clock, devCa: options.jpkiDevCa });
  return {
    config, database, clock, jobs, countryLookup, storage, jpki,
    async close() {
      await jobs.stop();
      if ('close' in transport && typeof transport.close === 'function') transport.close();
      await storage.close();
      await database.close();
    },
  };
}
