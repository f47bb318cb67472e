import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESSION_POLICY, extendedIdleDeadline } from '../../../domain/auth/session-policy.js';
import type { BasicFacts } from '../../../domain/jpki/index.js';
import type { OrganizationType } from '../../../domain/organizations/usage-application.js';
import type { TestApp } from '../../../../test/helpers/app.js';
import { individualProfiles, intermediaryRegistrations, organizationRanges, organizationStaff, organizations } from '../../db/schema.js';
import { createAccount } from '../accounts/account-factory.js';
import type { Account } from '../accounts/account-repository.js';
import { insertSession } from '../accounts/session-repository.js';
import { TestBrowser } from '../accounts/test-support.js';
import { newToken, sha256Hex } from '../accounts/tokens.js';
import { personKeyOf } from '../registration/profile-repository.js';

/**
 * Filers for the applications tests, each with a signed-in browser. Sign-in itself is proven by the accounts and
 * registration tests; here the session row is written directly so a test can sign in again after moving the clock.
 */
/** App settings for these tests: uploads in a temporary folder (removed when the test process ends), no rate limit. */
export function testStorageEnv(extra: Record<string, string> = {}): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-applications-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return { STORAGE_DIR: dir, RATE_LIMIT_PER_MINUTE: '1000000', ...extra };
}

export interface TestFiler {
  account: Account;
  browser: TestBrowser;
  /** A new browser with a fresh session (e.g. after the clock moved past the idle timeout). */
  signInAgain(): Promise<TestBrowser>;
}

export async function sessionBrowser(t: TestApp, account: Account): Promise<TestBrowser> {
  const token = newToken();
  const now = t.clock.now();
  const absoluteExpiresAt = new Date(now.getTime() + SESSION_POLICY.absoluteMs);
  await insertSession(t.ctx.database.db, {
    idHash: sha256Hex(token), accountId: account.id, stage: 'ACTIVE', createdAt: now, lastSeenAt: now,
    idleExpiresAt: extendedIdleDeadline(account.kind, now, absoluteExpiresAt), absoluteExpiresAt, reauthenticatedAt: now,
  });
  const browser = new TestBrowser(t.app);
  browser.cookies.set('__Host-session', token);
  return browser;
}

async function filer(t: TestApp, account: Account): Promise<TestFiler> {
  return { account, browser: await sessionBrowser(t, account), signInAgain: () => sessionBrowser(t, account) };
}

function email(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function individualFiler(
  t: TestApp,
  options: { userType?: 'SELF' | 'LEGAL_REPRESENTATIVE' | 'RELATIVE'; relationship?: string; address?: string; name?: string } = {},
): Promise<TestFiler> {
  const facts: BasicFacts = { name: options.name ?? 'NGUYEN VAN AN', sex: 'M', dateOfBirth: '1990-01-02', address: options.address ?? '東京都新宿区西新宿二丁目8番1号' };
  const account = await t.ctx.database.db.transaction(async (tx) => {
    const created = await createAccount(tx, t.clock, { kind: 'INDIVIDUAL', displayName: facts.name, email: email('individual') });
    const now = t.clock.now();
    const serial = randomUUID();
    await tx.insert(individualProfiles).values({
      accountId: created.id, status: 'ACTIVE', userType: options.userType ?? 'SELF', relationship: options.relationship ?? null, facts,
      personKey: personKeyOf(facts), authCertIssuer: 'CN=test', authCertSerial: serial, authCertFingerprint: serial, sigCertSerial: serial, createdAt: now, updatedAt: now,
    });
    return created;
  });
  return filer(t, account);
}

export async function intermediaryFiler(t: TestApp, office = 'TOKYO'): Promise<TestFiler> {
  const account = await t.ctx.database.db.transaction(async (tx) => {
    const created = await createAccount(tx, t.clock, { kind: 'INTERMEDIARY', displayName: '行政 太郎', email: email('intermediary') });
    const now = t.clock.now();
    await tx.insert(intermediaryRegistrations).values({
      id: randomUUID(), status: 'APPROVED', profession: 'SCRIVENER', fullName: '行政 太郎', fullNameKana: 'ギョウセイ タロウ', email: created.email,
      phone: '0312345678', associationName: '東京都行政書士会', registrationNumber: randomUUID().slice(0, 8), officeName: '行政書士事務所',
      postalCode: '1000001', prefectureCode: '13', officeAddress: '東京都千代田区千代田1-1', office, accountId: created.id, decidedAt: now, activatedAt: now,
      createdAt: now, updatedAt: now,
    });
    return created;
  });
  return filer(t, account);
}

export interface TestOrganization {
  id: string;
  /** A staff member; with `requesting`, holding a 認証ID for that (new) requesting organisation (R-ORG-3). */
  staff(options?: { requesting?: string }): Promise<TestFiler>;
}

/** An approved organisation (category after approval at most 2) whose staff file for its foreign nationals. */
export async function organization(t: TestApp, options: { type?: OrganizationType; office?: string; category?: number } = {}): Promise<TestOrganization> {
  const id = randomUUID();
  const usageApplicationId = randomUUID();
  const now = t.clock.now();
  const corporateNumber = String(Math.floor(Math.random() * 1e13)).padStart(13, '0');
  await t.ctx.database.db.insert(organizations).values({
    id, corporateNumber, name: `株式会社テスト${corporateNumber.slice(-4)}`, prefectureCode: '13', address: '東京都港区港南5-5-30', office: options.office ?? 'TOKYO',
    orgType: options.type ?? 'ACCEPTING', category: options.category ?? 2, approvedAt: now, updatedAt: now,
  });
  return {
    id,
    async staff(staffOptions = {}) {
      const account = await t.ctx.database.db.transaction(async (tx) => {
        let requestingRangeId: string | null = null;
        if (staffOptions.requesting) {
          requestingRangeId = randomUUID();
          await tx.insert(organizationRanges).values({
            id: requestingRangeId, organizationId: id, kind: 'REQUESTING', name: staffOptions.requesting, corporateNumber: null, address: null, usageApplicationId, createdAt: now,
          });
        }
        const created = await createAccount(tx, t.clock, { kind: 'ORG_STAFF', displayName: '所属 花子', email: email('staff') });
        await tx.insert(organizationStaff).values({ accountId: created.id, organizationId: id, requestingRangeId, usageApplicationId, createdAt: now });
        return created;
      });
      return filer(t, account);
    },
  };
}

/** An officer (any role): applicant-side routes refuse them. */
export async function officerBrowser(t: TestApp, officerRole: 'EXAMINER' | 'INTAKE_CLERK' = 'EXAMINER'): Promise<TestBrowser> {
  const account = await t.ctx.database.db.transaction((tx) => createAccount(tx, t.clock, { kind: 'OFFICER', officerRole, office: 'TOKYO', displayName: 'Officer', email: email('officer') }));
  return sessionBrowser(t, account);
}
