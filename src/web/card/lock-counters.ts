import { z } from 'zod';
import {
  CARD_SLOTS, CardSerial, LOCK_AFTER, UNLOCK_CLOCK_SKEW_MS, bufferOf, fromBase64, parseUnlockToken, type CardSlot,
} from '../../domain/jpki/index.js';
import type { CardStorage } from './card-storage.js';
import { JpkiClientError, type CardStatus, type SecretStatus } from './jpki-client.js';

/**
 * Retry counters of a software card, stored apart from the card data and keyed by the card serial, so a page
 * reload or a re-import of the card file does not reset them. The record also pins the unlock authority's key
 * seen at the first import: a card file edited to carry another key is refused, so nobody can sign their own
 * unlock tokens. (Whoever controls the browser profile can still erase site data; a real card keeps its counters
 * in hardware. This is a development stand-in, and says so.)
 */
const Iso = z.iso.datetime({ offset: true });
export const CounterRecord = z.object({
  v: z.literal(1),
  serial: CardSerial,
  unlockAuthority: z.string().min(1),
  failures: z.object({ SIGNATURE: z.number().int().min(0), AUTHENTICATION: z.number().int().min(0) }),
  lockedAt: z.object({ SIGNATURE: Iso.nullable(), AUTHENTICATION: Iso.nullable() }),
  usedUnlockTokens: z.array(z.string()).max(50),
});
export type CounterRecord = z.infer<typeof CounterRecord>;

export const COUNTERS_PREFIX = 'zairyu.jpki.counters.';
const MAX_REMEMBERED_TOKENS = 50;

export function freshCounters(serial: string, unlockAuthority: string): CounterRecord {
  return {
    v: 1, serial, unlockAuthority, failures: { SIGNATURE: 0, AUTHENTICATION: 0 }, lockedAt: { SIGNATURE: null, AUTHENTICATION: null }, usedUnlockTokens: [],
  };
}

/**
 * The stored record; undefined when there is none. A record that cannot be read counts as locked on both slots
 * (fail closed), keeping the unlock authority given as fallback so the office can still unlock it.
 */
export async function loadCounters(storage: CardStorage, serial: string, fallbackAuthority?: string): Promise<CounterRecord | undefined> {
  const text = await storage.get(COUNTERS_PREFIX + serial);
  if (text === undefined) return undefined;
  try {
    const parsed = CounterRecord.safeParse(JSON.parse(text));
    if (parsed.success && parsed.data.serial === serial) return parsed.data;
  } catch {
    // unreadable: fall through to locked
  }
  const epoch = new Date(0).toISOString();
  return {
    ...freshCounters(serial, fallbackAuthority ?? ''),
    failures: { SIGNATURE: LOCK_AFTER.SIGNATURE, AUTHENTICATION: LOCK_AFTER.AUTHENTICATION },
    lockedAt: { SIGNATURE: epoch, AUTHENTICATION: epoch },
  };
}

export async function saveCounters(storage: CardStorage, record: CounterRecord): Promise<void> {
  await storage.set(COUNTERS_PREFIX + record.serial, JSON.stringify(record));
}

function secretStatus(record: CounterRecord, slot: CardSlot): SecretStatus {
  const failures = record.failures[slot];
  return { failures, triesLeft: Math.max(0, LOCK_AFTER[slot] - failures), locked: record.lockedAt[slot] !== null };
}

export function statusOf(record: CounterRecord): CardStatus {
  return { serial: record.serial, pin: secretStatus(record, 'AUTHENTICATION'), password: secretStatus(record, 'SIGNATURE') };
}

/**
 * Checks an unlock token from `npm run card:unlock` against the pinned office key and returns the record with the
 * named counters reset; throws a JpkiClientError saying why it refuses.
 */
export async function applyUnlock(subtle: SubtleCrypto, token: string, load: (serial: string) => Promise<CounterRecord | undefined>, now: Date): Promise<CounterRecord> {
  const parsed = parseUnlockToken(token);
  if (!parsed) throw new JpkiClientError('UNLOCK_TOKEN_INVALID');
  const { payload } = parsed;
  const record = await load(payload.serial);
  if (!record) throw new JpkiClientError('CARD_NOT_FOUND');
  if (!(await isSignedBy(subtle, record.unlockAuthority, parsed.signingInput, parsed.signature))) throw new JpkiClientError('UNLOCK_TOKEN_INVALID');

  const issuedAt = Date.parse(payload.issuedAt);
  if (issuedAt > now.getTime() + UNLOCK_CLOCK_SKEW_MS) throw new JpkiClientError('UNLOCK_TOKEN_INVALID');
  if (now.getTime() > Date.parse(payload.expiresAt)) throw new JpkiClientError('UNLOCK_TOKEN_EXPIRED');
  if (record.usedUnlockTokens.includes(payload.id)) throw new JpkiClientError('UNLOCK_TOKEN_USED');
  for (const slot of payload.reset) {
    const lockedAt = record.lockedAt[slot];
    // A token issued before the lock it would lift was not issued for this lock.
    if (lockedAt !== null && issuedAt + UNLOCK_CLOCK_SKEW_MS < Date.parse(lockedAt)) throw new JpkiClientError('UNLOCK_TOKEN_STALE');
  }
  const next: CounterRecord = {
    ...record,
    failures: { ...record.failures },
    lockedAt: { ...record.lockedAt },
    usedUnlockTokens: [...record.usedUnlockTokens, payload.id].slice(-MAX_REMEMBERED_TOKENS),
  };
  for (const slot of CARD_SLOTS.filter((s) => payload.reset.includes(s))) {
    next.failures[slot] = 0;
    next.lockedAt[slot] = null;
  }
  return next;
}

async function isSignedBy(subtle: SubtleCrypto, spkiBase64: string, data: Uint8Array, signature: Uint8Array): Promise<boolean> {
  try {
    const key = await subtle.importKey('spki', bufferOf(fromBase64(spkiBase64)), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    return await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, bufferOf(signature), bufferOf(data));
  } catch {
    return false;
  }
}
