import type { ActionResult } from '../../../../../server/features/back-office/schemas.js';
import type { ExaminationView } from '../../../../../server/features/examination/schemas.js';
import { http, newIdempotencyKey } from '../../../applications/http.js';

/** The examination API from the officer's browser (types from the server's schemas). */
export type { ExaminationView };

const base = (id: string) => `/api/v1/back-office/cases/${encodeURIComponent(id)}`;

export function fetchExamination(id: string) {
  return http<ExaminationView>('GET', `${base(id)}/examination`);
}

export type ExaminationAction =
  | 'document-requests' | 'document-requests/close' | 'messages' | 'notes' | 'corrections' | 'proposal' | 'proposal/approve' | 'grant' | 'refuse';

export function examinationAction(id: string, action: ExaminationAction, body: Record<string, unknown> = {}) {
  return http<ActionResult>('POST', `${base(id)}/${action}`, { idempotencyKey: newIdempotencyKey(), ...body });
}

export function answerFileUrl(id: string, itemId: string, fileId: string): string {
  return `${base(id)}/document-requests/items/${encodeURIComponent(itemId)}/files/${encodeURIComponent(fileId)}`;
}
