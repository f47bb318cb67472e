import { hasIndefinitePeriod, isStatusAvailableOnline } from '../reference/index.js';
import { isSameStatus, reason, type FilingFacts } from './facts.js';
import { isOneOf } from './list.js';
import { reasonMessages } from './messages.js';
import type { EligibilityReason } from './schema.js';
import { CHANGE_ONLY_STATUSES, NEVER_DESIRED_ONLINE } from './tables.js';

/** R-ELIG-6: excluded statuses, statuses a procedure cannot reach, a change to the same status, no extension of an indefinite one. */
export function statusRule({ main, current, desired }: FilingFacts): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  if (current && !isStatusAvailableOnline(current.code, current.notice)) {
    reasons.push(reason('STATUS_NOT_AVAILABLE_ONLINE', reasonMessages.currentStatusNotOnline(current)));
  }
  if (desired && main) {
    if (!isStatusAvailableOnline(desired.code, desired.notice) || isOneOf(NEVER_DESIRED_ONLINE, desired.code)) {
      reasons.push(reason('STATUS_NOT_AVAILABLE_ONLINE', reasonMessages.desiredStatusNotOnline(desired), main));
    }
    const reachableFrom = CHANGE_ONLY_STATUSES[desired.code];
    if (reachableFrom && !(main === 'CHANGE' && current && reachableFrom.includes(current.code))) {
      reasons.push(reason('STATUS_NOT_AVAILABLE_FOR_PROCEDURE', reasonMessages.changeOnlyStatus(desired, main), main));
    }
  }
  if (main === 'CHANGE' && current && desired && isSameStatus(current, desired)) {
    reasons.push(reason('CHANGE_TO_SAME_STATUS', reasonMessages.changeToSameStatus(current), main));
  }
  if (main === 'EXTENSION' && current && hasIndefinitePeriod(current.code)) {
    reasons.push(reason('NO_EXTENSION_FOR_INDEFINITE_STATUS', reasonMessages.noExtensionForIndefinite(current), main));
  }
  return reasons;
}
