import type { AccountPage, AccountSummary, EnrolmentResponse, PasswordLinkInfo, SessionInfo } from '../../../server/features/accounts/schemas.js';
import type { OfficerList, OfficerSummary } from '../../../server/features/officers/schemas.js';
import type { z } from 'zod';

/** Types come from the server's zod schemas (one schema, one name); only the types are imported, no code. */
export type { AccountSummary, SessionInfo };
export type AccountPageData = z.infer<typeof AccountPage>;
export type Enrolment = z.infer<typeof EnrolmentResponse>;
export type PasswordLink = z.infer<typeof PasswordLinkInfo>;
export type Officer = z.infer<typeof OfficerSummary>;
export type Officers = z.infer<typeof OfficerList>;

export interface Bilingual {
  ja: string;
  en: string;
}

export interface ApiError {
  status: number;
  error: string;
  message: Bilingual;
  fields: { path: string; message: Bilingual }[];
  reason?: string;
  retryAfterSeconds?: number;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export const NETWORK_ERROR: ApiError = {
  status: 0, error: 'NETWORK', fields: [],
  message: { ja: '通信できませんでした。接続を確認して、もう一度お試しください。', en: 'Could not reach the server. Check your connection and try again.' },
};

let csrfToken: Promise<string> | undefined;

/** The CSRF token pairs with its __Host-csrf cookie; every state change sends it (R-AUTH-8). */
export function csrf(): Promise<string> {
  csrfToken ??= fetch('/api/v1/csrf-token', { credentials: 'same-origin' })
    .then((r) => r.json() as Promise<{ token: string }>)
    .then((b) => b.token)
    .catch((error: unknown) => {
      csrfToken = undefined;
      throw error;
    });
  return csrfToken;
}

export function toApiError(status: number, body: unknown): ApiError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Partial<ApiError>;
  return {
    status, error: b.error ?? 'ERROR', message: b.message ?? NETWORK_ERROR.message, fields: b.fields ?? [],
    reason: b.reason, retryAfterSeconds: b.retryAfterSeconds,
  };
}

async function send<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (method === 'POST') {
      headers['content-type'] = 'application/json';
      headers['x-csrf-token'] = await csrf();
    }
    const response = await fetch(url, { method, headers, credentials: 'same-origin', body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined });
    const json: unknown = await response.json().catch(() => ({}));
    if (response.ok) return { ok: true, data: json as T };
    return { ok: false, error: toApiError(response.status, json) };
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}

export const apiGet = <T>(url: string) => send<T>('GET', url);
export const apiPost = <T>(url: string, body?: unknown) => send<T>('POST', url, body);

export function messageIn(message: Bilingual, language: string | undefined): string {
  return language === 'en' ? message.en : message.ja;
}

/** Reads `token` from the URL fragment (#token=…): the fragment never reaches a server or its logs. */
export function tokenFromFragment(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return value && /^[A-Za-z0-9_-]{20,128}$/.test(value) ? value : undefined;
}
