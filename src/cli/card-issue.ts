import { issueCardCommand, runCommand } from '../server/adapters/jpki/card-commands.js';
import { loadConfig } from '../server/config.js';

/** `npm run card:issue -- --name … --dob … --sex … --address …`: a software card for development (R-AUTH-3). */
await runCommand(() => issueCardCommand(process.argv.slice(2), loadConfig()));
