import { jstDateOf, startOfJstDay } from '../../../domain/calendar/jst.js';
import {
  PROCEDURES, STATUSES, feesOn, isStatusAvailableOnline,
  type Fee, type Procedure, type StatusOfResidence,
} from '../../../domain/reference/index.js';

/** What the home page shows about a procedure: the procedure and its fees valid on the date (one row, or single/multiple). */
export interface ProcedureSummary {
  procedure: Procedure;
  fees: Fee[];
}

export function procedureSummaries(date: string): ProcedureSummary[] {
  const fees = feesOn(date);
  return [...PROCEDURES]
    .sort((a, b) => a.number - b.number)
    .map((procedure) => ({ procedure, fees: fees.filter((f) => f.procedure === procedure.code && f.onlineYen > 0) }));
}

export function onlineStatuses(): StatusOfResidence[] {
  return STATUSES.filter((s) => isStatusAvailableOnline(s.code, null));
}

export function offlineStatuses(): StatusOfResidence[] {
  return STATUSES.filter((s) => !isStatusAvailableOnline(s.code, null));
}

/** "Today" is the JST calendar date wherever the browser is (SPEC: Japan time). */
export function todayInJapan(now: Date = new Date()): string {
  return jstDateOf(now);
}

export function formatJstDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(startOfJstDay(date));
}
