import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForMail } from './support/card.js';
import { enrolAuthenticator, openMailedPasswordLink, setFirstPassword, startFirstSignIn } from './support/first-sign-in.js';
import { signInOfficer } from './support/officer.js';

test('R-AUTH-5 R-AUTH-6 a lawyer registers, a Tokyo usage reviewer approves, the lawyer sets a password, gets the 認証ID and enrols TOTP at first sign-in', async ({ page }) => {
  test.setTimeout(90_000); // the demo reviewer's TOTP step may have been used by a parallel journey
  const stamp = Date.now();
  const name = `弁護 太郎${stamp}`;
  const email = `lawyer-${stamp}@example.test`;

  await page.goto('/sign-in');
  await page.getByRole('link', { name: '弁護士・行政書士の方の利用者登録はこちら' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '弁護士・行政書士の利用者登録' })).toBeVisible();
  await page.getByRole('button', { name: '登録する' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await page.getByLabel('弁護士', { exact: true }).check();
  await page.getByRole('textbox', { name: /^氏名 ※/ }).fill(name);
  await page.getByRole('textbox', { name: /^氏名（カナ）/ }).fill('ベンゴ タロウ');
  await page.getByRole('textbox', { name: /^メールアドレス/ }).fill(email);
  await page.getByRole('textbox', { name: /^電話番号/ }).fill('０３－１２３４－５６７８');
  await page.getByRole('textbox', { name: /^所属する弁護士会/ }).fill('第二東京弁護士会');
  await page.getByRole('textbox', { name: /^登録番号/ }).fill(String(stamp).slice(-8));
  await page.getByRole('textbox', { name: /^事務所の名称/ }).fill('弁護法律事務所');
  await page.getByRole('textbox', { name: /^事務所の郵便番号/ }).fill('100-0001');
  await page.getByRole('combobox', { name: /^事務所の所在地（都道府県）/ }).selectOption('13');
  await page.getByRole('textbox', { name: /^事務所の所在地（市区町村以下）/ }).fill('千代田区千代田1-1');
  await page.getByLabel('利用規約に同意します').check();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.getByRole('button', { name: '登録する' }).click();
  await expect(page.getByRole('status')).toContainText('登録を受け付けました');
  await waitForMail(page.request, email, '申請等取次者の利用者登録の受付');

  await signInOfficer(page, 'USAGE_REVIEWER');
  const card = page.getByRole('article', { name });
  await expect(card).toContainText('第二東京弁護士会');
  await card.getByRole('button', { name: '承認する' }).click();
  await expect(page.getByRole('status')).toContainText('承認しました');
  await expect(page.getByRole('article', { name })).toHaveCount(0);
  await page.goto('/account');
  await page.getByRole('button', { name: 'ログアウト' }).click();

  await openMailedPasswordLink(page, email, '申請等取次者の利用者登録の承認', '/intermediaries/password');
  const password = 'counsel for every applicant 2026';
  const authId = await setFirstPassword(page, email, password);

  await startFirstSignIn(page, '/sign-in', authId, password);
  await enrolAuthenticator(page);
  await expect(page).toHaveURL(/\/account$/);
});
