import { parseArgs } from 'node:util';
import { systemClock } from '../domain/calendar/clock.js';
import { isOfficerOffice } from '../domain/auth/officer-offices.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { AppError } from '../server/errors.js';
import { createAdministrator } from '../server/features/officers/bootstrap-admin.js';

/**
 * `npm run admin:create -- --email a@example.jp --name "Name" [--office TOKYO] [--password-stdin]`: the
 * bootstrap administrator. Prints a one-time password-set link (also queued as mail), or with
 * --password-stdin reads the password from standard input (never from an argument, which shells record).
 */
const usage = 'usage: npm run admin:create -- --email ADDRESS --name NAME [--office TOKYO] [--password-stdin]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, office: { type: 'string', default: 'TOKYO' }, 'password-stdin': { type: 'boolean', default: false } } });
  if (!values.email || !values.name || !isOfficerOffice(values.office)) {
    console.error(usage);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    const password = values['password-stdin'] ? await readStdin() : undefined;
    const result = await createAdministrator({ db: database.db, clock: systemClock, config }, { email: values.email, displayName: values.name, office: values.office, password });
    console.log(`Administrator created. 認証ID: ${result.authId}`);
    if (result.link) console.log(`Set the password (single use, 24 hours) at:\n  ${result.link}`);
    console.log('Enrol an authenticator app (TOTP) at the first sign-in.');
    return 0;
  } finally {
    await database.close();
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof AppError) console.error([error.userMessage.en, ...(error.fields ?? []).map((f) => `  - ${f.message.en}`)].join('\n'));
  else console.error(error);
  process.exit(1);
});
