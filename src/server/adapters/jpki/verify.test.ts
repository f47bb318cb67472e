import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/helpers/database.js';
import { FixedClock } from '../../../domain/calendar/clock.js';
import { JPKI_VERIFY_FAILURES, JPKI_VERIFY_FAILURE_MESSAGES, type BasicFacts, type CardSlot } from '../../../domain/jpki/index.js';
import type { DatabaseHandle } from '../../db/client.js';
import type { CrlSource } from './crl.js';
import { DevJpkiCa, type IssuedCard } from './dev-ca.js';
import { DbNonceStore, type JpkiNoncePurpose } from './nonce-store.js';
import { respondWithCard } from './test-support.js';
import type { JpkiTrustAnchors } from './trust.js';
import { createJpkiVerifier, type JpkiTrust, type JpkiVerifier } from './verify.js';

const DAY = 24 * 60 * 60 * 1000;
const clock = new FixedClock(new Date('2026-06-01T00:00:00Z'));
const facts: BasicFacts = { name: 'NGUYEN VAN AN', nameKana: 'グエン ヴァン アン', sex: 'M', dateOfBirth: '1990-04-15', address: '東京都新宿区西新宿二丁目8番1号' };
const fast = { kdfIterations: 1000 };

let dir: string;
let handle: DatabaseHandle;
let ca: DevJpkiCa;
let otherCa: DevJpkiCa;
let card: IssuedCard;
let nonces: DbNonceStore;

function anchorsOf(authority: DevJpkiCa): JpkiTrustAnchors {
  return {
    SIGNATURE: [{ certificate: authority.rootCertificate('SIGNATURE'), isDevelopment: true }],
    AUTHENTICATION: [{ certificate: authority.rootCertificate('AUTHENTICATION'), isDevelopment: true }],
  };
}

function verifierWith(trust: Partial<JpkiTrust> = {}): JpkiVerifier {
  return createJpkiVerifier({ trust: { anchors: anchorsOf(ca), crls: ca.crlSource(), refuseDevelopmentCertificates: false, ...trust }, nonces, clock });
}

async function challenge(sessionId = 'session-1', purpose: JpkiNoncePurpose = 'LOGIN'): Promise<string> {
  return (await nonces.issue({ sessionId, purpose })).nonce;
}

/** Presents `from`'s certificate for `slot` with a fresh nonce, signed correctly, through `verifier`. */
async function present(verifier: JpkiVerifier, from: IssuedCard, slot: CardSlot, presentedAs: CardSlot = slot) {
  const nonce = await challenge();
  return verifier.verify({ slot: presentedAs, nonce, sessionId: 'session-1', purpose: 'LOGIN', response: await respondWithCard(from, slot, nonce) });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jpki-verify-'));
  ca = await DevJpkiCa.open({ dir: join(dir, 'ca'), clock });
  otherCa = await DevJpkiCa.open({ dir: join(dir, 'other-ca'), clock });
  card = await ca.issueCard(facts, { ...fast, pin: '1234', password: 'ABC123' });
  handle = await createTestDatabase('pglite');
  nonces = new DbNonceStore(handle.db, clock);
});

afterAll(async () => {
  await handle.close();
  await rm(dir, { recursive: true, force: true });
});

describe('JPKI verification: accepted responses (R-AUTH-2)', () => {
  it('R-AUTH-2 accepts the authentication certificate with a signature over a fresh nonce, with no personal facts', async () => {
    const result = await present(verifierWith(), card, 'AUTHENTICATION');
    expect(result).toMatchObject({ ok: true, facts: undefined, certificate: { slot: 'AUTHENTICATION', serialNumber: card.certificateSerials.AUTHENTICATION } });
  });

  it('R-AUTH-2 accepts the signature certificate and reads the 4 basic facts back from it', async () => {
    const result = await present(verifierWith(), card, 'SIGNATURE');
    expect(result).toMatchObject({ ok: true, facts, certificate: { slot: 'SIGNATURE', serialNumber: card.certificateSerials.SIGNATURE } });
  });

  it('R-AUTH-2 registration verifies both certificates over one nonce and returns the facts', async () => {
    const nonce = await challenge('session-1', 'REGISTRATION');
    const result = await verifierWith().verifyPair({
      nonce, sessionId: 'session-1', purpose: 'REGISTRATION',
      signature: await respondWithCard(card, 'SIGNATURE', nonce), authentication: await respondWithCard(card, 'AUTHENTICATION', nonce),
    });
    expect(result).toMatchObject({ ok: true, facts, signature: { slot: 'SIGNATURE' }, authentication: { slot: 'AUTHENTICATION' } });
  });
});

describe('JPKI verification: refused responses (R-AUTH-2)', () => {
  it('R-AUTH-2 refuses a certificate from an unknown root', async () => {
    const stranger = await otherCa.issueCard(facts, fast);
    expect(await present(verifierWith(), stranger, 'AUTHENTICATION')).toEqual({ ok: false, reason: 'UNKNOWN_ISSUER' });
  });

  it('R-AUTH-2 refuses a certificate whose CA is configured for the other slot only (wrong CA for the slot)', async () => {
    const swapped = { SIGNATURE: anchorsOf(ca).AUTHENTICATION, AUTHENTICATION: anchorsOf(ca).SIGNATURE };
    expect(await present(verifierWith({ anchors: swapped }), card, 'AUTHENTICATION')).toEqual({ ok: false, reason: 'WRONG_SLOT' });
  });

  it('R-AUTH-2 refuses the signature certificate presented in the authentication slot', async () => {
    expect(await present(verifierWith(), card, 'SIGNATURE', 'AUTHENTICATION')).toEqual({ ok: false, reason: 'WRONG_SLOT' });
  });

  it('R-AUTH-2 refuses the authentication certificate presented in the signature slot', async () => {
    expect(await present(verifierWith(), card, 'AUTHENTICATION', 'SIGNATURE')).toEqual({ ok: false, reason: 'WRONG_SLOT' });
  });

  it('R-AUTH-2 refuses an expired certificate', async () => {
    const now = clock.now().getTime();
    const expired = await ca.issueCard(facts, { ...fast, notBefore: new Date(now - 400 * DAY), notAfter: new Date(now - DAY) });
    expect(await present(verifierWith(), expired, 'AUTHENTICATION')).toEqual({ ok: false, reason: 'CERTIFICATE_EXPIRED' });
  });

  it('R-AUTH-2 refuses a certificate that is not yet valid', async () => {
    const now = clock.now().getTime();
    const early = await ca.issueCard(facts, { ...fast, notBefore: new Date(now + DAY), notAfter: new Date(now + 400 * DAY) });
    expect(await present(verifierWith(), early, 'SIGNATURE')).toEqual({ ok: false, reason: 'CERTIFICATE_NOT_YET_VALID' });
  });

  it('R-AUTH-2 refuses a revoked certificate (the CA re-publishes its CRL at once)', async () => {
    const revoked = await ca.issueCard(facts, fast);
    await ca.revokeCard(revoked.serial, ['AUTHENTICATION']);
    expect(await present(verifierWith(), revoked, 'AUTHENTICATION')).toEqual({ ok: false, reason: 'CERTIFICATE_REVOKED' });
    expect(await present(verifierWith(), revoked, 'SIGNATURE')).toMatchObject({ ok: true });
  });

  it('R-AUTH-2 fails closed when the CRL is stale (past its nextUpdate)', async () => {
    const now = clock.now().getTime();
    const stale = await ca.createCrl('AUTHENTICATION', { thisUpdate: new Date(now - 8 * DAY), nextUpdate: new Date(now - 1000) });
    const crls: CrlSource = { findCrl: async () => stale };
    expect(await present(verifierWith({ crls }), card, 'AUTHENTICATION')).toEqual({ ok: false, reason: 'CRL_STALE' });
  });

  it('R-AUTH-2 fails closed when the CRL is missing, from the future, or signed by another CA', async () => {
    const now = clock.now().getTime();
    const future = await ca.createCrl('AUTHENTICATION', { thisUpdate: new Date(now + DAY), nextUpdate: new Date(now + 8 * DAY) });
    const foreign = await otherCa.currentCrl('AUTHENTICATION');
    for (const crl of [undefined, future, foreign]) {
      const crls: CrlSource = { findCrl: async () => crl };
      expect(await present(verifierWith({ crls }), card, 'AUTHENTICATION')).toEqual({ ok: false, reason: 'CRL_UNAVAILABLE' });
    }
  });

  it('R-AUTH-2 refuses a bad signature: over another nonce, altered, or by another key', async () => {
    const verifier = verifierWith();
    const nonce = await challenge();
    const overOther = await respondWithCard(card, 'AUTHENTICATION', await challenge());
    expect(await verifier.verify({ slot: 'AUTHENTICATION', nonce, sessionId: 'session-1', purpose: 'LOGIN', response: overOther })).toEqual({ ok: false, reason: 'SIGNATURE_INVALID' });

    const n2 = await challenge();
    const good = await respondWithCard(card, 'AUTHENTICATION', n2);
    const altered = { ...good, signature: `${String(good.signature).slice(0, -2)}${String(good.signature).endsWith('AA') ? 'AB' : 'AA'}` };
    expect(await verifier.verify({ slot: 'AUTHENTICATION', nonce: n2, sessionId: 'session-1', purpose: 'LOGIN', response: altered })).toEqual({ ok: false, reason: 'SIGNATURE_INVALID' });

    const n3 = await challenge();
    const otherCard = await ca.issueCard(facts, fast);
    const borrowed = { certificate: card.file.authentication.certificate, signature: (await respondWithCard(otherCard, 'AUTHENTICATION', n3)).signature };
    expect(await verifier.verify({ slot: 'AUTHENTICATION', nonce: n3, sessionId: 'session-1', purpose: 'LOGIN', response: borrowed })).toEqual({ ok: false, reason: 'SIGNATURE_INVALID' });
  });

  it('R-AUTH-2 refuses a replayed nonce (single use)', async () => {
    const verifier = verifierWith();
    const nonce = await challenge();
    const response = await respondWithCard(card, 'AUTHENTICATION', nonce);
    const input = { slot: 'AUTHENTICATION' as const, nonce, sessionId: 'session-1', purpose: 'LOGIN' as const, response };
    expect(await verifier.verify(input)).toMatchObject({ ok: true });
    expect(await verifier.verify(input)).toEqual({ ok: false, reason: 'NONCE_REPLAYED' });
  });

  it('R-AUTH-2 refuses a nonce older than 5 minutes', async () => {
    const nonce = await challenge();
    const response = await respondWithCard(card, 'AUTHENTICATION', nonce);
    clock.advance(5 * 60 * 1000 + 1000);
    try {
      expect(await verifierWith().verify({ slot: 'AUTHENTICATION', nonce, sessionId: 'session-1', purpose: 'LOGIN', response })).toEqual({ ok: false, reason: 'NONCE_EXPIRED' });
    } finally {
      clock.advance(-(5 * 60 * 1000 + 1000));
    }
  });

  it('R-AUTH-2 refuses a nonce from another session, without using it up for its own session', async () => {
    const verifier = verifierWith();
    const nonce = await challenge('session-1');
    const response = await respondWithCard(card, 'AUTHENTICATION', nonce);
    expect(await verifier.verify({ slot: 'AUTHENTICATION', nonce, sessionId: 'session-2', purpose: 'LOGIN', response })).toEqual({ ok: false, reason: 'NONCE_WRONG_SESSION' });
    expect(await verifier.verify({ slot: 'AUTHENTICATION', nonce, sessionId: 'session-1', purpose: 'LOGIN', response })).toMatchObject({ ok: true });
  });

  it('R-AUTH-2 refuses a nonce issued for another purpose, and a nonce the server never issued', async () => {
    const verifier = verifierWith();
    const nonce = await challenge('session-1', 'REGISTRATION');
    const response = await respondWithCard(card, 'AUTHENTICATION', nonce);
    expect(await verifier.verify({ slot: 'AUTHENTICATION', nonce, sessionId: 'session-1', purpose: 'LOGIN', response })).toEqual({ ok: false, reason: 'NONCE_WRONG_PURPOSE' });
    const forged = 'A'.repeat(43);
    const forgedResponse = await respondWithCard(card, 'AUTHENTICATION', forged);
    expect(await verifier.verify({ slot: 'AUTHENTICATION', nonce: forged, sessionId: 'session-1', purpose: 'LOGIN', response: forgedResponse })).toEqual({ ok: false, reason: 'NONCE_UNKNOWN' });
  });

  it('R-AUTH-2 R-AUTH-9 a production verifier refuses software card certificates even when their root is configured', async () => {
    expect(await present(verifierWith({ refuseDevelopmentCertificates: true }), card, 'AUTHENTICATION')).toEqual({ ok: false, reason: 'DEVELOPMENT_CERTIFICATE_REFUSED' });
  });

  it('R-AUTH-2 refuses a malformed certificate', async () => {
    const nonce = await challenge();
    const response = { ...(await respondWithCard(card, 'AUTHENTICATION', nonce)), certificate: 'bm90IGEgY2VydGlmaWNhdGU=' };
    expect(await verifierWith().verify({ slot: 'AUTHENTICATION', nonce, sessionId: 'session-1', purpose: 'LOGIN', response })).toEqual({ ok: false, reason: 'CERTIFICATE_MALFORMED' });
  });

  it('R-AUTH-2 registration names the slot that failed', async () => {
    const nonce = await challenge('session-1', 'REGISTRATION');
    const result = await verifierWith().verifyPair({
      nonce, sessionId: 'session-1', purpose: 'REGISTRATION',
      signature: await respondWithCard(card, 'AUTHENTICATION', nonce), authentication: await respondWithCard(card, 'AUTHENTICATION', nonce),
    });
    expect(result).toEqual({ ok: false, reason: 'WRONG_SLOT', slot: 'SIGNATURE' });
  });

  it('every failure reason has a Japanese and an English message', () => {
    for (const code of JPKI_VERIFY_FAILURES) {
      expect(JPKI_VERIFY_FAILURE_MESSAGES[code].ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(JPKI_VERIFY_FAILURE_MESSAGES[code].en).toMatch(/^[A-Z]/);
    }
  });
});
