import { asc, eq } from 'drizzle-orm';
import type { TestApp } from '../../../../test/helpers/app.js';
import { accounts, auditLog } from '../../db/schema.js';
import type { TestBrowser } from '../accounts/test-support.js';
import { sessionBrowser } from '../applications/test-support.js';
import { multipart } from '../applications/test-flows.js';
import { key, type TestOfficer } from '../back-office/test-support.js';

export const NOTIFICATION = 'an.nguyen@example.test';

export const post = (o: TestOfficer, id: string, path: string, body: Record<string, unknown> = {}) =>
  o.browser.post(`/api/v1/back-office/cases/${id}/${path}`, { idempotencyKey: key(), ...body });

/** The audit rows of one case with their details, to check what an action recorded. */
export async function auditOf(t: TestApp, id: string): Promise<{ action: string; outcome: string; details: Record<string, unknown> }[]> {
  const rows = await t.ctx.database.db.select().from(auditLog).where(eq(auditLog.subjectId, id)).orderBy(asc(auditLog.id));
  return rows.map((r) => ({ action: r.action, outcome: r.outcome, details: r.details }));
}

/** The seeded case's owner signed in, to act on the filer's side. */
export async function ownerBrowser(t: TestApp, ownerEmail: string) {
  const [account] = await t.ctx.database.db.select().from(accounts).where(eq(accounts.email, ownerEmail)).limit(1);
  if (!account) throw new Error('seeded owner not found');
  return sessionBrowser(t, account);
}

export function answerItem(browser: TestBrowser, id: string, itemId: string, files: Buffer[]) {
  return multipart(browser, 'POST', `/api/v1/applications/${id}/document-requests/items/${itemId}`,
    files.map((content, i) => ({ field: 'files', filename: `answer-${i}.pdf`, contentType: 'application/pdf', content })));
}
