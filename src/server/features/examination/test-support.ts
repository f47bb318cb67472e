import { asc, eq } from 'drizzle-orm';
import type { TestApp } from '../../../../test/helpers/app.js';
import { auditLog } from '../../db/schema.js';
import { key, type TestOfficer } from '../back-office/test-support.js';

export const NOTIFICATION = 'an.nguyen@example.test';

export const post = (o: TestOfficer, id: string, path: string, body: Record<string, unknown> = {}) =>
  o.browser.post(`/api/v1/back-office/cases/${id}/${path}`, { idempotencyKey: key(), ...body });

/** The audit rows of one case with their details, to check what an action recorded. */
export async function auditOf(t: TestApp, id: string): Promise<{ action: string; outcome: string; details: Record<string, unknown> }[]> {
  const rows = await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.subjectId, id)).orderBy(asc(auditLog.id));
  return rows.map((r) => ({ action: r.action, outcome: r.outcome, details: r.details }));
}
