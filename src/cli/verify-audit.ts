import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { verifyAuditChain } from '../server/features/audit/audit-log.js';

/** `npm run audit:verify`: walks the audit chain and names the first broken row (exit 1), or reports it intact. */
const config = loadConfig();
const handle = await openDatabase(config.database);
try {
  const verdict = await verifyAuditChain(handle.db);
  if (verdict.ok) {
    console.log(`audit log intact: ${verdict.rows} rows verified`);
  } else {
    console.error(`audit log BROKEN at row id ${verdict.brokenAtId} (after ${verdict.rows - 1} good rows): ${verdict.reason}`);
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
