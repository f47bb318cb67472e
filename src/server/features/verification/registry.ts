import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../../domain/calendar/clock.js';
import { jstDateOf, type IsoDate } from '../../../domain/calendar/jst.js';
import {
  composePayload, crockfordChars, formatDocumentNumber, formatVerificationCode, payloadSignedText, DocumentSubject,
  type DocumentKind, type DocumentSubjectInput,
} from '../../../domain/verification/index.js';
import { activeSigningKey } from '../../adapters/signer/signing-keys.js';
import { KeyBox } from '../../adapters/signer/key-box.js';
import type { Config } from '../../config.js';
import type { DbOrTx } from '../../db/client.js';
import { appendAudit, type AuditEntry } from '../audit/audit-log.js';
import { renderIssuedDocument, verificationUrl } from './document-pdf.js';
import { findDocument, findDocumentByDedupeKey, findDocumentByNumber, insertDocumentOnce, setDocumentStatus, type IssuedDocumentRow } from './document-repository.js';
import { subjectHashOf } from './subject-hash.js';

/** What issuing needs from the app context: the clock, the signing secret and the public address. */
export interface IssuerContext {
  clock: Clock;
  config: Pick<Config, 'signingKeySecret' | 'publicUrl'>;
}

export type Actor = Pick<AuditEntry, 'actorType' | 'actorId'>;
const SYSTEM: Actor = { actorType: 'SYSTEM', actorId: null };

export interface IssueInput {
  kind: DocumentKind;
  applicationId: string | null;
  subject: DocumentSubjectInput;
  /** The last day (JST, inclusive) the document is valid; null: no end (e.g. a decision notice). */
  validUntil: IsoDate | null;
  /** Issue at most once per key: a repeated call returns the first document (e.g. one proof per application and content). */
  dedupeKey?: string;
  actor?: Actor;
  ipAddress?: string;
}

export interface IssuedDocument {
  id: string;
  kind: DocumentKind;
  number: string;
  /** As printed: 4F7K-2M9Q. */
  code: string;
  /** The signed QR payload (ZV1…). */
  payload: string;
  /** What the QR code encodes: the public verification page with the payload in its fragment. */
  verificationUrl: string;
  issuedAt: Date;
  validUntil: IsoDate | null;
}

/** The code is sealed (not hashed) because the PDF is rendered again on every download. */
const CODE_AAD = 'verification-code';

function codeOf(row: IssuedDocumentRow, secret: string): string {
  return KeyBox.for(secret).open(row.codeSealed, `${CODE_AAD}:${row.number}`).toString('utf8');
}

function describeIssued(row: IssuedDocumentRow, ctx: IssuerContext): IssuedDocument {
  return {
    id: row.id, kind: row.kind, number: row.number, code: formatVerificationCode(codeOf(row, ctx.config.signingKeySecret)), payload: row.payload,
    verificationUrl: verificationUrl(ctx.config.publicUrl, row.payload), issuedAt: row.issuedAt, validUntil: row.validUntil,
  };
}

async function freshNumber(tx: DbOrTx, kind: DocumentKind, year: number): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const number = formatDocumentNumber(kind, year, crockfordChars(randomBytes(5)));
    if (!(await findDocumentByNumber(tx, number))) return number;
  }
  throw new Error('no free document number after 5 draws');
}

/**
 * Issues a signed document inside the caller's transaction (R-RES-4, R-PLUS-1): a document number, a short
 * verification code and the Ed25519-signed QR payload, stored with the minimum data it states; audited.
 */
export async function issueSignedDocument(tx: DbOrTx, ctx: IssuerContext, input: IssueInput): Promise<IssuedDocument> {
  const subject = DocumentSubject.parse(input.subject);
  if (input.dedupeKey) {
    const existing = await findDocumentByDedupeKey(tx, input.dedupeKey);
    if (existing) return describeIssued(existing, ctx);
  }
  const key = await activeSigningKey(tx, { clock: ctx.clock, secret: ctx.config.signingKeySecret });
  const issuedAt = ctx.clock.now();
  const issuedOn = jstDateOf(issuedAt);
  const number = await freshNumber(tx, input.kind, Number(issuedOn.slice(0, 4)));
  const code = crockfordChars(randomBytes(5));
  const fields = { kid: key.kid, kind: input.kind, number, issuedOn, validUntil: input.validUntil, subjectHash: subjectHashOf(input.kind, number, subject) };
  const payload = composePayload(fields, key.sign(payloadSignedText(fields)));
  const { row, created } = await insertDocumentOnce(tx, {
    id: randomUUID(), number, kind: input.kind, applicationId: input.applicationId, subject, subjectHash: fields.subjectHash, kid: key.kid, payload,
    codeSealed: KeyBox.for(ctx.config.signingKeySecret).seal(Buffer.from(code), `${CODE_AAD}:${number}`), issuedAt, validUntil: input.validUntil,
    status: 'ACTIVE', dedupeKey: input.dedupeKey ?? null,
  });
  if (created) {
    await appendAudit(tx, ctx.clock, {
      ...(input.actor ?? SYSTEM), action: 'document.issue', subjectType: 'issued_document', subjectId: row.id, ipAddress: input.ipAddress ?? null,
      outcome: 'SUCCESS', details: { kind: input.kind, applicationId: input.applicationId },
    });
  }
  return describeIssued(row, ctx);
}

export interface RevokeInput {
  documentId: string;
  /** WITHDRAWN: the issuer took it back (e.g. replaced, the application withdrawn); REVOKED: it was cancelled. */
  as: 'WITHDRAWN' | 'REVOKED';
  /** Kept in the registry, never shown to verifiers. */
  reason: string;
  actor?: Actor;
  ipAddress?: string;
}

/** Ends a document's validity for every later check; a revocation overrides a withdrawal, never the reverse. */
export async function revokeDocument(tx: DbOrTx, ctx: Pick<IssuerContext, 'clock'>, input: RevokeInput): Promise<boolean> {
  const row = await findDocument(tx, input.documentId);
  if (!row || row.status === 'REVOKED' || row.status === input.as) return false;
  await setDocumentStatus(tx, row.id, input.as, ctx.clock.now(), input.reason);
  await appendAudit(tx, ctx.clock, {
    ...(input.actor ?? SYSTEM), action: input.as === 'REVOKED' ? 'document.revoke' : 'document.withdraw', subjectType: 'issued_document',
    subjectId: row.id, ipAddress: input.ipAddress ?? null, outcome: 'SUCCESS', details: { kind: row.kind },
  });
  return true;
}

/** Whether a typed verification code is the document's, compared in constant time. */
export function codeMatches(row: IssuedDocumentRow, secret: string, normalisedCode: string): boolean {
  const stored = Buffer.from(codeOf(row, secret));
  const given = Buffer.from(normalisedCode);
  return stored.length === given.length && timingSafeEqual(stored, given);
}

/** The document's PDF, rendered again from the registry (the same bytes every time). */
export async function renderDocumentPdf(row: IssuedDocumentRow, ctx: IssuerContext): Promise<{ fileName: string; pdf: Buffer }> {
  const pdf = await renderIssuedDocument({ ...row, code: codeOf(row, ctx.config.signingKeySecret) }, ctx.config.publicUrl);
  return { fileName: `${row.kind.toLowerCase().replace(/_/g, '-')}-${row.number}.pdf`, pdf };
}
