import { createHash } from 'node:crypto';
import type { DocumentKind, DocumentSubject } from '../../../domain/verification/documents.js';
import { canonicalJson } from '../audit/canonical-json.js';

/**
 * What the signed payload says about the document's data: SHA-256 over the canonical JSON of kind, number and
 * subject, 128 bits in base64url. The payload stays free of personal data; the registry and the PDF's metadata
 * hold the data it is checked against.
 */
export function subjectHashOf(kind: DocumentKind, number: string, subject: DocumentSubject): string {
  return createHash('sha256').update(`zairyu-subject-v1\n${canonicalJson({ kind, number, subject })}`).digest('base64url').slice(0, 22);
}
