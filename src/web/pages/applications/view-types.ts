import type { z } from 'zod';
import type {
  ApplicationList, ApplicationSummary, ApplicationView, ChecklistItemView, FileView, SaveAnswersResponse, SubmissionRefusal, Timeline,
} from '../../../server/features/applications/schemas.js';

/** The applications API's shapes come from the server's zod schemas (one schema, one name); only types are imported. */
export type { ApplicationList, ApplicationSummary, ApplicationView, SaveAnswersResponse, Timeline };
export type ChecklistEntry = z.infer<typeof ChecklistItemView>;
export type AttachmentEntry = z.infer<typeof FileView>;
export type SubmitRefusalBody = z.infer<typeof SubmissionRefusal>;
