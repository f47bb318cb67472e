import { copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock, type Clock } from '../../../domain/calendar/clock.js';
import { BasicFacts, CARD_SLOTS, CardSerial, type CardSlot } from '../../../domain/jpki/index.js';
import type { Config } from '../../config.js';
import { DevJpkiCa } from './dev-ca.js';

/** What a command prints: `out` is for scripts (stdout), `info` for the person at the terminal (stderr). */
export interface CommandOutput {
  out: string[];
  info: string[];
}

export class CommandError extends Error {}

function refuseInProduction(config: Pick<Config, 'isProduction'>, command: string): void {
  if (config.isProduction) throw new CommandError(`${command} is a development tool: the software card does not exist in production (R-AUTH-9)`);
}

export const CARD_ISSUE_USAGE =
  'npm run card:issue -- --name "NAME" --dob YYYY-MM-DD --sex M|F --address "ADDRESS" [--kana "カナ"] [--pin 1234] [--password ABC123] [--out FILE]';

/**
 * `npm run card:issue`: issues a software card from the development CA and prints the card file's path. A PIN or
 * password not given is generated and shown once; the CA keeps neither.
 */
export async function issueCardCommand(argv: string[], config: Pick<Config, 'isProduction' | 'jpki'>, clock: Clock = systemClock): Promise<CommandOutput> {
  refuseInProduction(config, 'card:issue');
  const { values } = parseArgs({
    args: argv,
    options: {
      name: { type: 'string' }, kana: { type: 'string' }, dob: { type: 'string' }, sex: { type: 'string' }, address: { type: 'string' },
      pin: { type: 'string' }, password: { type: 'string' }, out: { type: 'string' },
    },
    strict: true,
  });
  const facts = BasicFacts.safeParse({ name: values.name, nameKana: values.kana, sex: values.sex?.toUpperCase(), dateOfBirth: values.dob, address: values.address });
  if (!facts.success) {
    const fields = [...new Set(facts.error.issues.map((i) => String(i.path[0])))].join(', ');
    throw new CommandError(`missing or invalid: ${fields}\nusage: ${CARD_ISSUE_USAGE}`);
  }
  const ca = await DevJpkiCa.open({ dir: config.jpki.devCaDir, clock });
  let card;
  try {
    card = await ca.issueCard(facts.data, { pin: values.pin, password: values.password });
  } catch (error) {
    // The CA's messages name the rule, never the value given.
    throw new CommandError(error instanceof Error ? error.message : String(error));
  }
  let path = resolve(card.path);
  if (values.out) {
    await copyFile(card.path, values.out);
    path = resolve(values.out);
  }
  const info = [
    `Software card ${card.serial} issued by the development CA (${resolve(config.jpki.devCaDir)}).`,
    'DEVELOPMENT ONLY: not a My Number card; production servers refuse it.',
    'Import the file in the browser (software card), then use the PIN for login and the password for registration.',
  ];
  if (!values.pin) info.push(`PIN (generated, shown only now): ${card.pin}`);
  if (!values.password) info.push(`Signature password (generated, shown only now): ${card.password}`);
  return { out: [path], info };
}

export const CARD_UNLOCK_USAGE = 'npm run card:unlock -- --serial SC0123456789ABCDEF [--only pin|password]';

/**
 * `npm run card:unlock`: the municipal office's unlock. The counters live in the browser, so the office signs an
 * unlock token for the card; pasting it into the card module resets the PIN and/or password counters.
 */
export async function unlockCardCommand(argv: string[], config: Pick<Config, 'isProduction' | 'jpki'>, clock: Clock = systemClock): Promise<CommandOutput> {
  refuseInProduction(config, 'card:unlock');
  const { values } = parseArgs({ args: argv, options: { serial: { type: 'string' }, only: { type: 'string' } }, strict: true });
  const serial = CardSerial.safeParse(values.serial?.toUpperCase());
  if (!serial.success) throw new CommandError(`--serial: a card serial (SC + 16 hexadecimal digits)\nusage: ${CARD_UNLOCK_USAGE}`);
  const only: Record<string, CardSlot[]> = { pin: ['AUTHENTICATION'], password: ['SIGNATURE'] };
  const reset = values.only === undefined ? [...CARD_SLOTS] : only[values.only];
  if (!reset) throw new CommandError(`--only: pin or password\nusage: ${CARD_UNLOCK_USAGE}`);
  const ca = await DevJpkiCa.open({ dir: config.jpki.devCaDir, clock });
  if (!(await ca.findIssued(serial.data))) throw new CommandError(`no card ${serial.data} was issued by the development CA in ${resolve(config.jpki.devCaDir)}`);
  const token = await ca.issueUnlockToken(serial.data, reset);
  const what = reset.map((s) => (s === 'AUTHENTICATION' ? 'PIN' : 'password')).join(' and ');
  return {
    out: [token],
    info: [
      `Unlock token for ${serial.data} (${what}), valid 24 hours, usable once, only for a lock that happened before now.`,
      'Paste it into the software card\'s unlock dialog (ロック解除) in the browser.',
    ],
  };
}

/** Runs a command for a CLI entry point: stdout for `out`, stderr for `info` and errors, exit code 2 on a refusal. */
export async function runCommand(run: () => Promise<CommandOutput>): Promise<void> {
  try {
    const result = await run();
    for (const line of result.info) console.error(line);
    for (const line of result.out) console.log(line);
  } catch (error) {
    if (!(error instanceof CommandError) && !(error instanceof TypeError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  }
}
