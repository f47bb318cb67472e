import { NETWORK_ERROR, csrf, toApiError, type ApiResult } from '../sign-in/auth-api.js';

/** Fields and files as the multipart routes take them: JSON values go in one field, files keep their field names. */
export function formDataOf(fields: Record<string, string>, files: Record<string, File | readonly File[] | null | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  for (const [name, value] of Object.entries(files)) {
    for (const file of value instanceof File ? [value] : (value ?? [])) data.append(name, file, file.name);
  }
  return data;
}

/** POSTs multipart form data with the CSRF token; the browser sets the boundary. */
export async function apiUpload<T>(url: string, data: FormData): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { accept: 'application/json', 'x-csrf-token': await csrf() }, credentials: 'same-origin', body: data });
    const json: unknown = await response.json().catch(() => ({}));
    return response.ok ? { ok: true, data: json as T } : { ok: false, error: toApiError(response.status, json) };
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}
