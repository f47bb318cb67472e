import { describe, expect, it } from 'vitest';
import { breachedListStats, isBreachedPassword } from './breached-passwords.js';
import { hashPassword, verifyPasswordOrDummy } from './password-hashing.js';
import { assertAcceptablePassword } from './password-rules.js';
import { SecretBox } from './secret-box.js';
import { base32Decode, base32Encode, hotp, otpauthUri, totpCode, verifyTotp } from './totp.js';

const RFC_SECRET = Buffer.from('12345678901234567890');

describe('R-AUTH-6 TOTP (RFC 6238 / RFC 4226)', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('RFC 6238 SHA-1 test vector at T=%i (last six digits)', (seconds, code) => {
    expect(totpCode(RFC_SECRET, new Date(seconds * 1000))).toBe(code);
  });

  it('RFC 4226 HOTP test vectors', () => {
    expect([0, 1, 2, 9].map((c) => hotp(RFC_SECRET, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  it('accepts the previous, current and next step, nothing further, and never a used step again', () => {
    const now = new Date(1_800_000_000_000);
    const step = Math.floor(now.getTime() / 30_000);
    for (const offset of [-1, 0, 1]) expect(verifyTotp(RFC_SECRET, hotp(RFC_SECRET, step + offset), now, null)).toBe(step + offset);
    for (const offset of [-2, 2]) expect(verifyTotp(RFC_SECRET, hotp(RFC_SECRET, step + offset), now, null)).toBeNull();
    expect(verifyTotp(RFC_SECRET, hotp(RFC_SECRET, step), now, step)).toBeNull();
    expect(verifyTotp(RFC_SECRET, '12345', now, null)).toBeNull();
  });

  it('base32 round-trips and the otpauth URI carries issuer and secret', () => {
    expect(base32Encode(RFC_SECRET)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(RFC_SECRET);
    expect(otpauthUri(RFC_SECRET, 'ABCD-EFGH-JKLM', 'Zairyu Online')).toBe(
      'otpauth://totp/Zairyu%20Online:ABCD-EFGH-JKLM?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Zairyu+Online&algorithm=SHA1&digits=6&period=30',
    );
  });

  it('TOTP secrets are sealed with AES-256-GCM: different each time, tamper-evident, bound to the key', () => {
    const box = new SecretBox('a test key that is at least 32 characters long');
    const a = box.seal(RFC_SECRET);
    expect(a).not.toBe(box.seal(RFC_SECRET));
    expect(box.open(a)).toEqual(RFC_SECRET);
    const tampered = `${a.slice(0, -2)}${a.endsWith('A') ? 'B' : 'A'}${a.slice(-1)}`;
    expect(() => box.open(tampered)).toThrow();
    expect(() => new SecretBox('another key that is at least 32 characters').open(a)).toThrow();
  });
});

describe('R-AUTH-6 passwords on the server', () => {
  it('the breached list ships in the npm package: 50 000 entries, loaded once', () => {
    const stats = breachedListStats();
    expect(stats.entries).toBe(50_000);
    for (const leaked of ['password1234', 'iloveyou', '1qaz2wsx3edc', 'qwertyuiop']) expect(isBreachedPassword(leaked)).toBe(true);
    expect(isBreachedPassword('correct horse battery staple 42')).toBe(false);
  });

  it('a breached password is refused with its reason code and messages in both languages', () => {
    const account = { kind: 'ORG_STAFF' as const, authId: 'ABCDEFGHJKMN', email: 'someone@example.test' };
    expect(() => assertAcceptablePassword('correct horse battery staple 42', account)).not.toThrow();
    try {
      assertAcceptablePassword('1qaz2wsx3edc', account);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'UNPROCESSABLE', extra: { reasons: ['BREACHED'] }, fields: [{ path: 'password', message: { ja: expect.stringContaining('流出'), en: expect.stringContaining('leaked') } }] });
    }
  });

  it('Argon2id with the OWASP parameters; no truncation of long passwords; unknown accounts verify a dummy hash', async () => {
    const long = 'x'.repeat(127);
    const stored = await hashPassword(`${long}a`);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPasswordOrDummy(stored, `${long}a`)).toBe(true);
    expect(await verifyPasswordOrDummy(stored, `${long}b`)).toBe(false);
    expect(await verifyPasswordOrDummy(null, `${long}a`)).toBe(false);
    expect(await verifyPasswordOrDummy('not a hash', 'anything')).toBe(false);
  });
});
