import { addDays, addMonthsClamped, daysBetween } from '../calendar/jst.js';
import { hasIndefinitePeriod } from '../reference/index.js';
import { note, reason, type FilingFacts } from './facts.js';
import { noteMessages, reasonMessages } from './messages.js';
import type { EligibilityNote, EligibilityReason } from './schema.js';
import { ACQUISITION_DEADLINE_DAYS, EXTENSION_WINDOW_MONTHS } from './tables.js';

/** The expiry of a period of stay the filing concerns (every procedure but COE and acquisition), if it has one. */
function expiryOf({ role, current, request }: FilingFacts): string | undefined {
  const expiry = request.applicant.periodOfStayExpiry;
  if (!role.holdsPeriodOfStay || expiry == null || (current && hasIndefinitePeriod(current.code))) return undefined;
  return expiry;
}

/** R-ELIG-9 on JST calendar dates: not online on the last day of stay, nor after it; acquisition within 30 days. */
export function dateRule(facts: FilingFacts): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  const expiry = expiryOf(facts);
  if (expiry !== undefined) {
    const daysPast = daysBetween(expiry, facts.filingDate);
    if (daysPast === 0) reasons.push(reason('LAST_DAY_OF_STAY', reasonMessages.lastDayOfStay(expiry)));
    if (daysPast > 0) reasons.push(reason('PERIOD_OF_STAY_EXPIRED', reasonMessages.periodOfStayExpired(expiry)));
  }
  const eventDate = facts.request.applicant.acquisitionEventDate;
  if (facts.main === 'ACQUISITION' && eventDate != null) {
    // The event day is not counted: an event on 11-01 may be filed up to and including 12-01.
    const lastDay = addDays(eventDate, ACQUISITION_DEADLINE_DAYS);
    if (daysBetween(lastDay, facts.filingDate) > 0) {
      reasons.push(reason('ACQUISITION_DEADLINE_PASSED', reasonMessages.acquisitionDeadlinePassed(eventDate, lastDay), 'ACQUISITION'));
    }
  }
  return reasons;
}

/** R-ELIG-9: an extension opens 3 calendar months before expiry (clamped to the month's end); earlier needs a special reason. */
export function earlyExtensionNote(facts: FilingFacts): EligibilityNote[] {
  const expiry = expiryOf(facts);
  if (facts.main !== 'EXTENSION' || expiry === undefined) return [];
  const windowOpens = addMonthsClamped(expiry, -EXTENSION_WINDOW_MONTHS);
  if (daysBetween(windowOpens, facts.filingDate) >= 0) return [];
  return [note('SPECIAL_REASON_REQUIRED_FOR_EARLY_EXTENSION', noteMessages.earlyExtension(windowOpens, expiry), 'EXTENSION')];
}
