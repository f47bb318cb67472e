import { z } from 'zod';
import { CaseAction, CaseStatus } from '../../../domain/case/index.js';
import { MailedItem } from './requirements.js';

const Bilingual = z.object({ ja: z.string(), en: z.string() });

export const CaseParams = z.object({ id: z.uuid() });
const Key = z.string().min(8).max(200);

export const ActionRequest = z.object({ idempotencyKey: Key });
export const ItemRequest = z.object({ idempotencyKey: Key, item: MailedItem });
export const FeeRequest = z.object({ idempotencyKey: Key, amountYen: z.number().int().min(0).max(1_000_000) });
export const CardNumberRequest = z.object({ idempotencyKey: Key, cardNumber: z.string().max(40) });
export const DispatchRequest = z.object({ idempotencyKey: Key, trackingNumber: z.string().max(40) });

export const IssuanceRouteName = z.enum(['CARD_BY_MAIL', 'COUNTER', 'ECOE', 'COE_BY_MAIL']);

/** The issuance clerk's view of a case (R-RES-1 … R-RES-3). */
export const IssuanceView = z.object({
  id: z.string(),
  status: CaseStatus,
  receptionNumber: z.string().nullable(),
  applicantName: z.string().nullable(),
  route: IssuanceRouteName,
  issuesCard: z.boolean(),
  permissionByMail: z.boolean(),
  items: z.array(z.object({ item: MailedItem, name: Bilingual, received: z.boolean() })),
  feeDueYen: z.number(),
  feePaidYen: z.number().nullable(),
  cardNumber: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  ecoe: z.object({ number: z.string(), validUntil: z.string(), receiptRegisteredAt: z.string().nullable() }).nullable(),
  holder: z.object({ id: z.string(), name: z.string() }).nullable(),
  allowedActions: z.array(CaseAction),
});
export type IssuanceView = z.infer<typeof IssuanceView>;

export const EcoeParams = z.object({ id: z.uuid() });
export const EcoeTokenRequest = z.object({ token: z.string().min(20).max(100) });

/** What the e-COE link shows its holder (R-RES-2): the COE's details, its validity and whether receipt was registered. */
export const EcoeView = z.object({
  number: z.string(),
  verificationCode: z.string(),
  verificationUrl: z.string(),
  applicantName: z.string(),
  nationality: z.string(),
  status: z.string().nullable(),
  issuedOn: z.string(),
  validUntil: z.string(),
  receiptRegisteredAt: z.string().nullable(),
});
export type EcoeView = z.infer<typeof EcoeView>;
