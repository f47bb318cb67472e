import { z } from 'zod';
import { addDays, type IsoDate } from '../calendar/jst.js';
import { UNDECIDED_STATUSES, type ApplicationState } from '../case/statuses.js';
import { hasEnoughCases, type ProcessingFigures } from './processing-times.js';

/** Which figure an estimate rests on: the case's bureau, procedure and status of residence, or the bureau's for the procedure. */
export const ESTIMATE_BASES = ['STATUS', 'PROCEDURE'] as const;
export const EstimateBasis = z.enum(ESTIMATE_BASES);
export type EstimateBasis = z.infer<typeof EstimateBasis>;

const Estimated = z.object({
  kind: z.literal('ESTIMATED'),
  basis: EstimateBasis,
  receivedOn: z.iso.date(),
  /** Half of the comparable cases were decided by this date (received date + median days). */
  medianDate: z.iso.date(),
  /** Eight in ten were decided by this date (received date + 80th-percentile days). */
  p80Date: z.iso.date(),
  medianDays: z.number().int(),
  p80Days: z.number().int(),
  decidedCases: z.number().int(),
});
const NotEnoughData = z.object({ kind: z.literal('NOT_ENOUGH_DATA'), receivedOn: z.iso.date() });

export const DecisionEstimate = z.discriminatedUnion('kind', [Estimated, NotEnoughData]);
export type DecisionEstimate = z.infer<typeof DecisionEstimate>;

export interface EstimateInput {
  /** JST date of acceptance (ACCEPT). */
  receivedOn: IsoDate;
  /** Figures of the case's bureau, procedure and status of residence; undefined when none was decided. */
  forStatus: ProcessingFigures | undefined;
  /** Figures of the case's bureau for the procedure, every status together. */
  forProcedure: ProcessingFigures | undefined;
}

/**
 * R-CASE-2: the specific figure when it rests on at least MIN_DECIDED_CASES decided cases, else the bureau-wide
 * figure for the procedure when that does, else "not enough data yet". Dates may lie in the past for a slow case.
 */
export function estimateDecisionDate({ receivedOn, forStatus, forProcedure }: EstimateInput): DecisionEstimate {
  const pick = (basis: EstimateBasis, f: ProcessingFigures): DecisionEstimate => ({
    kind: 'ESTIMATED', basis, receivedOn,
    medianDate: addDays(receivedOn, f.medianDays), p80Date: addDays(receivedOn, f.p80Days),
    medianDays: f.medianDays, p80Days: f.p80Days, decidedCases: f.decidedCases,
  });
  if (hasEnoughCases(forStatus)) return pick('STATUS', forStatus);
  if (hasEnoughCases(forProcedure)) return pick('PROCEDURE', forProcedure);
  return { kind: 'NOT_ENOUGH_DATA', receivedOn };
}

/** What a status page shows for a case: an estimate only between acceptance and decision. */
export const CaseEstimate = z.discriminatedUnion('kind', [
  Estimated,
  NotEnoughData,
  /** Not accepted yet (a draft, a submission waiting for intake, or one returned for correction). */
  z.object({ kind: z.literal('NOT_RECEIVED') }),
  /** Decided or withdrawn: nothing left to estimate. */
  z.object({ kind: z.literal('CLOSED') }),
]);
export type CaseEstimate = z.infer<typeof CaseEstimate>;

export interface CaseEstimateInput extends Omit<EstimateInput, 'receivedOn'> {
  state: ApplicationState;
  receivedOn: IsoDate | null;
}

export function estimateForCase({ state, receivedOn, forStatus, forProcedure }: CaseEstimateInput): CaseEstimate {
  if (!(UNDECIDED_STATUSES as readonly string[]).includes(state)) return state === 'DRAFT' ? { kind: 'NOT_RECEIVED' } : { kind: 'CLOSED' };
  if (receivedOn === null) return { kind: 'NOT_RECEIVED' };
  return estimateDecisionDate({ receivedOn, forStatus, forProcedure });
}
