/** Deletes the e2e database folder so every browser-test run starts on an empty, freshly migrated database. */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = process.argv[2];
if (!dir || !resolve(dir).startsWith(resolve('var'))) {
  console.error('usage: tsx test/e2e/support/fresh-dir.ts var/<folder>');
  process.exit(2);
}
rmSync(dir, { recursive: true, force: true });
