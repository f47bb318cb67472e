import { CASE_ACTION_RULES, isCaseAction } from '../../../domain/case/index.js';

interface LogEntry {
  type: string;
  actorId: string | null;
  details: Record<string, unknown>;
}

/**
 * Who holds the case now (R-EXAM-3), from the log: a CLAIM holds for its actor, a REASSIGN for the officer in its
 * details, a RELEASE for nobody; a hold lasts within a stage, so any action that changes the status ends it (the
 * intake clerk's hold ends with the acceptance, and the examiner claims next).
 */
export function currentHolderId(log: readonly LogEntry[]): string | null {
  for (let i = log.length - 1; i >= 0; i -= 1) {
    const entry = log[i];
    if (!entry || !isCaseAction(entry.type)) continue;
    if (entry.type === 'CLAIM') return entry.actorId;
    if (entry.type === 'REASSIGN') return typeof entry.details.to === 'string' ? entry.details.to : null;
    if (entry.type === 'RELEASE' || CASE_ACTION_RULES[entry.type].effect !== null) return null;
  }
  return null;
}

/** The log's action types that decide the holder, for reading only those rows. */
export const HOLDER_DECIDING_ACTIONS: readonly string[] = Object.entries(CASE_ACTION_RULES)
  .filter(([type, rule]) => type === 'CLAIM' || type === 'RELEASE' || type === 'REASSIGN' || rule.effect !== null)
  .map(([type]) => type);
