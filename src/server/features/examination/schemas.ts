import { z } from 'zod';
import { CaseStatus } from '../../../domain/case/index.js';
import { STATUS_CODES } from '../../../domain/reference/statuses.js';

const key = z.string().min(8).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const DocumentItemInput = z.object({ description: text(500) });
export const RequestDocumentsBody = z.object({ idempotencyKey: key, deadline: IsoDate, items: z.array(DocumentItemInput).min(1).max(20), message: z.string().trim().max(2000).optional() });
export type RequestDocumentsBody = z.infer<typeof RequestDocumentsBody>;
export const CloseRequestBody = z.object({ idempotencyKey: key, reason: text(1000) });
export const TextBody = z.object({ idempotencyKey: key, body: text(4000) });
export type TextBody = z.infer<typeof TextBody>;

const AnswerScalar = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
export const CorrectBody = z.object({ idempotencyKey: key, questionId: text(200), value: AnswerScalar, reason: text(1000) });
export type CorrectBody = z.infer<typeof CorrectBody>;

export const PERIOD_UNITS = ['YEAR', 'MONTH', 'DAY'] as const;
export const GrantedPeriod = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('FIXED'), amount: z.number().int().positive(), unit: z.enum(PERIOD_UNITS) }),
  z.object({ kind: z.literal('DESIGNATED'), years: z.number().int().min(0), months: z.number().int().min(0).max(11), days: z.number().int().min(0).max(30) }),
  z.object({ kind: z.literal('INDEFINITE') }),
  z.object({ kind: z.literal('DURATION_OF_ACTIVITY') }),
]);
export type GrantedPeriod = z.infer<typeof GrantedPeriod>;

export const Decision = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('GRANT'), grantedStatus: z.enum(STATUS_CODES), period: GrantedPeriod }),
  z.object({ decision: z.literal('REFUSE'), reason: text(2000) }),
]);
export type Decision = z.infer<typeof Decision>;
export const DecisionBody = z.intersection(z.object({ idempotencyKey: key }), Decision);
export type DecisionBody = z.infer<typeof DecisionBody>;
export const GrantBody = z.object({ idempotencyKey: key, grantedStatus: z.enum(STATUS_CODES), period: GrantedPeriod });
export type GrantBody = z.infer<typeof GrantBody>;
export const RefuseBody = z.object({ idempotencyKey: key, reason: text(2000) });
export const ApproveBody = z.object({ idempotencyKey: key });

export const CaseParams = z.object({ id: z.string().uuid() });
export const ItemParams = z.object({ id: z.string().uuid(), itemId: z.string().uuid() });
export const ItemFileParams = z.object({ id: z.string().uuid(), itemId: z.string().uuid(), fileId: z.string().uuid() });

export const ItemFile = z.object({ id: z.string(), contentType: z.string(), sizeBytes: z.number() });
export const DocumentItem = z.object({ id: z.string(), description: z.string(), answeredAt: z.string().nullable(), files: z.array(ItemFile) });
export const DocumentRequest = z.object({
  id: z.string(), requestedAt: z.string(), deadline: z.string(), message: z.string().nullable(), items: z.array(DocumentItem),
  state: z.enum(['OPEN', 'ANSWERED', 'CLOSED']),
});
export type DocumentRequest = z.infer<typeof DocumentRequest>;
export const CaseMessage = z.object({ id: z.number(), side: z.enum(['FILER', 'BUREAU']), body: z.string(), at: z.string() });
export type CaseMessage = z.infer<typeof CaseMessage>;
export const CaseNote = z.object({ id: z.number(), authorId: z.string().nullable(), body: z.string(), at: z.string() });
export const Proposal = z.object({ id: z.number(), proposedBy: z.string().nullable(), at: z.string(), approvedBy: z.string().nullable(), decision: Decision });
export type Proposal = z.infer<typeof Proposal>;

export const FilerCaseView = z.object({ status: CaseStatus, documentRequests: z.array(DocumentRequest), messages: z.array(CaseMessage) });
export type FilerCaseView = z.infer<typeof FilerCaseView>;
export const ExaminationView = FilerCaseView.extend({
  notes: z.array(CaseNote), proposal: Proposal.nullable(), approvalRequired: z.boolean(),
});
export type ExaminationView = z.infer<typeof ExaminationView>;
