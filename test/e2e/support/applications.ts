import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { formatAuthId } from '../../../src/domain/auth/auth-id.js';
import { base32Decode, hotp, TOTP } from '../../../src/server/features/accounts/totp.js';
import { DEMO_INDIVIDUAL } from '../../../src/server/features/registration/demo-individual.js';
import { DEMO_ORGANIZATION } from '../../../src/server/features/usage-applications/demo-organization.js';
import { E2E_JPKI_DIR, issueCardFile } from './card.js';
import { openMailedPasswordLink, setFirstPassword } from './first-sign-in.js';

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

export async function enterPin(page: Page, pin = DEMO_INDIVIDUAL.pin): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '利用者証明用電子証明書の暗証番号' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('暗証番号（数字4桁）').fill(pin);
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
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  // Another journey may have signed the same demo account in within this 30-second step (a code is used once):
  // then the code is refused and the next step's code is tried.
  for (let attempt = 0; ; attempt += 1) {
    await page.getByLabel('確認コード（6桁）').fill(await nextTotpCode(serverOffsetMs));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/sign-in/second-factor') && r.request().method() === 'POST'),
      page.getByRole('button', { name: '確認する' }).click(),
    ]);
    if (response.ok() || attempt >= 2) return;
    lastStepUsed = Math.floor((Date.now() + serverOffsetMs) / (TOTP.stepSeconds * 1000));
  }
}

export async function signInDemoOrgStaff(page: Page, serverOffsetMs = 0): Promise<void> {
  await page.goto('/sign-in');
  await fillPasswordSignIn(page, serverOffsetMs);
  await expect(page).toHaveURL(/\/account$/);
}

/**
 * Moves the server's clock forward (test-only route, TEST_CLOCK_CONTROL); returns the server's new now. Sent
 * without the browser's cookies: with a session cookie the request would need the CSRF token.
 */
export async function advanceServerClock(request: APIRequestContext, seconds: number): Promise<Date> {
  const response = await request.post('/api/test/clock', { data: { advanceSeconds: seconds } });
  expect(response.ok()).toBe(true);
  return new Date(((await response.json()) as { now: string }).now);
}

/** A field of the form by its label text (the paper item number and the 必須 badge around it are ignored). */
export function formField(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^(?:\\(?[0-9０-９]+\\)? )?${escaped}(?: ※必須)?$`));
}

/** A question answered by radio buttons or checkboxes: the group by its legend, then the choice. */
export function choiceIn(scope: Page | Locator, legend: string, choice: string): Locator {
  const escaped = legend.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByRole('group', { name: new RegExp(`^(?:\\(?[0-9０-９]+\\)? )?${escaped}`) }).getByLabel(choice, { exact: true });
}

/** A portrait JPEG larger than the 354 × 472 minimum, for the face photo. */
export async function samplePhoto(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const buffer = await sharp({ create: { width: 600, height: 800, channels: 3, background: { r: 220, g: 225, b: 235 } } }).jpeg().toBuffer();
  return { name: 'face.jpg', mimeType: 'image/jpeg', buffer };
}

/** A small real PDF (one page of text), for the documents. */
export function samplePdf(title: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve({ name: 'document.pdf', mimeType: 'application/pdf', buffer: Buffer.concat(chunks) }));
    doc.on('error', reject);
    doc.text(`Sample document: ${title}`);
    doc.end();
  });
}

/** Attaches a sample PDF to every required item of the checklist that has no file yet. */
export async function attachRequiredDocuments(page: Page): Promise<number> {
  const documents = page.getByRole('region', { name: '添付書類' });
  const items = documents.getByRole('article').filter({ hasText: '必須' }).filter({ hasText: '未添付' });
  let attached = 0;
  while ((await items.count()) > 0) {
    const item = items.first();
    const name = (await item.getByRole('heading').innerText()).trim();
    await item.getByLabel(`「${name}」のファイル`).setInputFiles(await samplePdf(name));
    await item.getByRole('button', { name: `「${name}」を添付する` }).click();
    await expect(page.getByRole('status').filter({ hasText: `「${name}」を添付しました。` })).toBeVisible();
    attached += 1;
  }
  return attached;
}

/** Seconds from the server's now until just after the next 00:00 JST. */
export function secondsPastNextJstMidnight(serverNow: Date): number {
  const jst = new Date(serverNow.getTime() + 9 * 3600_000);
  const nextMidnightJst = Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate() + 1) - 9 * 3600_000;
  return Math.ceil((nextMidnightJst - serverNow.getTime()) / 1000) + 60;
}

const RELATIVE_PASSWORD = 'a mother files for her son 2026';

/**
 * Registers a relative (親族) through the existing flows: a fresh software card, the registration page, the
 * approval mail's password link and the 認証ID mail; then imports the card and signs in with it.
 */
export async function registerAndSignInRelative(page: Page): Promise<void> {
  const stamp = Date.now();
  const facts = { name: `PHAM THI MOTHER ${stamp}`, sex: 'F' as const, dateOfBirth: '1985-05-05', address: '東京都新宿区西新宿二丁目8番1号' };
  const email = `relative-${stamp}@example.test`;
  const card = await issueCardFile(facts);
  await page.goto('/card');
  await page.getByLabel('開発用ソフトウェアカードのファイル / development software card file').setInputFiles(card.path);
  await expect(page.getByRole('status')).toContainText(`カード ${card.serial} を読み込みました。`);
  await page.goto('/register');
  await page.getByLabel('使用するカード').selectOption(card.serial);
  await page.getByRole('button', { name: 'カードを読み取る' }).click();
  const signature = page.getByRole('dialog', { name: '署名用電子証明書のパスワード' });
  await signature.getByLabel('パスワード（英大文字と数字の6〜16文字）').fill('ABC123');
  await signature.getByRole('button', { name: 'OK' }).click();
  await enterPin(page);
  await page.getByLabel('親族').check();
  await page.getByLabel(/^続柄/).fill('母');
  await page.getByLabel(/連絡先メールアドレス/).fill(email);
  await page.getByLabel('利用規約に同意します').check();
  await page.getByRole('button', { name: '登録する' }).click();
  await expect(page.getByRole('status')).toContainText('利用者登録を受け付けました');
  await openMailedPasswordLink(page, email, '利用者登録の承認', '/register/password');
  const authId = await setFirstPassword(page, email, RELATIVE_PASSWORD, '設定する');
  await page.goto('/sign-in/card');
  await page.getByLabel('使用するカード').selectOption(card.serial);
  await page.getByLabel(/認証ID/).fill(authId);
  await page.getByLabel(/^パスワード/).fill(RELATIVE_PASSWORD);
  await page.getByRole('button', { name: 'カードを読み取ってログイン' }).click();
  await enterPin(page, '1234');
  await expect(page).toHaveURL(/\/account$/);
}
