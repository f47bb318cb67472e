import { runCommand, unlockCardCommand } from '../server/adapters/jpki/card-commands.js';
import { loadConfig } from '../server/config.js';

/** `npm run card:unlock -- --serial SC…`: the municipal office's unlock token for a software card (R-AUTH-3). */
await runCommand(() => unlockCardCommand(process.argv.slice(2), loadConfig()));
