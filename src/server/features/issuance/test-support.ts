import { eq } from 'drizzle-orm';
import type { CaseStatus } from '../../../domain/case/index.js';
import type { ReceiptMethod } from '../../../domain/receipt/receipt-methods.js';
import type { TestApp } from '../../../../test/helpers/app.js';
import { applications } from '../../db/schema.js';
import { seedCase, type SeededCase } from '../back-office/test-support.js';

/** The notification address in the seeded answers (the applications tests' extension). */
export const APPLICANT_EMAIL = 'an.nguyen@example.test';

/**
 * A granted case (the log written straight, as the examination feature's GRANT is proven by its own tests) with the
 * receipt method, procedures and received time the issuance test needs.
 */
export async function seedGranted(
  t: TestApp,
  options: { office?: string; status?: CaseStatus; receiptMethod?: ReceiptMethod; procedures?: string[]; receivedAt?: Date } = {},
): Promise<SeededCase> {
  const seeded = await seedCase(t, { office: options.office ?? 'TOKYO', status: options.status ?? 'AWAITING_ISSUE', procedures: options.procedures ?? ['EXTENSION'], submittedAt: options.receivedAt });
  await t.ctx.database.db.update(applications).set({ receiptMethod: options.receiptMethod ?? 'CARD_BY_MAIL' }).where(eq(applications.id, seeded.id));
  return seeded;
}

export const issuanceUrl = (id: string, step = ''): string => `/api/v1/issuance/cases/${id}${step ? `/${step}` : ''}`;
