import type { Clock } from '../domain/calendar/clock.js';
import type { CountryLookup } from './adapters/geo-ip/country-lookup.js';
import type { JobRunner } from './adapters/jobs/outbox.js';
import type { JpkiAdapter } from './adapters/jpki/create-jpki.js';
import type { FileStorage } from './adapters/storage/file-storage.js';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/client.js';

/** What every feature receives: configuration, the database, the clock and the adapters. */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  jobs: JobRunner;
  countryLookup: CountryLookup;
  /** Uploaded and generated files: a local folder or an S3-compatible bucket (config.storage). */
  storage: FileStorage;
  /** My Number card verification (R-AUTH-2): verifier, nonces, and the card client the browser must use. */
  jpki: JpkiAdapter;
}
