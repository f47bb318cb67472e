import { identityContextWords } from '../../../domain/auth/context-words.js';
import { checkPassword, normalisePassword, passwordProblemMessage, type PasswordAudience } from '../../../domain/auth/password-policy.js';
import { isBackOfficeKind, type AccountKind } from '../../../domain/auth/roles.js';
import { AppError } from '../../errors.js';
import { isBreachedPassword } from './breached-passwords.js';
import { AUTH_MESSAGES } from './messages.js';
import { hashPassword } from './password-hashing.js';

export function audienceOf(kind: AccountKind): PasswordAudience {
  return isBackOfficeKind(kind) ? 'BACK_OFFICE' : 'APPLICANT';
}

/** Applies R-AUTH-6 to a new password; refuses with one bilingual message per broken rule and its reason code. */
export function assertAcceptablePassword(password: string, account: { kind: AccountKind; authId: string; email: string }, field = 'password'): void {
  const audience = audienceOf(account.kind);
  const problems = checkPassword(password, {
    audience,
    identityWords: identityContextWords({ authId: account.authId, email: account.email }),
    isBreached: isBreachedPassword,
  });
  if (problems.length === 0) return;
  throw new AppError(
    'UNPROCESSABLE',
    AUTH_MESSAGES.passwordRejected,
    problems.map((p) => ({ path: field, message: passwordProblemMessage(p, audience) })),
    { reasons: problems },
  );
}

/** Checks and hashes a new password (NFKC first, so the same password typed on another keyboard matches). */
export async function acceptNewPassword(password: string, account: { kind: AccountKind; authId: string; email: string }, field = 'password'): Promise<string> {
  assertAcceptablePassword(password, account, field);
  return hashPassword(normalisePassword(password));
}
