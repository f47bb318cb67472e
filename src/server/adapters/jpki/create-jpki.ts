import type { Clock } from '../../../domain/calendar/clock.js';
import { CARD_SLOTS, type CardSlot, type JpkiClientKind } from '../../../domain/jpki/index.js';
import type { Config } from '../../config.js';
import { fileCrlSource, firstCrlSource, type CrlSource } from './crl.js';
import { DevJpkiCa } from './dev-ca.js';
import type { NonceStore } from './nonce-store.js';
import { loadRootFiles, type JpkiTrustAnchors, type TrustAnchor } from './trust.js';
import { createJpkiVerifier, type JpkiTrust, type JpkiVerifier } from './verify.js';

export interface JpkiAdapter {
  verifier: JpkiVerifier;
  nonces: NonceStore;
  trust: JpkiTrust;
  /** Which card client the browser must use. */
  clientKind: JpkiClientKind;
  /** Present only when the development CA is trusted (never in production). */
  devCa: DevJpkiCa | undefined;
}

/**
 * Wires JPKI verification from configuration (DESIGN §3.7, adapters with local defaults): the configured root
 * files and CRL files, plus the development CA when config.jpki.trustDevCa. In production a development root is
 * refused however it got there (R-AUTH-9): this throws, and the server does not start.
 */
export async function createJpki(config: Pick<Config, 'isProduction' | 'jpki'>, deps: { nonces: NonceStore; clock: Clock; devCa?: DevJpkiCa }): Promise<JpkiAdapter> {
  const { jpki, isProduction } = config;
  if (isProduction && jpki.trustDevCa) throw new Error('R-AUTH-9: the development JPKI CA cannot be trusted in production');
  const devCa = jpki.trustDevCa ? (deps.devCa ?? (await DevJpkiCa.open({ dir: jpki.devCaDir, clock: deps.clock }))) : undefined;

  const anchors = {} as Record<CardSlot, TrustAnchor[]>;
  for (const slot of CARD_SLOTS) {
    anchors[slot] = await loadRootFiles(jpki.roots[slot]);
    if (devCa) anchors[slot].push({ certificate: devCa.rootCertificate(slot), isDevelopment: true });
    const development = anchors[slot].find((a) => a.isDevelopment);
    if (isProduction && development) {
      throw new Error(`R-AUTH-9: ${development.certificate.subject.replace(/\n/g, ', ')} is a development CA root and cannot be trusted in production`);
    }
  }
  const sources: CrlSource[] = [...(devCa ? [devCa.crlSource()] : []), fileCrlSource(jpki.crls)];
  const trust: JpkiTrust = { anchors: anchors as JpkiTrustAnchors, crls: firstCrlSource(sources), refuseDevelopmentCertificates: isProduction };
  return {
    verifier: createJpkiVerifier({ trust, nonces: deps.nonces, clock: deps.clock }),
    nonces: deps.nonces,
    trust,
    clientKind: devCa ? 'software-card' : 'jpki-reader',
    devCa,
  };
}
