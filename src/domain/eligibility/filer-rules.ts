import { ageOn } from '../calendar/jst.js';
import { ACCOMPANIABLE_PROCEDURES, type ProcedureCode } from '../reference/index.js';
import { CARD_HOLDER_FILER_TYPES, INDIVIDUAL_FILER_TYPES } from './codes.js';
import { note, reason, type FilingFacts } from './facts.js';
import { isOneOf } from './list.js';
import { noteMessages, reasonMessages } from './messages.js';
import type { EligibilityNote, EligibilityReason } from './schema.js';
import {
  INDIVIDUAL_FILER_TABLE, ORGANIZATION_PART_PROCEDURES, ORGANIZATION_PART_STATUSES, RELATIVE_AGE_LIMIT,
  RELATIVE_COE_NOTICES, RELATIVE_COE_STATUSES,
} from './tables.js';

/** R-ELIG-2: the 「外国人本人・その他」 filers log in with a My Number card. */
export function myNumberCardRule({ request }: FilingFacts): EligibilityReason[] {
  const { filer } = request;
  if (!isOneOf(CARD_HOLDER_FILER_TYPES, filer.type) || filer.hasMyNumberCard === true) return [];
  return [reason('MY_NUMBER_CARD_REQUIRED', reasonMessages.myNumberCardRequired())];
}

/** R-ELIG-1 with its footnotes R-ELIG-4 (注2) and R-ELIG-5 (注3), cell by cell for every procedure filed. */
export function individualFilerRule(facts: FilingFacts): EligibilityReason[] {
  const { type } = facts.request.filer;
  if (!isOneOf(INDIVIDUAL_FILER_TYPES, type)) return [];
  return facts.request.procedures.flatMap((procedure) => {
    const cell = INDIVIDUAL_FILER_TABLE[type][procedure];
    switch (cell) {
      case 'ALLOWED':
        return [];
      case 'NOT_ALLOWED':
        return [reason('RELATIVE_NOT_ALLOWED_FOR_PROCEDURE', reasonMessages.relativeNotAllowed(procedure), procedure)];
      case 'NOTE_2_RELATIVE_COE':
        return relativeCoeRule(facts, procedure);
      case 'NOTE_3_UNDER_16_OR_UNABLE':
        return underSixteenOrUnableRule(facts, procedure);
    }
  });
}

/** R-ELIG-4: a relative files a COE only while living in Japan, and only for the listed desired statuses. */
function relativeCoeRule({ request, desired }: FilingFacts, procedure: ProcedureCode): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  if (request.filer.livesInJapan !== true) {
    reasons.push(reason('RELATIVE_MUST_LIVE_IN_JAPAN', reasonMessages.relativeMustLiveInJapan(), procedure));
  }
  if (desired) {
    const eligible = desired.code === 'DESIGNATED_ACTIVITIES'
      ? isOneOf(RELATIVE_COE_NOTICES, desired.notice)
      : isOneOf(RELATIVE_COE_STATUSES, desired.code);
    if (!eligible) reasons.push(reason('RELATIVE_COE_STATUS_NOT_ELIGIBLE', reasonMessages.relativeCoeStatusNotEligible(desired), procedure));
  }
  return reasons;
}

/** R-ELIG-5: under 16 on the JST filing date (16 on the birthday itself), or unable to file personally. */
function underSixteenOrUnableRule({ request, filingDate }: FilingFacts, procedure: ProcedureCode): EligibilityReason[] {
  const { applicant } = request;
  if (applicant.unableToApplyPersonally === true || ageOn(applicant.dateOfBirth, filingDate) < RELATIVE_AGE_LIMIT) return [];
  return [reason('RELATIVE_ONLY_FOR_UNDER_16_OR_UNABLE', reasonMessages.relativeOnlyForUnder16OrUnable(procedure), procedure)];
}

/** R-ELIG-3: re-entry and outside activity only together with a change, an extension or an acquisition. */
export function accompanyRule({ request, main }: FilingFacts): EligibilityReason[] {
  if (isOneOf(ACCOMPANIABLE_PROCEDURES, main)) return [];
  return request.procedures
    .filter((p) => p === 'REENTRY' || p === 'OUTSIDE_ACTIVITY')
    .map((p) => reason('MUST_ACCOMPANY_CHANGE_EXTENSION_ACQUISITION', reasonMessages.mustAccompany(p), p));
}

/** R-ELIG-8: individual filers attach the organisation's part as files (a note, never a refusal). */
export function organizationPartNote({ request, main, inQuestion }: FilingFacts): EligibilityNote[] {
  if (!isOneOf(CARD_HOLDER_FILER_TYPES, request.filer.type) || !isOneOf(ORGANIZATION_PART_PROCEDURES, main) || !inQuestion) return [];
  if (!isOneOf(ORGANIZATION_PART_STATUSES, inQuestion.code)) return [];
  return [note('ORGANIZATION_PART_AS_ATTACHMENT', noteMessages.organizationPartAsAttachment(main, inQuestion), main)];
}
