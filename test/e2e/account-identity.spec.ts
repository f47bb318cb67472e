import { expect, test } from '@playwright/test';
import { expectAxeClean, signInDemoForeignNational } from './support/applications.js';

test('R-PLUS-6 R-FORM-4 a foreign national records their residence card number, nationality and passport number on the account page', async ({ page }) => {
  test.setTimeout(180_000);
  await signInDemoForeignNational(page);
  const section = page.getByRole('region', { name: '在留カード番号・旅券番号' });
  await expect(section).toBeVisible();
  const card = section.getByLabel('在留カード番号');
  const nationality = section.getByLabel('国籍・地域');
  const passport = section.getByLabel('旅券（パスポート）番号');

  // The same rule as the application form: a clear message on the field, checked before anything is sent.
  await card.fill('AB1234CD');
  await section.getByRole('button', { name: '保存する' }).click();
  await expect(section.getByRole('alert')).toContainText('英字2文字・数字8桁・英字2文字');
  await expect(card).toHaveAttribute('aria-invalid', 'true');
  await expectAxeClean(page);

  // Full-width, lower case and spaces are normalised, not refused; the page URL never carries a number.
  await card.fill('ｘｙ ９８７６５４３２ ｚｗ');
  await nationality.selectOption('VNM');
  await passport.fill('c7654321');
  await section.getByRole('button', { name: '保存する' }).click();
  await expect(section.getByRole('status')).toContainText('保存しました。');
  await expect(card).toHaveValue('XY98765432ZW');
  await expect(passport).toHaveValue('C7654321');
  expect(page.url()).not.toContain('XY98765432ZW');

  await page.reload();
  await expect(page.getByRole('region', { name: '在留カード番号・旅券番号' }).getByLabel('在留カード番号')).toHaveValue('XY98765432ZW');

  // Cleared again, so the shared demo account is as other journeys expect it.
  const again = page.getByRole('region', { name: '在留カード番号・旅券番号' });
  await again.getByLabel('在留カード番号').fill('');
  await again.getByLabel('国籍・地域').selectOption('');
  await again.getByLabel('旅券（パスポート）番号').fill('');
  await again.getByRole('button', { name: '保存する' }).click();
  await expect(again.getByRole('status')).toContainText('保存しました。');
});
