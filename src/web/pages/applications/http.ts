import { csrf, NETWORK_ERROR, toApiError, type ApiError } from '../sign-in/auth-api.js';

/**
 * The applications API from the browser: JSON or multipart, the CSRF token on every change, and the raw body
 * of a refusal kept (a 422 of submit carries more than the usual error: eligibility reasons, missing documents).
 */
export type HttpResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiError; body: unknown };

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export async function http<T>(method: Method, url: string, body?: unknown): Promise<HttpResult<T>> {
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    const isForm = body instanceof FormData;
    if (method !== 'GET') headers['x-csrf-token'] = await csrf();
    if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
    const response = await fetch(url, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    const json: unknown = response.status === 204 ? {} : await response.json().catch(() => ({}));
    if (response.ok) return { ok: true, status: response.status, data: json as T };
    return { ok: false, status: response.status, error: toApiError(response.status, json), body: json };
  } catch {
    return { ok: false, status: 0, error: NETWORK_ERROR, body: undefined };
  }
}

export const API = '/api/v1/applications';

export const applicationUrl = (id: string, rest = ''): string => `${API}/${encodeURIComponent(id)}${rest}`;

/** A fresh idempotency key (DESIGN §3.2): one per attempt of a state change, reused when that attempt is retried. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
