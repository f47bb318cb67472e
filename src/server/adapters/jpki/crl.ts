import { readFile, stat } from 'node:fs/promises';
import type { CardSlot } from '../../../domain/jpki/index.js';
import { NodeX509Certificate, normalizeSerial, toDer, x509 } from './x509.js';

/** Where the verifier finds the current CRL of a root. Answers undefined when it has none (verification then fails closed). */
export interface CrlSource {
  findCrl(slot: CardSlot, issuer: NodeX509Certificate): Promise<Uint8Array<ArrayBuffer> | undefined>;
}

/** The first source that has a CRL for the issuer wins. */
export function firstCrlSource(sources: readonly CrlSource[]): CrlSource {
  return {
    async findCrl(slot, issuer) {
      for (const source of sources) {
        const crl = await source.findCrl(slot, issuer);
        if (crl) return crl;
      }
      return undefined;
    },
  };
}

/**
 * CRLs from files (PEM or DER) that an operator's job keeps current, e.g. from J-LIS. A file is re-read when its
 * size or modification time changes; a CRL belongs to the root whose subject is its issuer and whose key signed it
 * (checked by checkRevocation).
 */
export function fileCrlSource(paths: Record<CardSlot, readonly string[]>): CrlSource {
  const cache = new Map<string, { stamp: string; crl: x509.X509Crl }>();
  async function load(path: string): Promise<x509.X509Crl | undefined> {
    try {
      const info = await stat(path);
      const stamp = `${info.size}:${info.mtimeMs}`;
      const cached = cache.get(path);
      if (cached?.stamp === stamp) return cached.crl;
      const bytes = await readFile(path);
      const text = bytes.toString('latin1');
      const der = text.includes('-----BEGIN') ? toDer(text, 'X509 CRL') : new Uint8Array(bytes);
      if (!der) return undefined;
      const crl = new x509.X509Crl(der);
      cache.set(path, { stamp, crl });
      return crl;
    } catch {
      return undefined;
    }
  }
  return {
    async findCrl(slot, issuer) {
      const issuerName = new x509.X509Certificate(issuer.raw).subject;
      for (const path of paths[slot]) {
        const crl = await load(path);
        if (crl && crl.issuer === issuerName) return new Uint8Array(crl.rawData);
      }
      return undefined;
    },
  };
}

export type RevocationStatus = 'GOOD' | 'CERTIFICATE_REVOKED' | 'CRL_UNAVAILABLE' | 'CRL_STALE';

/**
 * Revocation by the issuer's CRL, failing closed: no CRL, a CRL not signed by the issuer, a CRL from the future
 * and a CRL past its nextUpdate (or without one) all refuse the certificate.
 */
export async function checkRevocation(crlDer: Uint8Array<ArrayBuffer> | undefined, issuer: NodeX509Certificate, serialNumber: string, now: Date): Promise<RevocationStatus> {
  if (!crlDer) return 'CRL_UNAVAILABLE';
  let crl: x509.X509Crl;
  try {
    crl = new x509.X509Crl(crlDer);
  } catch {
    return 'CRL_UNAVAILABLE';
  }
  const issuerCertificate = new x509.X509Certificate(issuer.raw);
  if (crl.issuer !== issuerCertificate.subject) return 'CRL_UNAVAILABLE';
  const signed = await crl.verify({ publicKey: issuerCertificate }).catch(() => false);
  if (!signed) return 'CRL_UNAVAILABLE';
  if (crl.thisUpdate.getTime() > now.getTime()) return 'CRL_UNAVAILABLE';
  if (!crl.nextUpdate || now.getTime() >= crl.nextUpdate.getTime()) return 'CRL_STALE';
  const serial = normalizeSerial(serialNumber);
  return crl.entries.some((e) => normalizeSerial(e.serialNumber) === serial) ? 'CERTIFICATE_REVOKED' : 'GOOD';
}
