import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { corporateNumberCheckDigit } from '../../src/domain/organizations/corporate-number.js';
import { base32Decode, totpCode } from '../../src/server/features/accounts/totp.js';
import { DEMO_OFFICERS, DEMO_OFFICER_PASSWORD } from '../../src/server/features/officers/demo-officers.js';
import { waitForMail } from './support/card.js';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** A fictional 法人番号 with a correct check digit, different on every run. */
function corporateNumber(stamp: number): string {
  const base = String(stamp).slice(-12).padStart(12, '0');
  return `${corporateNumberCheckDigit(base)}${base}`;
}

test('R-ORG-1 R-ORG-2 R-AUTH-6 an organisation files a usage application, a Tokyo usage reviewer approves it, the staff member sets a password, gets the 認証ID, enrols TOTP and signs in', async ({ page }) => {
  const stamp = Date.now();
  const organisation = `株式会社ブラウザ試験${stamp}`;
  const staffEmail = `org-staff-${stamp}@example.test`;

  await page.goto('/sign-in');
  await page.getByRole('link', { name: '所属機関等の方: 利用申出はこちら' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '利用申出（所属機関等）' })).toBeVisible();
  await page.getByRole('button', { name: '利用申出をする' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: /^機関の名称/ }).fill(organisation);
  await page.getByRole('textbox', { name: /^法人番号/ }).fill(corporateNumber(stamp));
  await page.getByRole('textbox', { name: /^所在地（市区町村・番地）/ }).fill('千代田区霞が関1-1-1');
  await page.getByRole('textbox', { name: /^カテゴリーの根拠/ }).fill('前年分の法定調書合計表を提出済み');
  await page.getByRole('combobox', { name: /^所在地（都道府県）/ }).selectOption('13');
  await page.getByRole('combobox', { name: /^カテゴリー/ }).selectOption('3');
  await page.getByRole('combobox', { name: /^機関の種別/ }).selectOption('ACCEPTING');
  await page.getByRole('textbox', { name: /^連絡先メールアドレス/ }).fill(`contact-${stamp}@example.test`);
  await page.getByRole('textbox', { name: /^氏名/ }).fill('山田 花子');
  await page.getByRole('textbox', { name: /^メールアドレス/ }).fill(staffEmail);
  await page.getByLabel('誓約事項に同意します').check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '利用申出をする' }).click();
  await expect(page.getByRole('status')).toContainText('利用申出を受け付けました');
  await waitForMail(page.request, `contact-${stamp}@example.test`, '利用申出の受付');

  const reviewer = DEMO_OFFICERS.find((d) => d.role === 'USAGE_REVIEWER');
  if (!reviewer) throw new Error('no demo usage reviewer');
  await page.goto('/officer/sign-in');
  await page.getByLabel('認証ID').fill(reviewer.authId);
  await page.getByLabel('パスワード').fill(DEMO_OFFICER_PASSWORD);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByLabel('確認コード（6桁）').fill(totpCode(base32Decode(reviewer.totpSecret), new Date()));
  await page.getByRole('button', { name: '確認する' }).click();
  const card = page.getByRole('article', { name: organisation });
  await expect(card).toContainText('山田 花子');
  await expectNoAxeViolations(page);
  await card.getByRole('button', { name: '承認する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '利用申出を承認しました' })).toBeVisible();
  await expect(page.getByRole('article', { name: organisation })).toHaveCount(0);
  await page.goto('/account');
  await page.getByRole('button', { name: 'ログアウト' }).click();

  const approval = await waitForMail(page.request, staffEmail, '利用申出の承認');
  const link = /(https?:\/\/\S+\/organisation\/password#token=[A-Za-z0-9_-]+)/.exec(approval.text)?.[1] ?? '';
  expect(link).not.toBe('');
  await page.goto(new URL(link).pathname + new URL(link).hash);
  await expect(page.getByRole('heading', { level: 1, name: 'パスワードの設定（所属機関等の職員）' })).toBeVisible();
  await expectNoAxeViolations(page);
  const password = 'our staff file for the whole team 2026';
  await page.getByLabel(/新しいパスワード/).fill(password);
  await page.getByRole('button', { name: 'パスワードを設定する' }).click();
  await expect(page.getByRole('status')).toContainText('パスワードを設定しました');
  const idMail = await waitForMail(page.request, staffEmail, '認証IDのお知らせ');
  const authId = /([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/.exec(idMail.text)?.[1] ?? '';
  expect(authId).not.toBe('');

  await page.goto('/sign-in');
  await page.getByLabel('認証ID').fill(authId);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('heading', { name: '認証アプリの登録' })).toBeVisible();
  await expectNoAxeViolations(page);
  const secret = await page.getByLabel('認証アプリに入力するキー').innerText();
  await page.getByLabel('確認コード（6桁）').fill(totpCode(base32Decode(secret), new Date()));
  await page.getByRole('button', { name: '登録してログイン' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText('所属機関等の職員').first()).toBeVisible();
});
