import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../domain/calendar/clock.js';
import { composePayload, parsePayload, payloadSignedText, type PayloadFields } from '../../../domain/verification/payload.js';
import { createTestDatabase, testBackends } from '../../../../test/helpers/database.js';
import { loadConfig, DEVELOPMENT_SIGNING_KEY_SECRET } from '../../config.js';
import type { DatabaseHandle } from '../../db/client.js';
import { signingKeys } from '../../db/schema.js';
import { verifyPayloadSignature } from './published-keys.js';
import { activeSigningKey, listSigningKeys, publishedKeyOf, revokeSigningKey, rotateSigningKey, type SignerDeps } from './signing-keys.js';

const SECRET = 'test-signing-secret-0123456789abcdef';

function fields(kid: string, issuedOn = '2026-11-23'): PayloadFields {
  return { kid, kind: 'E_COE', number: 'EC-2026-7K3M9Q2X', issuedOn, validUntil: '2027-02-23', subjectHash: 'h'.repeat(22) };
}

describe.each(testBackends())('the document signer: Ed25519 keys in the database (R-PLUS-1) on %s', (backend) => {
  let database: DatabaseHandle;
  const clock = new FixedClock(new Date('2026-11-23T01:00:00Z'));
  const deps: SignerDeps = { clock, secret: SECRET };

  beforeAll(async () => {
    database = await createTestDatabase(backend);
  });
  afterAll(async () => {
    await database.close();
  });

  const tx = <T>(work: (t: Parameters<Parameters<DatabaseHandle['db']['transaction']>[0]>[0]) => Promise<T>) => database.db.transaction(work);
  const published = async () => (await listSigningKeys(database.db)).map(publishedKeyOf);

  async function signedPayload(issuedOn = '2026-11-23'): Promise<string> {
    return tx(async (t) => {
      const key = await activeSigningKey(t, deps);
      const f = fields(key.kid, issuedOn);
      return composePayload(f, key.sign(payloadSignedText(f)));
    });
  }

  it('R-PLUS-1 the first signature creates one active key, its private half sealed (not stored in clear)', async () => {
    const first = await tx((t) => activeSigningKey(t, deps));
    const again = await tx((t) => activeSigningKey(t, deps));
    expect(again.kid).toBe(first.kid);
    const rows = await database.db.select().from(signingKeys);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe('ACTIVE');
    expect(rows[0]?.privateKeySealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(rows[0]?.privateKeySealed).not.toContain(rows[0]?.publicKey);
  });

  it('R-PLUS-1 the published key is a JWK (OKP, Ed25519) with its kid, status and validity', async () => {
    const [key] = await published();
    expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', status: 'ACTIVE', validFrom: '2026-11-23T01:00:00.000Z', validTo: null });
    expect(key?.x).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key).not.toHaveProperty('d');
  });

  it('R-PLUS-1 a signed payload verifies against the published keys', async () => {
    const parsed = parsePayload(await signedPayload());
    if (!parsed) throw new Error('payload did not parse');
    expect(verifyPayloadSignature(await published(), parsed)).toBe('GENUINE');
  });

  it.each([
    ['the number', (p: string) => p.replace('EC-2026-7K3M9Q2X', 'EC-2026-7K3M9Q2Y')],
    ['the last valid day', (p: string) => p.replace('20270223', '20280223')],
    ['the subject hash', (p: string) => p.replace('h'.repeat(22), 'H'.repeat(22))],
    ['the signature', (p: string) => `${p.slice(0, -3)}${p.endsWith('AAA') ? 'BAA' : 'AAA'}`],
  ])('R-PLUS-1 a payload with %s altered is refused (bad signature)', async (_name, tamper) => {
    const parsed = parsePayload(tamper(await signedPayload()));
    if (!parsed) throw new Error('tampered payload should still parse');
    expect(verifyPayloadSignature(await published(), parsed)).toBe('BAD_SIGNATURE');
  });

  it('R-PLUS-1 a payload naming a key id that was never published is refused', async () => {
    const parsed = parsePayload(await signedPayload());
    if (!parsed) throw new Error('payload did not parse');
    expect(verifyPayloadSignature(await published(), { ...parsed, kid: 'NotOurKeyId00000' })).toBe('UNKNOWN_KID');
    expect(verifyPayloadSignature([], parsed)).toBe('UNKNOWN_KID');
  });

  it('R-PLUS-1 rotation: a new active key signs; the retired key keeps verifying what it signed while active', async () => {
    const before = await signedPayload();
    const oldKid = parsePayload(before)?.kid;
    clock.advance(24 * 3600_000);
    const rotated = await tx((t) => rotateSigningKey(t, deps));
    expect(rotated.retired).toBe(oldKid);
    expect(rotated.kid).not.toBe(oldKid);
    const after = await signedPayload('2026-11-24');
    expect(parsePayload(after)?.kid).toBe(rotated.kid);

    const keys = await published();
    expect(keys.map((k) => [k.kid, k.status])).toEqual([[oldKid, 'RETIRED'], [rotated.kid, 'ACTIVE']]);
    expect(keys[0]?.validTo).toBe('2026-11-24T01:00:00.000Z');
    for (const payload of [before, after]) {
      const parsed = parsePayload(payload);
      if (!parsed) throw new Error('payload did not parse');
      expect(verifyPayloadSignature(keys, parsed)).toBe('GENUINE');
    }
  });

  it('R-PLUS-1 a retired key does not vouch for documents dated after it stopped signing', async () => {
    const keys = await published();
    const retired = keys.find((k) => k.status === 'RETIRED');
    const parsed = parsePayload(await signedPayload());
    if (!retired || !parsed) throw new Error('setup');
    expect(verifyPayloadSignature(keys, { ...parsed, kid: retired.kid, issuedOn: '2026-12-01' })).not.toBe('GENUINE');
  });

  it('R-PLUS-1 a revoked key verifies nothing, and a new active key takes over', async () => {
    const payload = await signedPayload('2026-11-24');
    const parsed = parsePayload(payload);
    if (!parsed) throw new Error('payload did not parse');
    expect(await tx((t) => revokeSigningKey(t, deps, parsed.kid))).toBe(true);
    const keys = await published();
    expect(keys.find((k) => k.kid === parsed.kid)?.status).toBe('REVOKED');
    expect(keys.filter((k) => k.status === 'ACTIVE')).toHaveLength(1);
    expect(verifyPayloadSignature(keys, parsed)).toBe('KEY_REVOKED');
  });

  it('R-PLUS-1 keys sealed under one SIGNING_KEY_SECRET cannot sign under another', async () => {
    await expect(tx((t) => activeSigningKey(t, { clock, secret: 'another-secret-0123456789abcdefghijkl' }))).rejects.toThrow(/cannot be opened with SIGNING_KEY_SECRET/);
  });
});

describe('SIGNING_KEY_SECRET (R-PLUS-1, like R-AUTH-9 for the development CA)', () => {
  const production = { NODE_ENV: 'production', COOKIE_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://u@h/db' };

  it('defaults to the development value outside production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).signingKeySecret).toBe(DEVELOPMENT_SIGNING_KEY_SECRET);
  });

  it('is required in production, and the development value is refused there', () => {
    expect(() => loadConfig(production)).toThrow(/SIGNING_KEY_SECRET: required in production/);
    expect(() => loadConfig({ ...production, SIGNING_KEY_SECRET: DEVELOPMENT_SIGNING_KEY_SECRET })).toThrow(/SIGNING_KEY_SECRET: required in production/);
    expect(loadConfig({ ...production, SIGNING_KEY_SECRET: 's'.repeat(32) }).signingKeySecret).toBe('s'.repeat(32));
  });

  it('must be at least 32 characters', () => {
    expect(() => loadConfig({ SIGNING_KEY_SECRET: 'short' })).toThrow(/SIGNING_KEY_SECRET: must be at least 32 characters/);
  });
});
