import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../../../domain/calendar/clock.js';
import {
  BasicFacts, CARD_FILE_FORMAT, CARD_FILE_NOTICE, CARD_SLOTS, DEFAULT_KDF_ITERATIONS, UNLOCK_TOKEN_TTL_MS, UNLOCK_TOKEN_TYPE,
  formatUnlockToken, isValidPin, isValidSignaturePassword, sealContext, sealSecret, toBase64, toBase64Url, unlockSigningInput,
  type CardFile, type CardSlot,
} from '../../../domain/jpki/index.js';
import type { CrlSource } from './crl.js';
import { createCardCertificate, createCrl, createRootCertificate, generateRsaKeys } from './dev-ca-certificates.js';
import {
  IssuedRecord, README, RevokedRecord, SLOT_FILE, appendJsonLine, cardPath, createOnce, readJsonLines, readOptional, writeAtomic,
} from './dev-ca-store.js';
import { generatePassword, generatePin } from './dev-ca-secrets.js';
import { NodeX509Certificate, normalizeSerial, pemBlocks, randomSerial, toPem, x509 } from './x509.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const ROOT_LIFETIME_MS = 20 * 365 * DAY_MS;
const CARD_LIFETIME_MS = 5 * 365 * DAY_MS;
/** A CRL is valid a week and re-issued after half of that (or at once when a revocation is missing from it). */
const CRL_LIFETIME_MS = 7 * DAY_MS;
/**
 * thisUpdate is set this far back: a CRL published "now" by one request (or the card CLI, another process) would read
 * as from the future — and so refused, failing closed — to a verification that took its time a moment before.
 */
export const CRL_BACKDATE_MS = 60_000;
const RSA_SIGN = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export interface IssueCardOptions {
  /** 4 digits; generated when absent. */
  pin?: string;
  /** 6–16 of A–Z and 0–9, letters and digits mixed; generated when absent. */
  password?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** PBKDF2 iterations for the sealed keys; tests lower it for speed. */
  kdfIterations?: number;
}

export interface IssuedCard {
  serial: string;
  file: CardFile;
  path: string;
  /** Handed to the holder once (the PIN envelope); the CA keeps neither. */
  pin: string;
  password: string;
  certificateSerials: Record<CardSlot, string>;
}

interface Root {
  certificate: x509.X509Certificate;
  key: CryptoKey;
}

/**
 * The development JPKI CA behind the software card (R-AUTH-3): a signature root and an authentication root,
 * their CRLs, the card issuance, and the unlock tokens of the "municipal office". Keys persist in `dir`
 * (var/jpki-dev-ca by default), created on first use. Development and tests only (R-AUTH-9).
 */
export class DevJpkiCa {
  private constructor(
    readonly dir: string,
    private readonly clock: Clock,
    private readonly roots: Record<CardSlot, Root>,
    private readonly unlockKey: CryptoKey,
    private readonly unlockPublicKey: Uint8Array,
  ) {}

  static async open(options: { dir: string; clock: Clock }): Promise<DevJpkiCa> {
    const { dir, clock } = options;
    if ((await readOptional(join(dir, 'unlock-authority.key.pem'))) === undefined) {
      await createOnce(dir, (tmp) => initialize(tmp, clock.now()));
    }
    const roots = {} as Record<CardSlot, Root>;
    for (const slot of CARD_SLOTS) {
      const certificate = new x509.X509Certificate(await readRequired(join(dir, `${SLOT_FILE[slot]}.pem`)));
      const key = await importPkcs8(await readRequired(join(dir, `${SLOT_FILE[slot]}.key.pem`)), RSA_SIGN);
      roots[slot] = { certificate, key };
    }
    const unlockKey = await importPkcs8(await readRequired(join(dir, 'unlock-authority.key.pem')), ECDSA_P256);
    const unlockPublicKey = firstBlock(await readRequired(join(dir, 'unlock-authority.pub.pem')), 'PUBLIC KEY');
    return new DevJpkiCa(dir, clock, roots, unlockKey, unlockPublicKey);
  }

  rootCertificate(slot: CardSlot): NodeX509Certificate {
    return new NodeX509Certificate(Buffer.from(this.roots[slot].certificate.rawData));
  }

  rootPem(slot: CardSlot): string {
    return this.roots[slot].certificate.toString('pem');
  }

  async issueCard(input: BasicFacts, options: IssueCardOptions = {}): Promise<IssuedCard> {
    const facts = BasicFacts.parse(input);
    const pin = options.pin ?? generatePin();
    const password = options.password ?? generatePassword();
    if (!isValidPin(pin)) throw new Error('PIN: 4 digits');
    if (!isValidSignaturePassword(password)) throw new Error('password: 6–16 characters of A–Z and 0–9, letters and digits mixed');
    const now = this.clock.now();
    const notBefore = options.notBefore ?? now;
    const notAfter = options.notAfter ?? new Date(now.getTime() + CARD_LIFETIME_MS);
    const serial = `SC${toHex(crypto.getRandomValues(new Uint8Array(8)))}`;
    const iterations = options.kdfIterations ?? DEFAULT_KDF_ITERATIONS;

    const certificateSerials = { SIGNATURE: randomSerial(), AUTHENTICATION: randomSerial() };
    const sealed = {} as Record<CardSlot, CardFile['signature']['sealed']>;
    const certificates = {} as Record<CardSlot, x509.X509Certificate>;
    for (const slot of CARD_SLOTS) {
      const keys = await generateRsaKeys();
      const certificate = await createCardCertificate({
        slot, root: this.roots[slot].certificate, rootKey: this.roots[slot].key, publicKey: keys.publicKey,
        serialNumber: certificateSerials[slot], notBefore, notAfter, facts: slot === 'SIGNATURE' ? facts : undefined,
      });
      const privateKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey)));
      const content = slot === 'SIGNATURE' ? { privateKey, certificate: toBase64(new Uint8Array(certificate.rawData)) } : { privateKey };
      sealed[slot] = await sealSecret(crypto.subtle, new TextEncoder().encode(JSON.stringify(content)), {
        secret: slot === 'SIGNATURE' ? password : pin,
        context: sealContext(serial, slot),
        iterations,
        salt: crypto.getRandomValues(new Uint8Array(16)),
        iv: crypto.getRandomValues(new Uint8Array(12)),
      });
      certificates[slot] = certificate;
    }
    const file: CardFile = {
      format: CARD_FILE_FORMAT,
      version: 1,
      notice: CARD_FILE_NOTICE,
      serial,
      issuedAt: now.toISOString(),
      authentication: { certificate: toBase64(new Uint8Array(certificates.AUTHENTICATION.rawData)), sealed: sealed.AUTHENTICATION },
      signature: { sealed: sealed.SIGNATURE },
      unlockAuthority: { algorithm: 'ECDSA-P256-SHA256', publicKey: toBase64(this.unlockPublicKey) },
    };
    const path = cardPath(this.dir, serial);
    await mkdir(join(this.dir, 'cards'), { recursive: true });
    await writeFile(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    const record: IssuedRecord = { cardSerial: serial, issuedAt: now.toISOString(), certificates: certificateSerials };
    await appendJsonLine(join(this.dir, 'issued.jsonl'), record);
    return { serial, file, path, pin, password, certificateSerials };
  }

  async findIssued(cardSerial: string): Promise<IssuedRecord | undefined> {
    const issued = await readJsonLines(join(this.dir, 'issued.jsonl'), IssuedRecord);
    return issued.find((r) => r.cardSerial === cardSerial);
  }

  /** Revokes one or both certificates of a card and publishes new CRLs at once. */
  async revokeCard(cardSerial: string, slots: readonly CardSlot[] = CARD_SLOTS): Promise<void> {
    const issued = await this.findIssued(cardSerial);
    if (!issued) throw new Error(`no card ${cardSerial} was issued by this CA`);
    for (const slot of slots) await this.revokeCertificate(slot, issued.certificates[slot]);
  }

  async revokeCertificate(slot: CardSlot, serialNumber: string): Promise<void> {
    const record: RevokedRecord = { slot, serialNumber: normalizeSerial(serialNumber), revokedAt: this.clock.now().toISOString() };
    await appendJsonLine(join(this.dir, 'revoked.jsonl'), record);
    await this.publishCrl(slot);
  }

  /** A CRL with the given times, not published: for tests of stale and future CRLs. */
  async createCrl(slot: CardSlot, times: { thisUpdate: Date; nextUpdate: Date }): Promise<Uint8Array<ArrayBuffer>> {
    const crl = await createCrl({ ...times, root: this.roots[slot].certificate, rootKey: this.roots[slot].key, crlNumber: crlNumberAt(times.thisUpdate), revoked: await this.revoked(slot) });
    return new Uint8Array(crl.rawData);
  }

  /** The published CRL, re-issued when missing, half-expired, from the future or missing a revocation. */
  async currentCrl(slot: CardSlot): Promise<Uint8Array<ArrayBuffer>> {
    const now = this.clock.now().getTime();
    const text = await readOptional(join(this.dir, `${SLOT_FILE[slot]}.crl`));
    if (text !== undefined) {
      const crl = new x509.X509Crl(text);
      const fresh = crl.thisUpdate.getTime() <= now && now < crl.thisUpdate.getTime() + CRL_LIFETIME_MS / 2;
      if (fresh && crl.entries.length === (await this.revoked(slot)).length) return new Uint8Array(crl.rawData);
    }
    return this.publishCrl(slot);
  }

  crlSource(): CrlSource {
    return {
      findCrl: async (slot, issuer) => (this.rootCertificate(slot).fingerprint256 === issuer.fingerprint256 ? this.currentCrl(slot) : undefined),
    };
  }

  /** The municipal office's signed order to reset the retry counters of a card (see domain/jpki/unlock-token.ts). */
  async issueUnlockToken(cardSerial: string, reset: readonly CardSlot[] = CARD_SLOTS): Promise<string> {
    if (!(await this.findIssued(cardSerial))) throw new Error(`no card ${cardSerial} was issued by this CA`);
    const now = this.clock.now();
    const signingInput = unlockSigningInput({
      typ: UNLOCK_TOKEN_TYPE, v: 1, id: toBase64Url(crypto.getRandomValues(new Uint8Array(16))), serial: cardSerial,
      reset: [...new Set(reset)], issuedAt: now.toISOString(), expiresAt: new Date(now.getTime() + UNLOCK_TOKEN_TTL_MS).toISOString(),
    });
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, this.unlockKey, new TextEncoder().encode(signingInput));
    return formatUnlockToken(signingInput, new Uint8Array(signature));
  }

  private async revoked(slot: CardSlot): Promise<Array<{ serialNumber: string; revokedAt: Date }>> {
    const all = await readJsonLines(join(this.dir, 'revoked.jsonl'), RevokedRecord);
    const bySerial = new Map(all.filter((r) => r.slot === slot).map((r) => [r.serialNumber, new Date(r.revokedAt)]));
    return [...bySerial].map(([serialNumber, revokedAt]) => ({ serialNumber, revokedAt }));
  }

  private async publishCrl(slot: CardSlot): Promise<Uint8Array<ArrayBuffer>> {
    const thisUpdate = new Date(this.clock.now().getTime() - CRL_BACKDATE_MS);
    const der = await this.createCrl(slot, { thisUpdate, nextUpdate: new Date(thisUpdate.getTime() + CRL_LIFETIME_MS) });
    await writeAtomic(join(this.dir, `${SLOT_FILE[slot]}.crl`), toPem(der, 'X509 CRL'));
    return der;
  }
}

async function initialize(dir: string, now: Date): Promise<void> {
  await writeFile(join(dir, 'README.txt'), README);
  const notBefore = new Date(now.getTime() - DAY_MS);
  for (const slot of CARD_SLOTS) {
    const keys = await generateRsaKeys();
    const root = await createRootCertificate(slot, keys, notBefore, new Date(now.getTime() + ROOT_LIFETIME_MS), randomSerial());
    await writeFile(join(dir, `${SLOT_FILE[slot]}.pem`), root.toString('pem'));
    await writeFile(join(dir, `${SLOT_FILE[slot]}.key.pem`), await exportPkcs8Pem(keys.privateKey), { mode: 0o600 });
  }
  const unlock = await crypto.subtle.generateKey(ECDSA_P256, true, ['sign', 'verify']);
  await writeFile(join(dir, 'unlock-authority.pub.pem'), toPem(new Uint8Array(await crypto.subtle.exportKey('spki', unlock.publicKey)), 'PUBLIC KEY'));
  // Written last: open() takes its presence to mean the folder is complete.
  await writeFile(join(dir, 'unlock-authority.key.pem'), await exportPkcs8Pem(unlock.privateKey), { mode: 0o600 });
}

async function exportPkcs8Pem(key: CryptoKey): Promise<string> {
  return toPem(new Uint8Array(await crypto.subtle.exportKey('pkcs8', key)), 'PRIVATE KEY');
}

async function importPkcs8(pem: string, algorithm: RsaHashedImportParams | EcKeyImportParams): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', Buffer.from(firstBlock(pem, 'PRIVATE KEY')), algorithm, false, ['sign']);
}

function firstBlock(pem: string, label: string): Uint8Array {
  const [block] = pemBlocks(pem, label);
  if (!block) throw new Error(`no ${label} block`);
  return block;
}

async function readRequired(path: string): Promise<string> {
  const text = await readOptional(path);
  if (text === undefined) throw new Error(`development CA file missing: ${path}`);
  return text;
}

function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').toUpperCase();
}

/** Monotonic without shared state: seconds since the epoch at thisUpdate. */
function crlNumberAt(thisUpdate: Date): number {
  return Math.floor(thisUpdate.getTime() / 1000);
}
