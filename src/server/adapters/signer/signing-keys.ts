import type { KeyObject } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../../domain/calendar/clock.js';
import type { PublishedKey } from '../../../domain/verification/keys.js';
import type { DbOrTx } from '../../db/client.js';
import { signingKeys } from '../../db/schema.js';
import { generateEd25519, kidOf, privateKeyOf, signText } from './ed25519.js';
import { KeyBox } from './key-box.js';

export type SigningKeyRow = typeof signingKeys.$inferSelect;

export interface SignerDeps {
  clock: Clock;
  /** SIGNING_KEY_SECRET: seals and opens the private keys. */
  secret: string;
}

export interface ActiveKey {
  kid: string;
  sign(text: string): string;
}

/** Serialises the creation and rotation of keys across instances (one active key). */
const SIGNER_LOCK_KEY = 7_310_012;
const opened = new Map<string, KeyObject>();

function openKey(row: SigningKeyRow, secret: string): KeyObject {
  const cacheKey = `${row.kid}:${row.privateKeySealed}`;
  let key = opened.get(cacheKey);
  if (!key) {
    try {
      key = privateKeyOf(KeyBox.for(secret).open(row.privateKeySealed, row.kid));
    } catch {
      throw new Error(`signing key ${row.kid} cannot be opened with SIGNING_KEY_SECRET: restore the secret it was sealed with, or rotate the key`);
    }
    opened.set(cacheKey, key);
  }
  return key;
}

async function insertNewKey(tx: DbOrTx, deps: SignerDeps): Promise<SigningKeyRow> {
  const pair = generateEd25519();
  const kid = kidOf(pair.x);
  const [row] = await tx.insert(signingKeys).values({
    kid, algorithm: 'Ed25519', publicKey: pair.x, privateKeySealed: KeyBox.for(deps.secret).seal(pair.privateKeyDer, kid),
    status: 'ACTIVE', createdAt: deps.clock.now(),
  }).returning();
  if (!row) throw new Error('signing key not stored');
  return row;
}

async function findActive(tx: DbOrTx): Promise<SigningKeyRow | undefined> {
  const [row] = await tx.select().from(signingKeys).where(eq(signingKeys.status, 'ACTIVE')).limit(1);
  return row;
}

/** The key that signs now; the first one is created on first use (inside the caller's transaction). */
export async function activeSigningKey(tx: DbOrTx, deps: SignerDeps): Promise<ActiveKey> {
  let row = await findActive(tx);
  if (!row) {
    await tx.execute(sql`select pg_advisory_xact_lock(${SIGNER_LOCK_KEY})`);
    row = (await findActive(tx)) ?? (await insertNewKey(tx, deps));
  }
  const key = openKey(row, deps.secret);
  return { kid: row.kid, sign: (text) => signText(key, text) };
}

/** Rotation (R-PLUS-1): a new active key; the previous one is retired and keeps verifying what it signed. */
export async function rotateSigningKey(tx: DbOrTx, deps: SignerDeps): Promise<{ kid: string; retired: string | null }> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SIGNER_LOCK_KEY})`);
  const previous = await findActive(tx);
  if (previous) await tx.update(signingKeys).set({ status: 'RETIRED', retiredAt: deps.clock.now() }).where(eq(signingKeys.kid, previous.kid));
  const row = await insertNewKey(tx, deps);
  return { kid: row.kid, retired: previous?.kid ?? null };
}

/** A compromised key: nothing it signed verifies any more. A new active key replaces it when it was the active one. */
export async function revokeSigningKey(tx: DbOrTx, deps: SignerDeps, kid: string): Promise<boolean> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SIGNER_LOCK_KEY})`);
  const [row] = await tx.select().from(signingKeys).where(eq(signingKeys.kid, kid)).limit(1);
  if (!row || row.status === 'REVOKED') return false;
  const now = deps.clock.now();
  await tx.update(signingKeys).set({ status: 'REVOKED', revokedAt: now, retiredAt: row.retiredAt ?? now }).where(eq(signingKeys.kid, kid));
  if (row.status === 'ACTIVE') await insertNewKey(tx, deps);
  return true;
}

export async function listSigningKeys(db: DbOrTx): Promise<SigningKeyRow[]> {
  return db.select().from(signingKeys).orderBy(asc(signingKeys.createdAt), asc(signingKeys.kid));
}

export function publishedKeyOf(row: SigningKeyRow): PublishedKey {
  return {
    kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: row.kid, x: row.publicKey, status: row.status,
    validFrom: row.createdAt.toISOString(), validTo: row.retiredAt?.toISOString() ?? null,
  };
}
