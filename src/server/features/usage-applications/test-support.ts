import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { count } from 'drizzle-orm';
import type { TestApp } from '../../../../test/helpers/app.js';
import { corporateNumberCheckDigit } from '../../../domain/organizations/corporate-number.js';
import type { OrganizationType } from '../../../domain/organizations/usage-application.js';
import { buildPdf, buildPng } from '../../adapters/uploads/test-support/fixtures.js';
import { multipartBody, type PartSpec } from '../../adapters/uploads/test-support/multipart-body.js';
import { storedFiles, usageApplications } from '../../db/schema.js';
import { TestBrowser, seedAccount, signIn, type SeededAccount } from '../accounts/test-support.js';
import { insertOrganization, insertRange, insertStaff } from './repository.js';

/** A fictional 法人番号 with a correct check digit, one per seed. */
export function corporateNumber(seed: number): string {
  const base = String(seed).padStart(12, '0');
  return `${corporateNumberCheckDigit(base)}${base}`;
}

/** A new usage application that passes validation; each call gets its own names and addresses. */
export function usageForm(tag: string, overrides: Record<string, unknown> = {}) {
  return {
    organization: { name: `株式会社${tag}`, corporateNumber: '7000012050002', prefectureCode: '13', address: '東京都千代田区霞が関1-1-1', category: 3, categoryEvidence: '法定調書合計表を提出済み' },
    type: 'ACCEPTING',
    contactEmail: `contact-${tag}@example.test`,
    staff: [{ name: '山田 花子', email: `staff-${tag}@example.test` }],
    pledgesAccepted: true,
    ...overrides,
  };
}

export const REQUEST_LETTER = buildPdf({ pages: 2 });
export const PLEDGE = buildPng();

export function documentParts(): PartSpec[] {
  return [
    { field: 'requestLetter', filename: 'irai.pdf', contentType: 'application/pdf', content: REQUEST_LETTER },
    { field: 'pledge', filename: 'seiyaku.png', contentType: 'image/png', content: PLEDGE },
  ];
}

/** POSTs a multipart body (form fields and files) the way the web app does. */
export function postMultipart(browser: TestBrowser, url: string, fields: Record<string, string>, files: PartSpec[] = []): Promise<LightMyRequestResponse> {
  const parts: PartSpec[] = [...Object.entries(fields).map(([field, value]) => ({ field, isField: true, content: Buffer.from(value) })), ...files];
  const body = multipartBody(parts);
  return browser.request({ method: 'POST', url, payload: body.buffer(), headers: { 'content-type': body.contentType } });
}

export async function storedFileCount(t: TestApp): Promise<number> {
  const [row] = await t.ctx.database.db.select({ n: count() }).from(storedFiles);
  return Number(row?.n ?? 0);
}

export async function usageApplicationCount(t: TestApp): Promise<number> {
  const [row] = await t.ctx.database.db.select({ n: count() }).from(usageApplications);
  return Number(row?.n ?? 0);
}

export interface StaffFixture {
  browser: TestBrowser;
  seeded: SeededAccount;
  organizationId: string;
  requestingRangeId: string | null;
}

/**
 * An approved organisation of this type (Tokyo, category 2) with one signed-in staff member whose 認証ID expires at
 * `expiresAt`; support and public-interest ones act for a requesting organisation.
 */
export async function approvedStaff(t: TestApp, type: OrganizationType, options: { corporateNumber: string; expiresAt?: Date; office?: string; email?: string }): Promise<StaffFixture> {
  const now = t.clock.now();
  const organizationId = randomUUID();
  const applicationId = randomUUID();
  const seeded = await seedAccount(t, { kind: 'ORG_STAFF', email: options.email, authIdExpiresAt: options.expiresAt ?? new Date(now.getTime() + 3 * 365 * 24 * 3600_000) });
  let requestingRangeId: string | null = null;
  await t.ctx.database.db.transaction(async (tx) => {
    await insertOrganization(tx, {
      id: organizationId, corporateNumber: options.corporateNumber, name: `機関${options.corporateNumber}`, prefectureCode: options.office === 'OSAKA' ? '27' : '13',
      address: '千代田区1-1', office: options.office ?? 'TOKYO', orgType: type, category: 2, approvedAt: now, updatedAt: now,
    });
    if (type === 'SUPPORT' || type === 'PUBLIC_INTEREST') {
      requestingRangeId = randomUUID();
      await insertRange(tx, { id: requestingRangeId, organizationId, kind: 'REQUESTING', name: '委託元甲', corporateNumber: '8000000000001', address: null, usageApplicationId: applicationId, createdAt: now });
    }
    await insertStaff(tx, { accountId: seeded.account.id, organizationId, requestingRangeId, usageApplicationId: applicationId, createdAt: now });
  });
  const browser = new TestBrowser(t.app);
  await signIn(t, browser, seeded);
  return { browser, seeded, organizationId, requestingRangeId };
}

/** The reviewer claims it in the back office, as every decision needs (R-EXAM-3, R-EXAM-5). */
export async function claimForReview(browser: TestBrowser, kind: 'usage-applications' | 'periodic-reports', id: string): Promise<void> {
  const res = await browser.post(`/api/v1/back-office/reviews/${kind}/${id}/claim`, { idempotencyKey: `claim-${randomUUID()}` });
  if (res.statusCode !== 200) throw new Error(`claim of ${kind} ${id} answered ${res.statusCode}`);
}
