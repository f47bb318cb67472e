import type { CaseDetail, QueuePage, ActionResult } from '../../../../server/features/back-office/schemas.js';
import { http, newIdempotencyKey } from '../../applications/http.js';

/** The back-office API from the officer's browser (types from the server's schemas, never written twice). */
export const BACK_OFFICE_API = '/api/v1/back-office';
export type { CaseDetail, QueuePage, ActionResult };

export function fetchQueue(kind: 'intake' | 'cases', search: string) {
  return http<QueuePage>('GET', `${BACK_OFFICE_API}/${kind}${search}`);
}

export function fetchCase(id: string) {
  return http<CaseDetail>('GET', `${BACK_OFFICE_API}/cases/${encodeURIComponent(id)}`);
}

export function caseFileUrl(id: string, fileId: string): string {
  return `${BACK_OFFICE_API}/cases/${encodeURIComponent(id)}/files/${encodeURIComponent(fileId)}`;
}

export function caseAction(id: string, action: 'claim' | 'release' | 'accept' | 'return', extra: Record<string, unknown> = {}) {
  return http<ActionResult>('POST', `${BACK_OFFICE_API}/cases/${encodeURIComponent(id)}/${action}`, { idempotencyKey: newIdempotencyKey(), ...extra });
}
