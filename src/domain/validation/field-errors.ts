import type { z } from 'zod';

/** A message in both languages of the service (DESIGN §3.8: Japanese is the source language). */
export interface Bilingual {
  ja: string;
  en: string;
}

export interface FieldError {
  path: string;
  message: Bilingual;
}

/**
 * Turns zod issues into field errors that name the field and say why in Japanese and English.
 * A schema may set its own message with `bilingual(ja, en)`; otherwise a generic sentence per issue kind is used.
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: describeIssue(issue) }));
}

export function describeIssue(issue: z.core.$ZodIssue): Bilingual {
  const custom = splitBilingual(issue.message);
  if (custom) return custom;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { ja: '入力してください（必須項目です）。', en: 'This field is required.' };
      return { ja: `形式が正しくありません（${issue.expected} が必要です）。`, en: `Wrong type: expected ${issue.expected}.` };
    case 'invalid_value':
      return {
        ja: `次のいずれかを指定してください: ${issue.values.map(String).join(', ')}`,
        en: `Must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'too_small':
      if (issue.origin === 'array') return { ja: `${issue.minimum}件以上指定してください。`, en: `Give at least ${issue.minimum} item(s).` };
      if (issue.origin === 'string') return { ja: `${issue.minimum}文字以上で入力してください。`, en: `Enter at least ${issue.minimum} character(s).` };
      return { ja: `${issue.minimum}以上の値を入力してください。`, en: `Must be at least ${issue.minimum}.` };
    case 'too_big':
      if (issue.origin === 'array') return { ja: `${issue.maximum}件以下にしてください。`, en: `Give at most ${issue.maximum} item(s).` };
      if (issue.origin === 'string') return { ja: `${issue.maximum}文字以内で入力してください。`, en: `Enter at most ${issue.maximum} character(s).` };
      return { ja: `${issue.maximum}以下の値を入力してください。`, en: `Must be at most ${issue.maximum}.` };
    case 'invalid_format':
      return { ja: `形式が正しくありません（${issue.format}）。`, en: `Invalid format (${issue.format}).` };
    case 'unrecognized_keys':
      return { ja: `不明な項目があります: ${issue.keys.join(', ')}`, en: `Unknown field(s): ${issue.keys.join(', ')}` };
    default:
      return { ja: '入力内容が正しくありません。', en: 'This value is not valid.' };
  }
}

/**
 * Schemas carry their own bilingual message in zod's one message string. The separator is a control character
 * (U+001F, unit separator) because zod's own messages contain '|' (e.g. `expected one of "a"|"b"`).
 */
const SEPARATOR = '\u001f';

export function bilingual(ja: string, en: string): string {
  return `${ja}${SEPARATOR}${en}`;
}

function splitBilingual(message: string): Bilingual | undefined {
  const at = message.indexOf(SEPARATOR);
  if (at <= 0) return undefined;
  return { ja: message.slice(0, at), en: message.slice(at + SEPARATOR.length) };
}
