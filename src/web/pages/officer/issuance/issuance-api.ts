import type { IssuanceView } from '../../../../server/features/issuance/schemas.js';
import { apiGet, apiPost } from '../../sign-in/auth-api.js';

export type { IssuanceView };

const base = (id: string) => `/api/v1/issuance/cases/${encodeURIComponent(id)}`;
const key = () => crypto.randomUUID();

export const loadIssuance = (id: string) => apiGet<IssuanceView>(base(id));
export const recordItem = (id: string, item: string) => apiPost<IssuanceView>(`${base(id)}/items`, { idempotencyKey: key(), item });
export const recordFee = (id: string, amountYen: number) => apiPost<IssuanceView>(`${base(id)}/fee`, { idempotencyKey: key(), amountYen });
export const recordCardNumber = (id: string, cardNumber: string) => apiPost<IssuanceView>(`${base(id)}/card-number`, { idempotencyKey: key(), cardNumber });
export const dispatch = (id: string, trackingNumber: string) => apiPost<IssuanceView>(`${base(id)}/dispatch`, { idempotencyKey: key(), trackingNumber });
export const handOver = (id: string) => apiPost<IssuanceView>(`${base(id)}/hand-over`, { idempotencyKey: key() });
export const issueEcoe = (id: string) => apiPost<IssuanceView>(`${base(id)}/ecoe`, { idempotencyKey: key() });
export const permissionPdfUrl = (id: string) => `${base(id)}/permission.pdf`;
