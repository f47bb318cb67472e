import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const boxes = new Map<string, KeyBox>();

/**
 * Seals signing keys at rest with AES-256-GCM under a key derived by HKDF-SHA256 from SIGNING_KEY_SECRET. The key id
 * is authenticated with it, so a sealed key cannot be moved to another key's row.
 */
export class KeyBox {
  private readonly key: Buffer;

  private constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'zairyu-online', 'signing-key-encryption v1', 32));
  }

  static for(secret: string): KeyBox {
    let box = boxes.get(secret);
    if (!box) {
      box = new KeyBox(secret);
      boxes.set(secret, box);
    }
    return box;
  }

  seal(plain: Buffer, kid: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(kid));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** Throws when the secret is not the one it was sealed with, or the text was altered. */
  open(sealed: string, kid: string): Buffer {
    if (!sealed.startsWith('v1.')) throw new Error('unknown sealed-key format');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(kid));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  }
}
