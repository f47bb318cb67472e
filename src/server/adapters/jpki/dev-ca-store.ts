import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { CARD_SLOTS, CardSerial, type CardSlot } from '../../../domain/jpki/index.js';

/**
 * Files of the development CA folder. Issued cards and revocations are append-only JSON lines, so the CLI and a
 * running server writing at the same time cannot lose each other's updates; everything else is written whole,
 * through a temporary file and a rename.
 *
 *   README.txt                      what this folder is
 *   signature-ca.pem / .key.pem     署名用 root certificate and its PKCS#8 key
 *   authentication-ca.pem / .key.pem 利用者証明用 root certificate and its PKCS#8 key
 *   unlock-authority.key.pem        the "municipal office" key that signs unlock tokens (ECDSA P-256)
 *   signature-ca.crl / authentication-ca.crl   the current CRL of each root (PEM)
 *   issued.jsonl                    card serial → certificate serials (no personal facts)
 *   revoked.jsonl                   revoked certificate serials per slot
 *   cards/<serial>.json             the card files
 */
export const SLOT_FILE: Record<CardSlot, string> = { SIGNATURE: 'signature-ca', AUTHENTICATION: 'authentication-ca' };

export const IssuedRecord = z.object({
  cardSerial: CardSerial,
  issuedAt: z.iso.datetime({ offset: true }),
  certificates: z.object({ SIGNATURE: z.string().regex(/^[0-9A-F]+$/), AUTHENTICATION: z.string().regex(/^[0-9A-F]+$/) }),
});
export type IssuedRecord = z.infer<typeof IssuedRecord>;

export const RevokedRecord = z.object({
  slot: z.enum(CARD_SLOTS),
  serialNumber: z.string().regex(/^[0-9A-F]+$/),
  revokedAt: z.iso.datetime({ offset: true }),
});
export type RevokedRecord = z.infer<typeof RevokedRecord>;

export const README = `Zairyu Online — development JPKI CA (software card)
================================================
This folder is a DEVELOPMENT certificate authority that issues SOFTWARE CARDS for development and tests.
It is not JPKI and its certificates are not My Number card certificates. A production server refuses to start
while it trusts this CA (JPKI_TRUST_DEV_CA, R-AUTH-9) and refuses any certificate carrying its policy.
The private keys here are stored unencrypted: never copy this folder to a server.
`;

export async function writeAtomic(path: string, content: string | Uint8Array, mode = 0o644): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, content, { mode });
  await rename(tmp, path);
}

export async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function appendJsonLine(path: string, record: object): Promise<void> {
  await appendFile(path, `${JSON.stringify(record)}\n`, { mode: 0o644 });
}

export async function readJsonLines<T>(path: string, schema: z.ZodType<T>): Promise<T[]> {
  const text = (await readOptional(path)) ?? '';
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: unreadable record`);
      return parsed.data;
    });
}

/**
 * Creates the folder from a filled temporary sibling with one rename, so two processes starting at once cannot
 * both create roots: the loser's rename fails and it uses the winner's folder.
 */
export async function createOnce(dir: string, fill: (tmpDir: string) => Promise<void>): Promise<void> {
  const tmpDir = `${dir}.${randomBytes(6).toString('hex')}.tmp`;
  await mkdir(tmpDir, { recursive: true, mode: 0o700 });
  try {
    await fill(tmpDir);
    await rename(tmpDir, dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw error;
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
  }
}

export function cardPath(dir: string, serial: string): string {
  return join(dir, 'cards', `${serial}.json`);
}
