export { checkFiling } from './check-filing.js';
export {
  CARD_HOLDER_FILER_TYPES, ELIGIBILITY_NOTE_CODES, ELIGIBILITY_REASON_CODES, FILER_TYPES, INDIVIDUAL_FILER_TYPES,
  ORGANIZATION_FILER_TYPES, ORGANIZATION_RELATIONS, RELATIONSHIPS,
  type EligibilityNoteCode, type EligibilityReasonCode, type FilerType, type IndividualFilerType,
  type OrganizationFilerType, type OrganizationRelation, type Relationship,
} from './codes.js';
export {
  EligibilityNote, EligibilityReason, EligibilityRequest, EligibilityResult, StatusSelection,
  type EligibilityRequestInput,
} from './schema.js';
export { statusName } from './messages.js';
