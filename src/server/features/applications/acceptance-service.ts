import type { FastifyBaseLogger } from 'fastify';
import { assertActionAllowed, deriveApplicationState, type CaseActor } from '../../../domain/case/index.js';
import { jstDateOf, startOfJstDay } from '../../../domain/calendar/jst.js';
import { isOneOf } from '../../../domain/eligibility/list.js';
import { formatReceptionNumber, receptionYearOf } from '../../../domain/numbering/index.js';
import { OFFICES, OFFICE_CODES } from '../../../domain/reference/bureaus.js';
import { MAIN_PROCEDURE_CODES } from '../../../domain/reference/procedures.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { appendAudit, type AuditEntry } from '../audit/audit-log.js';
import { appendActionOnce, listActions } from './action-repository.js';
import { listAwaitingAcceptance, lockApplication, updateApplication } from './application-repository.js';
import { asConflict } from './case-guard.js';
import { nextReceptionSerial } from './file-repository.js';
import { APPLICATION_MESSAGES } from './messages.js';
import { mailReceptionNumber } from './notifications.js';

/** Who accepts: an intake clerk (the back office, issue 6) or the system's daily job. */
export interface Acceptor {
  actorType: AuditEntry['actorType'];
  actorId: string | null;
  caseActor: CaseActor;
}

export const SYSTEM_ACCEPTOR: Acceptor = { actorType: 'SYSTEM', actorId: null, caseActor: { kind: 'SYSTEM' } };

/**
 * R-SUB-2 intake: assigns the reception number from the office's counter for the JST year of acceptance (the
 * counter row stays locked until this transaction ends, so numbers are unique and gap-free), appends ACCEPT and
 * queues 申請受付番号のお知らせ. Run it in the caller's transaction; accepting twice returns the first number.
 */
export async function acceptApplication(tx: DbOrTx, ctx: Pick<AppContext, 'clock' | 'config'>, id: string, actor: Acceptor): Promise<{ receptionNumber: string; created: boolean }> {
  const row = await lockApplication(tx, id);
  if (!row) throw new AppError('NOT_FOUND', APPLICATION_MESSAGES.notFound);
  if (row.receptionNumber) return { receptionNumber: row.receptionNumber, created: false };
  const actions = await listActions(tx, id);
  asConflict(() => assertActionAllowed(deriveApplicationState(actions), 'ACCEPT', actor.caseActor));
  const office = isOneOf(OFFICE_CODES, row.office) ? row.office : undefined;
  const procedure = isOneOf(MAIN_PROCEDURE_CODES, row.mainProcedure) ? row.mainProcedure : undefined;
  if (!office || !procedure) throw new Error(`application ${id} was submitted without an office or a main procedure`);
  const now = ctx.clock.now();
  const year = receptionYearOf(now);
  const serial = await nextReceptionSerial(tx, office, year);
  const receptionNumber = formatReceptionNumber({ office, procedure, year, serial });
  await appendActionOnce(tx, { applicationId: id, type: 'ACCEPT', idempotencyKey: 'accept', actorType: actor.actorType, actorId: actor.actorId, at: now, details: { receptionNumber } });
  const accepted = await updateApplication(tx, id, { state: deriveApplicationState([...actions, { type: 'ACCEPT' as const }]), receptionNumber, acceptedAt: now, updatedAt: now });
  await mailReceptionNumber(tx, ctx, accepted, receptionNumber, now);
  await appendAudit(tx, ctx.clock, {
    actorType: actor.actorType, actorId: actor.actorId, subjectType: 'application', subjectId: id, action: 'application.accepted', outcome: 'SUCCESS',
    details: { receptionNumber, office, year, serial },
  });
  return { receptionNumber, created: true };
}

/**
 * The daily acceptance (R-SUB-2): every submission made before today (JST) and still waiting is accepted, in the
 * bureaus where it is on (config, default all). Each in its own transaction; an application whose state changed
 * meanwhile (withdrawn, returned) is skipped. Safe on several instances at once (the row lock decides).
 */
export async function runAutoAcceptance(ctx: AppContext): Promise<number> {
  const before = startOfJstDay(jstDateOf(ctx.clock.now()));
  const bureaus = new Set<string>(ctx.config.autoAcceptanceBureaus);
  const offices = OFFICES.filter((o) => bureaus.has(o.bureau)).map((o) => o.code);
  const skipped: string[] = [];
  let accepted = 0;
  for (;;) {
    const batch = await listAwaitingAcceptance(ctx.database.db, offices, before, skipped, 100);
    if (batch.length === 0) return accepted;
    for (const id of batch) {
      try {
        const result = await ctx.database.db.transaction((tx) => acceptApplication(tx, ctx, id, SYSTEM_ACCEPTOR));
        if (result.created) accepted += 1;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        skipped.push(id);
      }
    }
  }
}

/** Runs the acceptance every few minutes, so it happens shortly after 00:00 JST; returns a function that stops it. */
export function startAutoAcceptance(ctx: AppContext, log: FastifyBaseLogger, intervalMs = 5 * 60_000): () => void {
  const run = async () => {
    try {
      const accepted = await runAutoAcceptance(ctx);
      if (accepted > 0) log.info({ accepted }, 'automatic acceptance: reception numbers assigned');
    } catch (error) {
      log.warn({ err: error }, 'automatic acceptance failed; retrying at the next interval');
    }
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
