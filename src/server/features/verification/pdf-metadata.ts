import { DocumentSubject } from '../../../domain/verification/documents.js';
import { extractPayload } from '../../../domain/verification/payload.js';
import { canonicalJson } from '../audit/canonical-json.js';

/**
 * An issued PDF carries its signed payload and its subject in the Keywords metadata, so a checker reads them back
 * without OCR (R-PLUS-1, `npm run verify:document`). Both are ASCII, so pdfkit writes them as a plain PDF string.
 */
const SUBJECT_PREFIX = 'zairyu-subject:';

export function verificationKeywords(payload: string, subject: DocumentSubject): string {
  return `zairyu-verification ${payload} ${SUBJECT_PREFIX}${Buffer.from(canonicalJson(subject)).toString('base64url')}`;
}

export interface PdfVerificationData {
  payload: string;
  subject: DocumentSubject | undefined;
}

/** Reads the payload (and the subject, when present) from a PDF's Keywords; undefined when it has none. */
export function readPdfVerificationData(pdf: Buffer): PdfVerificationData | undefined {
  const keywords = keywordsOf(pdf.toString('latin1'));
  if (!keywords) return undefined;
  const payload = extractPayload(keywords);
  if (!payload) return undefined;
  const encoded = keywords.split(/\s+/).find((part) => part.startsWith(SUBJECT_PREFIX))?.slice(SUBJECT_PREFIX.length);
  return { payload, subject: encoded ? parseSubject(encoded) : undefined };
}

/** The Info dictionary's Keywords, written in place or as an indirect object (pdfkit), else the XMP copy. */
function keywordsOf(text: string): string | undefined {
  const direct = /\/Keywords\s*\(([^)]*)\)/.exec(text)?.[1];
  if (direct) return direct;
  const ref = /\/Keywords\s+(\d+)\s+(\d+)\s+R/.exec(text);
  const indirect = ref ? new RegExp(`(?:^|\\s)${ref[1]}\\s+${ref[2]}\\s+obj\\s*\\(([^)]*)\\)`).exec(text)?.[1] : undefined;
  return indirect ?? /<pdf:Keywords>([^<]*)<\/pdf:Keywords>/.exec(text)?.[1];
}

function parseSubject(encoded: string): DocumentSubject | undefined {
  try {
    const parsed = DocumentSubject.safeParse(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
