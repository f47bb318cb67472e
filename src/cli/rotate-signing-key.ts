import { systemClock } from '../domain/calendar/clock.js';
import { rotateSigningKey } from '../server/adapters/signer/signing-keys.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { appendAudit } from '../server/features/audit/audit-log.js';

/**
 * `npm run signing:rotate` (R-PLUS-1): a new active Ed25519 key signs from now on; the previous key is retired and
 * stays published, so everything it signed keeps verifying.
 */
const config = loadConfig();
const handle = await openDatabase(config.database);
try {
  await handle.migrate();
  const result = await handle.db.transaction(async (tx) => {
    const rotated = await rotateSigningKey(tx, { clock: systemClock, secret: config.signingKeySecret });
    await appendAudit(tx, systemClock, { actorType: 'SYSTEM', action: 'signing-key.rotate', subjectType: 'signing_key', subjectId: rotated.kid, outcome: 'SUCCESS', details: { retired: rotated.retired } });
    return rotated;
  });
  console.log(`new active signing key: ${result.kid}${result.retired ? ` (retired ${result.retired}, which keeps verifying what it signed)` : ''}`);
} finally {
  await handle.close();
}
