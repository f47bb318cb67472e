import { z } from 'zod';
import { UsageApplicationForm } from '../../../domain/organizations/usage-application.js';
import { bilingual } from '../../../domain/validation/field-errors.js';

const Bilingual = z.object({ ja: z.string(), en: z.string() });
export const Done = z.object({ ok: z.literal(true), message: Bilingual.optional() });
export const Filed = z.object({ ok: z.literal(true), id: z.string(), message: Bilingual });
export const IdParams = z.object({ id: z.uuid() });

const note = (ja: string, en: string) => z.string().trim().min(1, bilingual(`${ja}を入力してください。`, `Enter the ${en}.`)).max(2000);
export const RejectRequest = z.object({ reason: note('不承認の理由', 'reason') }).strict();
export const MoreRequest = z.object({ request: note('求める情報', 'information needed') }).strict();

export const StaffPasswordRequest = z.object({
  token: z.string().min(20).max(128),
  password: z.string().max(1024),
}).strict();

export const UsageApplicationView = z.object({
  id: z.string(),
  status: z.enum(['PENDING', 'MORE_INFORMATION_REQUESTED', 'APPROVED', 'REJECTED']),
  office: z.string(),
  bureau: z.string(),
  organizationName: z.string(),
  corporateNumber: z.string(),
  type: z.string(),
  category: z.number(),
  contactEmail: z.string(),
  form: z.unknown(),
  decisionNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const UsageApplicationList = z.object({ applications: z.array(UsageApplicationView) });
export { UsageApplicationForm };
