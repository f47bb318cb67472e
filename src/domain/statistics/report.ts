import { z } from 'zod';
import type { IsoDate } from '../calendar/jst.js';
import { BUREAU_CODES } from '../reference/bureaus.js';
import { MAIN_PROCEDURE_CODES } from '../reference/procedures.js';
import { STATUS_CODES } from '../reference/statuses.js';
import {
  MIN_DECIDED_CASES, PROCESSING_WINDOW_DAYS, ProcessingFigures, ProcessingWindow, hasEnoughCases, processingWindow,
} from './processing-times.js';

const BureauCode = z.enum(BUREAU_CODES);
const MainProcedureCode = z.enum(MAIN_PROCEDURE_CODES);
const StatusCode = z.enum(STATUS_CODES);

/** One aggregate of the decided cases: a bureau and procedure, for one status of residence or (null) for all of them. */
export const FigureGroup = z.object({
  bureau: BureauCode,
  procedure: MainProcedureCode,
  status: StatusCode.nullable(),
  figures: ProcessingFigures,
});
export type FigureGroup = z.infer<typeof FigureGroup>;

/** What the public sees of an aggregate: the count always, the days only from MIN_DECIDED_CASES cases on. */
const PublishedFigures = z.object({
  decidedCases: z.number().int().min(1),
  medianDays: z.number().int().nullable().describe('null: fewer decided cases than minimumCases'),
  p80Days: z.number().int().nullable().describe('null: fewer decided cases than minimumCases'),
});

export const ProcessingTimesGroup = PublishedFigures.extend({
  bureau: BureauCode,
  procedure: MainProcedureCode,
  byStatus: z.array(PublishedFigures.extend({ status: StatusCode })),
});
export type ProcessingTimesGroup = z.infer<typeof ProcessingTimesGroup>;

export const ProcessingTimesReport = z.object({
  asOf: z.iso.date().describe('JST date the figures are for'),
  window: ProcessingWindow.describe('JST dates of the decisions counted (inclusive)'),
  windowDays: z.number().int(),
  minimumCases: z.number().int(),
  groups: z.array(ProcessingTimesGroup),
});
export type ProcessingTimesReport = z.infer<typeof ProcessingTimesReport>;

export const ProcessingTimesQuery = z.object({
  bureau: BureauCode.optional().describe('regional bureau (its branches included)'),
  procedure: MainProcedureCode.optional(),
});
export type ProcessingTimesQuery = z.infer<typeof ProcessingTimesQuery>;

function publish(figures: ProcessingFigures): z.infer<typeof PublishedFigures> {
  const enough = hasEnoughCases(figures);
  return { decidedCases: figures.decidedCases, medianDays: enough ? figures.medianDays : null, p80Days: enough ? figures.p80Days : null };
}

const orderOf = <T extends string>(list: readonly T[]) => (value: T): number => list.indexOf(value);
const bureauOrder = orderOf(BUREAU_CODES);
const procedureOrder = orderOf(MAIN_PROCEDURE_CODES);
const statusOrder = orderOf(STATUS_CODES);

/** The public report of `today` from the aggregates, in reference order (bureaus, procedures, statuses). */
export function buildReport(today: IsoDate, aggregates: readonly FigureGroup[]): ProcessingTimesReport {
  const overall = aggregates.filter((a) => a.status === null)
    .sort((a, b) => bureauOrder(a.bureau) - bureauOrder(b.bureau) || procedureOrder(a.procedure) - procedureOrder(b.procedure));
  const groups = overall.map((group): ProcessingTimesGroup => ({
    bureau: group.bureau,
    procedure: group.procedure,
    ...publish(group.figures),
    byStatus: aggregates
      .flatMap((a) => (a.status !== null && a.bureau === group.bureau && a.procedure === group.procedure ? [{ status: a.status, figures: a.figures }] : []))
      .sort((a, b) => statusOrder(a.status) - statusOrder(b.status))
      .map((a) => ({ status: a.status, ...publish(a.figures) })),
  }));
  return { asOf: today, window: processingWindow(today), windowDays: PROCESSING_WINDOW_DAYS, minimumCases: MIN_DECIDED_CASES, groups };
}

export function filterReport(report: ProcessingTimesReport, query: ProcessingTimesQuery): ProcessingTimesReport {
  return {
    ...report,
    groups: report.groups.filter((g) => (!query.bureau || g.bureau === query.bureau) && (!query.procedure || g.procedure === query.procedure)),
  };
}
