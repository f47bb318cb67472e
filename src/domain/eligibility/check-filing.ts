import type { Clock } from '../calendar/clock.js';
import { dateRule, earlyExtensionNote } from './date-rules.js';
import { factsOf } from './facts.js';
import { accompanyRule, individualFilerRule, myNumberCardRule, organizationPartNote } from './filer-rules.js';
import { organizationRule } from './organization-rules.js';
import type { EligibilityRequest, EligibilityResult } from './schema.js';
import { statusRule } from './status-rules.js';

/**
 * Who may file what, for whom, and when (SPEC §3). Pure: the same request and clock give the same answer.
 * Every failing rule adds its reason; notes inform and never refuse. `filingDateTime`, when given, replaces
 * the clock; either way the rules use its JST calendar date.
 */
export function checkFiling(request: EligibilityRequest, clock: Clock): EligibilityResult {
  const facts = factsOf(request, clock);
  const reasons = [
    ...myNumberCardRule(facts),
    ...individualFilerRule(facts),
    ...accompanyRule(facts),
    ...statusRule(facts),
    ...organizationRule(facts),
    ...dateRule(facts),
  ];
  const notes = [...organizationPartNote(facts), ...earlyExtensionNote(facts)];
  return { allowed: reasons.length === 0, reasons, notes };
}
