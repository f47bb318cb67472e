import { extractPayload } from '../../../domain/verification/payload.js';
import type { VerificationResult } from '../../../server/features/verification/schemas.js';
import { NETWORK_ERROR, toApiError, type ApiError } from '../sign-in/auth-api.js';

export type { VerificationResult };
export type CheckOutcome = { ok: true; result: VerificationResult } | { ok: false; error: ApiError };

/**
 * The checks need no account: they are sent without cookies, so a signed-in visitor's session is neither used nor
 * extended, and no CSRF token is needed (that page-wide endpoint is closed from abroad; this page is not).
 */
async function post(url: string, body: object): Promise<CheckOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST', credentials: 'omit', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    const json: unknown = await response.json().catch(() => ({}));
    return response.ok ? { ok: true, result: json as VerificationResult } : { ok: false, error: toApiError(response.status, json) };
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}

export const checkByNumber = (number: string, code: string) => post('/api/v1/verification/check', { number, code });
export const checkByPayload = (payload: string) => post('/api/v1/verification/payload', { payload });

/** The payload a document's QR code put in the URL fragment (…/verify#ZV1…); the fragment never reaches a server. */
export function payloadFromFragment(hash: string): string | undefined {
  return hash.includes('ZV1.') ? extractPayload(decodeURIComponent(hash.slice(1))) : undefined;
}
