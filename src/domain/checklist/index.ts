export { STATUS_TABLES, buildChecklist, missingRequired, tableFor, withReceived, type ChecklistInput } from './build-checklist.js';
export { DOCUMENT_NAMES } from './documents.js';
export { SOURCES } from './sources.js';
export {
  ChecklistItem, DOCUMENT_CODES, DocumentCode, DocumentSource, REQUIREMENTS, ReceivedChecklistItem,
  type OrganizationCategory, type Requirement,
} from './types.js';
