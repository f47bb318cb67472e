import { z } from 'zod';
import { BasicFacts } from '../../../domain/jpki/index.js';
import { bilingual } from '../../../domain/validation/field-errors.js';
import { checkIdentityDetails } from './identity-rules.js';

const CardResponseBody = z.object({
  certificate: z.string().min(1).max(32_768),
  signature: z.string().min(1).max(4_096),
}).strict();

export const CardReadRequest = z.object({
  nonce: z.string().min(1).max(128),
  signature: CardResponseBody,
  authentication: CardResponseBody,
}).strict();

export const CardReadResponse = z.object({
  checkId: z.string(),
  /** NEW: go on with the form. RENEWAL: this person has an account; prove it to move it to this card. */
  kind: z.enum(['NEW', 'RENEWAL']),
  facts: BasicFacts,
  expiresAt: z.string(),
});

export const USER_TYPES = ['SELF', 'LEGAL_REPRESENTATIVE', 'RELATIVE'] as const;

/** Strict: the facts come from the card only; a request that types any of them over is refused. */
export const RegistrationRequest = z.object({
  checkId: z.string().min(1).max(128),
  userType: z.enum(USER_TYPES),
  relationship: z.string().trim().max(50).optional(),
  email: z.email(bilingual('メールアドレスの形式が正しくありません。', 'Enter a valid email address.')).max(254),
  termsAccepted: z.boolean(),
}).strict();

export const RegistrationPasswordRequest = z.object({
  token: z.string().min(20).max(128),
  password: z.string().max(1024),
}).strict();

export const CardSignInRequest = z.object({
  authId: z.string().trim().min(1, bilingual('認証IDを入力してください。', 'Enter your 認証ID.')).max(64),
  password: z.string().min(1, bilingual('パスワードを入力してください。', 'Enter your password.')).max(1024),
  nonce: z.string().min(1).max(128),
  authentication: CardResponseBody,
}).strict();

export const RenewalStartRequest = z.object({
  checkId: z.string().min(1).max(128),
  authId: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(1024),
}).strict();

export const RenewalCompleteRequest = z.object({
  checkId: z.string().min(1).max(128),
  code: z.string().regex(/^\s*\d{6}\s*$/, bilingual('6桁の数字を入力してください。', 'Enter the 6-digit code.')),
}).strict();

const Bilingual = z.object({ ja: z.string(), en: z.string() });
export const Done = z.object({ ok: z.literal(true), message: Bilingual.optional() });
export const CardSignInResponse = z.object({ next: z.literal('ACTIVE') });

const identityText = z.string().max(64).nullable().optional();

/**
 * R-PLUS-6: the person's own residence card number, nationality and passport number. Blank clears a field; the
 * values are normalised and checked by the application form's rules (R-FORM-4), each error naming its field.
 */
export const IdentityDetailsRequest = z.object({
  residenceCardNumber: identityText,
  nationality: identityText,
  passportNumber: identityText,
}).strict().transform((input, ctx) => {
  const { value, errors } = checkIdentityDetails(input);
  for (const e of errors) ctx.addIssue({ code: 'custom', path: [e.path], message: bilingual(e.message.ja, e.message.en) });
  return value;
});

export const IdentityDetailsView = z.object({
  residenceCardNumber: z.string().nullable(),
  nationality: z.string().nullable(),
  passportNumber: z.string().nullable(),
});
export type IdentityDetailsView = z.infer<typeof IdentityDetailsView>;
