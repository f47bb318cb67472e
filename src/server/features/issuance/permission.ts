import type { Answers } from '../../../forms/types.js';
import { contextFromAnswers } from '../../../forms/application-form.js';
import { jstDateOf } from '../../../domain/calendar/jst.js';
import type { StatusCode } from '../../../domain/reference/index.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { applicantFactsOf } from '../applications/applicant-facts.js';
import { listActions } from '../applications/action-repository.js';
import type { ApplicationRow } from '../applications/application-repository.js';
import { issueSignedDocument, type Actor, type IssuedDocument } from '../verification/registry.js';
import { factsOf } from './action-frame.js';
import { issuanceRouteOf } from './requirements.js';

/** R-RES-3 (seed 004, since January 2024): permission for activity outside status received by mail is a printed document. */
export function permissionByMail(row: ApplicationRow): boolean {
  const facts = factsOf(row);
  return facts.procedures.includes('OUTSIDE_ACTIVITY') && issuanceRouteOf(facts.receiptMethod) === 'CARD_BY_MAIL';
}

/** The minimum data the documents state (R-PLUS-1): name, nationality (ISO alpha-3) and the status granted. */
export function subjectOf(row: ApplicationRow): { name: string; nationality: string; status: StatusCode | null } {
  const answers = row.answers as Answers;
  const facts = applicantFactsOf(answers);
  const context = contextFromAnswers(answers, row.filerType);
  return { name: facts.name ?? row.applicantName ?? '—', nationality: facts.nationality ?? 'XXX', status: context?.desiredStatus ?? null };
}

export async function decidedAtOf(tx: DbOrTx, applicationId: string): Promise<Date | null> {
  const grant = (await listActions(tx, applicationId)).find((a) => a.type === 'GRANT');
  return grant?.at ?? null;
}

/**
 * Issues the signed 資格外活動許可書 once per case (R-RES-3, R-RES-4): printed by the clerk and mailed with the card.
 * Null when the case has no permission by mail.
 */
export async function issuePermission(tx: DbOrTx, ctx: Pick<AppContext, 'clock' | 'config'>, row: ApplicationRow, actor: Actor, ip: string): Promise<IssuedDocument | null> {
  if (!permissionByMail(row)) return null;
  const decidedAt = await decidedAtOf(tx, row.id);
  const subject = subjectOf(row);
  return issueSignedDocument(tx, ctx, {
    kind: 'PERMISSION', applicationId: row.id, validUntil: null, dedupeKey: `permission:${row.id}`, actor, ipAddress: ip,
    subject: {
      name: subject.name, nationality: subject.nationality, status: subject.status, procedure: 'OUTSIDE_ACTIVITY', decision: 'GRANTED',
      dates: decidedAt ? { DECIDED_ON: jstDateOf(decidedAt) } : {},
    },
  });
}
