import { z } from 'zod';
import { OFFICER_OFFICES } from '../../../domain/auth/officer-offices.js';
import { OFFICER_ROLES } from '../../../domain/auth/roles.js';
import { bilingual } from '../../../domain/validation/field-errors.js';

export const NewOfficer = z.object({
  idempotencyKey: z.uuid().describe('Client-generated; a retry with the same key returns the first result'),
  displayName: z.string().trim().min(1, bilingual('氏名を入力してください。', 'Enter the name.')).max(100),
  email: z.email(bilingual('メールアドレスの形式が正しくありません。', 'Enter a valid email address.')).max(254),
  role: z.enum(OFFICER_ROLES),
  office: z.enum(OFFICER_OFFICES),
});
export type NewOfficer = z.infer<typeof NewOfficer>;

export const OfficerSummary = z.object({
  id: z.string(),
  authId: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: z.enum(OFFICER_ROLES),
  office: z.string(),
  status: z.enum(['ACTIVE', 'DISABLED']),
  hasPassword: z.boolean(),
  hasSecondFactor: z.boolean(),
  createdAt: z.string(),
});
export type OfficerSummary = z.infer<typeof OfficerSummary>;

export const OfficerList = z.object({ officers: z.array(OfficerSummary) });
