import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';

/** `npm run migrate`: applies every pending migration to the configured database (the server also does this at start). */
const config = loadConfig();
const handle = await openDatabase(config.database);
try {
  await handle.migrate();
  console.log(`migrations applied (${handle.kind})`);
} finally {
  await handle.close();
}
