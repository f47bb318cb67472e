import type { EcoeView } from '../../../server/features/issuance/schemas.js';
import { NETWORK_ERROR, toApiError, type ApiResult } from '../sign-in/auth-api.js';

export type { EcoeView };

/** The link's holder has no account: sent without cookies; the token from the fragment goes in the body only. */
async function post(url: string, token: string): Promise<Response | undefined> {
  try {
    return await fetch(url, { method: 'POST', credentials: 'omit', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
  } catch {
    return undefined;
  }
}

async function asResult(response: Response | undefined): Promise<ApiResult<EcoeView>> {
  if (!response) return { ok: false, error: NETWORK_ERROR };
  const json: unknown = await response.json().catch(() => ({}));
  return response.ok ? { ok: true, data: json as EcoeView } : { ok: false, error: toApiError(response.status, json) };
}

export const openEcoe = async (id: string, token: string) => asResult(await post(`/api/v1/ecoe/${encodeURIComponent(id)}/view`, token));
export const registerReceipt = async (id: string, token: string) => asResult(await post(`/api/v1/ecoe/${encodeURIComponent(id)}/receipt`, token));
export async function downloadPdf(id: string, token: string): Promise<Blob | undefined> {
  const response = await post(`/api/v1/ecoe/${encodeURIComponent(id)}/pdf`, token);
  return response?.ok ? response.blob() : undefined;
}
