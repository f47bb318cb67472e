import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { demoOfficerLines, seedDemoOfficers } from './features/officers/demo-officers.js';
import { demoIndividualLines, seedDemoIndividual } from './features/registration/demo-individual.js';
import { demoIntermediaryLines, seedDemoIntermediary } from './features/intermediaries/demo-intermediary.js';
import { demoOrganizationLines, seedDemoOrganization } from './features/usage-applications/demo-organization.js';

/** Demo data for development (never in production), written only into a database without accounts. */
export async function seedDemoData(ctx: AppContext): Promise<void> {
  if (ctx.config.isProduction) throw new Error('demo data is never seeded in production');
  await seedDemoOfficers(ctx);
  await seedDemoIndividual(ctx);
  await seedDemoIntermediary(ctx);
  await seedDemoOrganization(ctx);
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
    `  Officer sign-in page: ${base}/officer/sign-in`,
    ...demoOfficerLines(),
    ...demoIndividualLines(config),
    ...demoIntermediaryLines(),
    ...demoOrganizationLines(),
    '',
  ];
  console.log(lines.join('\n'));
}
