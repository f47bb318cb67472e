import { ORGANIZATION_FILER_TYPES } from './codes.js';
import { reason, type FilingFacts } from './facts.js';
import { isOneOf } from './list.js';
import { reasonMessages } from './messages.js';
import type { EligibilityReason, StatusSelection } from './schema.js';
import { ORGANIZATION_RANGE_TABLE, RELATION_STATUS_REQUIREMENT, REQUEST_LETTER_FILER_TYPES, type StatusRequirement } from './tables.js';

/**
 * R-ELIG-7: organisation staff file only within their range. The relation decides the cell of the table;
 * the status in question must then fit the relation (e.g. ② only for 公用). Each failing check is its own reason.
 */
export function organizationRule({ request, inQuestion }: FilingFacts): EligibilityReason[] {
  const { type } = request.filer;
  if (!isOneOf(ORGANIZATION_FILER_TYPES, type)) return [];
  const relation = request.applicant.relationToOrganization ?? 'NONE';
  const reasons: EligibilityReason[] = [];
  const cell = ORGANIZATION_RANGE_TABLE[relation][type];
  switch (cell) {
    case 'IN_RANGE':
      break;
    case 'OUTSIDE':
      reasons.push(reason('OUTSIDE_ORGANIZATION_RANGE', reasonMessages.outsideOrganizationRange(type)));
      break;
    case 'TRAINEE_NOT_ON_LIST':
      reasons.push(reason('TRAINEE_NOT_ON_LIST', reasonMessages.traineeNotOnList()));
      break;
  }
  if (cell !== 'OUTSIDE' && inQuestion && !meets(RELATION_STATUS_REQUIREMENT[relation], inQuestion)) {
    reasons.push(reason('OUTSIDE_ORGANIZATION_RANGE', reasonMessages.outsideOrganizationRange(type)));
  }
  if (isOneOf(REQUEST_LETTER_FILER_TYPES, type) && request.applicant.organizationRequestOnFile !== true) {
    reasons.push(reason('ORGANIZATION_REQUEST_REQUIRED', reasonMessages.organizationRequestRequired()));
  }
  return reasons;
}

function meets(requirement: StatusRequirement, status: StatusSelection): boolean {
  switch (requirement.kind) {
    case 'ANY':
      return true;
    case 'ONE_OF':
      return requirement.statuses.includes(status.code)
        || (status.code === 'DESIGNATED_ACTIVITIES' && isOneOf(requirement.designatedNotices, status.notice));
  }
}
