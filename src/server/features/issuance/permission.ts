import type { Answers } from '../../../forms/types.js';
import { contextFromAnswers } from '../../../forms/application-form.js';
import { addDays, addMonthsClamped, isValidIsoDate, jstDateOf, type IsoDate } from '../../../domain/calendar/jst.js';
import type { ProcedureCode } from '../../../domain/reference/procedures.js';
import type { DocumentDateKind } from '../../../domain/verification/documents.js';
import { STEP1_IDS } from '../../../forms/pages/step1.js';
import type { StatusCode } from '../../../domain/reference/index.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { applicantFactsOf } from '../applications/applicant-facts.js';
import { listActions, type ActionRow } from '../applications/action-repository.js';
import { Decision, type GrantedPeriod } from '../examination/schemas.js';
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

function grantOf(actions: readonly ActionRow[]): ActionRow | undefined {
  return actions.find((a) => a.type === 'GRANT');
}

/** The period of stay the decision granted (R-EXAM-4), when the GRANT action states one. */
function grantedPeriodOf(grant: ActionRow | undefined): GrantedPeriod | null {
  const decision = Decision.safeParse(grant?.details);
  return decision.success && decision.data.decision === 'GRANT' ? decision.data.period : null;
}

/**
 * The last day of a period of stay whose first day is `firstDay` (民法第143条): the day before the corresponding day,
 * or the month's last day when the month has no corresponding day. Null for a period without an end date.
 */
export function periodLastDay(firstDay: IsoDate, period: GrantedPeriod): IsoDate | null {
  const months = period.kind === 'FIXED' ? { YEAR: period.amount * 12, MONTH: period.amount, DAY: 0 }[period.unit] : period.kind === 'DESIGNATED' ? period.years * 12 + period.months : null;
  if (months === null) return null;
  const days = period.kind === 'FIXED' ? (period.unit === 'DAY' ? period.amount : 0) : period.kind === 'DESIGNATED' ? period.days : 0;
  const corresponding = addMonthsClamped(firstDay, months);
  const noCorrespondingDay = corresponding.slice(8) < firstDay.slice(8);
  if (noCorrespondingDay && days === 0) return corresponding;
  return addDays(corresponding, days - 1);
}

export interface PermissionPeriodFacts {
  procedures: readonly ProcedureCode[];
  /** The current period of stay's last day (Step 1), null when it has no end date. */
  currentExpiry: IsoDate | null;
  decidedOn: IsoDate | null;
  /** The period of stay granted with the permission, null when the decision does not state one. */
  grantedPeriod: GrantedPeriod | null;
}

/** The permission's last day, stated as the granted period's end or, without one, the current period's expiry. */
export interface PermissionValidity {
  until: IsoDate | null;
  dateKind: Extract<DocumentDateKind, 'PERIOD_OF_STAY_UNTIL' | 'PERIOD_OF_STAY_EXPIRY'>;
}

/**
 * R-RES-3: a permission for activity outside status lasts as long as the period of stay it goes with. Granted together
 * with an extension, that is the new period, which runs from the day after the current one ends; with a change or an
 * acquisition, the period granted from the day after the decision. Without a granted period, the current period of
 * stay; null only when neither has an end date (e.g. 高度専門職2号).
 */
export function permissionValidUntil(facts: PermissionPeriodFacts): PermissionValidity {
  const { grantedPeriod, currentExpiry, decidedOn } = facts;
  const current: PermissionValidity = { until: currentExpiry, dateKind: 'PERIOD_OF_STAY_EXPIRY' };
  if (!grantedPeriod) return current;
  if (grantedPeriod.kind === 'INDEFINITE' || grantedPeriod.kind === 'DURATION_OF_ACTIVITY') return { until: null, dateKind: 'PERIOD_OF_STAY_UNTIL' };
  const base = facts.procedures.includes('EXTENSION') ? currentExpiry ?? decidedOn : decidedOn;
  return base ? { until: periodLastDay(addDays(base, 1), grantedPeriod), dateKind: 'PERIOD_OF_STAY_UNTIL' } : current;
}

function dateAnswer(answers: Answers, id: string): IsoDate | null {
  const value = answers[id];
  return typeof value === 'string' && isValidIsoDate(value) ? value : null;
}

/**
 * Issues the signed 資格外活動許可書 once per case (R-RES-3, R-RES-4): printed by the clerk and mailed with the card.
 * It states its last day, which is also the document's validity for verification (R-PLUS-1). Null when the case has
 * no permission by mail.
 */
export async function issuePermission(tx: DbOrTx, ctx: Pick<AppContext, 'clock' | 'config'>, row: ApplicationRow, actor: Actor, ip: string): Promise<IssuedDocument | null> {
  if (!permissionByMail(row)) return null;
  const grant = grantOf(await listActions(tx, row.id));
  const decidedOn = grant ? jstDateOf(grant.at) : null;
  const subject = subjectOf(row);
  const validity = permissionValidUntil({
    procedures: factsOf(row).procedures, currentExpiry: dateAnswer(row.answers as Answers, STEP1_IDS.periodOfStayExpiry), decidedOn, grantedPeriod: grantedPeriodOf(grant),
  });
  return issueSignedDocument(tx, ctx, {
    kind: 'PERMISSION', applicationId: row.id, validUntil: validity.until, dedupeKey: `permission:${row.id}`, actor, ipAddress: ip,
    subject: {
      name: subject.name, nationality: subject.nationality, status: subject.status, procedure: 'OUTSIDE_ACTIVITY', decision: 'GRANTED',
      dates: { ...(decidedOn ? { DECIDED_ON: decidedOn } : {}), ...(validity.until ? { [validity.dateKind]: validity.until } : {}) },
    },
  });
}
