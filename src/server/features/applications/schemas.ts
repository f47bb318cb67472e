import { z } from 'zod';
import { ApplicationState, CaseAction } from '../../../domain/case/index.js';
import { EligibilityReason, EligibilityResult, FILER_TYPES, RELATIONSHIPS } from '../../../domain/eligibility/index.js';
import { ReceivedChecklistItem } from '../../../domain/checklist/index.js';
import { ReceiptMethod } from '../../../domain/receipt/index.js';
import { OFFICE_CODES } from '../../../domain/reference/bureaus.js';
import { PROCEDURE_CODES } from '../../../domain/reference/procedures.js';
import { bilingual } from '../../../domain/validation/field-errors.js';
import type { Answers } from '../../../forms/types.js';

const Bilingual = z.object({ ja: z.string(), en: z.string() });
const FieldError = z.object({ path: z.string(), message: Bilingual });

export const IdParams = z.object({ id: z.uuid() });
export const FileParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

const AnswerScalar = z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]);
const AnswerRow = z.record(z.string().max(100), AnswerScalar);
const AnswerValue = z.union([AnswerScalar, z.array(z.string().max(10_000)).max(100), z.array(AnswerRow).max(100)]);
/** Answers by dotted field id (src/forms/types.ts), as stored, exported and patched. */
export const AnswersSchema = z.record(z.string().min(1).max(200), AnswerValue).refine((a) => Object.keys(a).length <= 2000) satisfies z.ZodType<Answers>;

const IdempotencyKey = z.string().trim().min(8, bilingual('idempotencyKey は8文字以上にしてください。', 'The idempotencyKey must have at least 8 characters.')).max(100);

export const CreateRequest = z.object({ idempotencyKey: IdempotencyKey }).strict();

export const ListQuery = z.object({
  state: ApplicationState.optional(),
  procedure: z.enum(PROCEDURE_CODES).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const SaveAnswersRequest = z.object({
  revision: z.number().int().min(0),
  changes: AnswersSchema,
  lastField: z.string().max(200).nullish(),
}).strict();
export type SaveAnswersRequest = z.infer<typeof SaveAnswersRequest>;

export const SaveAnswersResponse = z.object({ revision: z.number(), savedAt: z.string(), errors: z.array(FieldError) });
export type SaveAnswersResponse = z.infer<typeof SaveAnswersResponse>;

export const ReceiptMethodRequest = z.object({ method: ReceiptMethod }).strict();
export const SubmitRequest = z.object({ idempotencyKey: IdempotencyKey }).strict();
export const WithdrawRequest = z.object({
  reason: z.string().trim().min(1, bilingual('取下げの理由を入力してください。', 'Enter the reason for the withdrawal.')).max(1000),
  idempotencyKey: IdempotencyKey,
}).strict();

/** A checklist item with its received flag (the domain's schema, under the name the web imports). */
export const ChecklistItemView = ReceivedChecklistItem;
export type ChecklistItemView = ReceivedChecklistItem;

export const FileView = z.object({
  id: z.string(),
  documentCode: z.string().nullable(),
  contentType: z.string(),
  sizeBytes: z.number(),
  /** Generated from the document code, never from the uploader's file name (R-ATT-2). */
  fileName: z.string(),
  uploadedAt: z.string(),
});

export const ApplicationView = z.object({
  id: z.string(),
  state: ApplicationState,
  filerType: z.enum(FILER_TYPES),
  filer: z.object({ type: z.enum(FILER_TYPES), hasMyNumberCard: z.boolean().nullable(), relationship: z.enum(RELATIONSHIPS).nullable() }),
  organizationRequestOnFile: z.boolean().nullable(),
  answers: AnswersSchema,
  revision: z.number(),
  savedAt: z.string(),
  lastField: z.string().nullable(),
  procedures: z.array(z.enum(PROCEDURE_CODES)),
  checklist: z.array(ChecklistItemView),
  photo: FileView.nullable(),
  attachments: z.array(FileView),
  limits: z.object({ maxFiles: z.number(), maxTotalBytes: z.number(), maxFileBytes: z.number(), usedFiles: z.number(), usedBytes: z.number() }),
  receiptMethod: ReceiptMethod.nullable(),
  receiptMethods: z.array(ReceiptMethod),
  office: z.enum(OFFICE_CODES).nullable(),
  receptionNumber: z.string().nullable(),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  createdAt: z.string(),
  eligibility: EligibilityResult.nullable(),
  errors: z.array(FieldError),
  /** While RETURNED (R-EXAM-2): when the bureau returned it and each reason; null in every other state. */
  returned: z.object({ at: z.string(), reasons: z.array(z.string()) }).nullable(),
  allowedActions: z.array(CaseAction),
});
export type ApplicationView = z.infer<typeof ApplicationView>;

export const ApplicationSummary = z.object({
  id: z.string(),
  state: ApplicationState,
  procedures: z.array(z.enum(PROCEDURE_CODES)),
  applicantName: z.string().nullable(),
  receptionNumber: z.string().nullable(),
  savedAt: z.string(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const ApplicationList = z.object({ items: z.array(ApplicationSummary), total: z.number(), page: z.number(), pageSize: z.number() });
export type ApplicationList = z.infer<typeof ApplicationList>;

export const SubmissionRefusal = z.object({
  error: z.literal('UNPROCESSABLE'),
  message: Bilingual,
  fields: z.array(FieldError),
  reasons: z.array(EligibilityReason),
  missingDocuments: z.array(ChecklistItemView),
});

export const TimelineEntry = z.object({
  action: CaseAction,
  label: Bilingual,
  at: z.string(),
  actor: Bilingual,
  note: z.string().nullable(),
});

export const Timeline = z.object({
  status: ApplicationState,
  statusName: Bilingual,
  entries: z.array(TimelineEntry),
  next: Bilingual,
});
export type Timeline = z.infer<typeof Timeline>;

/** The draft file of R-FORM-3 (export and import). */
export const EXPORT_FORMAT = 'zairyu-online/application-draft';
export const DraftFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(1),
  formId: z.string(),
  formVersion: z.number().int(),
  filerType: z.enum(FILER_TYPES),
  exportedAt: z.string(),
  lastField: z.string().max(200).nullable(),
  answers: AnswersSchema,
});
export type DraftFile = z.infer<typeof DraftFile>;

export const Done = z.object({ ok: z.literal(true), message: Bilingual.optional() });
export const ClockRequest = z.object({ advanceSeconds: z.number().int().min(0).max(400 * 24 * 3600) }).strict();
export const ClockResponse = z.object({ now: z.string() });
