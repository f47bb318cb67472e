import { createHash } from 'node:crypto';
import { isValidIsoDate, jstDateOf, type IsoDate } from '../../../domain/calendar/jst.js';
import type { CaseStatus } from '../../../domain/case/statuses.js';
import { PROCEDURE_CODES, type ProcedureCode } from '../../../domain/reference/procedures.js';
import { STATUS_CODES, type StatusCode } from '../../../domain/reference/statuses.js';
import {
  DocumentSubject, PENDING_PROOF_PROCEDURES, PENDING_PROOF_REFUSAL_MESSAGES, pendingProofDecision,
} from '../../../domain/verification/index.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { auditActor, loadOwned, type Meta } from '../applications/access.js';
import type { ApplicationRow } from '../applications/application-repository.js';
import { appendAudit } from '../audit/audit-log.js';
import { canonicalJson } from '../audit/canonical-json.js';
import { findDocument } from './document-repository.js';
import { VERIFICATION_MESSAGES } from './messages.js';
import { issueSignedDocument, renderDocumentPdf } from './registry.js';

/** Accepted and not yet decided, withdrawn or returned. */
const PENDING: readonly CaseStatus[] = ['UNDER_EXAMINATION', 'AWAITING_DOCUMENTS'];

function dateAnswer(row: ApplicationRow, id: string): IsoDate | null {
  const value = row.answers[id];
  return typeof value === 'string' && isValidIsoDate(value) ? value : null;
}

function statusAnswer(row: ApplicationRow): StatusCode | null {
  const value = row.answers['step1.currentStatus'];
  return (STATUS_CODES as readonly unknown[]).includes(value) ? (value as StatusCode) : null;
}

function proceduresOf(row: ApplicationRow): ProcedureCode[] {
  return row.procedures.filter((p): p is ProcedureCode => (PROCEDURE_CODES as readonly string[]).includes(p));
}

/**
 * R-PLUS-5: the filer downloads a signed proof that the application (an extension or change accepted by the
 * bureau, filed on or before the expiry of the period of stay) is pending, with the special period's end. The same
 * content yields the same document on every download.
 */
export async function pendingProofPdf(ctx: AppContext, account: SessionAccount, applicationId: string, meta: Meta): Promise<{ fileName: string; pdf: Buffer }> {
  const { row } = await loadOwned(ctx, account, applicationId, 'verification.pending-proof', meta);
  const procedures = proceduresOf(row);
  const expiry = dateAnswer(row, 'step1.periodOfStayExpiry');
  const filedOn = row.submittedAt ? jstDateOf(row.submittedAt) : null;
  const decision = pendingProofDecision({
    procedures, receptionNumber: row.receptionNumber, filedOn, periodOfStayExpiry: expiry,
    isPending: (PENDING as readonly string[]).includes(row.state), today: jstDateOf(ctx.clock.now()),
  });
  if (!decision.ok) {
    throw new AppError('ACTION_NOT_ALLOWED', PENDING_PROOF_REFUSAL_MESSAGES[decision.reason], undefined, { status: row.state, reason: decision.reason });
  }
  const subject = DocumentSubject.safeParse({
    name: row.applicantName, nationality: row.applicantNationality, status: statusAnswer(row),
    procedure: PENDING_PROOF_PROCEDURES.find((p) => procedures.includes(p)) ?? null,
    dates: { DATE_OF_BIRTH: dateAnswer(row, 'step1.applicantDateOfBirth') ?? undefined, FILED_ON: filedOn ?? undefined, PERIOD_OF_STAY_EXPIRY: expiry ?? undefined, SPECIAL_PERIOD_END: decision.specialPeriodEnd },
  });
  if (!subject.success || !subject.data.status || !subject.data.dates.DATE_OF_BIRTH) {
    throw new AppError('ACTION_NOT_ALLOWED', VERIFICATION_MESSAGES.applicationIncomplete, undefined, { status: row.state, reason: 'INCOMPLETE' });
  }
  const content = createHash('sha256').update(canonicalJson({ subject: subject.data, validUntil: decision.specialPeriodEnd })).digest('hex');
  const issued = await ctx.database.db.transaction(async (tx) => {
    const document = await issueSignedDocument(tx, ctx, {
      kind: 'PENDING_PROOF', applicationId: row.id, subject: subject.data, validUntil: decision.specialPeriodEnd,
      dedupeKey: `pending-proof:${row.id}:${content}`, actor: auditActor(account), ipAddress: meta.ip,
    });
    await appendAudit(tx, ctx.clock, {
      ...auditActor(account), action: 'verification.pending-proof', subjectType: 'application', subjectId: row.id, ipAddress: meta.ip,
      outcome: 'SUCCESS', details: { documentId: document.id },
    });
    return document;
  });
  const stored = await findDocument(ctx.database.db, issued.id);
  if (!stored) throw new Error('issued document vanished');
  return renderDocumentPdf(stored, ctx);
}
