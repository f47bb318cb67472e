import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { formatAuthId } from '../../../src/domain/auth/auth-id.js';
import { base32Decode, hotp, TOTP } from '../../../src/server/features/accounts/totp.js';
import { DEMO_INDIVIDUAL } from '../../../src/server/features/registration/demo-individual.js';
import { DEMO_ORGANIZATION } from '../../../src/server/features/usage-applications/demo-organization.js';
import { E2E_JPKI_DIR } from './card.js';

/** Helpers of the application journeys (test/e2e/application-*.spec.ts). */

export async function expectAxeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** The demo foreign national's software card, written by the server's demo seed into the development CA folder. */
export const DEMO_CARD_PATH = `${E2E_JPKI_DIR}/demo-foreign-national-card.json`;

export async function importDemoCard(page: Page): Promise<void> {
  await page.goto('/card');
  await page.getByLabel('開発用ソフトウェアカードのファイル / development software card file').setInputFiles(DEMO_CARD_PATH);
  await expect(page.getByRole('status')).toContainText('を読み込みました。');
}

export async function enterPin(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '利用者証明用電子証明書の暗証番号' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('暗証番号（数字4桁）').fill(DEMO_INDIVIDUAL.pin);
  await dialog.getByRole('button', { name: 'OK' }).click();
}

/** Card + PIN + 認証ID + password (R-AUTH-6) on a card sign-in form already on the page. */
export async function fillCardSignIn(page: Page, scope: Page | ReturnType<Page['locator']> = page): Promise<void> {
  await scope.getByLabel(/認証ID/).fill(formatAuthId(DEMO_INDIVIDUAL.authId));
  await scope.getByLabel(/^パスワード/).fill(DEMO_INDIVIDUAL.password);
  await scope.getByRole('button', { name: 'カードを読み取ってログイン' }).click();
  await enterPin(page);
}

export async function signInDemoForeignNational(page: Page): Promise<void> {
  await importDemoCard(page);
  await page.goto('/sign-in/card');
  await fillCardSignIn(page);
  await expect(page).toHaveURL(/\/account$/);
}

/**
 * A TOTP code the server accepts now: for the server's time (the test clock may have moved it) and a later step
 * than any code used before (the server refuses a step it has seen, so a second sign-in waits for the next step).
 */
let lastStepUsed = 0;
export async function nextTotpCode(serverOffsetMs: number): Promise<string> {
  const stepMs = TOTP.stepSeconds * 1000;
  let step = Math.floor((Date.now() + serverOffsetMs) / stepMs);
  if (step <= lastStepUsed) {
    await new Promise((resolve) => setTimeout(resolve, (lastStepUsed + 1) * stepMs - (Date.now() + serverOffsetMs) + 200));
    step = lastStepUsed + 1;
  }
  lastStepUsed = step;
  return hotp(base32Decode(DEMO_ORGANIZATION.totpSecret), step);
}

/** 認証ID + password + TOTP on a password sign-in form already on the page. */
export async function fillPasswordSignIn(page: Page, serverOffsetMs = 0): Promise<void> {
  await page.getByLabel('認証ID').fill(formatAuthId(DEMO_ORGANIZATION.authId));
  await page.getByLabel('パスワード').fill(DEMO_ORGANIZATION.password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByLabel('確認コード（6桁）').fill(await nextTotpCode(serverOffsetMs));
  await page.getByRole('button', { name: '確認する' }).click();
}

export async function signInDemoOrgStaff(page: Page, serverOffsetMs = 0): Promise<void> {
  await page.goto('/sign-in');
  await fillPasswordSignIn(page, serverOffsetMs);
  await expect(page).toHaveURL(/\/account$/);
}

/** Moves the server's clock (E's test-only route); returns the server's new offset from real time. */
export async function advanceServerClock(page: Page, seconds: number): Promise<void> {
  const response = await page.request.post('/api/test/clock', { data: { advanceSeconds: seconds } });
  expect(response.ok()).toBe(true);
}
