import { createHash, constants, verify as verifySignature } from 'node:crypto';
import type { Clock } from '../../../domain/calendar/clock.js';
import {
  challengeMessage, decodeBasicFacts, decodeOtherNames, otherSlot, type BasicFacts, type CardSlot, type JpkiVerifyFailure,
} from '../../../domain/jpki/index.js';
import { checkRevocation, type CrlSource } from './crl.js';
import type { JpkiNoncePurpose, NonceStore } from './nonce-store.js';
import { isDevelopmentCertificate, type JpkiTrustAnchors, type TrustAnchor } from './trust.js';
import { NodeX509Certificate, normalizeSerial, toDer, x509 } from './x509.js';

/** What a card client returns for one slot: its certificate and its signature over challengeMessage(slot, nonce). */
export interface CardResponse {
  /** DER bytes, base64 DER or PEM. */
  certificate: string | Uint8Array;
  /** Bytes, base64url or base64. RSASSA-PKCS1-v1_5 with SHA-256. */
  signature: string | Uint8Array;
}

export interface CertificateSummary {
  slot: CardSlot;
  /** Upper-case hex. */
  serialNumber: string;
  issuer: string;
  subject: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 of the certificate DER, lower-case hex. */
  fingerprintSha256: string;
}

export type CardCheck =
  | { ok: true; certificate: CertificateSummary; facts: BasicFacts | undefined }
  | { ok: false; reason: JpkiVerifyFailure };

export interface JpkiTrust {
  anchors: JpkiTrustAnchors;
  crls: CrlSource;
  /** Production: certificates of the development CA are refused whatever the anchors say (R-AUTH-9). */
  refuseDevelopmentCertificates: boolean;
}

const MAX_CERTIFICATE_BYTES = 16 * 1024;
const SUBJECT_ALT_NAME = '2.5.29.17';

/**
 * Checks one card response without the nonce bookkeeping (R-AUTH-2): chain to a root of the slot, the end-entity
 * profile, validity at clock.now(), revocation by the root's CRL (fail closed), the signature over the challenge,
 * and for the signature slot the 4 basic facts.
 */
export async function checkCardResponse(trust: JpkiTrust, clock: Clock, input: { slot: CardSlot; nonce: string; response: CardResponse }): Promise<CardCheck> {
  const fail = (reason: JpkiVerifyFailure): CardCheck => ({ ok: false, reason });
  const { slot, nonce, response } = input;
  const der = toDer(response.certificate);
  if (!der || der.length > MAX_CERTIFICATE_BYTES) return fail('CERTIFICATE_MALFORMED');
  let certificate: NodeX509Certificate;
  let parsed: x509.X509Certificate;
  try {
    certificate = new NodeX509Certificate(Buffer.from(der));
    parsed = new x509.X509Certificate(der);
  } catch {
    return fail('CERTIFICATE_MALFORMED');
  }
  if (trust.refuseDevelopmentCertificates && isDevelopmentCertificate(parsed)) return fail('DEVELOPMENT_CERTIFICATE_REFUSED');

  const issuer = findIssuer(trust.anchors[slot], certificate);
  if (!issuer) return fail(findIssuer(trust.anchors[otherSlot(slot)], certificate) ? 'WRONG_SLOT' : 'UNKNOWN_ISSUER');
  const now = clock.now();
  if (!hasEndEntityProfile(slot, certificate, parsed) || !isWithin(now, new x509.X509Certificate(issuer.certificate.raw))) return fail('CHAIN_INVALID');
  if (now.getTime() < parsed.notBefore.getTime()) return fail('CERTIFICATE_NOT_YET_VALID');
  if (now.getTime() > parsed.notAfter.getTime()) return fail('CERTIFICATE_EXPIRED');

  const revocation = await checkRevocation(await trust.crls.findCrl(slot, issuer.certificate), issuer.certificate, certificate.serialNumber, now);
  if (revocation !== 'GOOD') return fail(revocation);

  if (!isSignatureValid(certificate, challengeMessage(slot, nonce), response.signature)) return fail('SIGNATURE_INVALID');

  let facts: BasicFacts | undefined;
  if (slot === 'SIGNATURE') {
    facts = readFacts(parsed);
    if (!facts) return fail('FACTS_UNREADABLE');
  }
  return {
    ok: true,
    facts,
    certificate: {
      slot,
      serialNumber: normalizeSerial(certificate.serialNumber),
      issuer: certificate.issuer,
      subject: certificate.subject,
      notBefore: parsed.notBefore,
      notAfter: parsed.notAfter,
      fingerprintSha256: createHash('sha256').update(der).digest('hex'),
    },
  };
}

function findIssuer(anchors: readonly TrustAnchor[], certificate: NodeX509Certificate): TrustAnchor | undefined {
  return anchors.find((a) => certificate.checkIssued(a.certificate) && certificate.verify(a.certificate.publicKey));
}

function isWithin(now: Date, certificate: x509.X509Certificate): boolean {
  return certificate.notBefore.getTime() <= now.getTime() && now.getTime() <= certificate.notAfter.getTime();
}

/** A card certificate: not a CA, an RSA key of at least 2048 bits, and the key usage of its slot. */
function hasEndEntityProfile(slot: CardSlot, certificate: NodeX509Certificate, parsed: x509.X509Certificate): boolean {
  if (certificate.ca) return false;
  const key = certificate.publicKey;
  if (key.asymmetricKeyType !== 'rsa' || (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) return false;
  const usage = parsed.getExtension(x509.KeyUsagesExtension)?.usages ?? 0;
  const required = slot === 'SIGNATURE'
    ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation
    : x509.KeyUsageFlags.digitalSignature;
  return (usage & required) === required && (usage & x509.KeyUsageFlags.keyCertSign) === 0;
}

function isSignatureValid(certificate: NodeX509Certificate, message: Uint8Array, signature: string | Uint8Array): boolean {
  const bytes = typeof signature === 'string' ? decodeSignature(signature) : signature;
  if (!bytes || bytes.length === 0) return false;
  try {
    return verifySignature('sha256', message, { key: certificate.publicKey, padding: constants.RSA_PKCS1_PADDING }, bytes);
  } catch {
    return false;
  }
}

function decodeSignature(text: string): Uint8Array | undefined {
  if (/^[A-Za-z0-9_-]+$/.test(text)) return new Uint8Array(Buffer.from(text, 'base64url'));
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return new Uint8Array(Buffer.from(text, 'base64'));
  return undefined;
}

function readFacts(parsed: x509.X509Certificate): BasicFacts | undefined {
  const extension = parsed.getExtension(SUBJECT_ALT_NAME);
  if (!extension) return undefined;
  try {
    return decodeBasicFacts(decodeOtherNames(new Uint8Array(extension.value)));
  } catch {
    return undefined;
  }
}

export type JpkiVerification =
  | { ok: true; certificate: CertificateSummary; facts: BasicFacts | undefined }
  | { ok: false; reason: JpkiVerifyFailure };

export type JpkiPairVerification =
  | { ok: true; facts: BasicFacts; signature: CertificateSummary; authentication: CertificateSummary }
  | { ok: false; reason: JpkiVerifyFailure; slot?: CardSlot };

export interface ChallengeContext {
  nonce: string;
  sessionId: string;
  purpose: JpkiNoncePurpose;
}

export interface JpkiVerifier {
  /** One slot: login uses AUTHENTICATION. The nonce is used up first, whatever the outcome. */
  verify(input: ChallengeContext & { slot: CardSlot; response: CardResponse }): Promise<JpkiVerification>;
  /** Registration: both certificates of one card, both signing the same nonce, which is used up once. */
  verifyPair(input: ChallengeContext & { signature: CardResponse; authentication: CardResponse }): Promise<JpkiPairVerification>;
}

export function createJpkiVerifier(options: { trust: JpkiTrust; nonces: NonceStore; clock: Clock }): JpkiVerifier {
  const { trust, nonces, clock } = options;
  return {
    async verify(input) {
      const used = await nonces.consume(input);
      if (!used.ok) return used;
      return checkCardResponse(trust, clock, { slot: input.slot, nonce: input.nonce, response: input.response });
    },
    async verifyPair(input) {
      const used = await nonces.consume(input);
      if (!used.ok) return used;
      const signature = await checkCardResponse(trust, clock, { slot: 'SIGNATURE', nonce: input.nonce, response: input.signature });
      if (!signature.ok) return { ...signature, slot: 'SIGNATURE' };
      const authentication = await checkCardResponse(trust, clock, { slot: 'AUTHENTICATION', nonce: input.nonce, response: input.authentication });
      if (!authentication.ok) return { ...authentication, slot: 'AUTHENTICATION' };
      if (!signature.facts) return { ok: false, reason: 'FACTS_UNREADABLE', slot: 'SIGNATURE' };
      return { ok: true, facts: signature.facts, signature: signature.certificate, authentication: authentication.certificate };
    },
  };
}
