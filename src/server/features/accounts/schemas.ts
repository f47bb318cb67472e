import { z } from 'zod';
import { ACCOUNT_KINDS, APPLICANT_ROLES, OFFICER_ROLES, SCOPES } from '../../../domain/auth/roles.js';
import { bilingual } from '../../../domain/validation/field-errors.js';

const Bilingual = z.object({ ja: z.string(), en: z.string() });

export const SignInRequest = z.object({
  authId: z.string().trim().min(1, bilingual('認証IDを入力してください。', 'Enter your 認証ID.')).max(64),
  // No length rule at sign-in (old passwords stay valid); the bound only caps the hashing input.
  password: z.string().min(1, bilingual('パスワードを入力してください。', 'Enter your password.')).max(1024),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const SessionStageSchema = z.enum(['ACTIVE', 'SECOND_FACTOR', 'ENROL_SECOND_FACTOR']);

export const SignInResponse = z.object({ next: SessionStageSchema });

export const CodeRequest = z.object({
  code: z.string().regex(/^\s*\d{6}\s*$/, bilingual('6桁の数字を入力してください。', 'Enter the 6-digit code.')),
});

export const EnrolmentResponse = z.object({
  secret: z.string().describe('Base32 secret for manual entry in an authenticator app'),
  otpauthUri: z.string(),
  qrSvg: z.string().describe('The otpauth URI as an SVG QR code'),
});

export const AccountSummary = z.object({
  id: z.string(),
  authId: z.string(),
  kind: z.enum(ACCOUNT_KINDS),
  officerRole: z.enum(OFFICER_ROLES).nullable(),
  office: z.string().nullable(),
  displayName: z.string(),
  email: z.string(),
  hasSecondFactor: z.boolean(),
  passwordChangedAt: z.string().nullable(),
  authIdExpiresAt: z.string().nullable(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

export const SessionInfo = z.discriminatedUnion('signedIn', [
  z.object({
    signedIn: z.literal(true),
    stage: SessionStageSchema,
    account: AccountSummary.extend({ role: z.enum([...APPLICANT_ROLES, ...OFFICER_ROLES]), scopes: z.array(z.enum(SCOPES)) }),
    now: z.string(),
    idleExpiresAt: z.string(),
    absoluteExpiresAt: z.string(),
    idleTimeoutSeconds: z.number(),
    warningSeconds: z.number(),
  }),
  z.object({ signedIn: z.literal(false), reason: z.enum(['IDLE_TIMEOUT', 'ABSOLUTE_TIMEOUT', 'PENDING_EXPIRED']).optional() }),
]);
export type SessionInfo = z.infer<typeof SessionInfo>;

export const AccountPage = z.object({
  account: AccountSummary,
  recentSignIns: z.array(z.object({ at: z.string(), ipAddress: z.string(), step: z.enum(['PASSWORD', 'SECOND_FACTOR', 'REAUTHENTICATION']), outcome: z.enum(['SUCCESS', 'FAILURE']) })),
});

export const PasswordRequest = z.object({ password: z.string().min(1, bilingual('パスワードを入力してください。', 'Enter your password.')).max(1024) });
/** A new password: the R-AUTH-6 rules (incl. the 128-character limit) answer with reasons, so the schema only bounds the body. */
export const NewPasswordRequest = z.object({ newPassword: z.string().max(4096) });
export const EmailRequest = z.object({ email: z.email(bilingual('メールアドレスの形式が正しくありません。', 'Enter a valid email address.')).max(254) });
export const TokenRequest = z.object({ token: z.string().min(20).max(128) });
export const CompletePasswordRequest = z.object({ token: z.string().min(20).max(128), password: z.string().max(4096) });

export const PasswordLinkInfo = z.object({
  purpose: z.enum(['PASSWORD_SET', 'PASSWORD_RESET']),
  authId: z.string(),
  minLength: z.number(),
  expiresAt: z.string(),
});

export const Acknowledged = z.object({ ok: z.literal(true), message: Bilingual.optional() });
export const ReauthenticatedResponse = z.object({ ok: z.literal(true), validUntil: z.string() });
