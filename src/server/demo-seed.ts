import type { Config } from './config.js';
import type { AppContext } from './context.js';

/**
 * Demo data for development (never in production). Accounts arrive with the accounts feature; until then
 * there is nothing to seed beyond the reference data, which lives in code.
 */
export async function seedDemoData(ctx: AppContext): Promise<void> {
  if (ctx.config.isProduction) throw new Error('demo data is never seeded in production');
}

export function printDemoInformation(config: Config): void {
  const base = config.publicUrl;
  const lines = [
    '',
    'Zairyu Online is running (development defaults).',
    `  Web:            ${base}/`,
    `  Pre-check:      ${base}/precheck`,
    `  API reference:  ${base}/api/docs   (OpenAPI: ${base}/api/openapi.json)`,
    `  Dev mailbox:    ${base}/dev/mailbox`,
    `  Database:       ${config.database.kind === 'pglite' ? `PGlite in ${config.database.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    '  Demo accounts:  none yet (sign-in arrives with the accounts feature)',
    '',
  ];
  console.log(lines.join('\n'));
}
