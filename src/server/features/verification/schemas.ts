import { z } from 'zod';
import { bilingual } from '../../../domain/validation/field-errors.js';
import { DocumentKind, DocumentStatus, DocumentSubject, IsoDate, NOT_VALID_REASONS, PublishedKeySet } from '../../../domain/verification/index.js';

export { PublishedKeySet };

const Bilingual = z.object({ ja: z.string(), en: z.string() });

export const CheckRequest = z.object({
  number: z.string().trim().min(1, bilingual('文書番号を入力してください。', 'Enter the document number.')).max(64),
  code: z.string().trim().min(1, bilingual('確認コードを入力してください。', 'Enter the verification code.')).max(32),
});
export type CheckRequest = z.infer<typeof CheckRequest>;

export const PayloadRequest = z.object({
  payload: z.string().trim().min(1, bilingual('QRコードの内容を貼り付けてください。', 'Paste the content of the QR code.')).max(2048),
});
export type PayloadRequest = z.infer<typeof PayloadRequest>;

/** What a verifier is shown: the minimum data only for a genuine, valid document (R-PLUS-1). */
export const VerifiedDocument = z.object({
  kind: DocumentKind,
  number: z.string(),
  issuedOn: IsoDate,
  /** The last valid day (for a decided pending application, the decision date). */
  validUntil: IsoDate.nullable(),
  subject: DocumentSubject.nullable(),
});
export type VerifiedDocument = z.infer<typeof VerifiedDocument>;

export const VerificationResult = z.object({
  outcome: z.enum(['GENUINE', 'NOT_VALID']),
  reason: z.enum(NOT_VALID_REASONS).nullable(),
  document: VerifiedDocument.nullable(),
  checkedAt: z.iso.datetime({ offset: true }),
});
export type VerificationResult = z.infer<typeof VerificationResult>;

export const InvalidRequest = z.object({
  error: z.literal('INVALID_REQUEST'),
  message: Bilingual,
  fields: z.array(z.object({ path: z.string(), message: Bilingual })),
});
export const RateLimited = z.object({ error: z.literal('RATE_LIMITED'), message: Bilingual });

export const ApplicationIdParams = z.object({ applicationId: z.uuid() });

/** Test-only issuing (TEST_CLOCK_CONTROL): the browser journeys need documents to check. */
export const TestIssueRequest = z.object({
  kind: DocumentKind,
  subject: DocumentSubject,
  validUntil: IsoDate.nullable(),
});
export const TestIssued = z.object({ id: z.uuid(), number: z.string(), code: z.string(), payload: z.string(), verificationUrl: z.string() });
export const TestStatusRequest = z.object({ status: DocumentStatus.exclude(['ACTIVE']) });
export const DocumentIdParams = z.object({ id: z.uuid() });
