import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/** Ed25519 with node:crypto (DESIGN §1): keys as a JWK x (public) and PKCS#8 DER (private), signatures in base64url. */
export interface Ed25519KeyPair {
  x: string;
  privateKeyDer: Buffer;
}

export function generateEd25519(): Ed25519KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('Ed25519 public key without x');
  return { x: jwk.x, privateKeyDer: privateKey.export({ format: 'der', type: 'pkcs8' }) };
}

/** The key id: the RFC 7638 JWK thumbprint (SHA-256, base64url), shortened to 16 characters (96 bits). */
export function kidOf(x: string): string {
  return createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest('base64url').slice(0, 16);
}

export function privateKeyOf(der: Buffer): KeyObject {
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

export function signText(privateKey: KeyObject, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64url');
}

export function verifyText(x: string, text: string, signature: string): boolean {
  try {
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
    const bytes = Buffer.from(signature, 'base64url');
    return bytes.length === 64 && verify(null, Buffer.from(text, 'utf8'), publicKey, bytes);
  } catch {
    return false;
  }
}
