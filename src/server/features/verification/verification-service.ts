import { jstDateOf } from '../../../domain/calendar/jst.js';
import {
  documentStanding, extractPayload, normaliseDocumentNumber, normaliseVerificationCode, parsePayload, type NotValidReason,
} from '../../../domain/verification/index.js';
import { verifyPayloadSignature } from '../../adapters/signer/published-keys.js';
import { listSigningKeys, publishedKeyOf } from '../../adapters/signer/signing-keys.js';
import type { AppContext } from '../../context.js';
import { appendAudit } from '../audit/audit-log.js';
import { applicationEndedAt, findDocumentByNumber, type IssuedDocumentRow } from './document-repository.js';
import { codeMatches } from './registry.js';
import type { CheckRequest, PayloadRequest, VerificationResult } from './schemas.js';

export interface Meta {
  ip: string;
}

type Method = 'NUMBER_AND_CODE' | 'PAYLOAD';
type Finding = { row: IssuedDocumentRow } | { row?: IssuedDocumentRow; reason: 'UNKNOWN' | 'BAD_SIGNATURE' };

/** A document number and verification code typed by a third party (R-PLUS-1). */
export async function checkNumberAndCode(ctx: AppContext, request: CheckRequest, meta: Meta): Promise<VerificationResult> {
  const number = normaliseDocumentNumber(request.number);
  const code = normaliseVerificationCode(request.code);
  const row = number ? await findDocumentByNumber(ctx.database.db, number) : undefined;
  // A wrong code answers exactly like an unknown number: the number alone reveals nothing.
  const finding: Finding = row && code && codeMatches(row, ctx.config.signingKeySecret, code) ? { row } : { row, reason: 'UNKNOWN' };
  return conclude(ctx, finding, 'NUMBER_AND_CODE', meta);
}

/** A scanned or pasted QR payload (or the verification URL holding it): signature first, then the registry. */
export async function checkPayload(ctx: AppContext, request: PayloadRequest, meta: Meta): Promise<VerificationResult> {
  return conclude(ctx, await findByPayload(ctx, request.payload), 'PAYLOAD', meta);
}

async function findByPayload(ctx: AppContext, text: string): Promise<Finding> {
  const payload = parsePayload(extractPayload(text) ?? '');
  if (!payload) return { reason: 'BAD_SIGNATURE' };
  const keys = (await listSigningKeys(ctx.database.db)).map(publishedKeyOf);
  if (verifyPayloadSignature(keys, payload) !== 'GENUINE') return { reason: 'BAD_SIGNATURE' };
  const row = await findDocumentByNumber(ctx.database.db, payload.number);
  if (!row) return { reason: 'UNKNOWN' };
  // Genuinely signed but not what the registry holds: never ours as issued.
  if (row.payload !== payload.signedText.concat('.', payload.signature)) return { row, reason: 'BAD_SIGNATURE' };
  return { row };
}

async function conclude(ctx: AppContext, finding: Finding, method: Method, meta: Meta): Promise<VerificationResult> {
  const now = ctx.clock.now();
  let result: VerificationResult;
  if ('reason' in finding) {
    result = { outcome: 'NOT_VALID', reason: finding.reason, document: null, checkedAt: now.toISOString() };
  } else {
    const { row } = finding;
    const ended = row.kind === 'PENDING_PROOF' && row.applicationId ? await applicationEndedAt(ctx.database.db, row.applicationId) : undefined;
    const standing = documentStanding({ status: row.status, validUntil: row.validUntil, endedOn: ended ? jstDateOf(ended) : null }, jstDateOf(now));
    result = {
      outcome: standing.valid ? 'GENUINE' : 'NOT_VALID',
      reason: standing.valid ? null : standing.reason,
      document: { kind: row.kind, number: row.number, issuedOn: jstDateOf(row.issuedAt), validUntil: standing.validUntil, subject: standing.valid ? row.subject : null },
      checkedAt: now.toISOString(),
    };
  }
  await audit(ctx, finding.row, method, result.reason, meta);
  return result;
}

/** Every check is logged (R-PLUS-1): the document's id and the result, never the number, code or personal data. */
async function audit(ctx: AppContext, row: IssuedDocumentRow | undefined, method: Method, reason: NotValidReason | null, meta: Meta): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await appendAudit(tx, ctx.clock, {
      actorType: 'ANONYMOUS', action: 'verification.check', subjectType: row ? 'issued_document' : null, subjectId: row?.id ?? null,
      ipAddress: meta.ip, outcome: reason === null ? 'SUCCESS' : 'FAILURE', details: { method, result: reason ?? 'GENUINE', ...(row ? { kind: row.kind } : {}) },
    });
  });
}
