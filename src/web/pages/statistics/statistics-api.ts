import { ProcessingTimesReport, type ProcessingTimesQuery } from '../../../domain/statistics/report.js';

export type ReportResult = { kind: 'report'; report: ProcessingTimesReport } | { kind: 'error' };

/** GET /api/v1/statistics/processing-times with the page's filters (R-CASE-2); anything unexpected is an error. */
export async function fetchProcessingTimes(query: ProcessingTimesQuery, signal?: AbortSignal): Promise<ReportResult> {
  const params = new URLSearchParams();
  if (query.bureau) params.set('bureau', query.bureau);
  if (query.procedure) params.set('procedure', query.procedure);
  const search = params.size > 0 ? `?${params.toString()}` : '';
  try {
    const response = await fetch(`/api/v1/statistics/processing-times${search}`, { headers: { accept: 'application/json' }, signal });
    if (!response.ok) return { kind: 'error' };
    const parsed = ProcessingTimesReport.safeParse(await response.json());
    return parsed.success ? { kind: 'report', report: parsed.data } : { kind: 'error' };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: 'error' };
  }
}
