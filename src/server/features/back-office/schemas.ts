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

/** The queue's status filter besides one status: the open cases (the default) or every case (closed ones included). */
export const STATUS_GROUPS = ['OPEN', 'ALL'] as const;

/** What the work queue lists (R-EXAM-5): cases, usage applications (利用申出, new and additional) or periodic reports (定期報告). */
export const QUEUE_KINDS = ['APPLICATION', 'USAGE_APPLICATION', 'PERIODIC_REPORT'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];
export const REVIEW_KINDS = ['USAGE_APPLICATION', 'PERIODIC_REPORT'] as const satisfies readonly QueueKind[];
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/**
 * R-EXAM-3: the queue's filters; every one optional, combined with AND, always within the officer's visibility.
 * The kind defaults to cases for officers who read cases, else to usage applications; the case filters apply to cases.
 */
export const QueueQuery = z.object({
  kind: z.enum(QUEUE_KINDS).optional(),
  status: z.union([CaseStatus, z.enum(STATUS_GROUPS)]).default('OPEN'),
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

/** A usage application or periodic report in the queue; its review screen is the usage reviewers' page. */
export const ReviewItem = z.object({
  id: z.string(),
  kind: z.enum(REVIEW_KINDS),
  /** NEW or ADDITIONAL for a usage application. */
  usageKind: z.enum(['NEW', 'ADDITIONAL']).nullable(),
  status: z.string(),
  office: z.string(),
  organizationName: z.string(),
  filedAt: z.string(),
  holder: Holder.nullable(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const QueuePage = z.object({
  kind: z.enum(QUEUE_KINDS),
  /** Open items per kind this officer may see (capped like the other counts); kinds the officer may not see are absent. */
  kindCounts: z.partialRecord(z.enum(QUEUE_KINDS), z.number()),
  /** The cases (kind APPLICATION). */
  items: z.array(QueueItem),
  /** The usage applications or periodic reports (the other kinds). */
  reviews: z.array(ReviewItem),
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

export const ReviewParams = z.object({ kind: z.enum(['usage-applications', 'periodic-reports']), id: z.uuid() });
export const REVIEW_KIND_OF_PATH = { 'usage-applications': 'USAGE_APPLICATION', 'periodic-reports': 'PERIODIC_REPORT' } as const satisfies Record<z.infer<typeof ReviewParams>['kind'], ReviewKind>;

export const ReviewActionResult = z.object({ kind: z.enum(REVIEW_KINDS), status: z.string(), holder: Holder.nullable() });
export type ReviewActionResult = z.infer<typeof ReviewActionResult>;

export const ActionResult = z.object({ status: CaseStatus, receptionNumber: z.string().nullable(), holder: Holder.nullable() });
export type ActionResult = z.infer<typeof ActionResult>;
