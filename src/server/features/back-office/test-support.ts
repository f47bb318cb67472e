import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { OfficerRole } from '../../../domain/auth/roles.js';
import type { CaseAction, CaseStatus } from '../../../domain/case/index.js';
import type { TestApp } from '../../../../test/helpers/app.js';
import { applicationActions, applications } from '../../db/schema.js';
import { createAccount } from '../accounts/account-factory.js';
import type { TestBrowser } from '../accounts/test-support.js';
import { INDIVIDUAL_EXTENSION } from '../applications/test-answers.js';
import { individualFiler, sessionBrowser } from '../applications/test-support.js';

/** The log that leads to each status (the filer's and the bureau's steps), for cases seeded straight into the tables. */
const LOGS: Record<CaseStatus, CaseAction[]> = {
  SUBMITTED: ['SUBMIT'],
  RETURNED: ['SUBMIT', 'RETURN'],
  UNDER_EXAMINATION: ['SUBMIT', 'ACCEPT'],
  AWAITING_DOCUMENTS: ['SUBMIT', 'ACCEPT', 'REQUEST_DOCUMENTS'],
  AWAITING_ISSUE: ['SUBMIT', 'ACCEPT', 'GRANT'],
  COMPLETED: ['SUBMIT', 'ACCEPT', 'GRANT', 'DISPATCH'],
  WITHDRAWN: ['SUBMIT', 'WITHDRAW'],
  REFUSED: ['SUBMIT', 'ACCEPT', 'REFUSE'],
};

export interface SeededCase {
  id: string;
  ownerEmail: string;
}

let serial = 0;

/**
 * A case of a foreign national's extension (the applications tests' answers), written straight into the tables
 * in the given status and office; the submission itself is proven by the applications feature's tests.
 */
export async function seedCase(t: TestApp, options: { office?: string; status?: CaseStatus; submittedAt?: Date; procedures?: string[]; filerType?: 'FOREIGN_NATIONAL' | 'ORG_ACCEPTING' } = {}): Promise<SeededCase> {
  const owner = await individualFiler(t);
  const status = options.status ?? 'SUBMITTED';
  const at = options.submittedAt ?? t.clock.now();
  const id = randomUUID();
  const accepted = LOGS[status].includes('ACCEPT');
  serial += 1;
  await t.ctx.database.db.transaction(async (tx) => {
    await tx.insert(applications).values({
      id, ownerAccountId: owner.account.id, filerType: options.filerType ?? 'FOREIGN_NATIONAL', creationKey: `seed-${id}`, state: status,
      answers: INDIVIDUAL_EXTENSION, procedures: options.procedures ?? ['EXTENSION'], mainProcedure: 'EXTENSION', applicantName: 'NGUYEN VAN AN',
      receiptMethod: 'CARD_BY_MAIL', office: options.office ?? 'TOKYO', submittedAt: at, submittedBy: owner.account.id,
      receptionNumber: accepted ? `SEED${String(serial).padStart(8, '0')}${id.slice(0, 6)}` : null, acceptedAt: accepted ? at : null,
      savedAt: at, createdAt: at, updatedAt: at,
    });
    for (const [i, type] of LOGS[status].entries()) {
      await tx.insert(applicationActions).values({ applicationId: id, type, idempotencyKey: `seed-${i}`, actorType: type === 'SUBMIT' ? 'APPLICANT' : 'SYSTEM', actorId: null, at, details: {} });
    }
  });
  return { id, ownerEmail: owner.account.email };
}

export interface TestOfficer {
  id: string;
  browser: TestBrowser;
}

export async function officer(t: TestApp, role: OfficerRole, office: string): Promise<TestOfficer> {
  const account = await t.ctx.database.db.transaction((tx) => createAccount(tx, t.clock, {
    kind: 'OFFICER', officerRole: role, office, displayName: `${role} ${office} ${randomUUID().slice(0, 4)}`, email: `officer-${randomUUID().slice(0, 8)}@example.test`,
  }));
  return { id: account.id, browser: await sessionBrowser(t, account) };
}

/** The case's row and log as stored, to prove a refused request changed nothing. */
export async function snapshot(t: TestApp, id: string): Promise<unknown> {
  const db = t.ctx.database.db;
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  const actions = await db.select().from(applicationActions).where(eq(applicationActions.applicationId, id));
  return { row, actions };
}

export const key = (): string => `key-${randomUUID()}`;
