import type { Clock } from '../../../domain/calendar/clock.js';
import { jstDateOf, type IsoDate } from '../../../domain/calendar/jst.js';
import { ApplicationState, UNDECIDED_STATUSES } from '../../../domain/case/index.js';
import { OFFICES } from '../../../domain/reference/bureaus.js';
import { MAIN_PROCEDURE_CODES } from '../../../domain/reference/procedures.js';
import {
  buildReport, estimateForCase, filterReport, processingWindow, type CaseEstimate, type ProcessingTimesQuery,
  type ProcessingTimesReport,
} from '../../../domain/statistics/index.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError, MESSAGES } from '../../errors.js';
import { aggregateProcessingTimes, findCaseFacts } from './repository.js';

/**
 * The report of one JST date. The window ends the day before, so a date's figures never change and one
 * computation serves every request of the day (per app instance; a second instance computes its own once).
 */
export class ProcessingTimesCache {
  private entry: { date: IsoDate; report: Promise<ProcessingTimesReport> } | undefined;

  reportOf(date: IsoDate, compute: () => Promise<ProcessingTimesReport>): Promise<ProcessingTimesReport> {
    if (this.entry?.date !== date) {
      const report = compute();
      this.entry = { date, report };
      report.catch(() => {
        if (this.entry?.report === report) this.entry = undefined;
      });
    }
    return this.entry.report;
  }

  /** Only for the test-only seed route, which writes decisions into days already computed. */
  clear(): void {
    this.entry = undefined;
  }
}

/** R-CASE-2: the public figures per bureau, procedure and status of residence for today (JST). */
export async function processingTimes(db: DbOrTx, clock: Clock, cache: ProcessingTimesCache, query: ProcessingTimesQuery): Promise<ProcessingTimesReport> {
  const today = jstDateOf(clock.now());
  const report = await cache.reportOf(today, async () => buildReport(today, await aggregateProcessingTimes(db, processingWindow(today))));
  return filterReport(report, query);
}

/**
 * R-CASE-2: the estimated decision date for a case's status page, from its bureau's figures of today for its
 * procedure and status of residence (else for the procedure). Runs in the caller's transaction; NOT_FOUND when the
 * application does not exist (the caller has already checked who may see it).
 */
export async function estimateForApplication(tx: DbOrTx, applicationId: string, clock: Clock): Promise<CaseEstimate> {
  const facts = await findCaseFacts(tx, applicationId);
  if (!facts) throw new AppError('NOT_FOUND', MESSAGES.notFound);
  const state = ApplicationState.parse(facts.state);
  const receivedOn = facts.acceptedAt ? jstDateOf(facts.acceptedAt) : null;
  const none = { forStatus: undefined, forProcedure: undefined };
  const isOpen = receivedOn !== null && (UNDECIDED_STATUSES as readonly string[]).includes(state);
  const bureau = OFFICES.find((o) => o.code === facts.office)?.bureau;
  const procedure = MAIN_PROCEDURE_CODES.find((p) => p === facts.procedure);
  if (!isOpen || !bureau || !procedure) return estimateForCase({ state, receivedOn, ...none });

  const today = jstDateOf(clock.now());
  const groups = await aggregateProcessingTimes(tx, processingWindow(today), { bureau, procedure });
  return estimateForCase({
    state, receivedOn,
    forStatus: facts.status === null ? undefined : groups.find((g) => g.status === facts.status)?.figures,
    forProcedure: groups.find((g) => g.status === null)?.figures,
  });
}
