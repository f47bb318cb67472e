import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../domain/calendar/clock.js';
import type { Config } from '../../config.js';
import { createJpki } from './create-jpki.js';
import { DevJpkiCa } from './dev-ca.js';
import type { NonceStore } from './nonce-store.js';

const clock = new FixedClock(new Date('2026-06-01T00:00:00Z'));
const nonces: NonceStore = {
  issue: async () => ({ nonce: 'A'.repeat(43), expiresAt: clock.now() }),
  consume: async () => ({ ok: true }),
  purgeExpired: async () => 0,
};
let dir: string;
let ca: DevJpkiCa;

function jpkiConfig(isProduction: boolean, jpki: Partial<Config['jpki']>): Pick<Config, 'isProduction' | 'jpki'> {
  const empty = { SIGNATURE: [], AUTHENTICATION: [] };
  return { isProduction, jpki: { trustDevCa: false, devCaDir: join(dir, 'ca'), roots: empty, crls: empty, ...jpki } };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jpki-create-'));
  ca = await DevJpkiCa.open({ dir: join(dir, 'ca'), clock });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('JPKI adapter from configuration (R-AUTH-3, R-AUTH-9)', () => {
  it('development trusts the software card CA for both slots and tells the browser to use the software card', async () => {
    const jpki = await createJpki(jpkiConfig(false, { trustDevCa: true }), { nonces, clock });
    expect(jpki.clientKind).toBe('software-card');
    expect(jpki.trust.anchors.SIGNATURE.map((a) => a.certificate.fingerprint256)).toEqual([ca.rootCertificate('SIGNATURE').fingerprint256]);
    expect(jpki.trust.anchors.AUTHENTICATION.map((a) => a.certificate.fingerprint256)).toEqual([ca.rootCertificate('AUTHENTICATION').fingerprint256]);
    expect(jpki.trust.refuseDevelopmentCertificates).toBe(false);
  });

  it('without the development CA, only the configured roots are trusted and the real JPKI client is used', async () => {
    const file = join(dir, 'roots.pem');
    await copyFile(join(dir, 'ca', 'signature-ca.pem'), file);
    const jpki = await createJpki(jpkiConfig(false, { roots: { SIGNATURE: [file], AUTHENTICATION: [] } }), { nonces, clock });
    expect(jpki.clientKind).toBe('jpki-reader');
    expect(jpki.devCa).toBeUndefined();
    expect(jpki.trust.anchors.SIGNATURE).toHaveLength(1);
    expect(jpki.trust.anchors.AUTHENTICATION).toHaveLength(0);
  });

  it('R-AUTH-9 production refuses a development root copied out of the development CA folder', async () => {
    const file = join(dir, 'copied-root.pem');
    await copyFile(join(dir, 'ca', 'authentication-ca.pem'), file);
    await expect(createJpki(jpkiConfig(true, { roots: { SIGNATURE: [], AUTHENTICATION: [file] } }), { nonces, clock })).rejects.toThrow(/R-AUTH-9: .*development CA root/);
  });

  it('R-AUTH-9 production refuses to trust the development CA itself', async () => {
    await expect(createJpki(jpkiConfig(true, { trustDevCa: true }), { nonces, clock })).rejects.toThrow(/R-AUTH-9/);
  });
});
