import type { IsoDate } from '../../../domain/calendar/jst.js';
import type { DocumentSubject } from '../../../domain/verification/documents.js';
import type { PublishedKey } from '../../../domain/verification/keys.js';
import { extractPayload, parsePayload, type ParsedPayload } from '../../../domain/verification/payload.js';
import { verifyPayloadSignature, type SignatureVerdict } from '../../adapters/signer/published-keys.js';
import { readPdfVerificationData } from './pdf-metadata.js';
import { subjectHashOf } from './subject-hash.js';

export type OfflineProblem = Exclude<SignatureVerdict, 'GENUINE'> | 'NO_PAYLOAD' | 'SUBJECT_MISMATCH' | 'EXPIRED';

export interface OfflineReport {
  genuine: boolean;
  problem: OfflineProblem | null;
  payload: ParsedPayload | undefined;
  /** The data the PDF states, when it came from a PDF; `subjectMatches` says whether the signature covers it. */
  subject: DocumentSubject | undefined;
  subjectMatches: boolean | undefined;
}

/** A PDF's bytes, or a payload / verification URL as text. */
export type OfflineInput = { kind: 'pdf'; bytes: Buffer } | { kind: 'text'; text: string };

/**
 * Checks a document without the server (R-PLUS-1, `npm run verify:document`): the signature against published keys,
 * the PDF's stated data against the signed hash, and the last valid day against today. Withdrawal and revocation
 * are known only to the registry, so a document that passes here should still be checked online.
 */
export function checkOffline(input: OfflineInput, keys: readonly PublishedKey[], today: IsoDate): OfflineReport {
  const fromPdf = input.kind === 'pdf' ? readPdfVerificationData(input.bytes) : undefined;
  const text = input.kind === 'pdf' ? fromPdf?.payload : extractPayload(input.text);
  const payload = text ? parsePayload(text) : undefined;
  const report = (problem: OfflineProblem | null, subjectMatches?: boolean): OfflineReport => ({
    genuine: problem === null, problem, payload, subject: fromPdf?.subject, subjectMatches,
  });
  if (!payload) return report('NO_PAYLOAD');
  const signature = verifyPayloadSignature(keys, payload);
  if (signature !== 'GENUINE') return report(signature);
  const subjectMatches = fromPdf?.subject ? subjectHashOf(payload.kind, payload.number, fromPdf.subject) === payload.subjectHash : undefined;
  if (subjectMatches === false) return report('SUBJECT_MISMATCH', false);
  if (payload.validUntil !== null && today > payload.validUntil) return report('EXPIRED', subjectMatches);
  return report(null, subjectMatches);
}
