import type { Bilingual, FieldError } from '../domain/validation/field-errors.js';

/** Error codes a service may throw; the one error handler maps them to HTTP statuses (DESIGN §3.4). */
export const ERROR_STATUS = {
  INVALID_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  FORBIDDEN_REGION: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ACTION_NOT_ALLOWED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  /** R-ATT-1: a face photo refused, with the reason in `extra.reason`. */
  PHOTO_REFUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: Bilingual,
    readonly fields?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(`${code}: ${userMessage.en}`);
  }
}

export const MESSAGES = {
  invalidRequest: { ja: '入力内容に誤りがあります。各項目のメッセージを確認してください。', en: 'Some fields are not valid. See the message for each field.' },
  malformedJson: { ja: '送信されたデータの形式（JSON）が正しくありません。', en: 'The request body is not valid JSON.' },
  tooLarge: { ja: '送信されたデータが大きすぎます。', en: 'The request is too large.' },
  notFound: { ja: 'ページまたはデータが見つかりません。', en: 'The page or resource was not found.' },
  rateLimited: { ja: 'アクセスが集中しています。しばらく待ってから再度お試しください。', en: 'Too many requests. Please wait a moment and try again.' },
  internal: { ja: 'システムエラーが発生しました。時間をおいて再度お試しください。', en: 'A system error occurred. Please try again later.' },
  csrf: { ja: '画面の有効期限が切れました。ページを再読み込みしてからやり直してください。', en: 'This page has expired. Reload the page and try again.' },
  unsupportedMediaType: { ja: 'この形式のデータは受け付けられません。', en: 'This content type is not accepted.' },
} satisfies Record<string, Bilingual>;
