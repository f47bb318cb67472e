import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { issueCardFile, waitForMail } from './support/card.js';
import { openMailedPasswordLink, setFirstPassword } from './support/first-sign-in.js';

const PASSWORD = 'correct horse battery staple 42';

async function importCard(page: Page, path: string, serial: string): Promise<void> {
  await page.goto('/card');
  await expect(page.getByText('開発用ソフトウェアカード（development software card）')).toBeVisible();
  await page.getByLabel('開発用ソフトウェアカードのファイル / development software card file').setInputFiles(path);
  await expect(page.getByRole('status')).toContainText(`カード ${serial} を読み込みました。`);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function enterSecret(page: Page, title: string, label: string, secret: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(label).fill(secret);
  await dialog.getByRole('button', { name: 'OK' }).click();
}

/** Reads the card on /register, fills the form, sets the password from the approval email; returns the mailed 認証ID. */
async function registerInBrowser(page: Page, card: { path: string; serial: string }, facts: { name: string; address: string }, email: string): Promise<string> {
  await importCard(page, card.path, card.serial);
  await page.goto('/register');
  await readCardOnRegistrationPage(page);
  const shown = page.getByRole('region', { name: 'カードから読み取った情報（変更できません）' });
  await expect(shown).toContainText(facts.name);
  await expect(shown).toContainText(facts.address);
  await expect(page.getByRole('textbox', { name: /氏名/ })).toHaveCount(0); // the facts are not editable
  await expectNoAxeViolations(page);

  await page.getByLabel('本人').check();
  await page.getByLabel(/連絡先メールアドレス/).fill(email);
  await page.getByLabel('利用規約に同意します').check();
  await page.getByRole('button', { name: '登録する' }).click();
  await expect(page.getByRole('status')).toContainText('利用者登録を受け付けました');

  await openMailedPasswordLink(page, email, '利用者登録の承認', '/register/password');
  return setFirstPassword(page, email, PASSWORD, '設定する');
}

async function readCardOnRegistrationPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'カードを読み取る' }).click();
  await enterSecret(page, '署名用電子証明書のパスワード', 'パスワード（英大文字と数字の6〜16文字）', 'ABC123');
  await enterSecret(page, '利用者証明用電子証明書の暗証番号', '暗証番号（数字4桁）', '1234');
}

async function signInWithCard(page: Page, authId: string): Promise<void> {
  await page.getByLabel(/認証ID/).fill(authId);
  await page.getByLabel(/^パスワード/).fill(PASSWORD);
  await page.getByRole('button', { name: 'カードを読み取ってログイン' }).click();
  await enterSecret(page, '利用者証明用電子証明書の暗証番号', '暗証番号（数字4桁）', '1234');
  await expect(page).toHaveURL(/\/account$/);
  const session = (await (await page.request.get('/api/v1/session')).json()) as { signedIn: boolean; account?: { kind: string } };
  expect(session).toMatchObject({ signedIn: true, account: { kind: 'INDIVIDUAL' } });
}

test('R-AUTH-1 R-AUTH-4 R-AUTH-6 a foreign national registers with a software card, sets a password from the email, gets the 認証ID and signs in with card + PIN + 認証ID + password', async ({ page }) => {
  test.setTimeout(90_000);
  const facts = { name: `TRAN THI E2E ${Date.now()}`, sex: 'F' as const, dateOfBirth: '1995-04-03', address: '東京都港区港南五丁目5番30号' };
  const card = await issueCardFile(facts);
  const authId = await registerInBrowser(page, card, facts, `e2e-${Date.now()}@example.test`);

  await page.getByRole('link', { name: 'ログイン（外国人本人・その他）へ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ログイン（外国人本人・その他）' })).toBeVisible();
  await signInWithCard(page, authId);
});

test('R-AUTH-4 a renewed card (same person, new address) is not refused: the account moves to it with the password and an emailed code', async ({ page, request }) => {
  test.setTimeout(90_000);
  const facts = { name: `PHAM RENEW ${Date.now()}`, sex: 'M' as const, dateOfBirth: '1979-07-07', address: '東京都港区港南五丁目5番30号' };
  const email = `e2e-renew-${Date.now()}@example.test`;
  const authId = await registerInBrowser(page, await issueCardFile(facts), facts, email);

  const renewed = await issueCardFile({ ...facts, address: '大阪府大阪市中央区大手前二丁目1番22号' });
  await importCard(page, renewed.path, renewed.serial);
  await page.goto('/register');
  await page.getByLabel('使用するカード').selectOption(renewed.serial);
  await readCardOnRegistrationPage(page);
  await expect(page.getByRole('heading', { name: '新しいカードへの切替え' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'カードから読み取った情報（変更できません）' })).toContainText('大阪府大阪市中央区大手前二丁目1番22号');
  await page.getByLabel(/認証ID/).fill(authId);
  await page.getByLabel(/^パスワード/).fill(PASSWORD);
  await page.getByRole('button', { name: '確認コードを送る' }).click();
  const codeMail = await waitForMail(request, email, '確認コード');
  await page.getByLabel(/確認コード（6桁）/).fill(/(\d{6})/.exec(codeMail.text)?.[1] ?? '');
  await page.getByRole('button', { name: '切り替える' }).click();
  await expect(page.getByRole('status')).toContainText('新しいカードへの切替えが完了しました');

  await page.goto('/sign-in/card');
  await page.getByLabel('使用するカード').selectOption(renewed.serial);
  await signInWithCard(page, authId);
});

test('R-AUTH-1 R-AUTH-3 a wrong PIN three times locks the card; the dialog says what to do and the card page shows it locked', async ({ page }) => {
  const card = await issueCardFile({ name: `LE VAN LOCK ${Date.now()}`, sex: 'M', dateOfBirth: '1988-12-31', address: '大阪府大阪市中央区大手前二丁目1番22号' });
  await importCard(page, card.path, card.serial);
  await expectNoAxeViolations(page);
  await page.goto('/sign-in/card');
  await page.getByLabel(/認証ID/).fill('ABCD-EFGH-JK23');
  await page.getByLabel(/^パスワード/).fill(PASSWORD);
  await page.getByRole('button', { name: 'カードを読み取ってログイン' }).click();
  const dialog = page.getByRole('dialog', { name: '利用者証明用電子証明書の暗証番号' });
  await expect(dialog).toContainText('あと3回');
  await expectNoAxeViolations(page); // the page with the PIN dialog open
  await enterSecret(page, '利用者証明用電子証明書の暗証番号', '暗証番号（数字4桁）', '0000');
  await expect(dialog.getByRole('alert')).toContainText('暗証番号が違います。あと2回');
  await enterSecret(page, '利用者証明用電子証明書の暗証番号', '暗証番号（数字4桁）', '0001');
  await expect(dialog.getByRole('alert')).toContainText('あと1回');
  await enterSecret(page, '利用者証明用電子証明書の暗証番号', '暗証番号（数字4桁）', '0002');
  await expect(dialog.getByRole('alert')).toContainText('暗証番号がロックされています');
  await expect(dialog).toContainText('npm run card:unlock');
  await expect(dialog.getByLabel('暗証番号（数字4桁）')).toHaveCount(0);
  // Even the right PIN is no longer asked for after a reload.
  await page.reload();
  await page.getByLabel(/認証ID/).fill('ABCD-EFGH-JK23');
  await page.getByLabel(/^パスワード/).fill(PASSWORD);
  await page.getByRole('button', { name: 'カードを読み取ってログイン' }).click();
  await expect(page.getByRole('dialog', { name: '利用者証明用電子証明書の暗証番号' }).getByRole('alert')).toContainText('ロックされています');
  await page.getByRole('button', { name: 'キャンセル' }).click();
  await page.goto('/card');
  await expect(page.getByRole('listitem').filter({ hasText: card.serial })).toContainText('ロック中');
});
