import { CARD_KEY_ALGORITHM, bufferOf, DEV_OID, encodeBasicFacts, encodeOtherNames, type BasicFacts, type CardSlot } from '../../../domain/jpki/index.js';
import { x509 } from './x509.js';

/**
 * Certificate profiles of the development JPKI CA. They follow the real JPKI shape (two separate roots, RSA-2048
 * with SHA-256, the 4 basic facts in the signature certificate's subjectAltName, nothing personal in the
 * authentication certificate) and every certificate carries the development-only policy, so a production server
 * can refuse it even if someone configures the development root by hand (R-AUTH-9).
 */

const RSA_SHA256 = { name: CARD_KEY_ALGORITHM.name, hash: CARD_KEY_ALGORITHM.hash };

const ROOT_NAMES: Record<CardSlot, string> = {
  SIGNATURE: 'C=JP, O=JPKI-DEV (software card; NOT JPKI), OU=JPKI-DEV for digital signature, CN=Zairyu Online development signature CA',
  AUTHENTICATION: 'C=JP, O=JPKI-DEV (software card; NOT JPKI), OU=JPKI-DEV for user authentication, CN=Zairyu Online development authentication CA',
};

const SUBJECT_ALT_NAME = '2.5.29.17';

export function rootName(slot: CardSlot): string {
  return ROOT_NAMES[slot];
}

function developmentPolicy(): x509.CertificatePolicyExtension {
  return new x509.CertificatePolicyExtension([DEV_OID.developmentOnlyPolicy], false);
}

export async function generateRsaKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey({ ...CARD_KEY_ALGORITHM, publicExponent: new Uint8Array(CARD_KEY_ALGORITHM.publicExponent) }, true, ['sign', 'verify']);
}

export async function createRootCertificate(slot: CardSlot, keys: CryptoKeyPair, notBefore: Date, notAfter: Date, serialNumber: string): Promise<x509.X509Certificate> {
  return x509.X509CertificateGenerator.createSelfSigned({
    name: ROOT_NAMES[slot],
    keys,
    serialNumber,
    notBefore,
    notAfter,
    signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      developmentPolicy(),
    ],
  });
}

export interface CardCertificateParams {
  slot: CardSlot;
  root: x509.X509Certificate;
  rootKey: CryptoKey;
  publicKey: CryptoKey;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** Only for the signature certificate. */
  facts?: BasicFacts;
}

export async function createCardCertificate(p: CardCertificateParams): Promise<x509.X509Certificate> {
  const usage = p.slot === 'SIGNATURE'
    ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation
    : x509.KeyUsageFlags.digitalSignature;
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(usage, true),
    await x509.SubjectKeyIdentifierExtension.create(p.publicKey),
    await x509.AuthorityKeyIdentifierExtension.create(p.root),
    developmentPolicy(),
  ];
  if (p.slot === 'SIGNATURE') {
    if (!p.facts) throw new Error('a signature certificate carries the 4 basic facts');
    extensions.push(new x509.Extension(SUBJECT_ALT_NAME, false, bufferOf(encodeOtherNames(encodeBasicFacts(p.facts)))));
  }
  return x509.X509CertificateGenerator.create({
    // Like real JPKI, the subject names no person: a random identifier only.
    subject: `C=JP, CN=${p.serialNumber.slice(0, 16)}`,
    issuer: p.root.subject,
    publicKey: p.publicKey,
    signingKey: p.rootKey,
    serialNumber: p.serialNumber,
    notBefore: p.notBefore,
    notAfter: p.notAfter,
    signingAlgorithm: RSA_SHA256,
    extensions,
  });
}

export interface CrlParams {
  root: x509.X509Certificate;
  rootKey: CryptoKey;
  thisUpdate: Date;
  nextUpdate: Date;
  crlNumber: number;
  revoked: ReadonlyArray<{ serialNumber: string; revokedAt: Date }>;
}

export async function createCrl(p: CrlParams): Promise<x509.X509Crl> {
  return x509.X509CrlGenerator.create({
    issuer: p.root.subject,
    thisUpdate: p.thisUpdate,
    nextUpdate: p.nextUpdate,
    signingKey: p.rootKey,
    signingAlgorithm: RSA_SHA256,
    extensions: [await x509.AuthorityKeyIdentifierExtension.create(p.root), crlNumberExtension(p.crlNumber)],
    entries: p.revoked.map((r) => ({ serialNumber: r.serialNumber.toLowerCase(), revocationDate: r.revokedAt, reason: x509.X509CrlReason.unspecified })),
  });
}

/** cRLNumber (2.5.29.20), an INTEGER; small enough here to encode by hand. */
function crlNumberExtension(n: number): x509.Extension {
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  if (bytes.length === 0 || (bytes[0] ?? 0) >= 0x80) bytes.unshift(0);
  return new x509.Extension('2.5.29.20', false, Uint8Array.from([0x02, bytes.length, ...bytes]));
}
