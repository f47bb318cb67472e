import type { DbOrTx } from '../../db/client.js';
import { listActions, type ActionRow } from './action-repository.js';

/** The bureau's latest return for correction (R-EXAM-2), as the filer reads it: when, and each reason. */
export interface ReturnNotice {
  actionId: number;
  at: string;
  reasons: string[];
}

/** The RETURN that put the case in its current RETURNED state: the last one in the log. */
export function latestReturnOf(actions: readonly ActionRow[]): ReturnNotice | null {
  const found = [...actions].reverse().find((a) => a.type === 'RETURN');
  if (!found) return null;
  const { reasons, reason } = found.details;
  const list = Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : typeof reason === 'string' ? [reason] : [];
  return { actionId: found.id, at: found.at.toISOString(), reasons: list };
}

export async function readLatestReturn(db: DbOrTx, applicationId: string): Promise<ReturnNotice | null> {
  return latestReturnOf(await listActions(db, applicationId));
}
