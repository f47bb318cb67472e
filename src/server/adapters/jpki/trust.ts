import { readFile } from 'node:fs/promises';
import { DEV_OID, encodeOid, type CardSlot } from '../../../domain/jpki/index.js';
import { NodeX509Certificate, pemBlocks, x509 } from './x509.js';

export interface TrustAnchor {
  certificate: NodeX509Certificate;
  /** A root of the development CA (software card). */
  isDevelopment: boolean;
}

/** The configured JPKI roots, separate per slot: a certificate chains only to the roots of the slot it is presented for. */
export type JpkiTrustAnchors = Record<CardSlot, readonly TrustAnchor[]>;

const CERTIFICATE_POLICIES = '2.5.29.32';
const DEVELOPMENT_POLICY_TLV = ((oid: Uint8Array) => Uint8Array.from([0x06, oid.length, ...oid]))(encodeOid(DEV_OID.developmentOnlyPolicy));

/**
 * True when the certificate carries the development-only policy of the software card's CA. Matched on the DER of
 * the OID: the ASN.1 library does not print arcs beyond 2^53 (a UUID OID) as decimal.
 */
export function isDevelopmentCertificate(certificate: x509.X509Certificate): boolean {
  const extension = certificate.getExtension(CERTIFICATE_POLICIES);
  return extension !== null && containsBytes(new Uint8Array(extension.value), DEVELOPMENT_POLICY_TLV);
}

function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Root certificates from PEM files (each file may hold several, e.g. the 2019 and 2023 JPKI roots). */
export async function loadRootFiles(paths: readonly string[]): Promise<TrustAnchor[]> {
  const anchors: TrustAnchor[] = [];
  for (const path of paths) {
    const blocks = pemBlocks(await readFile(path, 'utf8'), 'CERTIFICATE');
    if (blocks.length === 0) throw new Error(`${path}: no PEM certificate`);
    for (const der of blocks) {
      const certificate = new NodeX509Certificate(Buffer.from(der));
      if (!certificate.ca) throw new Error(`${path}: ${certificate.subject} is not a CA certificate`);
      anchors.push({ certificate, isDevelopment: isDevelopmentCertificate(new x509.X509Certificate(der)) });
    }
  }
  return anchors;
}
