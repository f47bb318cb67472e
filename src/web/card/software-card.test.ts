import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/database.js';
import { FixedClock } from '../../domain/calendar/clock.js';
import { CARD_CLIENT_ERRORS, cardClientMessage, type BasicFacts } from '../../domain/jpki/index.js';
import { DevJpkiCa, type IssuedCard } from '../../server/adapters/jpki/dev-ca.js';
import { DbNonceStore } from '../../server/adapters/jpki/nonce-store.js';
import { createJpkiVerifier, type JpkiVerifier } from '../../server/adapters/jpki/verify.js';
import type { DatabaseHandle } from '../../server/db/client.js';
import { memoryCardStorage } from './card-storage.js';
import { JpkiClientError } from './jpki-client.js';
import { JpkiReaderClient } from './jpki-reader-client.js';
import { SoftwareCard } from './software-card.js';

const MINUTE = 60 * 1000;
const clock = new FixedClock(new Date('2026-06-01T09:00:00Z'));
const facts: BasicFacts = { name: 'TRAN THI BINH', sex: 'F', dateOfBirth: '1998-07-07', address: '愛知県名古屋市中区三の丸三丁目1番2号' };
const NONCE = 'n'.repeat(43);
let dir: string;
let ca: DevJpkiCa;
let otherCa: DevJpkiCa;
let issued: IssuedCard;
let handle: DatabaseHandle;
let nonces: DbNonceStore;
let verifier: JpkiVerifier;

function cardOver(storage = memoryCardStorage()): SoftwareCard {
  return new SoftwareCard({ storage, now: () => clock.now() });
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; triesLeft?: number }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof JpkiClientError) return error.triesLeft === undefined ? { code: error.code } : { code: error.code, triesLeft: error.triesLeft };
    throw error;
  }
  throw new Error('expected a refusal');
}

async function lockPin(card: SoftwareCard): Promise<void> {
  for (let i = 0; i < 3; i++) await card.signWithAuthenticationKey(issued.serial, '9999', NONCE).catch(() => undefined);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'software-card-'));
  ca = await DevJpkiCa.open({ dir: join(dir, 'ca'), clock });
  otherCa = await DevJpkiCa.open({ dir: join(dir, 'other'), clock });
  issued = await ca.issueCard(facts, { pin: '1234', password: 'ABC123', kdfIterations: 1000 });
  handle = await createTestDatabase('pglite');
  nonces = new DbNonceStore(handle.db, clock);
  const anchors = {
    SIGNATURE: [{ certificate: ca.rootCertificate('SIGNATURE'), isDevelopment: true }],
    AUTHENTICATION: [{ certificate: ca.rootCertificate('AUTHENTICATION'), isDevelopment: true }],
  };
  verifier = createJpkiVerifier({ trust: { anchors, crls: ca.crlSource(), refuseDevelopmentCertificates: false }, nonces, clock });
});

afterAll(async () => {
  await handle.close();
  await rm(dir, { recursive: true, force: true });
});

describe('software card in the browser (R-AUTH-1, R-AUTH-3)', () => {
  it('imports a card file and keeps only sealed keys: no PIN, password or personal fact in the browser store', async () => {
    const storage = memoryCardStorage();
    const card = cardOver(storage);
    expect(await card.importCard(JSON.stringify(issued.file))).toEqual({ serial: issued.serial, issuedAt: issued.file.issuedAt });
    expect(await card.listCards()).toEqual([{ serial: issued.serial, issuedAt: issued.file.issuedAt }]);
    const stored = [...storage.entries.values()].join('\n');
    for (const secret of ['1234', 'ABC123', facts.name, facts.address]) expect(stored).not.toContain(secret);
    expect([...storage.entries.keys()].sort()).toEqual([`zairyu.jpki.card.${issued.serial}`, `zairyu.jpki.counters.${issued.serial}`]);
    expect(await refusal(card.importCard('{"format":"something else"}'))).toEqual({ code: 'CARD_FILE_INVALID' });
  });

  it('R-AUTH-1 three wrong PINs lock the PIN; the right PIN is then refused', async () => {
    const card = cardOver();
    await card.importCard(issued.file);
    expect(await refusal(card.signWithAuthenticationKey(issued.serial, '0000', NONCE))).toEqual({ code: 'PIN_INCORRECT', triesLeft: 2 });
    expect(await refusal(card.signWithAuthenticationKey(issued.serial, '1111', NONCE))).toEqual({ code: 'PIN_INCORRECT', triesLeft: 1 });
    expect(await refusal(card.signWithAuthenticationKey(issued.serial, '2222', NONCE))).toEqual({ code: 'PIN_LOCKED' });
    expect(await refusal(card.signWithAuthenticationKey(issued.serial, '1234', NONCE))).toEqual({ code: 'PIN_LOCKED' });
    expect((await card.getStatus(issued.serial)).pin).toEqual({ failures: 3, triesLeft: 0, locked: true });
    expect((await card.getStatus(issued.serial)).password.locked).toBe(false);
  });

  it('R-AUTH-3 the lock survives a page reload and a re-import of the same card, even after removing it', async () => {
    const storage = memoryCardStorage();
    await cardOver(storage).importCard(issued.file);
    await lockPin(cardOver(storage));
    const reloaded = cardOver(storage);
    expect(await refusal(reloaded.signWithAuthenticationKey(issued.serial, '1234', NONCE))).toEqual({ code: 'PIN_LOCKED' });
    await reloaded.importCard(JSON.stringify(issued.file));
    expect(await refusal(reloaded.signWithAuthenticationKey(issued.serial, '1234', NONCE))).toEqual({ code: 'PIN_LOCKED' });
    await reloaded.removeCard(issued.serial);
    await cardOver(storage).importCard(issued.file);
    expect(await refusal(cardOver(storage).signWithAuthenticationKey(issued.serial, '1234', NONCE))).toEqual({ code: 'PIN_LOCKED' });
  });

  it('R-AUTH-3 a card file edited to carry another unlock key is refused, and an unreadable counter record counts as locked', async () => {
    const storage = memoryCardStorage();
    const card = cardOver(storage);
    await card.importCard(issued.file);
    const forged = { ...issued.file, unlockAuthority: { ...issued.file.unlockAuthority, publicKey: (await otherCa.issueCard(facts, { kdfIterations: 1000 })).file.unlockAuthority.publicKey } };
    expect(await refusal(card.importCard(forged))).toEqual({ code: 'CARD_CONFLICT' });
    storage.entries.set(`zairyu.jpki.counters.${issued.serial}`, '{"v":1,"failures":');
    expect(await refusal(card.signWithAuthenticationKey(issued.serial, '1234', NONCE))).toEqual({ code: 'PIN_LOCKED' });
  });

  it('R-AUTH-3 only an unlock token from card:unlock resets the counter, once, and only the counters it names', async () => {
    const storage = memoryCardStorage();
    const card = cardOver(storage);
    await card.importCard(issued.file);
    await lockPin(card);
    const token = await ca.issueUnlockToken(issued.serial, ['AUTHENTICATION']);
    expect((await card.applyUnlockToken(token)).pin).toEqual({ failures: 0, triesLeft: 3, locked: false });
    expect(await card.signWithAuthenticationKey(issued.serial, '1234', NONCE)).toMatchObject({ slot: 'AUTHENTICATION' });
    expect(await refusal(card.applyUnlockToken(token))).toEqual({ code: 'UNLOCK_TOKEN_USED' });
    const [head, sig] = token.split('.');
    expect(await refusal(card.applyUnlockToken(`${head}x.${sig}`))).toEqual({ code: 'UNLOCK_TOKEN_INVALID' });
  });

  it('R-AUTH-3 an unlock token issued before the lock, or expired, does not unlock', async () => {
    const card = cardOver();
    await card.importCard(issued.file);
    const early = await ca.issueUnlockToken(issued.serial);
    clock.advance(10 * MINUTE);
    try {
      await lockPin(card);
      expect(await refusal(card.applyUnlockToken(early))).toEqual({ code: 'UNLOCK_TOKEN_STALE' });
      const late = await ca.issueUnlockToken(issued.serial);
      clock.advance(25 * 60 * MINUTE);
      expect(await refusal(card.applyUnlockToken(late))).toEqual({ code: 'UNLOCK_TOKEN_EXPIRED' });
      clock.advance(-25 * 60 * MINUTE);
    } finally {
      clock.advance(-10 * MINUTE);
    }
  });

  it('R-AUTH-1 the password locks after 5 wrong entries; a right entry before that resets the count; malformed entries do not count', async () => {
    const card = cardOver();
    await card.importCard(issued.file);
    expect(await refusal(card.signWithSignatureKey(issued.serial, 'abc', NONCE))).toEqual({ code: 'PASSWORD_FORMAT' });
    expect(await refusal(card.signWithAuthenticationKey(issued.serial, '12', NONCE))).toEqual({ code: 'PIN_FORMAT' });
    expect(await refusal(card.signWithSignatureKey(issued.serial, 'WRONG1', NONCE))).toEqual({ code: 'PASSWORD_INCORRECT', triesLeft: 4 });
    await card.signWithSignatureKey(issued.serial, 'ABC123', NONCE);
    expect((await card.getStatus(issued.serial)).password.failures).toBe(0);
    for (const left of [4, 3, 2, 1]) {
      expect(await refusal(card.signWithSignatureKey(issued.serial, 'WRONG1', NONCE))).toEqual({ code: 'PASSWORD_INCORRECT', triesLeft: left });
    }
    expect(await refusal(card.signWithSignatureKey(issued.serial, 'WRONG1', NONCE))).toEqual({ code: 'PASSWORD_LOCKED' });
    expect(await refusal(card.signWithSignatureKey(issued.serial, 'ABC123', NONCE))).toEqual({ code: 'PASSWORD_LOCKED' });
    expect((await card.getStatus(issued.serial)).pin.locked).toBe(false);
  });

  it('R-AUTH-2 round trip: the module signs the server nonce and the server verifies it, with the 4 facts from the signature certificate', async () => {
    const card = cardOver();
    await card.importCard(issued.file);
    const login = await nonces.issue({ sessionId: 'browser-session', purpose: 'LOGIN' });
    const response = await card.signWithAuthenticationKey(issued.serial, '1234', login.nonce);
    expect(await verifier.verify({ slot: 'AUTHENTICATION', nonce: login.nonce, sessionId: 'browser-session', purpose: 'LOGIN', response }))
      .toMatchObject({ ok: true, certificate: { serialNumber: issued.certificateSerials.AUTHENTICATION } });

    const registration = await nonces.issue({ sessionId: 'browser-session', purpose: 'REGISTRATION' });
    const result = await verifier.verifyPair({
      nonce: registration.nonce, sessionId: 'browser-session', purpose: 'REGISTRATION',
      signature: await card.signWithSignatureKey(issued.serial, 'ABC123', registration.nonce),
      authentication: await card.signWithAuthenticationKey(issued.serial, '1234', registration.nonce),
    });
    expect(result).toMatchObject({ ok: true, facts });
  });

  it('the real JPKI reader is not available in this environment', async () => {
    expect(await refusal(new JpkiReaderClient().signWithAuthenticationKey())).toEqual({ code: 'CARD_READER_NOT_AVAILABLE' });
  });

  it('every card client refusal has a Japanese and an English message', () => {
    for (const code of CARD_CLIENT_ERRORS) {
      const message = cardClientMessage(code, 2);
      expect(message.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(message.en).toMatch(/^[A-Z]/);
    }
  });
});
