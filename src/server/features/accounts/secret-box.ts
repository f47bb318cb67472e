import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encrypts secrets at rest (TOTP seeds, a person's identity numbers) with AES-256-GCM under a key derived by
 * HKDF-SHA256 from TOTP_ENCRYPTION_KEY (default: COOKIE_SECRET); each purpose gets its own key. The "v1." prefix
 * leaves room for key rotation.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(secret: string, purpose = 'totp-secret-encryption v1') {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'zairyu-online', purpose, 32));
  }

  seal(plain: Buffer): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  open(sealed: string): Buffer {
    if (!sealed.startsWith('v1.')) throw new Error('unknown secret format');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  }
}
