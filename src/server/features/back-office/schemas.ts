import { z } from 'zod';
import { CaseAction, CaseStatus } from '../../../domain/case/index.js';
import { ReceivedChecklistItem } from '../../../domain/checklist/index.js';
import { FILER_TYPES } from '../../../domain/eligibility/index.js';
import { PROCEDURE_CODES } from '../../../domain/reference/procedures.js';
import { bilingual } from '../../../domain/validation/field-errors.js';

const Bilingual = z.object({ ja: z.string(), en: z.string() });
const FieldError = z.object({ path: z.string(), message: Bilingual });
const IsoDate = z.iso.date();

export const CaseParams = z.object({ id: z.uuid() });
export const CaseFileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

export const PAGE_SIZES = [20, 50, 100] as const;

/** R-EXAM-3: the queue's filters; every one optional, combined with AND, always within the officer's visibility. */
export const QueueQuery = z.object({
  status: CaseStatus.optional(),
  procedure: z.enum(PROCEDURE_CODES).optional(),
  filerType: z.enum(FILER_TYPES).optional(),
  receivedFrom: IsoDate.optional(),
  receivedTo: IsoDate.optional(),
  overdue: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().refine((n) => (PAGE_SIZES as readonly number[]).includes(n)).default(20),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

export const Holder = z.object({ id: z.string(), name: z.string() });
export type Holder = z.infer<typeof Holder>;

export const QueueItem = z.object({
  id: z.string(),
  receptionNumber: z.string().nullable(),
  status: CaseStatus,
  office: z.string().nullable(),
  procedures: z.array(z.string()),
  filerType: z.enum(FILER_TYPES),
  applicantName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  isOverdue: z.boolean(),
  holder: Holder.nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const QueuePage = z.object({
  items: z.array(QueueItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** Cases per status under the same filters except the status (R-EXAM-3). */
  counts: z.record(z.string(), z.number()),
  /** Totals and counts stop just above this: a value greater than it means "more than countCap". */
  countCap: z.number(),
});
export type QueuePage = z.infer<typeof QueuePage>;

export const CaseFile = z.object({
  id: z.string(),
  kind: z.enum(['PHOTO', 'DOCUMENT']),
  documentCode: z.string().nullable(),
  contentType: z.string(),
  sizeBytes: z.number(),
  fileName: z.string(),
  uploadedAt: z.string(),
});

export const CaseHistoryEntry = z.object({
  action: CaseAction,
  label: Bilingual,
  at: z.string(),
  actorType: z.string(),
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const CaseDetail = z.object({
  id: z.string(),
  status: CaseStatus,
  statusName: Bilingual,
  receptionNumber: z.string().nullable(),
  office: z.string().nullable(),
  procedures: z.array(z.string()),
  filerType: z.enum(FILER_TYPES),
  applicantName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  answers: z.record(z.string(), z.unknown()),
  files: z.array(CaseFile),
  checklist: z.array(ReceivedChecklistItem),
  /** The intake format check (R-EXAM-2): what the form and the checklist find wrong with the submitted content. */
  formatCheck: z.object({ fields: z.array(FieldError), missingDocuments: z.array(ReceivedChecklistItem) }),
  history: z.array(CaseHistoryEntry),
  holder: Holder.nullable(),
  /** What this officer may do now (the one table in src/domain/case, filtered by the officer's scopes). */
  allowedActions: z.array(CaseAction),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

const IdempotencyKey = z.string().trim().min(8).max(100);

export const ActionRequest = z.object({ idempotencyKey: IdempotencyKey }).strict();
export type ActionRequest = z.infer<typeof ActionRequest>;

export const ReturnRequest = z.object({
  idempotencyKey: IdempotencyKey,
  reasons: z.array(z.string().trim().min(1).max(1000)).min(1, bilingual('差戻しの理由を1つ以上入力してください。', 'Enter at least one reason for the return.')).max(20),
}).strict();
export type ReturnRequest = z.infer<typeof ReturnRequest>;

export const ReassignRequest = z.object({ idempotencyKey: IdempotencyKey, officerId: z.uuid() }).strict();
export type ReassignRequest = z.infer<typeof ReassignRequest>;

export const ActionResult = z.object({ status: CaseStatus, receptionNumber: z.string().nullable(), holder: Holder.nullable() });
export type ActionResult = z.infer<typeof ActionResult>;
