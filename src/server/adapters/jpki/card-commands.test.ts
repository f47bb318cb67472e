import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardFile, parseUnlockToken } from '../../../domain/jpki/index.js';
import type { Config } from '../../config.js';
import { CommandError, issueCardCommand, unlockCardCommand } from './card-commands.js';

let dir: string;
let config: Pick<Config, 'isProduction' | 'jpki'>;
const args = ['--name', 'KIM MINJUN', '--dob', '1995-03-20', '--sex', 'm', '--address', '福岡県福岡市博多区博多駅東二丁目11番1号'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'card-commands-'));
  const empty = { SIGNATURE: [], AUTHENTICATION: [] };
  config = { isProduction: false, jpki: { trustDevCa: true, devCaDir: join(dir, 'ca'), roots: empty, crls: empty } };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('card:issue and card:unlock (R-AUTH-3)', () => {
  it('card:issue writes a card file, prints its path, and shows only the secrets it generated', async () => {
    const given = await issueCardCommand([...args, '--pin', '1234', '--password', 'ABC123'], config);
    expect(given.out).toHaveLength(1);
    const file = CardFile.parse(JSON.parse(await readFile(given.out[0] ?? '', 'utf8')));
    expect(given.info.join('\n')).not.toMatch(/1234|ABC123|KIM MINJUN/);

    const generated = await issueCardCommand([...args, '--out', join(dir, 'copy.json')], config);
    expect(generated.out).toEqual([join(dir, 'copy.json')]);
    expect(generated.info.join('\n')).toMatch(/PIN \(generated, shown only now\): [0-9]{4}\n.*password .*: [A-Z0-9]{10}/);

    const unlock = await unlockCardCommand(['--serial', file.serial, '--only', 'pin'], config);
    expect(parseUnlockToken(unlock.out[0] ?? '')?.payload).toMatchObject({ serial: file.serial, reset: ['AUTHENTICATION'] });
  });

  it('names what is missing or malformed, without echoing a secret', async () => {
    await expect(issueCardCommand(['--name', 'X'], config)).rejects.toThrow(/missing or invalid: sex, dateOfBirth, address/);
    await expect(issueCardCommand([...args, '--pin', '99999'], config)).rejects.toThrow(/^PIN: 4 digits$/);
    await expect(unlockCardCommand(['--serial', 'nope'], config)).rejects.toThrow(CommandError);
    await expect(unlockCardCommand(['--serial', 'SC0000000000000000'], config)).rejects.toThrow(/no card SC0000000000000000/);
  });

  it('R-AUTH-9 both commands refuse to run in production', async () => {
    const production = { ...config, isProduction: true };
    await expect(issueCardCommand(args, production)).rejects.toThrow(/R-AUTH-9/);
    await expect(unlockCardCommand(['--serial', 'SC0000000000000000'], production)).rejects.toThrow(/R-AUTH-9/);
  });
});
