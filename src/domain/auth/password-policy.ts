import type { Bilingual } from '../validation/field-errors.js';
import { SERVICE_CONTEXT_WORDS } from './context-words.js';

/**
 * Password rules of NIST SP 800-63B-4 (R-AUTH-6): length only — no composition rules, no truncation,
 * spaces and any Unicode allowed (compared after NFKC normalisation, counted in code points) — plus a
 * breached-password list and context words.
 */
export const PASSWORD_RULES = {
  applicantMinLength: 8,
  backOfficeMinLength: 12,
  maxLength: 128,
} as const;

export type PasswordAudience = 'APPLICANT' | 'BACK_OFFICE';

export const PASSWORD_PROBLEMS = ['TOO_SHORT', 'TOO_LONG', 'CONTROL_CHARACTER', 'BREACHED', 'CONTEXT_WORD', 'REPETITIVE'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

export interface PasswordContext {
  audience: PasswordAudience;
  /** The account's own words (認証ID, email local part): refused anywhere in the password. */
  identityWords: readonly string[];
  /** Looks up a lower-case, NFKC-normalised candidate in the breached-password list. */
  isBreached(candidate: string): boolean;
}

export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}

export function passwordLength(password: string): number {
  return [...normalisePassword(password)].length;
}

export function minimumLength(audience: PasswordAudience): number {
  return audience === 'BACK_OFFICE' ? PASSWORD_RULES.backOfficeMinLength : PASSWORD_RULES.applicantMinLength;
}

/** True when the password is context words plus only digits, symbols and spaces (e.g. "Zairyu2026!"). */
function isOnlyContextWords(lower: string, identityWords: readonly string[]): boolean {
  let rest = lower;
  for (const word of [...identityWords, ...SERVICE_CONTEXT_WORDS]) rest = rest.split(word).join(' ');
  return rest !== lower && !/\p{L}/u.test(rest);
}

function isRepetitiveOrSequential(lower: string): boolean {
  const chars = [...lower].map((c) => c.codePointAt(0) ?? 0);
  if (chars.length < 2) return false;
  const steps = new Set(chars.slice(1).map((c, i) => c - (chars[i] ?? 0)));
  const onlyStep = [...steps][0];
  if (steps.size === 1 && onlyStep !== undefined && Math.abs(onlyStep) <= 1) return true;
  // A short unit repeated (abcabcabc, 12121212).
  return /^(.{1,3})\1+$/u.test(lower);
}

/** Every rule the password breaks; an empty list means it is accepted. */
export function checkPassword(password: string, context: PasswordContext): PasswordProblem[] {
  const normalised = normalisePassword(password);
  const length = [...normalised].length;
  if (length > PASSWORD_RULES.maxLength) return ['TOO_LONG'];
  const problems: PasswordProblem[] = [];
  if (length < minimumLength(context.audience)) problems.push('TOO_SHORT');
  if (/\p{Cc}/u.test(normalised)) problems.push('CONTROL_CHARACTER');
  const lower = normalised.toLowerCase();
  if (context.isBreached(lower) || context.isBreached(lower.trim())) problems.push('BREACHED');
  const identity = context.identityWords.filter((w) => w.length > 0);
  if (identity.some((w) => lower.includes(w)) || isOnlyContextWords(lower, identity)) problems.push('CONTEXT_WORD');
  else if (isRepetitiveOrSequential(lower)) problems.push('REPETITIVE');
  return problems;
}

export function passwordProblemMessage(problem: PasswordProblem, audience: PasswordAudience): Bilingual {
  const min = minimumLength(audience);
  const max = PASSWORD_RULES.maxLength;
  switch (problem) {
    case 'TOO_SHORT':
      return { ja: `パスワードは${min}文字以上にしてください（空白や記号、日本語も使えます）。`, en: `Use at least ${min} characters (spaces, symbols and any language are allowed).` };
    case 'TOO_LONG':
      return { ja: `パスワードは${max}文字以内にしてください。`, en: `Use at most ${max} characters.` };
    case 'CONTROL_CHARACTER':
      return { ja: 'パスワードに制御文字（改行やタブなど）は使えません。', en: 'The password cannot contain control characters such as line breaks or tabs.' };
    case 'BREACHED':
      return { ja: 'このパスワードは過去に流出したパスワードの一覧に載っているため使えません。別のパスワードにしてください。', en: 'This password appears in a list of leaked passwords. Choose another one.' };
    case 'CONTEXT_WORD':
      return { ja: '認証ID、メールアドレス、「入管」や官署名など、推測されやすい語だけのパスワードは使えません。', en: 'The password cannot be your 認証ID, your email address, or only words such as "immigration" or a bureau name.' };
    case 'REPETITIVE':
      return { ja: '同じ文字の繰り返しや連続した文字（aaaa、1234 など）だけのパスワードは使えません。', en: 'The password cannot be only repeated or sequential characters (such as aaaa or 1234).' };
  }
}
