import { z } from 'zod';
import { addDays, daysBetween, type IsoDate } from '../calendar/jst.js';
import type { CaseAction } from '../case/actions.js';

/**
 * Processing times (R-CASE-2): how many JST calendar days passed from the case's acceptance (ACCEPT, the moment
 * it counts as received and gets its reception number) to its decision (GRANT or REFUSE), over the cases
 * decided in the last PROCESSING_WINDOW_DAYS days.
 */
export const RECEIVED_ACTION = 'ACCEPT' as const satisfies CaseAction;
export const DECISION_ACTIONS = ['GRANT', 'REFUSE'] as const satisfies readonly CaseAction[];

export const PROCESSING_WINDOW_DAYS = 90;
/** Fewer decided cases than this make no figure: the estimate falls back, the public table says "not enough data yet". */
export const MIN_DECIDED_CASES = 20;

/**
 * The percentiles published, as fractions so the rank is computed in integers. Definition: nearest rank — the
 * p-th percentile of n sorted values is the value at 1-based rank ceil(p × n). This is what PostgreSQL's
 * percentile_disc computes (the repository's query), so both agree; a median of an even count is the lower middle.
 */
export const PERCENTILES = {
  median: { numerator: 1, denominator: 2 },
  p80: { numerator: 4, denominator: 5 },
} as const;
export type Percentile = (typeof PERCENTILES)[keyof typeof PERCENTILES];

export function percentileFraction(p: Percentile): number {
  return p.numerator / p.denominator;
}

/** ceil(p × n) in integers, at least 1. */
export function nearestRank(p: Percentile, n: number): number {
  return Math.max(1, Math.floor((n * p.numerator + p.denominator - 1) / p.denominator));
}

export const ProcessingFigures = z.object({
  decidedCases: z.number().int().min(1),
  medianDays: z.number().int().min(0),
  p80Days: z.number().int().min(0),
});
export type ProcessingFigures = z.infer<typeof ProcessingFigures>;

/** Median and 80th percentile of durations in days; undefined when there are none. */
export function summarizeDurations(durations: readonly number[]): ProcessingFigures | undefined {
  if (durations.length === 0) return undefined;
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (p: Percentile): number => sorted[nearestRank(p, sorted.length) - 1] ?? 0;
  return { decidedCases: sorted.length, medianDays: at(PERCENTILES.median), p80Days: at(PERCENTILES.p80) };
}

export function hasEnoughCases(figures: ProcessingFigures | undefined): figures is ProcessingFigures {
  return figures !== undefined && figures.decidedCases >= MIN_DECIDED_CASES;
}

/**
 * The decision dates that count on `today`: the PROCESSING_WINDOW_DAYS whole JST days before today (a decision
 * exactly 90 days ago counts, one today does not), so the figures stay the same all day and can be cached per date.
 */
export const ProcessingWindow = z.object({ from: z.iso.date(), to: z.iso.date() });
export type ProcessingWindow = z.infer<typeof ProcessingWindow>;

export function processingWindow(today: IsoDate): ProcessingWindow {
  return { from: addDays(today, -PROCESSING_WINDOW_DAYS), to: addDays(today, -1) };
}

export function isInProcessingWindow(decidedOn: IsoDate, today: IsoDate): boolean {
  const { from, to } = processingWindow(today);
  return decidedOn >= from && decidedOn <= to;
}

/** Calendar days from the JST date of acceptance to the JST date of the decision (0 when decided the same day). */
export function processingDays(receivedOn: IsoDate, decidedOn: IsoDate): number {
  return daysBetween(receivedOn, decidedOn);
}
