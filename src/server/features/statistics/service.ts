import type { Clock } from '../../../domain/calendar/clock.js';
import { jstDateOf, type IsoDate } from '../../../domain/calendar/jst.js';
import { ApplicationState, UNDECIDED_STATUSES } from '../../../domain/case/index.js';
import { OFFICES } from '../../../domain/reference/bureaus.js';
import { MAIN_PROCEDURE_CODES } from '../../../domain/reference/procedures.js';
import {
  buildReport, estimateForCase, filterReport, processingWindow, type CaseEstimate, type FigureGroup, type ProcessingTimesQuery,
  type ProcessingTimesReport,
} from '../../../domain/statistics/index.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError, MESSAGES } from '../../errors.js';
import { aggregateProcessingTimes, findCaseFacts, findSnapshot, saveSnapshot } from './repository.js';

/**
 * The figures of a JST date: stored by the first request of the day (the window ends the day before, so they never
 * change), else computed from the action log now and stored for every later request and instance.
 */
async function figuresOf(db: DbOrTx, today: IsoDate, now: Date): Promise<FigureGroup[]> {
  const stored = await findSnapshot(db, today);
  if (stored) return stored;
  const groups = await aggregateProcessingTimes(db, processingWindow(today));
  await saveSnapshot(db, today, groups, now);
  return groups;
}

/** The public report of one JST date, kept in the instance so a request of the day reads nothing. */
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

  /** Only for the test-only seed route, which writes decisions into a day already computed. */
  clear(): void {
    this.entry = undefined;
  }
}

/** R-CASE-2: the public figures per bureau, procedure and status of residence for today (JST). */
export async function processingTimes(db: DbOrTx, clock: Clock, cache: ProcessingTimesCache, query: ProcessingTimesQuery): Promise<ProcessingTimesReport> {
  const today = jstDateOf(clock.now());
  const report = await cache.reportOf(today, async () => buildReport(today, await figuresOf(db, today, clock.now())));
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

  const now = clock.now();
  const groups = (await figuresOf(tx, jstDateOf(now), now)).filter((g) => g.bureau === bureau && g.procedure === procedure);
  return estimateForCase({
    state, receivedOn,
    forStatus: facts.status === null ? undefined : groups.find((g) => g.status === facts.status)?.figures,
    forProcedure: groups.find((g) => g.status === null)?.figures,
  });
}
