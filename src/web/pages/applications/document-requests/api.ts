import type { FilerCaseView } from '../../../../server/features/examination/schemas.js';
import { applicationUrl, http, newIdempotencyKey } from '../http.js';

/** The filer's side of the examination (R-CASE-3, R-CASE-4); types from the server's schemas. */
export type { FilerCaseView };

export function fetchDocumentRequests(id: string) {
  return http<FilerCaseView>('GET', applicationUrl(id, '/document-requests'));
}

export function answerItem(id: string, itemId: string, files: readonly File[]) {
  const body = new FormData();
  for (const file of files) body.append('files', file);
  return http<FilerCaseView>('POST', applicationUrl(id, `/document-requests/items/${encodeURIComponent(itemId)}`), body);
}

export function sendMessage(id: string, text: string) {
  return http<FilerCaseView>('POST', applicationUrl(id, '/messages'), { idempotencyKey: newIdempotencyKey(), body: text });
}
