import { readFile, rm, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../domain/calendar/clock.js';
import { CardFile, isValidPin, isValidSignaturePassword, parseUnlockToken, type BasicFacts } from '../../../domain/jpki/index.js';
import { CRL_BACKDATE_MS, DevJpkiCa, type IssuedCard } from './dev-ca.js';
import { x509 } from './x509.js';

const DAY = 24 * 60 * 60 * 1000;
const clock = new FixedClock(new Date('2026-06-01T00:00:00Z'));
const facts: BasicFacts = { name: 'SILVA MARIA', sex: 'F', dateOfBirth: '1985-12-31', address: '大阪府大阪市中央区大手前二丁目1番22号' };
let dir: string;
let ca: DevJpkiCa;
let card: IssuedCard;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jpki-dev-ca-'));
  ca = await DevJpkiCa.open({ dir: join(dir, 'ca'), clock });
  card = await ca.issueCard(facts, { kdfIterations: 1000 });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('development JPKI CA (R-AUTH-3)', () => {
  it('keeps its two roots across restarts, and two processes starting at once end up with one set', async () => {
    const reopened = await DevJpkiCa.open({ dir: join(dir, 'ca'), clock });
    expect(reopened.rootCertificate('SIGNATURE').fingerprint256).toBe(ca.rootCertificate('SIGNATURE').fingerprint256);
    expect(ca.rootCertificate('SIGNATURE').fingerprint256).not.toBe(ca.rootCertificate('AUTHENTICATION').fingerprint256);

    const [a, b] = await Promise.all([DevJpkiCa.open({ dir: join(dir, 'race'), clock }), DevJpkiCa.open({ dir: join(dir, 'race'), clock })]);
    expect(a.rootCertificate('AUTHENTICATION').fingerprint256).toBe(b.rootCertificate('AUTHENTICATION').fingerprint256);
    expect((await stat(join(dir, 'race', 'signature-ca.key.pem'))).mode & 0o077).toBe(0);
  });

  it('issues a card file that holds no PIN, password, clear key or personal fact, with generated secrets of the right form', async () => {
    expect(isValidPin(card.pin)).toBe(true);
    expect(isValidSignaturePassword(card.password)).toBe(true);
    const text = await readFile(card.path, 'utf8');
    expect(CardFile.parse(JSON.parse(text)).serial).toBe(card.serial);
    for (const secret of [card.pin, card.password, facts.name, facts.address, 'PRIVATE KEY']) expect(text).not.toContain(secret);
    expect((await stat(card.path)).mode & 0o077).toBe(0);
    expect(await ca.findIssued(card.serial)).toMatchObject({ certificates: card.certificateSerials });
  });

  it('puts no personal fact in the authentication certificate and the development policy in both', () => {
    const auth = new x509.X509Certificate(Buffer.from(card.file.authentication.certificate, 'base64'));
    expect(auth.getExtension('2.5.29.17')).toBeNull();
    expect(auth.subject).not.toContain(facts.name);
    expect(auth.issuer).toBe(new x509.X509Certificate(ca.rootPem('AUTHENTICATION')).subject);
  });

  it('refuses a PIN or password of the wrong form without echoing it', async () => {
    await expect(ca.issueCard(facts, { pin: '12345', kdfIterations: 1000 })).rejects.toThrow(/^PIN: 4 digits$/);
    await expect(ca.issueCard(facts, { password: 'abcdef', kdfIterations: 1000 })).rejects.toThrow(/^password: /);
  });

  it('publishes a CRL per root with nextUpdate, re-issued at once on revocation and again when half-expired', async () => {
    const first = new x509.X509Crl(await ca.currentCrl('SIGNATURE'));
    expect(first.nextUpdate?.getTime()).toBe(first.thisUpdate.getTime() + 7 * DAY);
    await ca.revokeCard(card.serial, ['SIGNATURE']);
    const second = new x509.X509Crl(await ca.currentCrl('SIGNATURE'));
    expect(second.entries.map((e) => e.serialNumber.toUpperCase())).toEqual([card.certificateSerials.SIGNATURE]);
    expect(new x509.X509Crl(await ca.currentCrl('AUTHENTICATION')).entries).toHaveLength(0);
    clock.advance(4 * DAY);
    try {
      const third = new x509.X509Crl(await ca.currentCrl('SIGNATURE'));
      // Backdated, so a verification whose time was taken a moment before the publication still finds it current.
      expect(third.thisUpdate.getTime()).toBe(clock.now().getTime() - CRL_BACKDATE_MS);
      expect(third.entries).toHaveLength(1);
    } finally {
      clock.advance(-4 * DAY);
    }
  });

  it('signs unlock tokens only for its own cards', async () => {
    const token = await ca.issueUnlockToken(card.serial, ['AUTHENTICATION']);
    expect(parseUnlockToken(token)?.payload).toMatchObject({ serial: card.serial, reset: ['AUTHENTICATION'] });
    await expect(ca.issueUnlockToken('SC0000000000000000')).rejects.toThrow(/no card SC0000000000000000/);
  });
});
